export type { DelaData, DelaOutcomeView as OutcomeView } from '../../schemas/views';
