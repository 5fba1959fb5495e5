import { formatCount } from '../format/bytes';
import { BACKUP_TABLES, type BackupTable } from './backupFormat';

/** What parseBackup needs of a validation issue (zod's shape); its English `message` is never shown. */
export interface Issue {
	code?: string;
	path: PropertyKey[];
	message: string;
	origin?: string;
	maximum?: number | bigint;
	keys?: string[];
}

/** One record of each kind, in words: "Samtal 3", "Svar 12 (fråga dela-kontaktvagar)". */
const RECORD_NAMES: Record<BackupTable, string> = {
	groups: 'Grupp',
	sessions: 'Samtal',
	answers: 'Svar',
	exerciseRuns: 'Övningsomgång',
	settings: 'Inställning',
};

/** Swedish names of the fields, as the rest of the app calls them. */
const FIELD_NAMES: Record<string, string> = {
	id: 'id',
	name: 'namn',
	createdAt: 'tidpunkt när det skapades',
	updatedAt: 'tidpunkt för senaste ändring',
	groupId: 'grupp',
	scenario: 'scenario',
	date: 'datum',
	roles: 'verksamheter',
	agenda: 'dagordning',
	flow: 'läge i samtalet',
	step: 'steg',
	questionIndex: 'frågenummer',
	questionCount: 'antal frågor',
	actions: 'åtgärder',
	status: 'status',
	owner: 'ägare',
	questionId: 'fråga',
	text: 'text',
	rev: 'versionsnummer',
	exerciseId: 'övning',
	exerciseVersion: 'övningens version',
	groupMode: 'gruppläge',
	snapshot: 'läge i övningen',
	history: 'vägval',
	endingId: 'slut',
	startedAt: 'starttid',
	key: 'nyckel',
	value: 'värde',
};

const SAFE_ID = /^[a-z0-9-]{1,60}$/;

/** "Svar 12 (fråga dela-kontaktvagar)": the record's kind, its place in the file, and a safe hint. */
export const recordName = (table: BackupTable, index: number, record: unknown): string => {
	const questionId = (record as { questionId?: unknown } | undefined)?.questionId;
	const hint = table === 'answers' && typeof questionId === 'string' && SAFE_ID.test(questionId);
	return `${RECORD_NAMES[table]} ${index + 1}${hint ? ` (fråga ${questionId})` : ''}`;
};

const has = (value: unknown, key: PropertyKey) =>
	value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key);

/** The value at `path` in `root`, and whether the last step of the path exists. */
const lookUp = (root: unknown, path: PropertyKey[]) => {
	let current = root;
	for (const [index, key] of path.entries()) {
		if (!has(current, key)) return { present: false, last: index === path.length - 1 };
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return { present: true, last: true };
};

const fieldName = (field: PropertyKey | undefined) =>
	typeof field === 'string' && FIELD_NAMES[field] ? FIELD_NAMES[field] : 'ett av fälten';

/** The problem in a nested part of a field, in a few words. */
const nestedProblem = (issue: Issue, missing: boolean): string =>
	missing
		? 'en uppgift saknas'
		: issue.code === 'too_big'
			? 'något är för långt eller för stort'
			: issue.code === 'unrecognized_keys'
				? 'det finns ett okänt fält'
				: issue.code === 'invalid_type'
					? 'en uppgift har fel form'
					: issue.code === 'custom'
						? issue.message
						: 'ett värde är ogiltigt';

/** One sentence about the problem with a record's field. */
const recordProblem = (name: string, table: BackupTable, issue: Issue, rest: PropertyKey[], record: unknown) => {
	const [field, ...inner] = rest;
	const missing = field !== undefined && !lookUp(record, rest).present && lookUp(record, rest).last;
	if (field === undefined) {
		if (issue.code === 'unrecognized_keys') return `${name} har ett okänt fält.`;
		return `${name} är inte en post av rätt slag.`;
	}
	const noun = fieldName(field);
	if (inner.length > 0 || (issue.code === 'unrecognized_keys' && rest.length > 1))
		return `${name} har ett fel i fältet ${noun}: ${nestedProblem(issue, missing)}.`;
	if (missing) return `${name} saknar ${noun}.`;
	if (issue.code === 'too_big') {
		if (table === 'answers' && field === 'text')
			return `${name} är för långt (högst ${formatCount(Number(issue.maximum))} tecken).`;
		if (issue.origin === 'string')
			return `${name} har för lång text i fältet ${noun} (högst ${formatCount(Number(issue.maximum))} tecken).`;
		if (issue.origin === 'array') return `${name} har för många poster i fältet ${noun}.`;
		return `${name} har ett för stort tal i fältet ${noun}.`;
	}
	if (issue.code === 'too_small') return `${name} har ett för litet värde i fältet ${noun}.`;
	if (issue.code === 'invalid_type') return `${name} har fel slags värde i fältet ${noun}.`;
	if (issue.code === 'invalid_value') return `${name} har ett okänt värde i fältet ${noun}.`;
	if (issue.code === 'custom') return `${name}: ${issue.message}.`;
	return `${name} har ett ogiltigt värde i fältet ${noun}.`;
};

/**
 * One Swedish sentence for a validation issue of a whole backup file `file`: it names the record in
 * words and the field by its Swedish name, never a path such as `data.answers.0.text`.
 */
export const describeIssue = (issue: Issue, file: unknown): string => {
	const [top, table, index, ...rest] = issue.path;
	if (top === 'data' && BACKUP_TABLES.includes(table as BackupTable) && typeof index === 'number') {
		const kind = table as BackupTable;
		const record = ((file as { data?: Record<string, unknown[]> }).data?.[kind] ?? [])[index];
		return recordProblem(recordName(kind, index, record), kind, issue, rest, record);
	}
	if (top === 'data' && table === undefined)
		return issue.code === 'unrecognized_keys'
			? 'Filen innehåller ett okänt slag av poster.'
			: 'Filens data saknas eller har fel form.';
	if (top === 'data') return 'En av filens listor med poster har fel form.';
	if (top === 'exportedAt') return 'Filen saknar en giltig tidpunkt för exporten.';
	if (top === 'sha256') return 'Filens kontrollsumma har fel form.';
	if (issue.code === 'unrecognized_keys') return 'Filen innehåller ett okänt fält.';
	return 'Filen har fel form.';
};
