import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES } from '../../../src/lib/backup/backupFormat';
import { createBackup, toBackupFile } from '../../../src/lib/backup/exportBackup';
import { importBackup, isEmptyImport, previewImport } from '../../../src/lib/backup/mergeBackup';
import { parseBackup } from '../../../src/lib/backup/parseBackup';
import { deleteAllData } from '../../../src/lib/db/storage';
import { backupDataArbitrary } from '../../helpers/backupArbitraries';
import { freshDatabase } from '../../helpers/db';

const backupOf = (data: Awaited<ReturnType<typeof createBackup>>['data']) =>
	({
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		exportedAt: '2026-11-23T10:00:00.000Z',
		data,
	}) as const;

describe('export and import', () => {
	it('export, delete all, import restores everything exactly (property)', async () => {
		await fc.assert(
			fc.asyncProperty(backupDataArbitrary, async (data) => {
				const db = freshDatabase();
				await importBackup(backupOf(data), db);
				const exported = await createBackup(db);
				const file = await toBackupFile(exported).blob.text();
				await deleteAllData(db);
				const parsed = await parseBackup(file);
				expect(parsed).toMatchObject({ ok: true });
				if (!parsed.ok) return;
				await importBackup(parsed.backup, db);
				expect((await createBackup(db)).data).toEqual(data);
				db.close();
			}),
			{ numRuns: 60 },
		);
	}, 30_000);

	it('writes a versioned envelope with the export time', async () => {
		const db = freshDatabase();
		const backup = await createBackup(db, new Date('2026-11-23T12:00:00Z'));
		expect(backup).toMatchObject({
			format: 'samverkansrummet',
			formatVersion: 2,
			exportedAt: '2026-11-23T12:00:00.000Z',
			sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
		});
		expect(Object.keys(backup.data)).toEqual([...BACKUP_TABLES]);
		expect(Object.keys(backup)).toEqual(['format', 'formatVersion', 'exportedAt', 'data', 'sha256']);
		expect(toBackupFile(backup).name).toBe('samverkansrummet-2026-11-23.json');
	});

	it('importing the same file twice changes nothing the second time', async () => {
		await fc.assert(
			fc.asyncProperty(backupDataArbitrary, async (data) => {
				const db = freshDatabase();
				await importBackup(backupOf(data), db);
				const before = await createBackup(db);
				const summary = await importBackup(backupOf(data), db);
				expect(isEmptyImport(summary)).toBe(true);
				expect((await createBackup(db)).data).toEqual(before.data);
				db.close();
			}),
			{ numRuns: 30 },
		);
	}, 30_000);

	it('previews what an import will add without writing anything', async () => {
		const db = freshDatabase();
		const data = fc.sample(backupDataArbitrary, { numRuns: 1, seed: 7 })[0]!;
		const summary = await previewImport(backupOf(data), db);
		expect(summary.answers.added).toBe(data.answers.length);
		expect(Object.values((await createBackup(db)).data).every((rows) => rows.length === 0)).toBe(true);
	});
});
