import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BackupData } from '../../../src/lib/backup/backupSchema';
import { createBackup, sealBackup, toBackupFile } from '../../../src/lib/backup/exportBackup';
import { importBackup, isEmptyImport } from '../../../src/lib/backup/mergeBackup';
import { parseBackup } from '../../../src/lib/backup/parseBackup';
import type { AppDatabase } from '../../../src/lib/db/db';
import { makeBackupDataArbitrary } from '../../helpers/backupArbitraries';
import { freshDatabase } from '../../helpers/db';

// Stores drawn from a few ids, questions and times, so that two of them conflict on many records.
const store = makeBackupDataArbitrary(true);

/** A device holding `data`. */
const deviceWith = async (...stores: BackupData[]) => {
	const db = freshDatabase();
	for (const data of stores) await importBackup(await sealBackup(data), db);
	return db;
};
const stateOf = async (db: AppDatabase) => (await createBackup(db)).data;

/** What the export button and the import button do: a file, read and checked as a user's would be. */
const exchange = async (from: AppDatabase, to: AppDatabase) => {
	const text = await toBackupFile(await createBackup(from)).blob.text();
	const parsed = await parseBackup(text);
	if (!parsed.ok) throw new Error(parsed.message);
	return importBackup(parsed.backup, to);
};

const RUNS = { numRuns: 40 };

describe('the merge (fast-check over stores that conflict often)', () => {
	it('is idempotent: importing the same file again changes nothing', async () => {
		await fc.assert(
			fc.asyncProperty(store, store, async (mine, theirs) => {
				const db = await deviceWith(mine, theirs);
				const once = await stateOf(db);
				expect(isEmptyImport(await importBackup(await sealBackup(theirs), db))).toBe(true);
				expect(await stateOf(db)).toEqual(once);
				db.close();
			}),
			RUNS,
		);
	}, 60_000);

	it('is commutative: A then B gives the same data as B then A, on an empty device or one with data', async () => {
		await fc.assert(
			fc.asyncProperty(store, store, store, async (base, a, b) => {
				const [ab, ba] = [await deviceWith(base, a, b), await deviceWith(base, b, a)];
				expect(await stateOf(ab)).toEqual(await stateOf(ba));
				ab.close();
				ba.close();
			}),
			RUNS,
		);
	}, 60_000);

	it('converges: two devices exchanging exports once hold the same data, and a second round changes nothing', async () => {
		await fc.assert(
			fc.asyncProperty(store, store, async (a, b) => {
				const [deviceA, deviceB] = [await deviceWith(a), await deviceWith(b)];
				await exchange(deviceA, deviceB);
				await exchange(deviceB, deviceA);
				const settled = await stateOf(deviceA);
				expect(await stateOf(deviceB)).toEqual(settled);
				expect(isEmptyImport(await exchange(deviceA, deviceB))).toBe(true);
				expect(isEmptyImport(await exchange(deviceB, deviceA))).toBe(true);
				expect(await stateOf(deviceA)).toEqual(settled);
				// Nothing grows: every text and id is one that was typed or derived once.
				const texts = new Set([...a.answers, ...b.answers].map(({ text }) => text));
				expect(settled.answers.every(({ text }) => texts.has(text))).toBe(true);
				expect(settled.answers.every(({ questionId }) => questionId.length <= 100)).toBe(true);
				deviceA.close();
				deviceB.close();
			}),
			RUNS,
		);
	}, 60_000);

	it('never loses a version: every record of both stores is on the device after the merge', async () => {
		await fc.assert(
			fc.asyncProperty(store, store, async (a, b) => {
				const db = await deviceWith(a, b);
				const state = await stateOf(db);
				const contents = (rows: object[], drop: string) =>
					new Set(rows.map((row) => JSON.stringify({ ...row, [drop]: undefined })));
				const kept = contents(state.answers, 'questionId');
				for (const answer of [...a.answers, ...b.answers])
					expect(kept.has(JSON.stringify({ ...answer, questionId: undefined }))).toBe(true);
				const sessions = contents(state.sessions, 'id');
				for (const session of [...a.sessions, ...b.sessions])
					expect(sessions.has(JSON.stringify({ ...session, id: undefined }))).toBe(true);
				db.close();
			}),
			RUNS,
		);
	}, 60_000);

	it("the app's own export always imports, after any merges", async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(store, { minLength: 1, maxLength: 3 }), async (stores) => {
				const db = await deviceWith(...stores);
				const text = await toBackupFile(await createBackup(db)).blob.text();
				expect(await parseBackup(text)).toMatchObject({ ok: true });
				db.close();
			}),
			RUNS,
		);
	}, 60_000);
});
