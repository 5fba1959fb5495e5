import fc from 'fast-check';
import type { BackupData } from '../../src/lib/backup/backupSchema';

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
const timestamp = fc
	.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
	.map((date) => date.toISOString());
const day = timestamp.map((iso) => iso.slice(0, 10));
const scenario = fc.integer({ min: 1, max: 3 });
const questionId = fc.stringMatching(/^[a-z0-9-]{1,30}$/);
/** Any text a person might type, including markup, quotes and emoji: it is data, never HTML. */
const text = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc.constantFrom('<script>alert(1)</script>', '"; DROP --', '🙂 åäö'),
);

/** Valid backup data with unique keys in every table, sorted in the database's key order. */
export const backupDataArbitrary: fc.Arbitrary<BackupData> = fc
	.record({
		groups: fc.uniqueArray(
			fc.record({ id, name: fc.string({ maxLength: 60 }), createdAt: timestamp, updatedAt: timestamp }),
			{
				selector: (row) => row.id,
				maxLength: 5,
			},
		),
		sessions: fc.uniqueArray(
			fc.record({
				id,
				groupId: id,
				scenario,
				date: day,
				createdAt: timestamp,
				updatedAt: timestamp,
				note: fc.string({ maxLength: 40 }),
			}),
			{ selector: (row) => row.id, maxLength: 5 },
		),
		answers: fc.uniqueArray(
			fc.record({
				owner: fc.oneof(
					fc.constant('sjalvstudier'),
					id.map((s) => `session:${s}`),
				),
				scenario,
				questionId,
				text,
				rev: fc.integer({ min: 1, max: 50 }),
				updatedAt: timestamp,
			}),
			{ selector: (row) => `${row.owner}/${row.scenario}/${row.questionId}`, maxLength: 20 },
		),
		exerciseRuns: fc.uniqueArray(
			fc.record({ id, owner: fc.constant('sjalvstudier'), exerciseId: id, updatedAt: timestamp }),
			{
				selector: (row) => row.id,
				maxLength: 5,
			},
		),
		settings: fc.uniqueArray(
			fc.record({
				key: fc.stringMatching(/^[A-Za-z0-9_.-]{1,20}$/),
				value: fc.oneof(fc.boolean(), fc.integer(), fc.string({ maxLength: 20 })),
			}),
			{ selector: (row) => row.key, maxLength: 4 },
		),
	})
	.map((data) => sortLikeDatabase(data));

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
