/** The steps of a facilitated session, in order. */
export const SESSION_STEPS = ['intro', 'film', 'questions', 'exercise', 'wrapUp', 'summary'] as const;
export type SessionStep = (typeof SESSION_STEPS)[number];

/** Swedish names of the steps, as the facilitator and the agenda show them. */
export const STEP_LABELS: Record<SessionStep, string> = {
	intro: 'Inledning',
	film: 'Film',
	questions: 'Reflektionsfrågor',
	exercise: 'Övning',
	wrapUp: 'Avslutning',
	summary: 'Sammanfattning',
};

/** Steps that have time on the agenda (the summary is read after the meeting). */
export const TIMED_STEPS = [
	'intro',
	'film',
	'questions',
	'exercise',
	'wrapUp',
] as const satisfies readonly SessionStep[];
export type TimedStep = (typeof TIMED_STEPS)[number];
export type Agenda = Record<TimedStep, number>;

/** Agenda templates by meeting length in minutes; each adds up to its length. */
// As the facilitator guide gives them (content/knowledge/samtalsledarguide.mdx; a unit test holds the two
// together): first impressions count into the questions, and 45 minutes leave the exercise out.
export const AGENDA_TEMPLATES: Record<45 | 60 | 90, Agenda> = {
	45: { intro: 5, film: 5, questions: 25, exercise: 0, wrapUp: 10 },
	60: { intro: 5, film: 5, questions: 30, exercise: 10, wrapUp: 10 },
	90: { intro: 5, film: 10, questions: 40, exercise: 20, wrapUp: 15 },
};

/** Roles that can be present; the session stores how many of each, never names. */
export const ROLES = {
	skola: 'Skola',
	socialtjänst: 'Socialtjänst',
	polis: 'Polis',
	fritid: 'Fritid',
	annan: 'Annan',
} as const;
export type Role = keyof typeof ROLES;
export type RoleCounts = Record<Role, number>;

/** Total minutes of an agenda. */
export const agendaMinutes = (agenda: Agenda): number => TIMED_STEPS.reduce((sum, step) => sum + agenda[step], 0);

/** The question id under which the wrap-up "what we take with us" text is saved. */
export const TAKEAWAYS_ID = 'vi-tar-med-oss';
/** The wrap-up's "Öppna frågor": law questions to take further, and who takes them. */
export const OPEN_QUESTIONS_ID = 'oppna-fragor';
/** The wrap-up's "Nästa möte": when, and which film. */
export const NEXT_MEETING_ID = 'nasta-mote';
