// Over 150 lines: reading a file is one ordered pipeline (decode, structure guards, JSON, envelope,
// integrity, migration, record schemas, duplicates, runs), and each step's Swedish message sits beside
// its check; split, the order of the guards would be spread over several files.
import { formatBytes, formatCount } from '../format/bytes';
import {
	BACKUP_FORMAT,
	BACKUP_FORMAT_VERSION,
	BACKUP_TABLE_LABELS,
	BACKUP_TABLES,
	MAX_BACKUP_BYTES,
	MAX_BACKUP_DEPTH,
	MAX_RECORDS,
	recordKey,
	type KnownExercises,
} from './backupFormat';
import { BackupSchema, type Backup } from './backupSchema';
import { sha256Of } from './canonical';
import { checkRuns } from './checkRuns';
import { describeIssue } from './describeIssue';
import { migrateBackup } from './migrations';

export type ParseResult = { ok: true; backup: Backup } | { ok: false; message: string };

const fail = (message: string): ParseResult => ({ ok: false, message });

const NOT_TEXT = 'Filen är inte en textfil. Välj den JSON-fil som du exporterade från Samverkansrummet.';
export const CHANGED = 'Filen har ändrats eller skadats efter exporten.';

/** Keys that could change `Object.prototype` if a later step copied the object carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first forbidden key anywhere in `value` (depth is bounded by the structure guard). */
const findForbiddenKey = (value: unknown): string | undefined => {
	if (value === null || typeof value !== 'object') return undefined;
	for (const key of Object.keys(value)) {
		if (FORBIDDEN_KEYS.has(key)) return key;
		const found = findForbiddenKey((value as Record<string, unknown>)[key]);
		if (found) return found;
	}
	return undefined;
};

/** Text of the file: UTF-8 (with or without a byte-order mark), or UTF-16 with its byte-order mark. */
const toText = (input: string | Uint8Array): string | undefined => {
	if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
	const encoding =
		input[0] === 0xff && input[1] === 0xfe ? 'utf-16le' : input[0] === 0xfe && input[1] === 0xff ? 'utf-16be' : 'utf-8';
	try {
		// The decoder drops the byte-order mark itself.
		return new TextDecoder(encoding, { fatal: true }).decode(input);
	} catch {
		return undefined;
	}
};

/** How deeply objects and arrays nest in JSON `text`, counted without parsing (stops past `limit`). */
const nestingDepth = (text: string, limit: number): number => {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c) i++;
			else if (c === 0x22) inString = false;
		} else if (c === 0x22) inString = true;
		else if (c === 0x7b || c === 0x5b) {
			if (++depth > deepest && (deepest = depth) > limit) return deepest;
		} else if (c === 0x7d || c === 0x5d) depth--;
	}
	return deepest;
};

export interface ParseOptions {
	/** The exercises of this build, to check saved runs' states against; without it, only their shape. */
	exercises?: KnownExercises;
}

const parse = async (input: string | Uint8Array, options: ParseOptions): Promise<ParseResult> => {
	const size = typeof input === 'string' ? input.length : input.byteLength;
	if (size > MAX_BACKUP_BYTES) {
		return fail(
			`Filen är för stor (${formatBytes(size)}). En säkerhetskopia kan vara högst ${formatBytes(MAX_BACKUP_BYTES)}.`,
		);
	}
	const text = toText(input);
	if (text === undefined || text.includes('\u0000')) return fail(NOT_TEXT);
	if (nestingDepth(text, MAX_BACKUP_DEPTH) > MAX_BACKUP_DEPTH) {
		return fail('Filen har för många nivåer inuti varandra för att vara en säkerhetskopia från Samverkansrummet.');
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return fail('Filen kunde inte läsas: den är inte giltig JSON. Den kan vara avbruten eller skadad.');
	}
	if (
		json === null ||
		typeof json !== 'object' ||
		Array.isArray(json) ||
		(json as { format?: unknown }).format !== BACKUP_FORMAT
	) {
		return fail('Filen är inte en säkerhetskopia från Samverkansrummet.');
	}
	const forbidden = findForbiddenKey(json);
	if (forbidden) return fail(`Filen innehåller ett otillåtet fält (”${forbidden}”) och kan inte läsas in.`);

	const file = json as Record<string, unknown>;
	const version = file.formatVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return fail('Filen saknar en giltig formatversion och kan inte läsas in.');
	}
	if (version > BACKUP_FORMAT_VERSION) {
		return fail(
			`Filen kommer från en nyare version av Samverkansrummet (format ${version}). Uppdatera sidan och försök igen.`,
		);
	}
	const data = file.data as Record<string, unknown> | undefined;
	for (const table of BACKUP_TABLES) {
		const rows = data && typeof data === 'object' ? data[table] : undefined;
		if (Array.isArray(rows) && rows.length > MAX_RECORDS[table]) {
			return fail(
				`Filen innehåller för många ${BACKUP_TABLE_LABELS[table]} (${formatCount(rows.length)}; högst ${formatCount(MAX_RECORDS[table])}).`,
			);
		}
	}
	if (version >= 2) {
		// Format 2 and later carry a hash of everything else in the file; format 1 had none.
		const { sha256, ...content } = file;
		if (typeof sha256 !== 'string') return fail(`${CHANGED} Kontrollsumman saknas.`);
		if ((await sha256Of(content)) !== sha256) return fail(CHANGED);
	}

	const migrated = migrateBackup(file, version);
	const parsed = BackupSchema.safeParse(migrated);
	if (!parsed.success) return fail(`Filen kan inte läsas in. ${describeIssue(parsed.error.issues[0]!, migrated)}`);

	for (const table of BACKUP_TABLES) {
		const seen = new Set<string>();
		for (const record of parsed.data.data[table]) {
			const key = recordKey(table, record as Record<string, unknown>);
			if (seen.has(key)) {
				return fail(
					`Filen innehåller två ${BACKUP_TABLE_LABELS[table]} med samma id (”${key}”) och kan inte läsas in.`,
				);
			}
			seen.add(key);
		}
	}
	const runProblem = options.exercises && checkRuns(parsed.data.data.exerciseRuns, options.exercises);
	if (runProblem) return fail(`Filen kan inte läsas in. ${runProblem}`);
	return { ok: true, backup: parsed.data };
};

/**
 * Reads a backup file and checks all of it before anything is written: size, encoding, nesting,
 * JSON, format and version, record counts, the content hash, every field of every record, duplicate
 * ids and exercise states. Never rejects; a bad file gives one Swedish message naming the record.
 */
export const parseBackup = async (input: string | Uint8Array, options: ParseOptions = {}): Promise<ParseResult> => {
	try {
		return await parse(input, options);
	} catch {
		// Out of memory or stack on a pathological file: still one message, never a crash.
		return fail('Filen kunde inte läsas in. Den kan vara skadad eller för stor.');
	}
};
