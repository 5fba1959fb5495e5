import { describe, expect, it } from 'vitest';
import type { Backup } from '../../../src/lib/backup/backupSchema';
import { createBackup } from '../../../src/lib/backup/exportBackup';
import { importBackup } from '../../../src/lib/backup/mergeBackup';
import { getAnswer, saveAnswer } from '../../../src/lib/db/answers';
import { freshDatabase, dumpDatabase } from '../../helpers/db';

const T = '2026-11-20T10:00:00.000Z';
const fileWith = (data: Partial<Backup['data']>): Backup => ({
	format: 'samverkansrummet',
	formatVersion: 1,
	exportedAt: T,
	data: { groups: [], sessions: [], answers: [], exerciseRuns: [], settings: [], ...data },
});

describe('merging an import into stored data', () => {
	it('keeps both texts when an answer differs, stored text first', async () => {
		const db = freshDatabase();
		await saveAnswer(['sjalvstudier', 1, 'dela-kontaktvagar'], 'Min text på den här datorn', 0, db);
		const summary = await importBackup(
			fileWith({
				answers: [
					{
						owner: 'sjalvstudier',
						scenario: 1,
						questionId: 'dela-kontaktvagar',
						text: 'Text från mötesdatorn',
						rev: 4,
						updatedAt: T,
					},
				],
			}),
			db,
		);
		expect(summary.answers).toEqual({ added: 0, conflicts: 1, unchanged: 0 });
		const merged = await getAnswer(['sjalvstudier', 1, 'dela-kontaktvagar'], db);
		expect(merged?.text).toBe(
			'Min text på den här datorn\n\n--- Importerad version (sparad 2026-11-20 10:00) ---\nText från mötesdatorn',
		);
		expect(merged?.rev).toBe(2);
	});

	it('adds a differing group and its sessions beside the stored ones under new ids', async () => {
		const db = freshDatabase();
		const group = { id: 'g1', name: 'SSPF Norra', createdAt: T, updatedAt: T };
		const session = { id: 's1', groupId: 'g1', scenario: 1, date: '2026-11-20', createdAt: T, updatedAt: T };
		await importBackup(fileWith({ groups: [group], sessions: [session] }), db);
		await importBackup(
			fileWith({
				groups: [{ ...group, name: 'SSPF Södra' }],
				sessions: [{ ...session, scenario: 2 }],
				answers: [
					{ owner: 'session:s1', scenario: 2, questionId: 'dela-kontaktvagar', text: 'Svar', rev: 1, updatedAt: T },
				],
			}),
			db,
		);
		const { data } = await createBackup(db);
		expect(data.groups.map(({ name }) => name).sort()).toEqual(['SSPF Norra', 'SSPF Södra']);
		const copy = data.sessions.find(({ scenario }) => scenario === 2)!;
		expect(copy.id).not.toBe('s1');
		expect(data.groups.find(({ id }) => id === copy.groupId)?.name).toBe('SSPF Södra');
		expect(data.answers[0]?.owner).toBe(`session:${copy.id}`);
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
