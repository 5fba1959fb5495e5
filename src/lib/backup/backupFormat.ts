/** The name every Samverkansrummet backup carries, so other JSON files are told apart at once. */
export const BACKUP_FORMAT = 'samverkansrummet';
/** The backup format this code writes. Raise it, and add a migration, when the shape changes. */
export const BACKUP_FORMAT_VERSION = 1;
/** Largest file read; a full device of text is far below this. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/** The kinds of record a backup holds, in the order they are written and merged. */
export const BACKUP_TABLES = ['groups', 'sessions', 'answers', 'exerciseRuns', 'settings'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Swedish names of the kinds of record, for messages and previews. */
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
