import fc from 'fast-check';
import type { BackupData } from '../../src/lib/backup/backupSchema';
import { LIMITS } from '../../src/lib/db/limits';
import { ROLES, SESSION_STEPS, TIMED_STEPS } from '../../src/lib/session/agenda';

/** Ids from a few values when `crowded`, so two generated stores share keys and conflict often. */
const makeId = (crowded: boolean) =>
	crowded ? fc.constantFrom('a', 'b', 'c', 'd') : fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
const timestamp = fc
	.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
	.map((date) => date.toISOString());
const day = timestamp.map((iso) => iso.slice(0, 10));
const scenario = fc.integer({ min: 1, max: 3 });
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
/** Any text a person might type, including markup, quotes and emoji: it is data, never HTML. */
const text = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc.constantFrom('<script>alert(1)</script>', '"; DROP --', '🙂 åäö', 'ja', 'Nej, jag tror inte det'),
);
const role = fc.constantFrom(...(Object.keys(ROLES) as (keyof typeof ROLES)[]));
const step = fc.record(
	{
		node: slug,
		choice: slug,
		group: fc.record(
			{
				votes: fc.dictionary(slug, fc.integer({ min: 0, max: 20 }), { maxKeys: 3 }),
				reason: fc.string({ maxLength: 40 }),
				reservation: fc.string({ maxLength: 40 }),
			},
			{ requiredKeys: ['votes', 'reason'] },
		),
	},
	{ requiredKeys: ['node', 'choice'] },
);

const flow = fc.array(slug, { minLength: 1, maxLength: 5 }).chain((questions) =>
	fc.record({
		status: fc.constant('active' as const),
		value: fc.constantFrom(...SESSION_STEPS),
		historyValue: fc.constant({}),
		context: fc.record({
			questions: fc.constant(questions),
			index: fc.integer({ min: 0, max: questions.length - 1 }),
			skipped: fc.subarray(questions),
		}),
		children: fc.constant({}),
	}),
);

const session = (id: fc.Arbitrary<string>) =>
	fc.record(
		{
			id,
			groupId: id,
			scenario,
			date: day,
			createdAt: timestamp,
			updatedAt: timestamp,
			roles: fc.record(
				Object.fromEntries(Object.keys(ROLES).map((r) => [r, fc.integer({ min: 0, max: 99 })])) as Record<
					keyof typeof ROLES,
					fc.Arbitrary<number>
				>,
			),
			agenda: fc.record(
				Object.fromEntries(TIMED_STEPS.map((s) => [s, fc.integer({ min: 0, max: 240 })])) as Record<
					(typeof TIMED_STEPS)[number],
					fc.Arbitrary<number>
				>,
			),
			flow,
			step: fc.constantFrom(...SESSION_STEPS),
			questionIndex: fc.integer({ min: 0, max: 20 }),
			questionCount: fc.integer({ min: 0, max: 20 }),
			actions: fc.array(
				fc.record({
					id: fc.uuid(),
					text: fc.string({ maxLength: 50 }),
					ownerRole: fc.oneof(role, fc.constant('' as const)),
					due: fc.oneof(day, fc.constant('')),
				}),
				{ maxLength: 3 },
			),
			status: fc.constantFrom('active' as const, 'completed' as const),
		},
		{
			requiredKeys: [
				'id',
				'groupId',
				'scenario',
				'date',
				'createdAt',
				'updatedAt',
				'roles',
				'agenda',
				'step',
				'questionIndex',
				'questionCount',
				'actions',
				'status',
			],
		},
	);

const run = (id: fc.Arbitrary<string>, owner: fc.Arbitrary<string>) =>
	fc.record(
		{
			id,
			owner,
			exerciseId: slug,
			exerciseVersion: fc.integer({ min: 1, max: 3 }),
			status: fc.constantFrom('active' as const, 'completed' as const),
			groupMode: fc.boolean(),
			snapshot: fc.record({
				status: fc.constant('active' as const),
				value: slug,
				historyValue: fc.constant({}),
				context: fc.record({ history: fc.array(step, { maxLength: 3 }) }),
				children: fc.constant({}),
			}),
			history: fc.array(step, { maxLength: 3 }),
			endingId: slug,
			order: fc.stringMatching(/^[a-z0-9]{1,16}$/),
			startedAt: timestamp,
			updatedAt: timestamp,
		},
		{
			requiredKeys: [
				'id',
				'owner',
				'exerciseId',
				'exerciseVersion',
				'status',
				'groupMode',
				'history',
				'startedAt',
				'updatedAt',
			],
		},
	);

const setting = fc.oneof(
	fc.record({ key: scenario.map((n) => `sjalvstudier.film-sedd.${n}`), value: timestamp }),
	fc.record({
		key: slug.map((q) => `sjalvstudier.quiz.${q}`),
		value: fc.record({ selected: fc.array(slug, { maxLength: 3 }), answeredAt: timestamp }),
	}),
	fc.record({
		key: fc.stringMatching(/^[A-Za-z0-9_]{1,20}$/),
		value: fc.oneof(fc.boolean(), fc.integer(), fc.string({ maxLength: 20 }), fc.constant(null)),
	}),
);

/** Valid backup data with unique keys in every table, sorted in the database's key order. */
export const makeBackupDataArbitrary = (crowded = false): fc.Arbitrary<BackupData> => {
	const id = makeId(crowded);
	const owner = fc.oneof(
		fc.constant('sjalvstudier'),
		id.map((s) => `session:${s}`),
	);
	const questionId = crowded ? fc.constantFrom('q1', 'q2', 'q3') : slug;
	return fc
		.record({
			groups: fc.uniqueArray(
				fc.record({ id, name: fc.string({ maxLength: 60 }), createdAt: timestamp, updatedAt: timestamp }),
				{ selector: (row) => row.id, maxLength: 5 },
			),
			sessions: fc.uniqueArray(session(id), { selector: (row) => row.id, maxLength: 5 }),
			answers: fc.uniqueArray(
				fc.record({
					owner,
					scenario,
					questionId,
					text,
					rev: fc.integer({ min: 1, max: LIMITS.rev }),
					updatedAt: crowded ? fc.constantFrom('2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z') : timestamp,
				}),
				{ selector: (row) => `${row.owner}/${row.scenario}/${row.questionId}`, maxLength: 20 },
			),
			exerciseRuns: fc.uniqueArray(run(id, owner), { selector: (row) => row.id, maxLength: 5 }),
			settings: fc.uniqueArray(setting, { selector: (row) => row.key, maxLength: 4 }),
		})
		.map((data) => sortLikeDatabase(data as BackupData));
};

/** Valid backup data with unique keys in every table, sorted in the database's key order. */
export const backupDataArbitrary = makeBackupDataArbitrary();

const byString =
	<T>(key: (row: T) => string) =>
	(a: T, b: T) =>
		key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** Orders every table the way IndexedDB returns it (by primary key), so round trips compare equal. */
export const sortLikeDatabase = (data: BackupData): BackupData => ({
	groups: [...data.groups].sort(byString((row) => row.id)),
	sessions: [...data.sessions].sort(byString((row) => row.id)),
	answers: [...data.answers].sort((a, b) =>
		a.owner !== b.owner
			? a.owner < b.owner
				? -1
				: 1
			: a.scenario !== b.scenario
				? a.scenario - b.scenario
				: a.questionId < b.questionId
					? -1
					: a.questionId > b.questionId
						? 1
						: 0,
	),
	exerciseRuns: [...data.exerciseRuns].sort(byString((row) => row.id)),
	settings: [...data.settings].sort(byString((row) => row.key)),
});
