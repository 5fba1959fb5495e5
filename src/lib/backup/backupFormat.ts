/** The name every Samverkansrummet backup carries, so other JSON files are told apart at once. */
export const BACKUP_FORMAT = 'samverkansrummet';
/**
 * The backup format this code writes. Raise it, and add a migration, when the shape changes.
 * 1: the first format. 2: records checked in full, and a SHA-256 of the content (`sha256`).
 */
export const BACKUP_FORMAT_VERSION = 2;
/** Largest file read (bytes); the export refuses to write a bigger one. */
export const MAX_BACKUP_BYTES = 50_000_000;
/** Deepest nesting of objects and arrays read; the deepest record (a run's snapshot) needs about 10. */
export const MAX_BACKUP_DEPTH = 40;

/** The kinds of record a backup holds, in the order they are written and merged. */
export const BACKUP_TABLES = ['groups', 'sessions', 'answers', 'exerciseRuns', 'settings'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Most records of each kind a file (or a device, after an import) may hold. */
export const MAX_RECORDS: Record<BackupTable, number> = {
	groups: 10_000,
	sessions: 10_000,
	answers: 200_000,
	exerciseRuns: 50_000,
	settings: 10_000,
};

/** Swedish names of the kinds of record, for messages and previews (plural). */
export const BACKUP_TABLE_LABELS: Record<BackupTable, string> = {
	groups: 'grupper',
	sessions: 'samtal',
	answers: 'svar',
	exerciseRuns: 'övningar',
	settings: 'inställningar',
};

/** The primary key of a record, as a string for comparisons and messages. */
export const recordKey = (table: BackupTable, record: Record<string, unknown>): string =>
	table === 'answers'
		? `${String(record.owner)}/${String(record.scenario)}/${String(record.questionId)}`
		: String(table === 'settings' ? record.key : record.id);

/** What the import needs to know of one exercise to check saved runs: its version and its states. */
export interface KnownExercise {
	version: number;
	/** Decision point id → the ids of its choices. */
	nodes: Record<string, string[]>;
	/** Ending ids. */
	endings: string[];
}
/** Exercise id → what the built content says about it. */
export type KnownExercises = Record<string, KnownExercise>;
