import { assign, setup } from 'xstate';
import { SESSION_STEPS, type SessionStep } from './agenda';

export interface SessionFlowContext {
	/** Ids of the reflection questions, in the order they are discussed. */
	questions: string[];
	/** Index of the current question. */
	index: number;
	/** Questions the group chose to skip. */
	skipped: string[];
}

export type SessionFlowEvent =
	| { type: 'session.next' }
	| { type: 'session.back' }
	| { type: 'session.skipQuestion' }
	| { type: 'session.goto'; step: SessionStep; question?: number };

const sessionSetup = setup({
	types: {} as { context: SessionFlowContext; events: SessionFlowEvent; input: { questions: string[] } },
	guards: {
		hasNextQuestion: ({ context }) => context.index < context.questions.length - 1,
		hasPreviousQuestion: ({ context }) => context.index > 0,
		hasQuestions: ({ context }) => context.questions.length > 0,
		isGoto: ({ event }, params: { step: SessionStep }) => event.type === 'session.goto' && event.step === params.step,
	},
	actions: {
		nextQuestion: assign({ index: ({ context }) => context.index + 1 }),
		previousQuestion: assign({ index: ({ context }) => context.index - 1 }),
		firstQuestion: assign({ index: 0 }),
		lastQuestion: assign({ index: ({ context }) => Math.max(0, context.questions.length - 1) }),
		markSkipped: assign({
			skipped: ({ context }) => {
				const current = context.questions[context.index];
				return current && !context.skipped.includes(current) ? [...context.skipped, current] : context.skipped;
			},
		}),
		chooseQuestion: assign({
			index: ({ context, event }) =>
				event.type === 'session.goto' && event.question !== undefined
					? Math.min(Math.max(0, event.question), Math.max(0, context.questions.length - 1))
					: context.index,
		}),
	},
});

/** From any step the facilitator can jump to any other; to the questions at a given question. */
const gotoTransitions = SESSION_STEPS.map((step) => ({
	target: `.${step}`,
	guard: { type: 'isGoto' as const, params: { step } },
	actions: step === 'questions' ? ('chooseQuestion' as const) : undefined,
}));

/**
 * The facilitator's session flow: intro → film → the reflection questions one at a time → the
 * exercise → wrap-up → summary. Next and back move one step (or one question); any step can be
 * jumped to; a question can be skipped. Pure: nothing typed lives here, so no move ever loses text.
 */
export const createSessionMachine = () =>
	sessionSetup.createMachine({
		id: 'session',
		initial: 'intro',
		context: ({ input }) => ({ questions: input.questions, index: 0, skipped: [] }),
		on: { 'session.goto': gotoTransitions },
		states: {
			intro: { on: { 'session.next': 'film' } },
			film: {
				on: {
					'session.next': [
						{ guard: 'hasQuestions', target: 'questions', actions: 'firstQuestion' },
						{ target: 'exercise' },
					],
					'session.back': 'intro',
				},
			},
			questions: {
				on: {
					'session.next': [{ guard: 'hasNextQuestion', actions: 'nextQuestion' }, { target: 'exercise' }],
					'session.skipQuestion': [
						{ guard: 'hasNextQuestion', actions: ['markSkipped', 'nextQuestion'] },
						{ target: 'exercise', actions: 'markSkipped' },
					],
					'session.back': [{ guard: 'hasPreviousQuestion', actions: 'previousQuestion' }, { target: 'film' }],
				},
			},
			exercise: {
				on: {
					'session.next': 'wrapUp',
					'session.back': [{ guard: 'hasQuestions', target: 'questions', actions: 'lastQuestion' }, { target: 'film' }],
				},
			},
			wrapUp: { on: { 'session.next': 'summary', 'session.back': 'exercise' } },
			summary: { on: { 'session.back': 'wrapUp' } },
		},
	});

export type SessionMachine = ReturnType<typeof createSessionMachine>;
