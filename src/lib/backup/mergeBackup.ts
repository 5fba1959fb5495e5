import type { Transaction } from 'dexie';
import { getDatabase, openForWriting, type AppDatabase } from '../db/db';
import type { Answer } from '../db/schema';
import { BACKUP_TABLES, type BackupTable } from './backupFormat';
import type { Backup } from './backupSchema';

/** What an import does to one kind of record. */
export interface TableChanges {
	added: number;
	/** Records that differ from the stored ones; both versions are kept. */
	conflicts: number;
	unchanged: number;
}
export type ImportSummary = Record<BackupTable, TableChanges>;

type Row = Record<string, unknown>;
interface Plan {
	summary: ImportSummary;
	writes: { table: BackupTable; row: Row }[];
}

/** JSON with sorted keys, so two records compare equal whatever their key order. */
const canonical = (value: unknown): string =>
	JSON.stringify(value, (_key, inner: unknown) =>
		inner && typeof inner === 'object' && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner as Row).sort(([a], [b]) => a.localeCompare(b)))
			: inner,
	);

const primaryKeyOf = (table: BackupTable, row: Row): unknown =>
	table === 'answers' ? [row.owner, row.scenario, row.questionId] : table === 'settings' ? row.key : row.id;

const stamp = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** Both versions of an answer in one text: the stored one first, the imported one marked below it. */
const mergeAnswerText = (stored: Answer, imported: Answer): string =>
	`${stored.text}\n\n--- Importerad version (sparad ${stamp(imported.updatedAt)}) ---\n${imported.text}`;

/**
 * Works out every write an import needs, reading the stored records inside the caller's transaction.
 * New records are added. Identical ones are left alone. A record that differs is never overwritten:
 * an answer keeps both texts; a group, session or run is added beside the stored one under a new id
 * (with the references to it moved along); a setting keeps the stored value.
 */
const planMerge = async (db: AppDatabase, backup: Backup, importId: string): Promise<Plan> => {
	const summary = Object.fromEntries(
		BACKUP_TABLES.map((t) => [t, { added: 0, conflicts: 0, unchanged: 0 }]),
	) as ImportSummary;
	const writes: Plan['writes'] = [];
	const renamed = { groups: new Map<string, string>(), sessions: new Map<string, string>() };
	const renameOwner = (owner: string) =>
		owner.startsWith('session:') ? `session:${renamed.sessions.get(owner.slice(8)) ?? owner.slice(8)}` : owner;

	for (const table of BACKUP_TABLES) {
		const rows = (backup.data[table] as Row[]).map((original) => {
			const row: Row = { ...original };
			if (table === 'sessions') row.groupId = renamed.groups.get(row.groupId as string) ?? row.groupId;
			if (table === 'answers' || table === 'exerciseRuns') row.owner = renameOwner(row.owner as string);
			return row;
		});
		// One bulk read per table: tens of thousands of single reads would take minutes.
		const storedRows = (await db.table(table).bulkGet(rows.map((row) => primaryKeyOf(table, row) as never))) as (
			Row | undefined
		)[];
		const changes = summary[table];
		rows.forEach((row, index) => {
			const stored = storedRows[index];
			if (!stored) {
				changes.added++;
				writes.push({ table, row });
			} else if (canonical(stored) === canonical(row)) {
				changes.unchanged++;
			} else if (table === 'answers') {
				const [storedAnswer, importedAnswer] = [stored as unknown as Answer, row as unknown as Answer];
				if (storedAnswer.text.includes(importedAnswer.text)) {
					changes.unchanged++;
				} else {
					changes.conflicts++;
					const text = mergeAnswerText(storedAnswer, importedAnswer);
					writes.push({
						table,
						row: { ...stored, text, rev: storedAnswer.rev + 1, updatedAt: new Date().toISOString() },
					});
				}
			} else if (table === 'settings') {
				changes.conflicts++;
			} else {
				changes.conflicts++;
				const newId = `${String(row.id)}-import-${importId}`.slice(0, 100);
				if (table === 'groups' || table === 'sessions') renamed[table].set(row.id as string, newId);
				writes.push({ table, row: { ...row, id: newId } });
			}
		});
	}
	return { summary, writes };
};

const allTables = (db: AppDatabase) => BACKUP_TABLES.map((table) => db.table(table));

/** What importing `backup` would add and change, without writing anything. */
export const previewImport = async (backup: Backup, db: AppDatabase = getDatabase()): Promise<ImportSummary> =>
	db.transaction('r', allTables(db), async () => (await planMerge(db, backup, 'preview')).summary);

/**
 * Merges `backup` into the database in one read-write transaction: either all of it is written or,
 * on any failure, none of it. Nothing stored is lost (see planMerge).
 */
export const importBackup = async (backup: Backup, db: AppDatabase = getDatabase()): Promise<ImportSummary> => {
	await openForWriting(db);
	const importId = Date.now().toString(36);
	return db.transaction('rw', allTables(db), async (tx: Transaction) => {
		const { summary, writes } = await planMerge(db, backup, importId);
		for (const table of BACKUP_TABLES) {
			const rows = writes.filter((write) => write.table === table).map((write) => write.row);
			if (rows.length > 0) await tx.table(table).bulkPut(rows);
		}
		return summary;
	});
};

/** True when an import would change nothing. */
export const isEmptyImport = (summary: ImportSummary): boolean =>
	BACKUP_TABLES.every((table) => summary[table].added === 0 && summary[table].conflicts === 0);
