import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../src/lib/backup/exportBackup';
import {
	FilmFileError,
	listFilms,
	removeCaptions,
	removeFilm,
	saveCaptions,
	saveFilm,
	watchFilm,
} from '../../../src/lib/db/films';
import { freshDatabase } from '../../helpers/db';

const FIXTURES = join(import.meta.dirname, '../../fixtures/film');
const video = () =>
	new File([readFileSync(join(FIXTURES, 'scenario-1.webm'))], 'scenario-1.webm', { type: 'video/webm' });
const captions = () => new File([readFileSync(join(FIXTURES, 'scenario-1.sv.vtt'))], 'scenario-1.sv.vtt');

describe('films on the device', () => {
	it('are stored per scenario with name, type and size, and listed without their files', async () => {
		const db = freshDatabase();
		await saveFilm(1, video(), db);
		const stored = await db.films.get(1);
		expect(stored).toMatchObject({ scenario: 1, name: 'scenario-1.webm', type: 'video/webm', size: 4991 });
		expect(new Uint8Array(await stored!.file.arrayBuffer())).toEqual(
			new Uint8Array(readFileSync(join(FIXTURES, 'scenario-1.webm'))),
		);
		expect(await listFilms(db)).toEqual([{ scenario: 1, name: 'scenario-1.webm', size: 4991, hasCaptions: false }]);
	});

	it('keep WebVTT captions as text with the film, and count them in the size', async () => {
		const db = freshDatabase();
		await saveFilm(1, video(), db);
		await saveCaptions(1, captions(), db);
		const vtt = readFileSync(join(FIXTURES, 'scenario-1.sv.vtt'), 'utf8');
		expect((await db.films.get(1))?.captions).toMatchObject({ name: 'scenario-1.sv.vtt', text: vtt });
		expect(await listFilms(db)).toEqual([
			{ scenario: 1, name: 'scenario-1.webm', size: 4991 + Buffer.byteLength(vtt), hasCaptions: true },
		]);
		await removeCaptions(1, db);
		expect((await db.films.get(1))?.captions).toBeUndefined();
		expect((await listFilms(db))[0]).toMatchObject({ hasCaptions: false, size: 4991 });
	});

	it('refuse files that are not videos or not WebVTT, with a message saying what to choose', async () => {
		const db = freshDatabase();
		await expect(saveFilm(1, new File(['x'], 'anteckningar.txt', { type: 'text/plain' }), db)).rejects.toThrow(
			'anteckningar.txt är ingen videofil. Välj filmen som en videofil, till exempel MP4 eller WebM.',
		);
		await expect(saveCaptions(1, captions(), db)).rejects.toThrow('Lägg till filmfilen först, sedan undertexterna.');
		await saveFilm(1, video(), db);
		const srt = new File(['1\n00:00:00,000 --> 00:00:01,000\nHej\n'], 'film.srt');
		await expect(saveCaptions(1, srt, db)).rejects.toBeInstanceOf(FilmFileError);
		expect(await db.films.count()).toBe(1);
	});

	it('replacing a film drops the old captions; removing it leaves nothing behind', async () => {
		const db = freshDatabase();
		await saveFilm(2, video(), db);
		await saveCaptions(2, captions(), db);
		await saveFilm(2, new File([new Uint8Array(10)], 'ny.mp4', { type: 'video/mp4' }), db);
		expect(await listFilms(db)).toEqual([{ scenario: 2, name: 'ny.mp4', size: 10, hasCaptions: false }]);
		await removeFilm(2, db);
		expect(await listFilms(db)).toEqual([]);
	});

	it('are followed live, and never go into a backup', async () => {
		const db = freshDatabase();
		const seen: (string | undefined)[] = [];
		const stop = watchFilm(
			3,
			(film) => seen.push(film?.name),
			(error) => {
				throw error;
			},
			db,
		);
		await expect.poll(() => seen).toEqual([undefined]);
		await saveFilm(3, video(), db);
		await expect.poll(() => seen).toEqual([undefined, 'scenario-1.webm']);
		stop();
		expect(JSON.stringify(await createBackup(db))).not.toContain('scenario-1.webm');
	});
});
