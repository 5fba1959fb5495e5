/**
 * Backup format migrations, oldest first: entry `from: n` turns a format-n file into format n+1.
 * Each is pure and gets a test with a fixture of the old shape (tests/unit/backup/migrations.test.ts,
 * whose guard fails for a migration without one).
 */
export const BACKUP_MIGRATIONS: readonly {
	from: number;
	description: string;
	apply: (file: Record<string, unknown>) => Record<string, unknown>;
}[] = [
	{
		from: 1,
		description: 'Format 2 adds a content hash; format-1 files have none and their records are already in shape.',
		apply: (file) => file,
	},
];

/** Brings a parsed file of format `version` up to the current format. */
export const migrateBackup = (file: Record<string, unknown>, version: number): Record<string, unknown> =>
	BACKUP_MIGRATIONS.filter(({ from }) => from >= version).reduce(
		(current, { from, apply }) => ({ ...apply(current), formatVersion: from + 1 }),
		file,
	);
