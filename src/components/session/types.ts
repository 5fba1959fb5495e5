// The shape comes from src/schemas/views.ts (derived from the content schemas); kept here only so
// the session's components can go on importing './types'.
export type { AgendaTemplates, SessionScenario } from '../../schemas/views';
