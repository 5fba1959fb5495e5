// A generated corpus of about 1,200 hostile files: none may throw, hang, change the database when
// refused, or, when accepted, leave a record that crashes a page.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Of } from '../../../src/lib/backup/canonical';
import { importBackup } from '../../../src/lib/backup/mergeBackup';
import { parseBackup } from '../../../src/lib/backup/parseBackup';
import { dumpDatabase, freshDatabase } from '../../helpers/db';
import { fileText, KNOWN, oneOfEach, pagesStillWork } from '../../helpers/records';

type Json = Record<string, unknown>;
const db = freshDatabase();
let stored: Record<string, unknown[]>;
let valid: Json;
let validText = '';
const tally = { files: 0, refused: 0, accepted: 0 };

beforeAll(async () => {
	await importBackup(JSON.parse(await fileText(oneOfEach())), db);
	stored = await dumpDatabase(db);
	const data = oneOfEach() as unknown as Record<string, Json[]>;
	// A second record of each kind, so that the number in a message has something to count.
	data.answers!.push({ ...data.answers![0]!, questionId: 'q2', text: 'Andra svaret' });
	validText = await fileText(data);
	valid = JSON.parse(validText);
});

afterAll(() => {
	// The corpus is as big as it says.
	expect(tally.files).toBeGreaterThanOrEqual(1_150);
});

/** A changed file with its hash made again, so that the record checks, not the hash, must refuse it. */
const resealed = async (file: Json) => {
	const { sha256: _old, ...content } = file;
	return JSON.stringify({ ...content, sha256: await sha256Of(content) });
};

/** Reads one hostile file the way the import does, and checks every promise above. */
const tryFile = async (input: string | Uint8Array, mustRefuse: boolean) => {
	tally.files++;
	const began = performance.now();
	const result = await parseBackup(input, { exercises: KNOWN });
	expect(performance.now() - began).toBeLessThan(5_000);
	if (!result.ok) {
		tally.refused++;
		expect(result.message).toMatch(/^[A-ZÅÄÖ]/);
		expect(result.message).not.toMatch(/data\.\w|Invalid|expected|received|Required/);
		return;
	}
	expect(mustRefuse, typeof input === 'string' ? input.slice(0, 200) : 'bytes').toBe(false);
	tally.accepted++;
	const scratch = freshDatabase();
	await importBackup(result.backup, scratch);
	await pagesStillWork(scratch);
	scratch.close();
};

/** Every path to a value inside the records of `file.data`. */
const leafPaths = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
	value !== null && typeof value === 'object'
		? Object.entries(value).flatMap(([key, inner]) =>
				leafPaths(inner, [...path, Array.isArray(value) ? Number(key) : key]),
			)
		: [path];

const setAt = (root: Json, path: (string | number)[], next: unknown) => {
	let current = root as Record<string | number, unknown>;
	for (const key of path.slice(0, -1)) current = current[key] as Record<string | number, unknown>;
	current[path.at(-1)!] = next;
};

const OTHER = [42, 'text', true, null, [], { nested: 1 }, -1.5, '', 1e309];

describe('a corpus of about 1,200 hostile files', () => {
	it('deep nesting anywhere (60 files)', async () => {
		const spots = ['"Eniga"', '"Vi börjar med samtycke."', '"SSPF Norra"', '"data": {'];
		for (let i = 0; i < 60; i++) {
			const depth = [41, 100, 5_000, 10_000, 20_000, 60_000][i % 6]!;
			const spot = spots[i % spots.length]!;
			const nested =
				i % 2 ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
			await tryFile(
				validText.replace(spot, (match) => (spot.endsWith('{') ? `${match}"x":${nested},` : nested)),
				true,
			);
		}
	});

	it('prototype keys in every part of the file (150 files)', async () => {
		const text = JSON.stringify(valid);
		const anchors = [
			'{',
			'"data":{',
			'"groups":[{',
			'"sessions":[{',
			'"flow":{',
			'"context":{',
			'"history":[{',
			'"votes":{',
			'"value":{',
		];
		for (let i = 0; i < 150; i++) {
			const key = ['__proto__', 'constructor', 'prototype'][i % 3]!;
			const anchor = anchors[i % anchors.length]!;
			expect(text).toContain(anchor);
			// Written into the JSON text: JSON.parse makes `__proto__` an own key, as a file would.
			const marker = i % 2 ? `"${key}":{"polluted":true},` : `"${key}":"x",`;
			await tryFile(
				text.replace(anchor, (match) => `${match}${marker}`),
				true,
			);
			expect(({} as Json).polluted).toBeUndefined();
		}
	});

	it('a wrong type at any place inside any record, with the hash made again (420 files)', async () => {
		const paths = leafPaths(valid.data);
		for (let i = 0; i < 420; i++) {
			const file = structuredClone(valid);
			const path = paths[(i * 7) % paths.length]!;
			const wrong = OTHER[i % OTHER.length]!;
			setAt(file.data as Json, path, wrong);
			// A value swapped for one of another JSON type never fits; the same type may (e.g. an empty text).
			const before = path.reduce<unknown>((v, k) => (v as Json)[k as string], valid.data);
			const sameType = typeof before === typeof wrong && Array.isArray(before) === Array.isArray(wrong);
			await tryFile(await resealed(file), !sameType);
		}
	});

	it('states and steps the machines do not have (100 files)', async () => {
		const states = ['nowhere', 'toString', 'constructor', 'intro2', ''];
		for (let i = 0; i < 100; i++) {
			const file = structuredClone(valid) as { data: Record<string, Json[]> };
			const state = states[i % states.length]!;
			const [session, run] = [file.data.sessions![0]!, file.data.exerciseRuns![0]!];
			[
				() => ((session.flow as Json).value = state),
				() => ((run.snapshot as Json).value = state),
				() => ((run.history as Json[])[0]!.node = state),
				() => ((run.history as Json[])[0]!.choice = state),
				() => (run.endingId = state),
				() => (session.step = state),
				() => (run.status = state),
				() => (((session.flow as Json).context as Json).index = 7),
			][i % 8]!();
			await tryFile(await resealed(file), true);
		}
	});

	it('single-byte changes to a valid export (350 files)', async () => {
		const bytes = new TextEncoder().encode(validText);
		const original = await parseBackup(validText, { exercises: KNOWN });
		await fc.assert(
			fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
				const flipped = bytes.slice();
				flipped[at] = flipped[at]! ^ mask;
				const result = await parseBackup(flipped, { exercises: KNOWN });
				tally.files++;
				// Accepted only if the content is what was exported (a change in the layout).
				if (result.ok) expect(result).toEqual(original);
			}),
			{ numRuns: 350, seed: 12 },
		);
	});

	it('truncated files (150 files) and UTF-16 files (60 files)', async () => {
		for (let i = 0; i < 150; i++) await tryFile(validText.slice(0, Math.floor((validText.length * i) / 150)), true);
		for (let i = 0; i < 60; i++) {
			const littleEndian = i % 2 === 0;
			const bytes = new Uint8Array(2 + validText.length * 2);
			bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
			for (let c = 0; c < validText.length; c++) {
				const code = validText.charCodeAt(c);
				bytes.set(littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff], 2 + c * 2);
			}
			// Whole files are read; cut ones (an odd byte, or half a file) are refused.
			const cut = i % 3 === 0 ? bytes : bytes.slice(0, i % 3 === 1 ? bytes.length - 1 : bytes.length / 2);
			await tryFile(cut, i % 3 !== 0);
		}
	});

	it('files of another kind: JSON of any shape, and binary data (120 files)', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.json(),
					fc.json().map((j) => `{"format":"samverkansrummet","formatVersion":2,"data":${j}}`),
				),
				(text) => tryFile(text, true),
			),
			{ numRuns: 80, seed: 3 },
		);
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 500 }), (bytes) => tryFile(bytes, true)),
			{ numRuns: 40, seed: 4 },
		);
	});

	it('left the database as it was', async () => {
		expect(await dumpDatabase(db)).toEqual(stored);
	});
});
