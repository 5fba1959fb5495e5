import { z } from 'astro/zod';
import { RECORD_SCHEMAS } from '../../schemas/records';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backupFormat';

// The zod schema is loaded only when a file is imported: keep constants in backupFormat.ts.

/** The data part of a backup: one array per kind of record, each record checked in full. */
const BackupDataSchema = z.strictObject({
	groups: z.array(RECORD_SCHEMAS.groups).default([]),
	sessions: z.array(RECORD_SCHEMAS.sessions).default([]),
	answers: z.array(RECORD_SCHEMAS.answers).default([]),
	exerciseRuns: z.array(RECORD_SCHEMAS.exerciseRuns).default([]),
	settings: z.array(RECORD_SCHEMAS.settings).default([]),
});

/** A whole backup file, at the current format version (older ones are migrated first). */
export const BackupSchema = z.strictObject({
	format: z.literal(BACKUP_FORMAT),
	formatVersion: z.literal(BACKUP_FORMAT_VERSION),
	exportedAt: z.iso.datetime({ offset: true }),
	/** SHA-256 (hex) of the canonical JSON of the file without this field; absent in format 1. */
	sha256: z
		.string()
		.regex(/^[0-9a-f]{64}$/)
		.optional(),
	data: BackupDataSchema,
});

export type Backup = z.output<typeof BackupSchema>;
export type BackupData = Backup['data'];
