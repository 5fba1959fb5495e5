import { assign, setup } from 'xstate';
import { optionsFor, type Answers, type Question } from './decisionTable';

export interface DelaContext {
	answers: Answers;
}

export type DelaEvent = { type: 'dela.answer'; value: string } | { type: 'dela.back' } | { type: 'dela.restart' };

/** The state id of the result, after the last question. */
export const RESULT = 'resultat';

/**
 * A machine built from the question list: one state per question in order, then the result.
 * `dela.answer` with a value the question allows records it and moves on; `dela.back` returns to the
 * previous question (keeping the answers, so the choice is shown again); `dela.restart` clears all.
 * Answers to later questions that no longer fit an earlier change (the receiver equal to the new
 * sender) are dropped when the earlier answer changes.
 */
export const createDelaMachine = (questions: readonly Question[]) => {
	const ids = questions.map((question) => question.id);
	const machineSetup = setup({
		types: {} as { context: DelaContext; events: DelaEvent },
		guards: {
			allowed: ({ context, event }, params: { question: string }) => {
				const question = questions.find(({ id }) => id === params.question);
				return (
					event.type === 'dela.answer' && !!question && optionsFor(question, context.answers).includes(event.value)
				);
			},
		},
		actions: {
			record: assign({
				answers: ({ context, event }, params: { question: string }) => {
					if (event.type !== 'dela.answer') return context.answers;
					const answers: Answers = { ...context.answers, [params.question]: event.value };
					for (const later of questions.slice(ids.indexOf(params.question) + 1))
						if (answers[later.id] !== undefined && !optionsFor(later, answers).includes(answers[later.id]!))
							delete answers[later.id];
					return answers;
				},
			}),
			clear: assign({ answers: () => ({}) }),
		},
	});
	const states = Object.fromEntries(
		questions.map((question, index) => [
			question.id,
			{
				on: {
					'dela.answer': {
						guard: { type: 'allowed' as const, params: { question: question.id } },
						target: ids[index + 1] ?? RESULT,
						actions: { type: 'record' as const, params: { question: question.id } },
					},
					...(index > 0 ? { 'dela.back': { target: ids[index - 1]! } } : {}),
				},
			},
		]),
	);
	return machineSetup.createMachine({
		id: 'dela',
		context: { answers: {} },
		initial: ids[0]!,
		on: { 'dela.restart': { target: `.${ids[0]!}`, actions: 'clear' } },
		states: { ...states, [RESULT]: { on: { 'dela.back': { target: ids.at(-1)! } } } },
	});
};
