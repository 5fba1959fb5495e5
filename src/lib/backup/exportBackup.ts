import { getDatabase, type AppDatabase } from '../db/db';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES } from './backupFormat';
import type { Backup, BackupData } from './backupSchema';

/** Everything stored on the device except film files, as one versioned backup object. */
export const createBackup = async (db: AppDatabase = getDatabase(), now = new Date()): Promise<Backup> => {
	const tables = BACKUP_TABLES.map((table) => db.table(table));
	const data = await db.transaction('r', tables, async () =>
		Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (table) => [table, await db.table(table).toArray()]))),
	);
	return {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		exportedAt: now.toISOString(),
		data: data as BackupData,
	};
};

/** The backup as a file: pretty JSON, so it can be read; text is data, never markup. */
export const toBackupFile = (backup: Backup): { name: string; blob: Blob } => ({
	name: `samverkansrummet-${backup.exportedAt.slice(0, 10)}.json`,
	blob: new Blob([`${JSON.stringify(backup, null, 2)}\n`], { type: 'application/json' }),
});

/** One session as a backup file: its group, the session, its answers and its exercise runs. */
export const createSessionBackup = async (
	sessionId: string,
	db: AppDatabase = getDatabase(),
	now = new Date(),
): Promise<Backup> => {
	const owner = `session:${sessionId}`;
	const { data } = await createBackup(db, now);
	const session = data.sessions.find(({ id }) => id === sessionId);
	return {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		exportedAt: now.toISOString(),
		data: {
			groups: data.groups.filter(({ id }) => id === session?.groupId),
			sessions: session ? [session] : [],
			answers: data.answers.filter((answer) => answer.owner === owner),
			exerciseRuns: data.exerciseRuns.filter((run) => run.owner === owner),
			settings: [],
		},
	};
};
