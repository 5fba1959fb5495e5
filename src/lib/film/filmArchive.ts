/**
 * The film export: stored films and their captions in one file of their own, apart from the backup of
 * answers and sessions (films are far too large for a JSON file).
 *
 * Layout, a simple concatenation (like tar, with a JSON table of contents):
 *
 *   SAMVERKANSRUMMET-FILMER\n          magic line, ASCII
 *   <n>\n                              byte length of the table of contents, decimal ASCII
 *   <n bytes of UTF-8 JSON>            { format, formatVersion: 1, exportedAt, films: [FilmEntry…] }
 *   <film 1 bytes><film 2 bytes>…      each film's file, in table order, `size` bytes each; nothing after
 *
 * Writing builds a Blob from the stored film Blobs, so the browser copies film bytes straight to the download
 * and never holds a film in a JavaScript buffer. Reading checks the table of contents, then the total length,
 * then each film's CRC-32 in 4 MB chunks; the films it returns are slices of the chosen file. Only a file that
 * passes every check yields films.
 */
import type { Film } from '../db/schema';
import { crc32OfBlob } from './crc32';
import { FILM_ARCHIVE_ENDING } from './filmArchiveName';
import { parseFilmEntries, type FilmEntry } from './filmEntry';

export const FILM_ARCHIVE_MAGIC = 'SAMVERKANSRUMMET-FILMER\n';
export const FILM_ARCHIVE_FORMAT = 'samverkansrummet-filmer';
export const FILM_ARCHIVE_VERSION = 1;
/** Largest table of contents read (it holds captions as text, which are small). */
const MAX_CONTENTS = 8 * 1024 * 1024;

/** Bytes handled so far of all there is to handle. */
export type OnProgress = (done: number, total: number) => void;

export type FilmArchiveResult = { ok: true; films: Film[]; exportedAt: string } | { ok: false; message: string };

/** Checksums each film (reporting progress) and returns the export as a Blob that refers to the stored files. */
export const createFilmArchive = async (films: Film[], onProgress: OnProgress = () => {}, now = new Date()) => {
	const total = films.reduce((sum, film) => sum + film.file.size, 0);
	let done = 0;
	onProgress(done, total);
	const entries: FilmEntry[] = [];
	for (const { scenario, name, type, file, addedAt, captions } of films) {
		const crc32 = await crc32OfBlob(file, (bytes) => onProgress((done += bytes), total));
		entries.push({ scenario, name, type, size: file.size, addedAt, crc32, ...(captions ? { captions } : {}) });
	}
	const contents = new TextEncoder().encode(
		JSON.stringify({
			format: FILM_ARCHIVE_FORMAT,
			formatVersion: FILM_ARCHIVE_VERSION,
			exportedAt: now.toISOString(),
			films: entries,
		}),
	);
	const head = `${FILM_ARCHIVE_MAGIC}${contents.length}\n`;
	return new Blob([head, contents, ...films.map(({ file }) => file)], { type: 'application/octet-stream' });
};

const fail = (message: string): FilmArchiveResult => ({ ok: false, message });

const DAMAGED =
	'Filen är skadad eller ofullständig: den stämmer inte med sin innehållsförteckning. Exportera filmerna igen.';

/** Reads a film export, checking every byte; `scenarios` are the scenario numbers that exist. */
export const readFilmArchive = async (
	file: Blob,
	scenarios: readonly number[],
	onProgress: OnProgress = () => {},
): Promise<FilmArchiveResult> => {
	const start = new TextDecoder().decode(await file.slice(0, FILM_ARCHIVE_MAGIC.length + 12).arrayBuffer());
	if (!start.startsWith(FILM_ARCHIVE_MAGIC)) {
		return fail(
			start.trimStart().startsWith('{')
				? 'Filen är en export av svar och samtal, inte av filmfiler. Läs in den under Importera.'
				: `Filen är ingen export av filmfiler från Samverkansrummet. Välj en fil som slutar på ${FILM_ARCHIVE_ENDING}.`,
		);
	}
	const length = /^(\d{1,8})\n/.exec(start.slice(FILM_ARCHIVE_MAGIC.length));
	const contentsLength = Number(length?.[1]);
	if (!length || contentsLength > MAX_CONTENTS) return fail(DAMAGED);
	const offset = FILM_ARCHIVE_MAGIC.length + (length[0]?.length ?? 0);

	let manifest: unknown;
	try {
		const bytes = await file.slice(offset, offset + contentsLength).arrayBuffer();
		manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return fail(DAMAGED);
	}
	const parsed = parseFilmEntries(manifest, scenarios);
	if (!parsed.ok) return parsed;

	let position = offset + contentsLength;
	if (position + parsed.entries.reduce((sum, { size }) => sum + size, 0) !== file.size) return fail(DAMAGED);
	const total = file.size - position;
	let done = 0;
	onProgress(done, total);
	const films: Film[] = [];
	for (const { crc32, size, ...entry } of parsed.entries) {
		const slice = file.slice(position, position + size, entry.type);
		position += size;
		if ((await crc32OfBlob(slice, (bytes) => onProgress((done += bytes), total))) !== crc32) {
			return fail(`Filmen för scenario ${entry.scenario} är skadad i filen. Exportera filmerna igen.`);
		}
		films.push({ ...entry, size, file: slice });
	}
	return { ok: true, films, exportedAt: parsed.exportedAt };
};
