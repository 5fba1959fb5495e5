import { createDatabase, type AppDatabase } from '../../src/lib/db/db';

let counter = 0;
/** A fresh, empty database with its own name, so tests never share state. */
export const freshDatabase = (): AppDatabase => createDatabase(`test-${process.pid}-${++counter}-${Date.now()}`);

/** Every record of every table, in key order: compare two of these to prove nothing changed. */
export const dumpDatabase = async (db: AppDatabase): Promise<Record<string, unknown[]>> =>
	Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])));
