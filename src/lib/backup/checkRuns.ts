import type { ExerciseRun } from '../../schemas/records';
import type { KnownExercises } from './backupFormat';
import { recordName } from './describeIssue';

/**
 * Checks saved runs against the exercises this build has. A run of the current version of a known
 * exercise is resumed by the exercise page, so its state, its steps and its ending must all exist in
 * that exercise; runs of other versions or unknown exercises are never resumed, only listed.
 * Returns a Swedish sentence for the first run that does not fit, or undefined.
 */
export const checkRuns = (runs: readonly ExerciseRun[], exercises: KnownExercises): string | undefined => {
	for (const [index, run] of runs.entries()) {
		const exercise = Object.prototype.hasOwnProperty.call(exercises, run.exerciseId)
			? exercises[run.exerciseId]
			: undefined;
		if (!exercise || exercise.version !== run.exerciseVersion) continue;
		const name = recordName('exerciseRuns', index, run);
		const isNode = (id: string) => Object.prototype.hasOwnProperty.call(exercise.nodes, id);
		const isState = (id: string) => isNode(id) || exercise.endings.includes(id);
		if (run.snapshot && !isState(run.snapshot.value)) return `${name} står i ett läge som övningen inte har.`;
		const feedback = run.snapshot?.context.feedback;
		const steps = [...run.history, ...(run.snapshot?.context.history ?? []), ...(feedback ? [feedback] : [])];
		if (steps.some(({ node, choice }) => !isNode(node) || !exercise.nodes[node]!.includes(choice)))
			return `${name} har ett vägval som övningen inte har.`;
		if (run.endingId !== undefined && !exercise.endings.includes(run.endingId))
			return `${name} har ett slut som övningen inte har.`;
	}
	return undefined;
};
