/** Which reflection questions a meeting takes up: the facilitator's choice, and the guide's advice for it. */
import type { MeetingLength } from './agenda';

interface Theme {
	questions: { id: string }[];
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
 * The themes with only the chosen questions, themes left empty dropped. A session set up before
 * questions could be chosen (or whose chosen questions no longer exist) takes up all of them.
 */
export const chosenThemes = <T extends Theme>(themes: readonly T[], chosen: readonly string[] | undefined): T[] => {
	if (!chosen) return [...themes];
	const picked = themes
		.map((theme) => ({ ...theme, questions: theme.questions.filter(({ id }) => chosen.includes(id)) }))
		.filter(({ questions }) => questions.length > 0);
	return picked.length > 0 ? picked : [...themes];
};
