import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../../src/lib/backup/backupFormat';
import type { BackupData } from '../../../src/lib/backup/backupSchema';
import { importBackup } from '../../../src/lib/backup/mergeBackup';
import { parseBackup } from '../../../src/lib/backup/parseBackup';
import { sha256Of } from '../../../src/lib/backup/canonical';
import { sealBackup } from '../../../src/lib/backup/exportBackup';
import { backupDataArbitrary } from '../../helpers/backupArbitraries';
import { dumpDatabase, freshDatabase } from '../../helpers/db';

const db = freshDatabase();
let valid: { format: string; formatVersion: number; exportedAt: string; sha256?: string; data: BackupData };
let validText = '';
let stored: Record<string, unknown[]>;

beforeAll(async () => {
	// A device with data on it, and a valid export from another device to break in many ways.
	const [mine, theirs] = fc.sample(
		backupDataArbitrary.filter((d) => d.answers.length > 2 && d.groups.length > 0 && d.sessions.length > 0),
		{
			numRuns: 2,
			seed: 42,
		},
	);
	await importBackup(await sealBackup(mine!), db);
	valid = await sealBackup(theirs!, new Date('2026-11-22T10:00:00.000Z'));
	validText = JSON.stringify(valid, null, 2);
	stored = await dumpDatabase(db);
});

/** What the import button does: read and check the whole file, and write only if all of it is valid. */
const readAndImport = async (input: string | Uint8Array) => {
	const parsed = await parseBackup(input);
	if (parsed.ok) await importBackup(parsed.backup, db);
	return parsed;
};

const expectRejectedAndUnchanged = async (input: string | Uint8Array, message?: RegExp) => {
	const result = await readAndImport(input);
	expect(result.ok, typeof input === 'string' ? input.slice(0, 300) : 'binary').toBe(false);
	if (!result.ok) {
		expect(result.message.length).toBeGreaterThan(20);
		if (message) expect(result.message).toMatch(message);
	}
	expect(await dumpDatabase(db)).toEqual(stored);
};

const RUNS = { truncated: 60, wrongType: 60, future: 20, binary: 30, pollution: 20, duplicate: 20, foreign: 20 };

type Mutable = Record<string, unknown>;
const KNOWN_FIELDS: Record<string, string[]> = {
	groups: ['id', 'name', 'createdAt', 'updatedAt'],
	sessions: ['id', 'groupId', 'scenario', 'date', 'createdAt', 'updatedAt'],
	answers: ['owner', 'scenario', 'questionId', 'text', 'rev', 'updatedAt'],
};
/** A changed file with its hash made again, so that the record checks, not the hash, must refuse it. */
const resealed = async (file: Record<string, unknown>) => {
	const { sha256: _old, ...content } = file;
	return JSON.stringify({ ...content, sha256: await sha256Of(content) });
};

/** A value of another JSON type than `value`. */
const otherType = (value: unknown, pick: number): unknown => {
	const options = [42, 'text', true, null, [], { nested: 1 }, -1.5].filter(
		(candidate) => typeof candidate !== typeof value || Array.isArray(candidate) !== Array.isArray(value),
	);
	return options[pick % options.length];
};

describe(`malformed backup files (${Object.values(RUNS).reduce((a, b) => a + b, 0) + 3} generated) are rejected with a message and change nothing`, () => {
	it('truncated JSON', async () => {
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), async (cut) =>
				expectRejectedAndUnchanged(
					validText.slice(0, cut % (validText.length - 2)),
					/inte giltig JSON|inte en säkerhetskopia/,
				),
			),
			{ numRuns: RUNS.truncated },
		);
	});

	it('a field of the wrong type', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom('groups', 'sessions', 'answers'),
				fc.nat(),
				fc.nat(),
				fc.nat(),
				async (table, row, field, pick) => {
					const file = structuredClone(valid) as { data: Record<string, Mutable[]> };
					const rows = file.data[table]!;
					const target = rows[row % rows.length]!;
					const name = KNOWN_FIELDS[table]![field % KNOWN_FIELDS[table]!.length]!;
					target[name] = otherType(target[name], pick);
					await expectRejectedAndUnchanged(await resealed(file), /^Filen kan inte läsas in\. (Grupp|Samtal|Svar) \d+/);
				},
			),
			{ numRuns: RUNS.wrongType },
		);
	});

	it.each(['0002-12-03', '2100-01-01', '2026-02-30'])('a session dated %s', async (date) => {
		const file = structuredClone(valid) as { data: Record<string, Mutable[]> };
		file.data.sessions![0]!.date = date;
		await expectRejectedAndUnchanged(await resealed(file), /^Filen kan inte läsas in\. Samtal 1\b.*datum/);
	});

	it('a future format version', async () => {
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 3, max: 10_000 }), async (version) =>
				expectRejectedAndUnchanged(await resealed({ ...valid, formatVersion: version }), /nyare version/),
			),
			{ numRuns: RUNS.future },
		);
	});

	it('a huge file, as text and as bytes', async () => {
		const huge = `{"format":"samverkansrummet","formatVersion":2,"pad":"${'x'.repeat(MAX_BACKUP_BYTES)}"}`;
		await expectRejectedAndUnchanged(huge, /för stor/);
		await expectRejectedAndUnchanged(new TextEncoder().encode(huge), /för stor/);
	});

	it('a missing version', async () => {
		const { formatVersion: _version, ...rest } = valid;
		await expectRejectedAndUnchanged(JSON.stringify(rest), /formatversion/);
	});

	it('binary data', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2000 }), fc.nat(), async (bytes, at) => {
				const file = new Uint8Array(bytes.length + 2);
				file.set(bytes);
				// A NUL and a lone continuation byte: never valid UTF-8 text.
				file[at % file.length] = 0;
				file[(at + 1) % file.length] = 0x80;
				await expectRejectedAndUnchanged(file);
			}),
			{ numRuns: RUNS.binary },
		);
	});

	it('prototype-pollution keys', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom('__proto__', 'constructor', 'prototype'),
				fc.constantFrom('top', 'group', 'answer', 'data'),
				async (key, where) => {
					const injected = `"${key}": {"polluted": true}, `;
					const text =
						where === 'top'
							? validText.replace('{', `{${injected}`)
							: where === 'data'
								? validText.replace('"data": {', `"data": {${injected}`)
								: validText.replace(
										where === 'group' ? '"groups": [\n      {' : '"answers": [\n      {',
										(match) => `${match}${injected}`,
									);
					expect(text).toContain(key);
					await expectRejectedAndUnchanged(text, /otillåtet fält/);
					expect(({} as Record<string, unknown>).polluted).toBeUndefined();
				},
			),
			{ numRuns: RUNS.pollution },
		);
	});

	it('duplicate ids', async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom('groups', 'sessions', 'answers'), fc.nat(), async (table, row) => {
				const file = structuredClone(valid) as { data: Record<string, Mutable[]> };
				const rows = file.data[table]!;
				rows.push({ ...rows[row % rows.length]! });
				await expectRejectedAndUnchanged(await resealed(file), /samma id/);
			}),
			{ numRuns: RUNS.duplicate },
		);
	});

	it('JSON that is not a backup from this app', async () => {
		await fc.assert(
			fc.asyncProperty(fc.json(), async (json) =>
				expectRejectedAndUnchanged(json, /inte en säkerhetskopia|inte giltig JSON/),
			),
			{ numRuns: RUNS.foreign },
		);
	});

	it('accepts the valid file these were made from, with a byte-order mark too', async () => {
		expect(await parseBackup(`\uFEFF${validText}`)).toMatchObject({ ok: true });
		expect(await dumpDatabase(db)).toEqual(stored);
	});
});
