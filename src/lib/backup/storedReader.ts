import type { AppDatabase } from '../db/db';
import type { BackupTable } from './backupFormat';

/** A record of any backed-up table, as the merge handles it. */
export type Row = Record<string, unknown>;

/** The IndexedDB key of a record: answers by owner, scenario and question; settings by key; the rest by id. */
export const keyOf = (table: BackupTable, row: Row): unknown =>
	table === 'answers' ? [row.owner, row.scenario, row.questionId] : table === 'settings' ? row.key : row.id;

/**
 * How the merge finds the stored versions of records: by their keys, one bulk read per round; or, when
 * the table holds no more records than the file, by reading the whole table once. IndexedDB answers a
 * key with a request of its own, so 25,000 answers into an empty or small store would otherwise cost
 * 25,000 requests (about a second on a laptop) to learn that none is there.
 */
export const storedReader = async (db: AppDatabase, table: BackupTable, storedCount: number, incoming: number) => {
	if (storedCount > incoming) {
		return async (rows: Row[]) =>
			(await db.table(table).bulkGet(rows.map((row) => keyOf(table, row) as never))) as (Row | undefined)[];
	}
	const all = storedCount === 0 ? [] : ((await db.table(table).toArray()) as Row[]);
	const byKey = new Map(all.map((row) => [JSON.stringify(keyOf(table, row)), row]));
	return async (rows: Row[]) => rows.map((row) => byKey.get(JSON.stringify(keyOf(table, row))));
};
