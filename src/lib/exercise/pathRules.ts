import { getSimplePaths } from 'xstate/graph';
import type { Verdict } from '../../schemas/exerciseLabels';
import { createExerciseMachine, type ExerciseEvent } from './createExerciseMachine';

/** What the path rules read of an exercise: its choices' verdicts, repairs and targets, and its endings. */
export interface PathRuleExercise {
	start: string;
	nodes: Record<
		string,
		{
			choices: { id: string; target: string; verdict: Verdict; /** Corrects an earlier choice. */ repairs?: boolean }[];
		}
	>;
	endings: Record<string, { /** The best outcome the exercise has. */ good?: boolean }>;
}

/**
 * Endings earned by the path, found by walking every path with `xstate/graph`: no path on which a
 * choice the law does not allow stays uncorrected (no later choice marked `repairs`) may reach a
 * good ending, and at least half of the decision points must lead to different places by choice.
 * Returns Swedish messages for the content's author; empty when the exercise keeps both rules.
 */
export const findPathRuleProblems = (exercise: PathRuleExercise): string[] => {
	const problems: string[] = [];
	/** The first not-allowed choice on a path that no later choice repairs, as "node/choice". */
	const uncorrected = (history: readonly { node: string; choice: string }[]) => {
		let unlawful: string | undefined;
		for (const { node, choice: id } of history) {
			const choice = exercise.nodes[node]?.choices.find((option) => option.id === id);
			if (choice?.repairs) unlawful = undefined;
			else if (choice?.verdict === 'inte tillåtet') unlawful ??= `${node}/${id}`;
		}
		return unlawful;
	};
	// A state is where the path stands and which uncorrected choice it carries, not its whole history:
	// that is all the rule reads, and it keeps the walk small (with the history, the states are every
	// path's every prefix, and walking them took tens of seconds for an exercise of eleven points).
	const paths = getSimplePaths(createExerciseMachine(exercise), {
		events: (snapshot) =>
			(exercise.nodes[snapshot.value as string]?.choices ?? []).map(({ id }): ExerciseEvent => ({
				type: 'exercise.choose',
				choice: id,
			})),
		serializeState: (snapshot) => `${String(snapshot.value)}|${uncorrected(snapshot.context.history) ?? ''}`,
	});
	for (const { state } of paths) {
		if (!exercise.endings[state.value as string]?.good) continue;
		const unlawful = uncorrected(state.context.history);
		if (unlawful) {
			const route = state.context.history.map(({ node, choice }) => `${node}/${choice}`).join(' → ');
			const message = `Vägen ${route} når det goda slutet "${String(state.value)}" fast valet ${unlawful} inte är tillåtet och aldrig rättas`;
			// Several paths can end in the same state; it carries one route, so report it once.
			if (!problems.includes(message)) problems.push(message);
		}
	}
	const points = Object.values(exercise.nodes);
	const branching = points.filter(({ choices }) => new Set(choices.map(({ target }) => target)).size > 1).length;
	if (branching * 2 < points.length)
		problems.push(
			`Bara ${branching} av ${points.length} beslutspunkter leder till olika ställen beroende på valet; minst hälften ska göra det`,
		);
	return problems;
};
