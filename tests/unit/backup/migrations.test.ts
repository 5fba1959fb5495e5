import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../../../src/lib/backup/backupFormat';
import { BACKUP_MIGRATIONS, migrateBackup } from '../../../src/lib/backup/migrations';

/**
 * One old→new fixture per backup migration, keyed by the format it migrates from. Add the fixture
 * with the migration: the guard below fails for a migration without one.
 */
const formatOne = {
	format: BACKUP_FORMAT,
	formatVersion: 1,
	exportedAt: '2026-11-23T10:00:00.000Z',
	data: {
		groups: [],
		sessions: [],
		answers: [
			{
				owner: 'sjalvstudier',
				scenario: 1,
				questionId: 'q1',
				text: 'Vi tar kontakt med vårdnadshavarna tidigt.',
				rev: 1,
				updatedAt: '2026-11-23T09:00:00.000Z',
			},
		],
		exerciseRuns: [],
		settings: [],
	},
};

const FIXTURES: Record<number, { before: Record<string, unknown>; after: Record<string, unknown> }> = {
	// Format 2 only adds the content hash, which a format-1 file never had: the records stay as they are.
	1: { before: formatOne, after: structuredClone(formatOne) },
};

const currentFile = {
	format: BACKUP_FORMAT,
	formatVersion: BACKUP_FORMAT_VERSION,
	exportedAt: '2026-11-23T10:00:00.000Z',
	data: { groups: [], sessions: [], answers: [], exerciseRuns: [], settings: [] },
};

describe('backup migrations', () => {
	it('form one unbroken chain from format 1 to the format this code writes', () => {
		expect(BACKUP_MIGRATIONS.map(({ from }) => from)).toEqual(
			Array.from({ length: BACKUP_FORMAT_VERSION - 1 }, (_, index) => index + 1),
		);
		for (const { description } of BACKUP_MIGRATIONS) expect(description.trim()).not.toBe('');
	});

	it('each have an old→new fixture', () => {
		expect(BACKUP_MIGRATIONS.filter(({ from }) => !(from in FIXTURES)).map(({ from }) => from)).toEqual([]);
	});

	for (const { from, description, apply } of BACKUP_MIGRATIONS) {
		it(`turn format ${from} into ${from + 1}: ${description}`, () => {
			const { before, after } = FIXTURES[from]!;
			const copy = structuredClone(before);
			expect(apply(before)).toEqual(after);
			expect(before, 'a migration is pure: it never changes its input').toEqual(copy);
		});
	}

	it('leave a file of the current format as it is', () => {
		const copy = structuredClone(currentFile);
		expect(migrateBackup(currentFile, BACKUP_FORMAT_VERSION)).toEqual(copy);
		expect(currentFile).toEqual(copy);
	});

	it('bring a file of every older format to the current one', () => {
		for (const { from } of BACKUP_MIGRATIONS) {
			expect(migrateBackup(FIXTURES[from]!.before, from)).toMatchObject({ formatVersion: BACKUP_FORMAT_VERSION });
		}
	});
});
