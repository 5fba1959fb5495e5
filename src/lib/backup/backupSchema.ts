import { z } from 'astro/zod';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backupFormat';

// The zod schema is loaded only when a file is imported: keep constants in backupFormat.ts.

/** Longest answer accepted. */
const MAX_TEXT = 200_000;

const Id = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'ogiltigt id');
const Owner = z.string().regex(/^(sjalvstudier|session:[A-Za-z0-9_-]{1,100})$/, 'ogiltig ägare');
const Timestamp = z.iso.datetime({ offset: true, error: 'ogiltig tidpunkt' });
const Scenario = z.int().min(1).max(3);

const GroupSchema = z.strictObject({ id: Id, name: z.string().max(200), createdAt: Timestamp, updatedAt: Timestamp });

// Sessions and exercise runs gain fields in later versions: keep what we do not know yet.
const SessionSchema = z.looseObject({
	id: Id,
	groupId: Id,
	scenario: Scenario,
	date: z.iso.date({ error: 'ogiltigt datum' }),
	createdAt: Timestamp,
	updatedAt: Timestamp,
});

const AnswerSchema = z.strictObject({
	owner: Owner,
	scenario: Scenario,
	questionId: z.string().regex(/^[a-z0-9-]{1,100}$/, 'ogiltigt fråge-id'),
	text: z.string().max(MAX_TEXT, 'svaret är för långt'),
	rev: z.int().min(1).default(1),
	updatedAt: Timestamp,
});

const ExerciseRunSchema = z.looseObject({ id: Id, owner: Owner, exerciseId: Id, updatedAt: Timestamp });

const SettingSchema = z.strictObject({
	key: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, 'ogiltig nyckel'),
	value: z.unknown(),
});

/** The data part of a backup: one array per kind of record. Missing kinds are empty. */
const BackupDataSchema = z.strictObject({
	groups: z.array(GroupSchema).default([]),
	sessions: z.array(SessionSchema).default([]),
	answers: z.array(AnswerSchema).default([]),
	exerciseRuns: z.array(ExerciseRunSchema).default([]),
	settings: z.array(SettingSchema).default([]),
});

/** A whole backup file, at the current format version. */
export const BackupSchema = z.strictObject({
	format: z.literal(BACKUP_FORMAT),
	formatVersion: z.literal(BACKUP_FORMAT_VERSION),
	exportedAt: Timestamp,
	data: BackupDataSchema,
});

export type Backup = z.output<typeof BackupSchema>;
export type BackupData = Backup['data'];
