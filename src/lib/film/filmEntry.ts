// The table of contents of a film export (see filmArchive.ts), read field by field: it comes from a file,
// so nothing in it is trusted, and only the fields named here are copied into new objects.
import type { Film, FilmCaptions } from '../db/schema';
import { isVideoFile, isWebVtt } from './filmFiles';

/** One film in the table of contents: a stored film without its file, plus the file's CRC-32. */
export type FilmEntry = Omit<Film, 'file'> & { crc32: number };

type Parsed = { ok: true; entries: FilmEntry[]; exportedAt: string } | { ok: false; message: string };

/** Longest file name kept (file systems allow 255). */
const MAX_NAME = 255;
/** Largest captions text, in characters (a feature film's WebVTT is well under 1 MB). */
const MAX_CAPTIONS = 2_000_000;
/** Largest film, in bytes (past what browsers store for one site on most devices). */
const MAX_FILM = 64 * 1024 ** 3;

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (fields: Fields, key: string): unknown => (Object.hasOwn(fields, key) ? fields[key] : undefined);
const isName = (value: unknown): value is string =>
	typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_NAME;
const isDate = (value: unknown): value is string =>
	typeof value === 'string' && value.length <= 40 && Number.isFinite(Date.parse(value));
const isCount = (value: unknown, max: number): value is number =>
	typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;

const readCaptions = (value: unknown): FilmCaptions | undefined => {
	if (!isFields(value)) return undefined;
	const [name, text, addedAt] = [own(value, 'name'), own(value, 'text'), own(value, 'addedAt')];
	if (!isName(name) || typeof text !== 'string' || text.length > MAX_CAPTIONS || !isWebVtt(text) || !isDate(addedAt))
		return undefined;
	return { name, text, size: new TextEncoder().encode(text).length, addedAt };
};

/** Why the film at `index` (0-based) is refused, in Swedish, or its entry. */
const readEntry = (value: unknown, index: number, scenarios: readonly number[]): FilmEntry | string => {
	if (!isFields(value)) return `Film ${index + 1} i filen saknar uppgifter.`;
	const scenario = own(value, 'scenario');
	if (typeof scenario !== 'number' || !scenarios.includes(scenario))
		return `Film ${index + 1} i filen hör inte till något av scenarierna.`;
	const film = `Filmen för scenario ${scenario}`;
	const [name, type, size, addedAt, crc32] = ['name', 'type', 'size', 'addedAt', 'crc32'].map((key) => own(value, key));
	if (!isName(name)) return `${film} saknar ett giltigt filnamn.`;
	if (typeof type !== 'string' || type.length > 100 || !isVideoFile({ name, type }))
		return `${film} är ingen videofil.`;
	if (!isCount(size, MAX_FILM)) return `${film} har ingen giltig storlek.`;
	if (!isDate(addedAt)) return `${film} saknar ett giltigt datum.`;
	if (!isCount(crc32, 0xffffffff)) return `${film} saknar kontrollsumma.`;
	const rawCaptions = own(value, 'captions');
	const captions = rawCaptions === undefined ? undefined : readCaptions(rawCaptions);
	if (rawCaptions !== undefined && !captions) return `Undertexterna för scenario ${scenario} är inte giltig WebVTT.`;
	return { scenario, name, type, size, addedAt, crc32, ...(captions ? { captions } : {}) };
};

/** Checks the parsed table of contents of a film export against the scenarios that exist. */
export const parseFilmEntries = (manifest: unknown, scenarios: readonly number[]): Parsed => {
	const damaged = 'Filen är skadad: innehållsförteckningen går inte att läsa. Exportera filmerna igen.';
	if (!isFields(manifest) || own(manifest, 'format') !== 'samverkansrummet-filmer')
		return { ok: false, message: damaged };
	const version = own(manifest, 'formatVersion');
	if (typeof version === 'number' && version > 1)
		return {
			ok: false,
			message: 'Filen kommer från en nyare version av Samverkansrummet. Ladda om sidan och försök igen.',
		};
	const [exportedAt, films] = [own(manifest, 'exportedAt'), own(manifest, 'films')];
	if (version !== 1 || !isDate(exportedAt) || !Array.isArray(films)) return { ok: false, message: damaged };
	if (films.length === 0) return { ok: false, message: 'Filen innehåller inga filmfiler.' };
	const entries: FilmEntry[] = [];
	for (const [index, film] of films.entries()) {
		const entry = readEntry(film, index, scenarios);
		if (typeof entry === 'string') return { ok: false, message: entry };
		if (entries.some(({ scenario }) => scenario === entry.scenario))
			return { ok: false, message: `Filen innehåller två filmer för scenario ${entry.scenario}.` };
		entries.push(entry);
	}
	return { ok: true, entries, exportedAt };
};
