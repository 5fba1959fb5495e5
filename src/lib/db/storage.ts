import { getDatabase, openForWriting, type AppDatabase } from './db';
import { DATA_TABLES, type DataTable } from './schema';

/** How many records of each kind are stored. */
export type Counts = Record<DataTable, number>;

/** Counts of every kind of stored record. */
export const countAll = async (db: AppDatabase = getDatabase()): Promise<Counts> => {
	const counts = await Promise.all(DATA_TABLES.map((table) => db.table(table).count()));
	return Object.fromEntries(DATA_TABLES.map((table, index) => [table, counts[index]!])) as Counts;
};

/** What the browser says about this site's storage. Fields are undefined where the browser does not tell. */
export interface StorageStatus {
	usage?: number;
	quota?: number;
	persisted?: boolean;
}

/** Storage used, available, and whether it is protected from automatic clearing. */
export const getStorageStatus = async (): Promise<StorageStatus> => {
	const storage = globalThis.navigator?.storage;
	const [estimate, persisted] = await Promise.all([
		storage?.estimate?.().catch(() => undefined),
		storage?.persisted?.().catch(() => undefined),
	]);
	return { usage: estimate?.usage, quota: estimate?.quota, persisted };
};

let persistenceAsked = false;

/**
 * Asks once per page for persistent storage, so the browser does not clear saved answers when
 * space runs low. Chrome and Safari decide silently; Firefox may ask the user.
 */
export const requestPersistence = async (): Promise<boolean | undefined> => {
	if (persistenceAsked) return undefined;
	persistenceAsked = true;
	const storage = globalThis.navigator?.storage;
	if (!storage?.persist) return undefined;
	if (await storage.persisted?.()) return true;
	return storage.persist().catch(() => undefined);
};

/** Removes every record of every kind, in one transaction. */
export const deleteAllData = async (db: AppDatabase = getDatabase()): Promise<void> => {
	await openForWriting(db);
	await db.transaction(
		'rw',
		DATA_TABLES.map((table) => db.table(table)),
		async () => {
			for (const table of DATA_TABLES) await db.table(table).clear();
		},
	);
};
