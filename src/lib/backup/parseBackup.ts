import {
	BACKUP_FORMAT,
	BACKUP_FORMAT_VERSION,
	BACKUP_TABLE_LABELS,
	BACKUP_TABLES,
	MAX_BACKUP_BYTES,
	recordKey,
} from './backupFormat';
import { BackupSchema, type Backup } from './backupSchema';
import { migrateBackup } from './migrations';

export type ParseResult = { ok: true; backup: Backup } | { ok: false; message: string };

const fail = (message: string): ParseResult => ({ ok: false, message });

/** Keys that could change `Object.prototype` if a later step copied the object carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const findForbiddenKey = (value: unknown): string | undefined => {
	if (value === null || typeof value !== 'object') return undefined;
	for (const key of Object.keys(value)) {
		if (FORBIDDEN_KEYS.has(key)) return key;
		const found = findForbiddenKey((value as Record<string, unknown>)[key]);
		if (found) return found;
	}
	return undefined;
};

const toText = (input: string | Uint8Array): string | undefined => {
	if (typeof input === 'string') return input;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(input);
	} catch {
		return undefined;
	}
};

const formatMegabytes = (bytes: number) =>
	`${(bytes / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;

/**
 * Reads a backup file and checks all of it before anything is written: size, encoding, JSON,
 * format and version, every field of every record, and duplicate ids. Never throws; a bad file
 * gives one Swedish message saying what is wrong.
 */
export const parseBackup = (input: string | Uint8Array): ParseResult => {
	const size = typeof input === 'string' ? new TextEncoder().encode(input).length : input.byteLength;
	if (size > MAX_BACKUP_BYTES) {
		return fail(
			`Filen är för stor (${formatMegabytes(size)}). En säkerhetskopia kan vara högst ${formatMegabytes(MAX_BACKUP_BYTES)}.`,
		);
	}
	const text = toText(input);
	if (text === undefined || text.includes('\u0000')) {
		return fail('Filen är inte en textfil. Välj den JSON-fil som du exporterade från Samverkansrummet.');
	}
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
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

	const version = (json as { formatVersion?: unknown }).formatVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return fail('Filen saknar en giltig formatversion och kan inte läsas in.');
	}
	if (version > BACKUP_FORMAT_VERSION) {
		return fail(
			`Filen kommer från en nyare version av Samverkansrummet (format ${version}). Uppdatera sidan och försök igen.`,
		);
	}

	const parsed = BackupSchema.safeParse(migrateBackup(json as Record<string, unknown>, version));
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const [table, index, field] = issue.path;
		const where =
			issue.path[0] === 'data' && typeof index === 'number'
				? ` (${BACKUP_TABLE_LABELS[table as keyof typeof BACKUP_TABLE_LABELS] ?? String(table)}, post ${index + 1}${field ? `, fältet ”${String(field)}”` : ''})`
				: issue.path.length > 0
					? ` (fältet ”${issue.path.map(String).join('.')}”)`
					: '';
		return fail(`Filen är skadad och kan inte läsas in: ${issue.message}${where}.`);
	}

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
	return { ok: true, backup: parsed.data };
};
