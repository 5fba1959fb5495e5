import type { Answer } from '../db/schema';
import type { StoredRun } from '../db/exerciseRuns';
import type { SessionAction, StoredSession } from '../db/sessions';
import { VERDICTS, type Verdict } from '../../schemas/exerciseLabels';
import { describeVotes } from '../exercise/describeVotes';
import { ROLES, type Role } from './agenda';

import { TAKEAWAYS_ID } from './agenda';

export { TAKEAWAYS_ID };

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

export interface Minutes {
	groupName: string;
	date: string;
	roles: { label: string; count: number }[];
	scenario: string;
	questions: { theme: string; text: string; answer: string; skipped: boolean }[];
	exercise?: {
		title: string;
		steps: { situation: string; choice: string; verdict: string; votes: string; reason: string }[];
		ending?: string;
	};
	takeaways: string;
	actions: { text: string; owner: string; due: string }[];
	previousActions: { text: string; owner: string; due: string }[];
}

const roleLabel = (role: string) => ROLES[role as Role] ?? role;
const toActionLines = (actions: SessionAction[] = []) =>
	actions
		.filter(({ text }) => text.trim())
		.map(({ text, ownerRole, due }) => ({ text: text.trim(), owner: ownerRole ? roleLabel(ownerRole) : '', due }));

/** Everything a session produced, in the order of the minutes. Pure: data in, data out. */
export const buildMinutes = ({
	session,
	groupName,
	scenario,
	themes,
	answers,
	exercise,
	run,
	previousActions,
}: MinutesInput): Minutes => {
	const answerOf = (questionId: string) =>
		answers.find((answer) => answer.questionId === questionId)?.text.trim() ?? '';
	const skipped = new Set(
		((session.flow as { context?: { skipped?: string[] } } | undefined)?.context?.skipped ?? []) as string[],
	);
	return {
		groupName,
		date: session.date,
		roles: Object.entries(session.roles)
			.filter(([, count]) => count > 0)
			.map(([role, count]) => ({ label: roleLabel(role), count })),
		scenario: `Scenario ${scenario.number}. ${scenario.title}`,
		questions: themes.flatMap((theme) =>
			theme.questions.map((question) => {
				const answer = answerOf(question.id);
				// A question skipped and answered later shows its answer.
				return { theme: theme.title, text: question.text, answer, skipped: skipped.has(question.id) && !answer };
			}),
		),
		exercise:
			exercise && run
				? {
						title: exercise.title,
						steps: run.history.map((step) => {
							const node = exercise.nodes[step.node];
							const choice = node?.choices.find(({ id }) => id === step.choice);
							const votes = describeVotes(node?.choices ?? [], step.group);
							return {
								situation: `${node?.who ?? ''} ${node?.question ?? ''}`.trim(),
								choice: choice?.label ?? step.choice,
								verdict: choice ? VERDICTS[choice.verdict] : '',
								votes,
								reason: step.group?.reason ?? '',
							};
						}),
						ending: run.endingId ? exercise.endings[run.endingId]?.title : undefined,
					}
				: undefined,
		takeaways: answerOf(TAKEAWAYS_ID),
		actions: toActionLines(session.actions),
		previousActions: toActionLines(previousActions),
	};
};

/**
 * User text as Markdown that shows exactly what was typed: no markup, links, HTML or headings
 * can come from it.
 */
export const escapeMarkdown = (text: string): string =>
	text
		.replace(/\\/g, '\\\\')
		.replace(/[`*_[\]|~]/g, (char) => `\\${char}`)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.split('\n')
		.map((line) => line.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
		.join('  \n');

const line = (text: string) => escapeMarkdown(text);

/** The minutes as a Markdown document. */
export const toMarkdown = (minutes: Minutes): string => {
	const out: string[] = [];
	out.push(`# Minnesanteckningar – ${line(minutes.groupName)}`, '');
	out.push(`- Datum: ${line(minutes.date)}`);
	out.push(`- Scenario: ${line(minutes.scenario)}`);
	out.push(
		`- Närvarande: ${minutes.roles.map(({ label, count }) => `${label} ${count}`).join(', ') || 'ej angivet'}`,
		'',
	);
	if (minutes.previousActions.length > 0) {
		out.push('## Att följa upp från förra gången', '');
		for (const action of minutes.previousActions)
			out.push(
				`- ${line(action.text)}${action.owner ? ` (${action.owner})` : ''}${action.due ? `, senast ${action.due}` : ''}`,
			);
		out.push('');
	}
	out.push('## Reflektionsfrågor', '');
	let theme = '';
	for (const question of minutes.questions) {
		if (question.theme !== theme) {
			theme = question.theme;
			out.push(`### ${line(theme)}`, '');
		}
		out.push(`**${line(question.text)}**`, '');
		out.push(
			question.skipped ? '*Hoppades över.*' : question.answer ? line(question.answer) : '*Inget svar antecknat.*',
			'',
		);
	}
	if (minutes.exercise) {
		out.push(`## Övning: ${line(minutes.exercise.title)}`, '');
		minutes.exercise.steps.forEach((step, index) => {
			out.push(
				`${index + 1}. ${line(step.situation)}  `,
				`   Val: ${line(step.choice)} (${step.verdict})${step.votes ? `  \n   Röster: ${line(step.votes)}` : ''}${step.reason ? `  \n   Motivering: ${line(step.reason)}` : ''}`,
			);
		});
		out.push('', `Slut: ${line(minutes.exercise.ending ?? 'Övningen avslutades inte.')}`, '');
	}
	out.push('## Det här tar vi med oss', '', minutes.takeaways ? line(minutes.takeaways) : '*Inget antecknat.*', '');
	out.push('## Åtgärder', '');
	if (minutes.actions.length === 0) out.push('*Inga åtgärder.*');
	for (const action of minutes.actions)
		out.push(
			`- ${line(action.text)}${action.owner ? ` (${action.owner})` : ''}${action.due ? `, senast ${action.due}` : ''}`,
		);
	out.push('');
	return out.join('\n');
};
