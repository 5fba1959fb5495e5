import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveCaptions, saveFilm } from '../../../src/lib/db/films';
import { deleteAllData } from '../../../src/lib/db/storage';
import { crc32OfBlob, updateCrc32 } from '../../../src/lib/film/crc32';
import { FILM_ARCHIVE_MAGIC, readFilmArchive } from '../../../src/lib/film/filmArchive';
import { exportFilms, importFilms, previewFilmImport } from '../../../src/lib/film/filmTransfer';
import { dumpDatabase, freshDatabase } from '../../helpers/db';

const FIXTURES = join(import.meta.dirname, '../../fixtures/film');
const WEBM = new Uint8Array(readFileSync(join(FIXTURES, 'scenario-1.webm')));
const VTT = readFileSync(join(FIXTURES, 'scenario-1.sv.vtt'), 'utf8');
const SCENARIOS = [1, 2, 3];

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
/** Byte equality without the element-by-element diff of toEqual, which is slow on megabytes. */
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** Over one 4 MB chunk, so reading it takes more than one step. */
const LARGE = 4.5 * 1024 * 1024;

/** A database with the tiny fixture film and its captions on scenario 1, and a `large` "film" on scenario 3. */
const storeWithFilms = async (large = 1000) => {
	const db = freshDatabase();
	await saveFilm(1, new File([WEBM], 'scenario-1.webm', { type: 'video/webm' }), db);
	await saveCaptions(1, new File([VTT], 'scenario-1.sv.vtt'), db);
	const bytes = new Uint8Array(large);
	for (let i = 0; i < bytes.length; i += 997) bytes[i] = i % 251;
	await saveFilm(3, new File([bytes], 'möte 3.mp4', { type: 'video/mp4' }), db);
	return db;
};

/** An archive laid out as filmArchive.ts documents, with any table of contents. */
const archive = (contents: unknown, ...films: Uint8Array<ArrayBuffer>[]) => {
	const json = new TextEncoder().encode(JSON.stringify(contents));
	return new Blob([`${FILM_ARCHIVE_MAGIC}${json.length}\n`, json, ...films]);
};

const entry = { scenario: 1, name: 'a.webm', type: 'video/webm', size: 4, addedAt: '2026-01-01T00:00:00.000Z' };
const FILM = new Uint8Array([1, 2, 3, 4]);
const contents = (films: unknown[]) => ({
	format: 'samverkansrummet-filmer',
	formatVersion: 1,
	exportedAt: '2026-01-01T00:00:00.000Z',
	films,
});

describe('crc32', () => {
	it('gives the standard check value, also when read in chunks', async () => {
		expect(updateCrc32(0, new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
		const large = new Uint8Array(9 * 1024 * 1024).fill(7);
		const steps: number[] = [];
		expect(await crc32OfBlob(new Blob([large]), (bytes) => steps.push(bytes))).toBe(updateCrc32(0, large));
		expect(steps).toEqual([4 * 1024 * 1024, 4 * 1024 * 1024, 1024 * 1024]);
	});
});

describe('exporting and importing films', () => {
	it('brings every film, its captions and its bytes back after "Radera all data", reporting progress', async () => {
		const db = await storeWithFilms(LARGE);
		const before = await db.films.orderBy('scenario').toArray();
		const progress: [number, number][] = [];
		const exported = await exportFilms(
			(done, total) => progress.push([done, total]),
			db,
			new Date('2026-12-02T10:00:00Z'),
		);
		expect(exported).toMatchObject({ name: 'samverkansrummet-filmer-2026-12-02.filmarkiv', count: 2 });
		const total = WEBM.length + LARGE;
		expect(progress.at(0)).toEqual([0, total]);
		expect(progress.at(-1)).toEqual([total, total]);
		expect(progress.length).toBeGreaterThan(3);

		await deleteAllData(db);
		expect(await db.films.count()).toBe(0);

		const file = new File([exported.blob], exported.name);
		const preview = await previewFilmImport(file, SCENARIOS, undefined, db);
		expect(preview.ok && preview.changes.map(({ effect, film }) => [effect, film.scenario])).toEqual([
			['adds', 1],
			['adds', 3],
		]);
		expect(await db.films.count()).toBe(0);
		if (preview.ok) await importFilms(preview.changes, db);

		const after = await db.films.orderBy('scenario').toArray();
		expect(after.map(({ file, ...rest }) => rest)).toEqual(before.map(({ file, ...rest }) => rest));
		for (const [index, film] of after.entries())
			expect(sameBytes(await bytesOf(film.file), await bytesOf(before[index]!.file))).toBe(true);
	}, 30_000);

	it('writes the documented layout: magic line, length, table of contents, then the film bytes', async () => {
		const db = freshDatabase();
		await saveFilm(2, new File([WEBM], 'scenario-1.webm', { type: 'video/webm' }), db);
		const bytes = await bytesOf((await exportFilms(undefined, db)).blob);
		const text = new TextDecoder().decode(bytes.slice(0, 2000));
		const [magic, length] = text.split('\n');
		expect(`${magic}\n`).toBe(FILM_ARCHIVE_MAGIC);
		const start = magic!.length + length!.length + 2;
		const toc = JSON.parse(new TextDecoder().decode(bytes.slice(start, start + Number(length))));
		expect(toc).toMatchObject({
			format: 'samverkansrummet-filmer',
			formatVersion: 1,
			films: [{ scenario: 2, size: 4991 }],
		});
		expect(bytes.slice(start + Number(length))).toEqual(WEBM);
	});

	it('says which films replace a different one, and skips the ones already here', async () => {
		const db = await storeWithFilms();
		const { blob } = await exportFilms(undefined, db);
		await saveFilm(1, new File([FILM], 'annan.webm', { type: 'video/webm' }), db);
		const preview = await previewFilmImport(blob, SCENARIOS, undefined, db);
		expect(preview.ok && preview.changes.map(({ effect, replaced }) => [effect, replaced])).toEqual([
			['replaces', 'annan.webm'],
			['same', undefined],
		]);
		if (preview.ok) await importFilms(preview.changes, db);
		expect((await db.films.get(1))?.name).toBe('scenario-1.webm');
	});
});

describe('a damaged or foreign film file', () => {
	it('is refused for every single-byte change that alters a film, and never throws', async () => {
		const db = freshDatabase();
		await saveFilm(1, new File([WEBM], 'scenario-1.webm', { type: 'video/webm' }), db);
		const good = await bytesOf((await exportFilms(undefined, db)).blob);
		for (let index = 0; index < good.length; index++) {
			const bad = good.slice();
			bad[index] = bad[index]! ^ 0x20;
			const read = await readFilmArchive(new Blob([bad]), SCENARIOS);
			if (read.ok) expect(sameBytes(await bytesOf(read.films[0]!.file), WEBM), `byte ${index}`).toBe(true);
			else expect(read.message, `byte ${index}`).toMatch(/^(Filen|Filmen|Film 1|Undertexterna) /);
		}
	});

	it.each<[string, Blob, RegExp]>([
		[
			'an empty file',
			new Blob([]),
			/ingen export av filmfiler från Samverkansrummet\. Välj en fil som slutar på \.filmarkiv/,
		],
		['a picture', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10])]), /ingen export av filmfiler/],
		[
			'the export of answers',
			new Blob(['{"format":"samverkansrummet"}']),
			/export av svar och samtal, inte av filmfiler/,
		],
		['only the magic line', new Blob([FILM_ARCHIVE_MAGIC]), /skadad eller ofullständig/],
		[
			'a truncated film',
			archive(contents([{ ...entry, crc32: updateCrc32(0, FILM) }]), FILM.slice(0, 3)),
			/ofullständig/,
		],
		[
			'bytes after the last film',
			archive(contents([{ ...entry, crc32: updateCrc32(0, FILM) }]), FILM, FILM),
			/ofullständig/,
		],
		['a wrong checksum', archive(contents([{ ...entry, crc32: 1 }]), FILM), /^Filmen för scenario 1 är skadad i filen/],
		['a newer format', archive({ ...contents([]), formatVersion: 2 }), /nyare version av Samverkansrummet/],
		[
			'a list that is not a list',
			archive({ ...contents([]), films: '[]' }),
			/innehållsförteckningen går inte att läsa/,
		],
		['no films', archive(contents([])), /^Filen innehåller inga filmfiler\.$/],
		[
			'an unknown scenario',
			archive(contents([{ ...entry, scenario: 9, crc32: 0 }])),
			/^Film 1 i filen hör inte till något/,
		],
		[
			'a text file as film',
			archive(contents([{ ...entry, type: 'text/plain', name: 'a.txt', crc32: 0 }])),
			/är ingen videofil/,
		],
		['a negative size', archive(contents([{ ...entry, size: -4, crc32: 0 }])), /har ingen giltig storlek/],
		['a size as text', archive(contents([{ ...entry, size: '4', crc32: 0 }])), /har ingen giltig storlek/],
		['no date', archive(contents([{ ...entry, addedAt: 'i går', crc32: 0 }])), /saknar ett giltigt datum/],
		['no checksum', archive(contents([entry])), /saknar kontrollsumma/],
		[
			'captions that are not WebVTT',
			archive(contents([{ ...entry, crc32: 0, captions: { name: 'a.srt', text: '1\n', addedAt: entry.addedAt } }])),
			/^Undertexterna för scenario 1 är inte giltig WebVTT\.$/,
		],
		[
			'two films for one scenario',
			archive(
				contents([
					{ ...entry, crc32: 0 },
					{ ...entry, crc32: 0 },
				]),
			),
			/två filmer för scenario 1/,
		],
		[
			'fields only on the prototype',
			archive(contents([JSON.parse('{"__proto__":{"scenario":1,"name":"a.webm"}}')])),
			/^Film 1 i filen hör inte/,
		],
	])('is refused with a Swedish message: %s', async (_name, file, message) => {
		const db = await storeWithFilms();
		const before = await dumpDatabase(db);
		const preview = await previewFilmImport(file, SCENARIOS, undefined, db);
		expect(preview).toEqual({ ok: false, message: expect.stringMatching(message) });
		expect(await dumpDatabase(db)).toEqual(before);
		expect(Object.prototype).not.toHaveProperty('scenario');
	});
});
