// The only place a stored record's shape is written. The Dexie table types (src/lib/db/schema.ts),
// every write in src/lib/db/, the backup file's validation and the merge all take their types and
// checks from here. Messages are made from the issue codes by src/lib/backup/describeIssue.ts, so no
// validator English reaches the user.
// Over 150 lines on purpose: one schema per record kind, in one file, so no second shape can appear.
import { z } from 'astro/zod';
import { LIMITS } from '../lib/db/limits';
import { ROLES, SESSION_STEPS, TIMED_STEPS } from '../lib/session/agenda';
import { checkMeetingDate } from '../lib/session/meetingDate';

// No JIT: zod would otherwise probe `new Function` once, which the site's Content-Security-Policy
// (no 'unsafe-eval') reports as a violation. Set before the schemas below are built, since zod reads
// it when a schema is created.
z.config({ jitless: true });

const Id = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
/** A question id; a conflict copy of an answer adds `--kopia-` and twelve characters of its hash. */
const QuestionId = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,79})(?:--kopia-[a-z0-9]{12})?$/);
const Owner = z.string().regex(/^(?:sjalvstudier|session:[A-Za-z0-9_-]{1,100})$/);
const Timestamp = z.iso.datetime({ offset: true });
const Scenario = z.int().min(1).max(99);
const Count = (max: number) => z.int().min(0).max(max);

/** A group that meets: only a name the group chooses, never a person's. */
export const GroupSchema = z.strictObject({
	/** Stable id; sessions refer to it. */
	id: Id,
	/** The group's own name, e.g. "SSPF Norra". */
	name: z.string().max(LIMITS.groupName),
	/** When the group was first stored (ISO). */
	createdAt: Timestamp,
	/** When the group last changed (ISO). */
	updatedAt: Timestamp,
});

/** How many of each role took part; never names. */
export const RoleCountsSchema = z.strictObject(
	Object.fromEntries(Object.keys(ROLES).map((role) => [role, Count(99)])) as Record<keyof typeof ROLES, z.ZodInt>,
);

/** Minutes per timed step of a session. */
export const AgendaSchema = z.strictObject(
	Object.fromEntries(TIMED_STEPS.map((step) => [step, Count(240)])) as Record<(typeof TIMED_STEPS)[number], z.ZodInt>,
);

/** An action agreed at the end of a session. */
export const SessionActionSchema = z.strictObject({
	/** Stable id of the action within its session. */
	id: z.string().min(1).max(LIMITS.id),
	/** What is to be done. */
	text: z.string().max(LIMITS.actionText),
	/** Which role owns it (a key of ROLES), or empty; never a name. */
	ownerRole: z.union([z.enum(Object.keys(ROLES) as [keyof typeof ROLES]), z.literal('')]),
	/** By when: YYYY-MM-DD, or empty. */
	due: z.union([
		z.iso.date().refine((value) => checkMeetingDate(value) === undefined, 'datumet ligger utanför 2020–2099'),
		z.literal(''),
	]),
});

/** The session machine's persisted snapshot (createSessionMachine): its state must be a step. */
export const SessionFlowSchema = z
	.strictObject({
		/** XState's actor status; the session machine has no final state. */
		status: z.literal('active'),
		/** The step the session stands at. */
		value: z.enum(SESSION_STEPS),
		/** XState's history-state memory; the machine has none. */
		historyValue: z.strictObject({}),
		/** The machine's context: question ids in order, the current index, skipped ids. */
		context: z.strictObject({
			/** Ids of the reflection questions, in the order they are discussed. */
			questions: z.array(QuestionId).max(LIMITS.questions),
			/** Index of the current question. */
			index: Count(LIMITS.questions),
			/** Questions the group chose to skip. */
			skipped: z.array(QuestionId).max(LIMITS.questions),
		}),
		/** Spawned actors; the machine spawns none. */
		children: z.strictObject({}),
	})
	.refine(({ context }) => context.index <= Math.max(0, context.questions.length - 1), {
		message: 'frågenumret finns inte bland samtalets frågor',
		path: ['context', 'index'],
	});

/** A facilitated meeting. */
export const SessionSchema = z.strictObject({
	/** Stable id; answers of the session are owned by `session:<id>`. */
	id: Id,
	/** The group that met. */
	groupId: Id,
	/** Which film scenario the meeting is about. */
	scenario: Scenario,
	/** Meeting date, YYYY-MM-DD, within the bounds a meeting can have (lib/session/meetingDate.ts). */
	date: z.iso.date().refine((value) => checkMeetingDate(value) === undefined, 'mötets datum ligger utanför 2020–2099'),
	/** When the session was created (ISO). */
	createdAt: Timestamp,
	/** When the session last changed (ISO). */
	updatedAt: Timestamp,
	/** How many of each role took part. */
	roles: RoleCountsSchema,
	/** Minutes planned per step. */
	agenda: AgendaSchema,
	/** The flow machine's persisted snapshot; absent until the session is first moved. */
	flow: SessionFlowSchema.optional(),
	/** Where the session stands, for the list (mirrors `flow`). */
	step: z.enum(SESSION_STEPS),
	/** Index of the current question, for the list. */
	questionIndex: Count(LIMITS.questions),
	/** How many reflection questions the session has. */
	questionCount: Count(LIMITS.questions),
	/** The reflection questions chosen for the meeting, in the order asked; absent: all of the scenario's. */
	questionIds: z.array(QuestionId).min(1).max(LIMITS.questions).optional(),
	/** Actions agreed at the end. */
	actions: z.array(SessionActionSchema).max(LIMITS.actions),
	/** Whether the summary has been reached. */
	status: z.enum(['active', 'completed']),
});

/** One reflection answer, by one owner (self-study or a session). */
export const AnswerSchema = z.strictObject({
	/** `sjalvstudier`, or `session:<id>`. */
	owner: Owner,
	/** The scenario the question belongs to. */
	scenario: Scenario,
	/** Stable id of the question (content/reflection/questions.yaml, or a session's own). */
	questionId: QuestionId,
	/** What was written; the answer box holds at most this much. */
	text: z.string().max(LIMITS.answerText),
	/** Revision, raised on every save; compare-and-set between tabs. */
	rev: z.int().min(1).max(LIMITS.rev),
	/** When it was last saved (ISO). */
	updatedAt: Timestamp,
});

/** A group's votes per option at one decision point, the reason for the choice made, any reservation. */
export const GroupRecordSchema = z.strictObject({
	/** Choice id → number of votes. */
	votes: z.record(z.string().regex(/^[a-z0-9-]{1,100}$/), Count(999)),
	/** Why the group chose as it did. */
	reason: z.string().max(LIMITS.reason),
	/** What the group did not agree on; absent when it did, and in runs and backups from before it existed. */
	reservation: z.string().max(LIMITS.reservation).optional(),
});

/** One step taken in an exercise. */
export const StepSchema = z.strictObject({
	/** The decision point. */
	node: z.string().regex(/^[a-z0-9-]{1,100}$/),
	/** The choice made there. */
	choice: z.string().regex(/^[a-z0-9-]{1,100}$/),
	/** In group mode: the votes and the reason. */
	group: GroupRecordSchema.optional(),
});

/**
 * The exercise machine's context (createExerciseMachine). THE place to add a key when the machine's
 * context grows: saved runs and imports are checked against it.
 */
export const ExerciseContextSchema = z.strictObject({
	/** Steps taken, in order. */
	history: z.array(StepSchema).max(LIMITS.steps),
	/** The choice whose feedback is showing; `null` when none is, absent in runs saved before it existed. */
	feedback: StepSchema.pick({ node: true, choice: true }).nullable().optional(),
});

/** The exercise machine's persisted snapshot; parseBackup checks `value` against the exercise's nodes. */
export const ExerciseSnapshotSchema = z.strictObject({
	/** XState's actor status; endings are not final states. */
	status: z.literal('active'),
	/** The decision point or ending the run stands at. */
	value: z.string().regex(/^[a-z0-9-]{1,100}$/),
	/** XState's history-state memory; the machine has none. */
	historyValue: z.strictObject({}),
	/** What the machine remembers. */
	context: ExerciseContextSchema,
	/** Spawned actors; the machine spawns none. */
	children: z.strictObject({}),
});

/** A run through a branching exercise. */
export const ExerciseRunSchema = z.strictObject({
	/** Stable id of the run. */
	id: Id,
	/** `sjalvstudier`, or `session:<id>`. */
	owner: Owner,
	/** The exercise (its content file name). */
	exerciseId: Id,
	/** The exercise's `version` when the run began; a run of another version is not resumed. */
	exerciseVersion: z.int().min(1).max(1_000_000),
	/** Whether the run reached an ending. */
	status: z.enum(['active', 'completed']),
	/** Whether the group recorded votes and reasons. */
	groupMode: z.boolean(),
	/** The machine's persisted snapshot; absent before the first step. */
	snapshot: ExerciseSnapshotSchema.optional(),
	/** Steps taken, for lists and the summary. */
	history: z.array(StepSchema).max(LIMITS.steps),
	/** The ending reached, once completed. */
	endingId: z
		.string()
		.regex(/^[a-z0-9-]{1,100}$/)
		.optional(),
	/** The seed of the order the choices are shown in (lib/study/shuffle.ts); absent in older runs. */
	order: z
		.string()
		.regex(/^[a-z0-9]{1,16}$/)
		.optional(),
	/** When the run began (ISO). */
	startedAt: Timestamp,
	/** When the run last changed (ISO). */
	updatedAt: Timestamp,
});

/** The options chosen for one quiz question, and when. */
export const QuizAnswerSchema = z.strictObject({
	/** Option ids chosen. */
	selected: z.array(z.string().regex(/^[a-z0-9-]{1,100}$/)).max(20),
	/** When the answer was given (ISO). */
	answeredAt: Timestamp,
});

/** Settings keys with a known value shape; any other key holds a short plain value. */
export const FILM_SEEN_KEY = /^sjalvstudier\.film-sedd\.(\d{1,2})$/;
export const QUIZ_ANSWER_KEY = /^sjalvstudier\.quiz\.([a-z0-9-]{1,80})$/;
const PlainValue = z.union([z.string().max(LIMITS.settingText), z.number(), z.boolean(), z.null()]);

/** A preference or a piece of self-study progress (key/value). */
export const SettingSchema = z
	.strictObject({
		/** E.g. `sjalvstudier.film-sedd.1` (value: when), `sjalvstudier.quiz.<id>` (value: the answer). */
		key: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/),
		/** Its value; its shape depends on the key. */
		value: z.unknown(),
	})
	.superRefine(({ key, value }, ctx) => {
		const schema = FILM_SEEN_KEY.test(key) ? Timestamp : QUIZ_ANSWER_KEY.test(key) ? QuizAnswerSchema : PlainValue;
		if (!schema.safeParse(value).success)
			ctx.addIssue({ code: 'custom', message: 'värdet passar inte inställningen', path: ['value'] });
	});

export type Group = z.output<typeof GroupSchema>;
export type Session = z.output<typeof SessionSchema>;
export type SessionAction = z.output<typeof SessionActionSchema>;
export type SessionFlow = z.output<typeof SessionFlowSchema>;
export type Answer = z.output<typeof AnswerSchema>;
export type ExerciseRun = z.output<typeof ExerciseRunSchema>;
export type ExerciseSnapshot = z.output<typeof ExerciseSnapshotSchema>;
export type Setting = z.output<typeof SettingSchema>;
export type QuizAnswer = z.output<typeof QuizAnswerSchema>;

/** The schema of every record kind a backup holds, by table name. */
export const RECORD_SCHEMAS = {
	groups: GroupSchema,
	sessions: SessionSchema,
	answers: AnswerSchema,
	exerciseRuns: ExerciseRunSchema,
	settings: SettingSchema,
} as const;
