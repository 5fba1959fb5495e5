import { Dexie } from 'dexie';
import { DATABASE_NAME } from '../db/db';
import { BACKUP_TABLES } from './backupFormat';
import type { Backup, BackupData } from './backupSchema';
import { sealBackup } from './exportBackup';

/**
 * A rescue copy when this code cannot open the database (an upgrade failed, so the database is still
 * at its old version): opens it at whatever version it has, without declaring a schema, and reads
 * every backed-up table as it is. Nothing is written.
 */
export const exportOldDatabase = async (name = DATABASE_NAME, now = new Date()): Promise<Backup> => {
	const old = new Dexie(name);
	try {
		await old.open();
		const present = BACKUP_TABLES.filter((table) => old.tables.some((t) => t.name === table));
		const data = Object.fromEntries(BACKUP_TABLES.map((table) => [table, [] as unknown[]]));
		await old.transaction('r', present, async () => {
			for (const table of present) data[table] = await old.table(table).toArray();
		});
		return await sealBackup(data as BackupData, now);
	} finally {
		old.close();
	}
};
