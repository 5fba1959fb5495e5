// Moving stored films between devices: export them to a film archive, and read one back in. Loaded only when
// someone exports or imports films (it brings the archive reader and the checksum).
import { getDatabase, openForWriting, type AppDatabase } from '../db/db';
import type { Film } from '../db/schema';
import { createFilmArchive, readFilmArchive, type OnProgress } from './filmArchive';
import { filmArchiveName } from './filmArchiveName';

/** Every stored film in one archive Blob, with the file name to save it as. */
export const exportFilms = async (
	onProgress?: OnProgress,
	db: AppDatabase = getDatabase(),
	now = new Date(),
): Promise<{ name: string; blob: Blob; count: number }> => {
	const films = await db.films.orderBy('scenario').toArray();
	return { name: filmArchiveName(now), blob: await createFilmArchive(films, onProgress, now), count: films.length };
};

/** What importing one film of an archive does to this device. */
export interface FilmChange {
	film: Film;
	/** `adds` a film where there is none, `replaces` a different one (named in `replaced`), or is the `same`. */
	effect: 'adds' | 'replaces' | 'same';
	replaced?: string;
}

const sameFilm = (a: Film, b: Film): boolean =>
	a.name === b.name &&
	a.type === b.type &&
	a.size === b.size &&
	a.addedAt === b.addedAt &&
	JSON.stringify(a.captions ?? null) === JSON.stringify(b.captions ?? null);

export type FilmImportPreview = { ok: true; changes: FilmChange[] } | { ok: false; message: string };

/** Reads and checks an archive (nothing is written) and says what importing it would change. */
export const previewFilmImport = async (
	file: Blob,
	scenarios: readonly number[],
	onProgress?: OnProgress,
	db: AppDatabase = getDatabase(),
): Promise<FilmImportPreview> => {
	const read = await readFilmArchive(file, scenarios, onProgress);
	if (!read.ok) return read;
	const stored = await db.films.bulkGet(read.films.map(({ scenario }) => scenario));
	return {
		ok: true,
		changes: read.films.map((film, index) => {
			const existing = stored[index];
			if (!existing) return { film, effect: 'adds' };
			return sameFilm(existing, film)
				? { film, effect: 'same' }
				: { film, effect: 'replaces', replaced: existing.name };
		}),
	};
};

/** Stores the films that add or replace, all in one transaction: either every one is stored or none. */
export const importFilms = async (changes: readonly FilmChange[], db: AppDatabase = getDatabase()): Promise<void> => {
	const films = changes.filter(({ effect }) => effect !== 'same').map(({ film }) => film);
	if (films.length === 0) return;
	await openForWriting(db);
	await db.transaction('rw', db.films, async () => {
		for (const film of films) await db.films.put(film);
	});
};
