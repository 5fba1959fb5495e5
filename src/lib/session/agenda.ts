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

/** The meeting lengths a session can be set up for, in minutes; each has an agenda in content/agendas/. */
export const MEETING_LENGTHS = [45, 60, 90] as const;
export type MeetingLength = (typeof MEETING_LENGTHS)[number];

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
