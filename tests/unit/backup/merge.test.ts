import { describe, expect, it } from 'vitest';
import type { Backup } from '../../../src/lib/backup/backupSchema';
import { createBackup } from '../../../src/lib/backup/exportBackup';
import { importBackup } from '../../../src/lib/backup/mergeBackup';
import { getAnswer, listAnswers, saveAnswer } from '../../../src/lib/db/answers';
import { freshDatabase, dumpDatabase } from '../../helpers/db';

const T = '2026-11-20T10:00:00.000Z';
const fileWith = (data: Partial<Backup['data']>): Backup => ({
	format: 'samverkansrummet',
	formatVersion: 2,
	exportedAt: T,
	data: { groups: [], sessions: [], answers: [], exerciseRuns: [], settings: [], ...data },
});

describe('merging an import into stored data', () => {
	it('keeps both versions of a differing answer as two records: the newer at its key, the other as a copy', async () => {
		const db = freshDatabase();
		await saveAnswer(['sjalvstudier', 1, 'dela-kontaktvagar'], 'Min text på den här datorn', 0, db);
		const imported = {
			owner: 'sjalvstudier',
			scenario: 1,
			questionId: 'dela-kontaktvagar',
			text: 'Text från mötesdatorn',
			rev: 4,
			updatedAt: T,
		};
		const summary = await importBackup(fileWith({ answers: [imported] }), db);
		expect(summary.answers).toEqual({ added: 0, conflicts: 1, unchanged: 0 });
		const answers = await listAnswers('sjalvstudier', db);
		expect(answers.map(({ text }) => text).sort()).toEqual(['Min text på den här datorn', 'Text från mötesdatorn']);
		// The one saved now is newer than the file's (2026-11-20), so it keeps the key.
		expect((await getAnswer(['sjalvstudier', 1, 'dela-kontaktvagar'], db))?.text).toBe('Min text på den här datorn');
		expect(answers.find(({ text }) => text === 'Text från mötesdatorn')).toEqual({
			...imported,
			questionId: expect.stringMatching(/^dela-kontaktvagar--kopia-[a-z0-9]{12}$/),
		});
	});

	// Stores smaller than the file are read whole, larger ones key by key (mergeBackup's storedReader): the
	// same conflicts, copies and additions either way.
	it.each([
		['a store larger than the file (read by key)', 5, 2],
		['a store no larger than the file (read whole)', 2, 5],
	])('finds every stored version with %s', async (_, storedCount, fileCount) => {
		const answer = (index: number, text: string) => ({
			owner: 'sjalvstudier',
			scenario: 2,
			questionId: `fraga-${index}`,
			text,
			rev: 1,
			updatedAt: T,
		});
		const db = freshDatabase();
		await importBackup(
			fileWith({ answers: Array.from({ length: storedCount }, (_, i) => answer(i, `Lagrat ${i}`)) }),
			db,
		);
		const file = Array.from({ length: fileCount }, (_, i) => answer(i, i === 0 ? 'Lagrat 0' : `Från filen ${i}`));
		const summary = await importBackup(fileWith({ answers: file }), db);
		const overlap = Math.min(storedCount, fileCount);
		expect(summary.answers).toEqual({ added: fileCount - overlap, conflicts: overlap - 1, unchanged: 1 });
		expect(await listAnswers('sjalvstudier', db)).toHaveLength(storedCount + fileCount - 1);
	});

	it('keeps a differing group beside the stored one under a fresh id, references untouched', async () => {
		const db = freshDatabase();
		const group = { id: 'g1', name: 'SSPF Norra', createdAt: T, updatedAt: T };
		await importBackup(fileWith({ groups: [group] }), db);
		await importBackup(fileWith({ groups: [{ ...group, name: 'SSPF Södra' }] }), db);
		const { data } = await createBackup(db);
		expect(data.groups.map(({ name }) => name).sort()).toEqual(['SSPF Norra', 'SSPF Södra']);
		expect(data.groups.map(({ id }) => id)).toContain('g1');
		expect(data.groups.find(({ id }) => id !== 'g1')?.id).toMatch(/^kopia-[a-z0-9]{14}$/);
	});

	it('leaves the database unchanged when a write fails halfway through', async () => {
		const db = freshDatabase();
		await saveAnswer(['sjalvstudier', 2, 'dela-kontaktvagar'], 'Finns sedan tidigare', 0, db);
		const before = await dumpDatabase(db);
		const answers = Array.from({ length: 10 }, (_, index) => ({
			owner: 'sjalvstudier',
			scenario: 3,
			questionId: `fraga-${index}`,
			text: `Svar ${index}`,
			rev: 1,
			updatedAt: T,
		}));
		let written = 0;
		// A real IndexedDB failure halfway: Dexie's own hook aborts the transaction at the 6th answer.
		db.answers.hook('creating', () => {
			if (++written === 6) throw new Error('disk full');
		});
		await expect(
			importBackup(fileWith({ groups: [{ id: 'g9', name: 'Ny grupp', createdAt: T, updatedAt: T }], answers }), db),
		).rejects.toThrow('disk full');
		expect(await dumpDatabase(db)).toEqual(before);
	});
});
