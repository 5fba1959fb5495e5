import type { Answer } from '../db/schema';
import type { StoredRun } from '../db/exerciseRuns';
import type { SessionAction, StoredSession } from '../db/sessions';
import { VERDICTS, type Verdict } from '../../schemas/exerciseLabels';
import { describeVotes } from '../exercise/describeVotes';
import { toSwedishDate } from '../format/dates';
import { NEXT_MEETING_ID, OPEN_QUESTIONS_ID, ROLES, TAKEAWAYS_ID, type Role } from './agenda';
import { chosenThemes } from './questionChoice';

interface ExerciseContent {
	title: string;
	nodes: Record<string, { who: string; question: string; choices: { id: string; label: string; verdict: Verdict }[] }>;
	endings: Record<string, { title: string }>;
}

export interface MinutesInput {
	session: StoredSession;
	groupName: string;
	scenario: { number: number; title: string };
	themes: { title: string; questions: { id: string; text: string }[] }[];
	answers: Answer[];
	exercise?: ExerciseContent;
	run?: StoredRun;
	previousActions?: SessionAction[];
}

/**
 * One block of the minutes. Every word of the minutes is decided here; the HTML island
 * (MinutesDocument.svelte) and the Markdown writer (toMarkdown.ts) only give each kind its form.
 * All `text` is plain text: the renderers escape it.
 */
export type MinutesBlock =
	/** A section (2) or a theme within one (3); the document's title is level 1. */
	| { kind: 'heading'; level: 2 | 3; text: string }
	| { kind: 'facts'; items: { term: string; value: string }[] }
	/** A reflection question, set in bold. */
	| { kind: 'question'; text: string }
	/** `answer`: what the group wrote (line breaks kept); `placeholder`: says nothing was written. */
	| { kind: 'paragraph'; text: string; answer?: boolean; placeholder?: boolean }
	/** Each item is one or more lines. */
	| { kind: 'list'; ordered: boolean; items: string[][] };

export interface MinutesDocument {
	/** The group's name. */
	title: string;
	/** The session's date, YYYY-MM-DD (for file names). */
	date: string;
	blocks: MinutesBlock[];
}

const roleLabel = (role: string) => ROLES[role as Role] ?? role;
const actionLines = (actions: SessionAction[] = []) =>
	actions
		.filter(({ text }) => text.trim())
		.map(({ text, ownerRole, due }) => [
			`${text.trim()}${ownerRole ? ` (${roleLabel(ownerRole)})` : ''}${due ? `, senast ${due}` : ''}`,
		]);
/** Questions skipped during the session, read defensively from the stored flow. */
const skippedIn = (flow: unknown): Set<string> => {
	const skipped = (flow as { context?: { skipped?: unknown } } | undefined)?.context?.skipped;
	return new Set(Array.isArray(skipped) ? skipped.filter((id) => typeof id === 'string') : []);
};

const exerciseBlocks = (exercise: ExerciseContent, run: StoredRun): MinutesBlock[] => [
	{ kind: 'heading', level: 2, text: `Övning: ${exercise.title}` },
	{
		kind: 'list',
		ordered: true,
		items: run.history.map((step) => {
			const node = exercise.nodes[step.node];
			const choice = node?.choices.find(({ id }) => id === step.choice);
			const votes = describeVotes(node?.choices ?? [], step.group);
			return [
				`${node?.who ?? ''} ${node?.question ?? ''}`.trim(),
				`Val: ${choice?.label ?? step.choice} (${choice ? VERDICTS[choice.verdict] : ''})`,
				...(votes ? [`Röster: ${votes}`] : []),
				...(step.group?.reason ? [`Motivering: ${step.group.reason}`] : []),
				...(step.group?.reservation ? [`Reservation: ${step.group.reservation}`] : []),
			];
		}),
	},
	{
		kind: 'paragraph',
		text: `Slut: ${(run.endingId && exercise.endings[run.endingId]?.title) || 'Övningen avslutades inte.'}`,
	},
];

/** A heading with what the group noted under it, or a placeholder saying nothing was. */
const noted = (heading: string, text: string, none: string): MinutesBlock[] => [
	{ kind: 'heading', level: 2, text: heading },
	{ kind: 'paragraph', text: text || none, answer: true, placeholder: !text },
];

/** Everything a session produced, in the order of the minutes. Pure: data in, one document out. */
export const buildMinutes = (input: MinutesInput): MinutesDocument => {
	const { session, scenario, themes, answers, exercise, run } = input;
	const answerOf = (questionId: string) =>
		answers.find((answer) => answer.questionId === questionId)?.text.trim() ?? '';
	const skipped = skippedIn(session.flow);
	const roles = Object.entries(session.roles)
		.filter(([, count]) => count > 0)
		.map(([role, count]) => `${roleLabel(role)} ${count}`);
	const previous = actionLines(input.previousActions);
	const actions = actionLines(session.actions);
	const takeaways = answerOf(TAKEAWAYS_ID);
	return {
		title: input.groupName,
		date: session.date,
		blocks: [
			{
				kind: 'facts',
				items: [
					{ term: 'Datum', value: toSwedishDate(new Date(session.date)) },
					{ term: 'Scenario', value: `Scenario ${scenario.number}. ${scenario.title}` },
					{ term: 'Närvarande', value: roles.join(', ') || 'Ej angivet' },
				],
			},
			...(previous.length > 0
				? [
						{ kind: 'heading', level: 2, text: 'Att följa upp från förra gången' } as const,
						{ kind: 'list', ordered: false, items: previous } as const,
					]
				: []),
			{ kind: 'heading', level: 2, text: 'Reflektionsfrågor' },
			...chosenThemes(themes, session.questionIds).flatMap((theme): MinutesBlock[] => [
				{ kind: 'heading', level: 3, text: theme.title },
				...theme.questions.flatMap((question): MinutesBlock[] => {
					const answer = answerOf(question.id);
					// A question skipped and answered later shows its answer.
					const placeholder = skipped.has(question.id) ? 'Hoppades över.' : 'Inget svar antecknat.';
					return [
						{ kind: 'question', text: question.text },
						{ kind: 'paragraph', text: answer || placeholder, answer: true, placeholder: !answer },
					];
				}),
			]),
			...(exercise && run ? exerciseBlocks(exercise, run) : []),
			{ kind: 'heading', level: 2, text: 'Det här tar vi med oss' },
			{ kind: 'paragraph', text: takeaways || 'Inget antecknat.', answer: true, placeholder: !takeaways },
			{ kind: 'heading', level: 2, text: 'Åtgärder' },
			actions.length > 0
				? { kind: 'list', ordered: false, items: actions }
				: { kind: 'paragraph', text: 'Inga åtgärder.', placeholder: true },
			...noted('Öppna frågor', answerOf(OPEN_QUESTIONS_ID), 'Inga öppna frågor antecknade.'),
			...noted('Nästa möte', answerOf(NEXT_MEETING_ID), 'Inget nästa möte antecknat.'),
		],
	};
};
