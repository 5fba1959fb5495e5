// The shapes come from src/schemas/views.ts (derived from the content schemas); kept here only so
// the runner's components can go on importing './types'.
export type { RuleLaw, RunnerExercise } from '../../schemas/views';
