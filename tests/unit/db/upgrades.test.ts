import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { exportOldDatabase } from '../../../src/lib/backup/exportOldDatabase';
import { createDatabase, getWriteBlock, onBeforeClose, WriteBlockedError } from '../../../src/lib/db/db';
import { describeSaveError, isUpgradeError } from '../../../src/lib/db/errors';
import { saveAnswer } from '../../../src/lib/db/answers';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../../../src/lib/db/schema';
import { V1_RECORDS, V1_STORES } from '../../fixtures/db/v1';
import { V2_RECORDS, V2_STORES } from '../../fixtures/db/v2';
import { listRecentSessions } from '../../../src/lib/db/sessions';
import { dumpDatabase } from '../../helpers/db';

/** A fixture of the stored shape for every released schema version. */
const FIXTURES: Record<number, { stores: Record<string, string>; records: Record<string, unknown[]> }> = {
	1: { stores: V1_STORES, records: V1_RECORDS },
	2: { stores: V2_STORES, records: V2_RECORDS },
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

/** The released versions with every upgrade wrapped, to prove that a test runs each one (tldraw's guard). */
const called = new Set<number>();
const SPIED: SchemaVersion[] = SCHEMA_VERSIONS.map((entry) => ({
	...entry,
	upgrade: entry.upgrade
		? (tx) => {
				called.add(entry.version);
				return entry.upgrade!(tx);
			}
		: undefined,
}));

describe('schema upgrades', () => {
	it('have a fixture for every released schema version (add one with every new version)', () => {
		expect(Object.keys(FIXTURES).map(Number)).toEqual(SCHEMA_VERSIONS.map(({ version }) => version));
	});

	for (const { version } of SCHEMA_VERSIONS) {
		it(`open a version ${version} database with the current code and keep every record`, async () => {
			const name = uniqueName();
			const records = await seedOldDatabase(name, version);
			const db = createDatabase(name, SPIED);
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

	it('index the sessions of a version 1 database by date, so the list finds them', async () => {
		const name = uniqueName();
		await seedOldDatabase(name, 1);
		const db = createDatabase(name);
		const page = await listRecentSessions(20, db);
		expect(page.total).toBe(V1_RECORDS.sessions.length);
		expect(await db.sessions.orderBy('[date+createdAt]').count()).toBe(V1_RECORDS.sessions.length);
		expect(page.items.map(({ session }) => session.id)).toEqual(V1_RECORDS.sessions.map(({ id }) => id));
		db.close();
	});

	it('ran every upgrade a version declares (a version whose upgrade no test calls fails here)', () => {
		const declared = SCHEMA_VERSIONS.filter(({ upgrade }) => upgrade).map(({ version }) => version);
		// Versions after the first are opened from the fixture of the version before.
		expect(declared.filter((version) => !called.has(version))).toEqual([]);
	});
});

describe('a wired upgrade (fault matrix row 9)', () => {
	const next = (upgrade: SchemaVersion['upgrade']): SchemaVersion[] => [
		...SCHEMA_VERSIONS,
		{ version: CURRENT_SCHEMA_VERSION + 1, description: 'test', stores: V1_STORES, upgrade },
	];

	it('that succeeds changes the rows and raises the version', async () => {
		const name = uniqueName();
		await seedOldDatabase(name, 1);
		const db = createDatabase(
			name,
			next(async (tx) => {
				await tx
					.table('groups')
					.toCollection()
					.modify((group: { name: string }) => void (group.name += ' (flyttad)'));
			}),
		);
		expect((await db.groups.toArray()).map(({ name }) => name)).toEqual(['SSPF Norra (flyttad)']);
		expect(db.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
		db.close();
	});

	it('that throws leaves the old version and every record, says so in Swedish, and offers the old data', async () => {
		const name = uniqueName();
		const records = await seedOldDatabase(name, 1);
		const db = createDatabase(
			name,
			next(async (tx) => {
				await tx.table('groups').clear();
				throw new Error('broken upgrade');
			}),
		);
		const failure = await db.open().then(
			() => undefined,
			(error: unknown) => error,
		);
		expect(isUpgradeError(failure)).toBe(true);
		expect(describeSaveError(failure)).toMatch(/^Databasen kunde inte uppdateras.*Exportera datan/);
		// A later read fails the same way, and is described the same way.
		const later = await db.groups.toArray().catch((error: unknown) => error);
		expect(describeSaveError(later)).toMatch(/kunde inte uppdateras/);
		db.close();

		const rescue = await exportOldDatabase(name);
		expect(rescue.data.groups).toEqual(records.groups);
		expect(rescue.data.answers).toEqual(records.answers);
		const current = createDatabase(name);
		expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
		expect(await dumpDatabase(current)).toMatchObject({ groups: records.groups, sessions: records.sessions });
		current.close();
	});
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
