import { liveQuery } from 'dexie';
import { isVideoFile, isWebVtt } from '../film/filmFiles';
import { getDatabase, openForWriting, WriteBlockedError, type AppDatabase } from './db';
import { isQuotaError } from './errors';
import type { Film } from './schema';

/** A stored film without its file: what lists and the meeting check need. */
export interface FilmSummary {
	scenario: number;
	name: string;
	/** Bytes of the film and its captions. */
	size: number;
	hasCaptions: boolean;
}

/** Error with a Swedish message for the user, thrown when a chosen file cannot be stored. */
export class FilmFileError extends Error {
	override name = 'FilmFileError';
}

/** Stores `file` as the film of `scenario`, replacing any earlier film and its captions. */
export const saveFilm = async (scenario: number, file: File, db: AppDatabase = getDatabase()): Promise<Film> => {
	if (!isVideoFile(file))
		throw new FilmFileError(
			`${file.name} är ingen videofil. Välj filmen som en videofil, till exempel MP4 eller WebM.`,
		);
	await openForWriting(db);
	const film: Film = {
		scenario,
		name: file.name,
		type: file.type,
		size: file.size,
		file,
		addedAt: new Date().toISOString(),
	};
	await db.films.put(film);
	return film;
};

/** Stores WebVTT captions for the film of `scenario`. */
export const saveCaptions = async (scenario: number, file: File, db: AppDatabase = getDatabase()): Promise<void> => {
	const text = await file.text();
	if (!isWebVtt(text))
		throw new FilmFileError(
			`${file.name} är ingen WebVTT-fil. Undertexterna ska vara en .vtt-fil som börjar med WEBVTT.`,
		);
	await openForWriting(db);
	const captions = { name: file.name, text, size: new Blob([text]).size, addedAt: new Date().toISOString() };
	const updated = await db.films.update(scenario, { captions });
	if (updated === 0) throw new FilmFileError('Lägg till filmfilen först, sedan undertexterna.');
};

/** Removes the captions of the film of `scenario`, keeping the film. */
export const removeCaptions = async (scenario: number, db: AppDatabase = getDatabase()): Promise<void> => {
	await openForWriting(db);
	await db.films.update(scenario, { captions: undefined });
};

/** Removes the film of `scenario` and its captions from this device. */
export const removeFilm = async (scenario: number, db: AppDatabase = getDatabase()): Promise<void> => {
	await openForWriting(db);
	await db.films.delete(scenario);
};

const toSummary = ({ scenario, name, size, captions }: Film): FilmSummary => ({
	scenario,
	name,
	size: size + (captions?.size ?? 0),
	hasCaptions: captions !== undefined,
});

/** Every stored film, by scenario, without the files. */
export const listFilms = async (db: AppDatabase = getDatabase()): Promise<FilmSummary[]> =>
	(await db.films.toArray()).map(toSummary);

/** Calls `onChange` with the film of `scenario` now and whenever any tab changes it. Returns the unsubscribe. */
export const watchFilm = (
	scenario: number,
	onChange: (film: Film | undefined) => void,
	onError: (error: unknown) => void,
	db: AppDatabase = getDatabase(),
): (() => void) => {
	const subscription = liveQuery(() => db.films.get(scenario)).subscribe({ next: onChange, error: onError });
	return () => subscription.unsubscribe();
};

/** One Swedish sentence saying why a film or its captions could not be stored or read, and what to do. */
export const describeFilmError = (error: unknown): string => {
	if (error instanceof FilmFileError || error instanceof WriteBlockedError) return error.message;
	if (isQuotaError(error)) {
		return 'Filmen får inte plats på den här enheten. Ta bort andra filmfiler eller frigör utrymme på disken, och försök igen.';
	}
	return 'Filmfilen kunde inte sparas eller läsas i den här webbläsaren. Försök igen, eller använd länken till Skolverket.';
};
