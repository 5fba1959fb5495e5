import type { RuleLaw, RunnerExercise } from '../exercise/types';

/** Everything a session needs about one scenario, passed from the page at build time. */
export interface SessionScenario {
	number: number;
	title: string;
	duration: string;
	quote: { text: string; speaker: string; role: string };
	officialUrl: string;
	lookFor: string[];
	themes: { id: string; title: string; questions: { id: string; text: string }[] }[];
	exercise?: { exercise: RunnerExercise; laws: Record<string, RuleLaw> };
}
