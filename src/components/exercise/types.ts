import type { Exercise } from '../../schemas/exercise';

/** What the runner needs of an exercise: the validated content plus its id. */
export type RunnerExercise = Pick<Exercise, 'title' | 'version' | 'start' | 'nodes' | 'endings'> & { id: string };

/** A law entry as the rule card shows it. */
export interface RuleLaw {
	citation: string;
	title: string;
	summary: string;
	url: string;
}
