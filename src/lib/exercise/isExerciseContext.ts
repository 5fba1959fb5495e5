import type { ExerciseGraph } from './createExerciseMachine';

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A step names a decision point of this exercise and one of its choices. */
const isChoiceOf = (graph: ExerciseGraph, value: unknown): value is { node: string; choice: string } =>
	isRecord(value) &&
	typeof value.node === 'string' &&
	typeof value.choice === 'string' &&
	(graph.nodes[value.node]?.choices.some(({ id }) => id === value.choice) ?? false);

const isGroupRecord = (value: unknown) =>
	value === undefined ||
	(isRecord(value) &&
		typeof value.reason === 'string' &&
		(value.reservation === undefined || typeof value.reservation === 'string') &&
		isRecord(value.votes) &&
		Object.values(value.votes).every((count) => Number.isInteger(count) && (count as number) >= 0));

/**
 * Whether a context read back from storage is one this exercise's machine can run on: every step a
 * real choice, feedback (when present) a real choice. Snapshots stored before feedback was part of the
 * context have no `feedback`; they are read as showing none.
 */
export const isExerciseContext =
	(graph: ExerciseGraph) =>
	(context: unknown): boolean =>
		isRecord(context) &&
		Array.isArray(context.history) &&
		context.history.every((step) => isChoiceOf(graph, step) && isGroupRecord((step as { group?: unknown }).group)) &&
		(context.feedback === undefined || context.feedback === null || isChoiceOf(graph, context.feedback));
