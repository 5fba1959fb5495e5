import { formatCount } from '../format/bytes';
import { getDatabase, openForWriting, type AppDatabase } from '../db/db';
import { BACKUP_TABLE_LABELS, BACKUP_TABLES, MAX_RECORDS, type BackupTable } from './backupFormat';
import type { Backup } from './backupSchema';
import { canonicalJson, contentHash } from './canonical';
import { keyOf, storedReader, type Row } from './storedReader';

/** What an import does to one kind of record. */
export interface TableChanges {
	added: number;
	/** Records that differ from the stored ones: both versions are kept (settings: the newer one). */
	conflicts: number;
	unchanged: number;
}
export type ImportSummary = Record<BackupTable, TableChanges>;

/** Marks a conflict copy of an answer: `<question id>--kopia-<12 characters of its hash>`. */
export const COPY_SUFFIX = /--kopia-[a-z0-9]{12}$/;

/**
 * A total order on versions of one record, the same on every device: the later `updatedAt` wins, and
 * between equal times the greater canonical JSON. (Settings have no time; a quiz answer's canonical
 * JSON begins with its `answeredAt`, a film mark's is its date.)
 */
const isNewer = (a: Row, b: Row): boolean => {
	const [ta, tb] = [String(a.updatedAt ?? ''), String(b.updatedAt ?? '')];
	return ta !== tb ? ta > tb : canonicalJson(a) > canonicalJson(b);
};

/**
 * Where the losing version of a conflict is kept: a key derived from the record's base key and its
 * content, so every device puts the same version under the same key, and an id never grows.
 */
const copyOf = (table: BackupTable, loser: Row): Row => {
	if (table === 'answers') {
		const base = String(loser.questionId).replace(COPY_SUFFIX, '');
		const hash = contentHash(`answers\n${canonicalJson({ ...loser, questionId: base })}`).slice(0, 12);
		return { ...loser, questionId: `${base}--kopia-${hash}` };
	}
	return { ...loser, id: `kopia-${contentHash(`${table}\n${canonicalJson(loser)}`)}` };
};

/** Thrown when an import would leave more records than a backup can hold. */
export class ImportLimitError extends Error {
	constructor(table: BackupTable) {
		super(
			`Efter importen skulle det finnas fler än ${formatCount(MAX_RECORDS[table])} ${BACKUP_TABLE_LABELS[table]} på enheten. Radera gamla samtal och försök igen.`,
		);
		this.name = 'ImportLimitError';
	}
}

/**
 * Works out every write an import needs, reading stored records inside the caller's transaction.
 * A new record is added; an identical one is left alone. A record that differs is a conflict: the
 * newer version (isNewer) holds the key and the other is kept as a copy under a key made from its
 * content (copyOf); settings keep only the newer value. The result depends only on the set of
 * versions seen, so the merge is idempotent, order-free, and two devices that exchange files once
 * hold the same records.
 */
const planMerge = async (db: AppDatabase, backup: Backup) => {
	const summary = Object.fromEntries(
		BACKUP_TABLES.map((t) => [t, { added: 0, conflicts: 0, unchanged: 0 }]),
	) as ImportSummary;
	const writes = new Map<BackupTable, Map<string, Row>>();
	for (const table of BACKUP_TABLES) {
		const rows = backup.data[table] as Row[];
		const pending = new Map<string, Row>();
		const created = new Set<string>();
		writes.set(table, pending);
		const outcome: (keyof TableChanges)[] = rows.map(() => 'unchanged');
		// Rounds, so that the planning itself never awaits anything but one bulk read per round: tens
		// of thousands of awaits inside one transaction would let it commit early. Round 0 places
		// the file's records; each later round places the copies the one before made (at most 4).
		let work = rows.map((row, origin) => ({ row, origin, stored: undefined as Row | undefined }));
		const storedCount = await db.table(table).count();
		const readStored = await storedReader(db, table, storedCount, rows.length);
		for (let depth = 0; work.length > 0 && depth < 5; depth++) {
			const found = await readStored(work.map(({ row }) => row));
			const next: typeof work = [];
			work.forEach((item, index) => {
				const { row, origin } = item;
				const key = JSON.stringify(keyOf(table, row));
				const stored = pending.get(key) ?? found[index];
				const mark = (change: keyof TableChanges) => {
					if (depth === 0) outcome[origin] = change;
					else if (change !== 'unchanged') outcome[origin] = 'conflicts';
				};
				if (!stored) {
					pending.set(key, row);
					created.add(key);
					return mark('added');
				}
				if (canonicalJson(stored) === canonicalJson(row)) return mark('unchanged');
				const importedWins = isNewer(row, stored);
				if (importedWins) {
					pending.set(key, row);
					mark('conflicts');
				}
				// Settings keep only the newer value; anything else keeps the other version as a copy.
				if (table !== 'settings' && depth < 4)
					next.push({ row: copyOf(table, importedWins ? stored : row), origin, stored: undefined });
			});
			work = next;
		}
		for (const change of outcome) summary[table][change]++;
		if (created.size > 0 && storedCount + created.size > MAX_RECORDS[table]) throw new ImportLimitError(table);
	}
	return { summary, writes };
};

const allTables = (db: AppDatabase) => BACKUP_TABLES.map((table) => db.table(table));

/** What importing `backup` would add and change, without writing anything. */
export const previewImport = async (backup: Backup, db: AppDatabase = getDatabase()): Promise<ImportSummary> =>
	db.transaction('r', allTables(db), async () => (await planMerge(db, backup)).summary);

/**
 * Merges `backup` into the database in one read-write transaction: either all of it is written or,
 * on any failure, none of it. Nothing stored is lost (see planMerge).
 */
export const importBackup = async (backup: Backup, db: AppDatabase = getDatabase()): Promise<ImportSummary> => {
	await openForWriting(db);
	return db.transaction('rw', allTables(db), async () => {
		const { summary, writes } = await planMerge(db, backup);
		for (const table of BACKUP_TABLES) {
			const rows = [...writes.get(table)!.values()];
			if (rows.length > 0) await db.table(table).bulkPut(rows);
		}
		return summary;
	});
};

/** True when an import would change nothing. */
export const isEmptyImport = (summary: ImportSummary): boolean =>
	BACKUP_TABLES.every((table) => summary[table].added === 0 && summary[table].conflicts === 0);
