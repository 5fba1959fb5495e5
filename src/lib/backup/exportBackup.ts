import { getDatabase, type AppDatabase } from '../db/db';
import { formatBytes } from '../format/bytes';
import { toIsoDate } from '../format/dates';
import { sessionOwner } from '../sessionOwner';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES, MAX_BACKUP_BYTES } from './backupFormat';
import type { Backup, BackupData } from './backupSchema';
import { sha256Of } from './canonical';

/** The envelope around `data`, sealed with the SHA-256 of its canonical JSON (everything but the hash). */
export const sealBackup = async (data: BackupData, now = new Date()): Promise<Backup> => {
	const content = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, exportedAt: now.toISOString(), data };
	return { ...content, sha256: await sha256Of(content) } as Backup;
};

/** Reads every backed-up table in one read transaction (the hash is computed after it). */
const readAll = async (db: AppDatabase): Promise<BackupData> => {
	const tables = BACKUP_TABLES.map((table) => db.table(table));
	return (await db.transaction('r', tables, async () =>
		Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (table) => [table, await db.table(table).toArray()]))),
	)) as BackupData;
};

/** Everything stored on the device except film files, as one versioned, sealed backup object. */
export const createBackup = async (db: AppDatabase = getDatabase(), now = new Date()): Promise<Backup> =>
	sealBackup(await readAll(db), now);

/** Thrown when a backup would be bigger than any import accepts. */
export class BackupTooLargeError extends Error {
	constructor(size: number) {
		super(
			`Datan är för stor för en säkerhetskopia (${formatBytes(size)}; högst ${formatBytes(MAX_BACKUP_BYTES)}). Exportera enskilda samtal, eller radera gamla samtal, och försök igen.`,
		);
		this.name = 'BackupTooLargeError';
	}
}

/** The backup as a file: pretty JSON, so it can be read; text is data, never markup. */
export const toBackupFile = (backup: Backup): { name: string; blob: Blob } => {
	const blob = new Blob([`${JSON.stringify(backup, null, 2)}\n`], { type: 'application/json' });
	// The export never writes a file the import would refuse.
	if (blob.size > MAX_BACKUP_BYTES) throw new BackupTooLargeError(blob.size);
	return { name: `samverkansrummet-${toIsoDate(backup.exportedAt)}.json`, blob };
};

/** One session as a backup file: its group, the session, its answers and its exercise runs. */
export const createSessionBackup = async (
	sessionId: string,
	db: AppDatabase = getDatabase(),
	now = new Date(),
): Promise<Backup> => {
	const owner = sessionOwner(sessionId);
	const data = await readAll(db);
	const session = data.sessions.find(({ id }) => id === sessionId);
	return sealBackup(
		{
			groups: data.groups.filter(({ id }) => id === session?.groupId),
			sessions: session ? [session] : [],
			answers: data.answers.filter((answer) => answer.owner === owner),
			exerciseRuns: data.exerciseRuns.filter((run) => run.owner === owner),
			settings: [],
		},
		now,
	);
};
