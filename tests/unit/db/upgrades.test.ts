import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase, getWriteBlock, onBeforeClose, WriteBlockedError } from '../../../src/lib/db/db';
import { saveAnswer } from '../../../src/lib/db/answers';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../src/lib/db/schema';
import { V1_RECORDS, V1_STORES } from '../../fixtures/db/v1';
import { dumpDatabase } from '../../helpers/db';

/** A fixture of the stored shape for every released schema version. */
const FIXTURES: Record<number, { stores: Record<string, string>; records: Record<string, unknown[]> }> = {
	1: { stores: V1_STORES, records: V1_RECORDS },
};

let counter = 0;
const uniqueName = () => `upgrade-${++counter}-${Date.now()}`;

/** Writes a fixture with the old declaration only, as a device running that release would have. */
const seedOldDatabase = async (name: string, version: number) => {
	const { stores, records } = FIXTURES[version]!;
	const old = new Dexie(name);
	old.version(version).stores(stores);
	await old.transaction('rw', old.tables, async () => {
		for (const [table, rows] of Object.entries(records)) await old.table(table).bulkAdd(rows);
	});
	old.close();
	return records;
};

describe('schema upgrades', () => {
	it('have a fixture for every released schema version (add one with every new version)', () => {
		expect(Object.keys(FIXTURES).map(Number)).toEqual(SCHEMA_VERSIONS.map(({ version }) => version));
	});

	for (const { version } of SCHEMA_VERSIONS) {
		it(`open a version ${version} database with the current code and keep every record`, async () => {
			const name = uniqueName();
			const records = await seedOldDatabase(name, version);
			const db = createDatabase(name);
			const stored = await dumpDatabase(db);
			for (const [table, rows] of Object.entries(records)) {
				if (table === 'meta') continue;
				expect(stored[table], table).toEqual(rows);
			}
			expect(stored.meta).toContainEqual({ key: 'schemaVersion', value: CURRENT_SCHEMA_VERSION });
			expect(getWriteBlock(db)).toBeUndefined();
			db.close();
		});
	}
});

describe('a database newer than the code', () => {
	it('opens read-only: reading works, every write is refused with a clear message, nothing changes', async () => {
		const name = uniqueName();
		const newer = new Dexie(name);
		newer
			.version(CURRENT_SCHEMA_VERSION + 1)
			.stores({ ...V1_STORES, answers: '[owner+scenario+questionId], owner, updatedAt, text' });
		await newer.table('meta').put({ key: 'schemaVersion', value: CURRENT_SCHEMA_VERSION + 1 });
		await newer.table('answers').bulkAdd(V1_RECORDS.answers);
		newer.close();

		const db = createDatabase(name);
		const before = await dumpDatabase(db);
		expect(before.answers).toEqual(V1_RECORDS.answers);
		expect(getWriteBlock(db)).toBe('newer-database');
		const save = saveAnswer(['sjalvstudier', 1, 'dela-varfor-viktigt'], 'gammal form', 3, db);
		await expect(save).rejects.toBeInstanceOf(WriteBlockedError);
		await expect(save).rejects.toThrow('En nyare version av Samverkansrummet har sparat data på den här enheten');
		expect(await dumpDatabase(db)).toEqual(before);
		db.close();
	});
});

describe('another tab upgrading the database', () => {
	it('makes this tab save what is pending, close, ask for a reload and write nothing more', async () => {
		const name = uniqueName();
		const db = createDatabase(name);
		await saveAnswer(['sjalvstudier', 1, 'dela-kontaktvagar'], 'Första', 0, db);
		const stopFlushing = onBeforeClose(async () => {
			await saveAnswer(['sjalvstudier', 1, 'dela-kontaktvagar'], 'Sparad innan stängning', 1, db);
		});

		const newer = new Dexie(name);
		newer.version(CURRENT_SCHEMA_VERSION + 1).stores(V1_STORES);
		await newer.open();
		stopFlushing();

		expect(getWriteBlock(db)).toBe('reload-needed');
		expect(await newer.table('answers').get(['sjalvstudier', 1, 'dela-kontaktvagar'])).toMatchObject({
			text: 'Sparad innan stängning',
			rev: 2,
		});
		await expect(saveAnswer(['sjalvstudier', 1, 'dela-kontaktvagar'], 'Efteråt', 2, db)).rejects.toBeInstanceOf(
			WriteBlockedError,
		);
		newer.close();
	});
});
