import { assign, setup } from 'xstate';

/** The parts of an exercise definition the machine needs (validated content, see schemas/exercise.ts). */
export interface ExerciseGraph {
	start: string;
	nodes: Record<string, { choices: { id: string; target: string }[] }>;
	endings: Record<string, unknown>;
}

/**
 * A group's votes per option at one decision point, the reason for the choice made and, when the
 * group did not agree, its reservation.
 */
export interface GroupRecord {
	votes: Record<string, number>;
	reason: string;
	/** What the group did not agree on; absent when it did (and in runs stored before it existed). */
	reservation?: string;
}

/** One step taken: where the user stood, what they chose, and (in group mode) how the group voted. */
export interface Step {
	node: string;
	choice: string;
	group?: GroupRecord;
}

/** The choice whose feedback is showing: the last one made, until the user goes on, back or restarts. */
export interface Feedback {
	node: string;
	choice: string;
}

/** The machine's context, stored with every persisted snapshot. */
export interface ExerciseContext {
	history: Step[];
	/** `null` when no feedback is showing (at the start, after going on, back or restarting). */
	feedback: Feedback | null;
}

export type ExerciseEvent =
	| { type: 'exercise.choose'; choice: string; group?: GroupRecord }
	/** The user has read the feedback on the last choice and goes on to what it led to. */
	| { type: 'exercise.continue' }
	| { type: 'exercise.back' }
	| { type: 'exercise.restart' };

const exerciseSetup = setup({
	types: {} as { context: ExerciseContext; events: ExerciseEvent },
	guards: {
		choiceIs: ({ event }, params: { choice: string }) =>
			event.type === 'exercise.choose' && event.choice === params.choice,
		cameFrom: ({ context }, params: { node: string }) => context.history.at(-1)?.node === params.node,
	},
	actions: {
		recordStep: assign({
			history: ({ context, event }, params: { node: string }) =>
				event.type === 'exercise.choose'
					? [
							...context.history,
							{ node: params.node, choice: event.choice, ...(event.group ? { group: event.group } : {}) },
						]
					: context.history,
		}),
		showFeedback: assign({
			feedback: ({ event }, params: { node: string }) =>
				event.type === 'exercise.choose' ? { node: params.node, choice: event.choice } : null,
		}),
		hideFeedback: assign({ feedback: null }),
		undoStep: assign({ history: ({ context }) => context.history.slice(0, -1), feedback: null }),
		clearHistory: assign({ history: () => [], feedback: null }),
	},
});

/** Every node that has a choice leading to `target`: where "Tillbaka" may return to. */
const predecessorsOf = (graph: ExerciseGraph, target: string) =>
	Object.entries(graph.nodes)
		.filter(([, node]) => node.choices.some((choice) => choice.target === target))
		.map(([id]) => id);

/**
 * Builds the XState machine for one exercise from its validated definition. Pure: no DOM, storage
 * or timers, so `xstate/graph` can walk every path. One state per decision point and per ending;
 * endings are not final, so the user can still go back or start over. A choice moves on at once and
 * keeps its feedback in the context until `exercise.continue`: the island shows the feedback until then.
 */
export const createExerciseMachine = (graph: ExerciseGraph) => {
	const back = (id: string) =>
		predecessorsOf(graph, id).map((node) => ({
			target: node,
			guard: { type: 'cameFrom' as const, params: { node } },
			actions: 'undoStep' as const,
		}));
	const states = {
		...Object.fromEntries(
			Object.entries(graph.nodes).map(([id, node]) => [
				id,
				{
					tags: ['decision'],
					on: {
						'exercise.choose': node.choices.map(({ id: choice, target }) => ({
							target,
							guard: { type: 'choiceIs' as const, params: { choice } },
							actions: [
								{ type: 'recordStep' as const, params: { node: id } },
								{ type: 'showFeedback' as const, params: { node: id } },
							],
						})),
						'exercise.back': back(id),
					},
				},
			]),
		),
		...Object.fromEntries(
			Object.keys(graph.endings).map((id) => [id, { tags: ['ending'], on: { 'exercise.back': back(id) } }]),
		),
	};
	return exerciseSetup.createMachine({
		id: 'exercise',
		initial: graph.start,
		context: { history: [], feedback: null },
		on: {
			'exercise.continue': { actions: 'hideFeedback' },
			'exercise.restart': { target: `.${graph.start}`, actions: 'clearHistory' },
		},
		states,
	});
};

export type ExerciseMachine = ReturnType<typeof createExerciseMachine>;
