/** Which reflection questions a meeting takes up, in which order: the facilitator's choice, and the guide's advice for it. */
// Changing the choice in the new-session form is questionOrder.ts, so the running session and the minutes do not load it.
import type { MeetingLength } from './agenda';

interface Theme<Q extends { id: string } = { id: string }> {
	title: string;
	questions: readonly Q[];
}

/**
 * The questions ticked when a meeting is set up, as the facilitator guide advises: two or three for
 * 45 minutes, three or four from one theme for 60, and questions from two themes for 90.
 */
export const recommendedQuestions = (themes: readonly Theme[], length: MeetingLength): string[] => {
	const [first, second] = themes;
	const picked =
		length === 90
			? [...(first?.questions.slice(0, 3) ?? []), ...(second?.questions.slice(0, 3) ?? [])]
			: (first?.questions.slice(0, length === 45 ? 3 : 4) ?? []);
	return picked.map(({ id }) => id);
};

/**
 * The chosen questions in the order the facilitator gave them, each with its theme's title. A session
 * set up before questions could be chosen (or whose chosen questions no longer exist) takes up all of
 * them, in the material's order.
 */
export const chosenQuestions = <Q extends { id: string }>(
	themes: readonly Theme<Q>[],
	chosen: readonly string[] | undefined,
): (Q & { theme: string })[] => {
	const all = themes.flatMap(({ title, questions }) => questions.map((question) => ({ ...question, theme: title })));
	const byId = new Map(all.map((question) => [question.id, question]));
	const picked = [...new Set(chosen)].flatMap((id) => byId.get(id) ?? []);
	return picked.length > 0 ? picked : all;
};

/**
 * The chosen questions in their order under their themes' titles: a run of questions from one theme
 * shares a heading, and a theme comes again when the order returns to it.
 */
export const chosenThemes = <Q extends { id: string }>(
	themes: readonly Theme<Q>[],
	chosen: readonly string[] | undefined,
): { title: string; questions: Q[] }[] =>
	chosenQuestions(themes, chosen).reduce<{ title: string; questions: Q[] }[]>((runs, question) => {
		const last = runs.at(-1);
		if (last?.title === question.theme) last.questions.push(question);
		else runs.push({ title: question.theme, questions: [question] });
		return runs;
	}, []);
