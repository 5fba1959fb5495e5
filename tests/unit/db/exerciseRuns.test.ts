import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRun, listRuns, saveRun } from '../../../src/lib/db/exerciseRuns';
import { createBackup } from '../../../src/lib/backup/exportBackup';
import { parseBackup } from '../../../src/lib/backup/parseBackup';
import { freshDatabase } from '../../helpers/db';

describe('exercise runs', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('are stored after each step and listed newest first per exercise', async () => {
		// Only the clock is faked: IndexedDB keeps its own timers.
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-11-23T09:00:00Z'));
		const db = freshDatabase();
		const first = await saveRun(
			{ ...createRun('sjalvstudier', 'ovning-a', 1), status: 'completed', endingId: 'bra' },
			db,
		);
		vi.setSystemTime(new Date('2026-11-23T09:01:00Z'));
		const second = await saveRun(createRun('sjalvstudier', 'ovning-a', 1), db);
		await saveRun(createRun('sjalvstudier', 'ovning-b', 1), db);
		expect((await listRuns('sjalvstudier', 'ovning-a', db)).map(({ id }) => id)).toEqual([second.id, first.id]);
	});

	it('survive a backup round trip, snapshot and all', async () => {
		const db = freshDatabase();
		await saveRun(
			{
				...createRun('sjalvstudier', 'ovning-a', 2, true),
				snapshot: {
					status: 'active',
					value: 'andra',
					historyValue: {},
					context: { history: [{ node: 'forsta', choice: 'a' }] },
					children: {},
				},
				history: [{ node: 'forsta', choice: 'a', group: { votes: { a: 3, b: 1 }, reason: 'Eniga nästan' } }],
			},
			db,
		);
		const parsed = await parseBackup(JSON.stringify(await createBackup(db)));
		expect(parsed.ok && parsed.backup.data.exerciseRuns).toEqual((await createBackup(db)).data.exerciseRuns);
	});

	it('keep a group reservation with its step, in the run and its snapshot, through a backup', async () => {
		const db = freshDatabase();
		const step = {
			node: 'forsta',
			choice: 'a',
			group: { votes: { a: 3, b: 2 }, reason: 'Flest röster', reservation: 'Två ville vänta' },
		};
		await saveRun(
			{
				...createRun('session:s1', 'ovning-a', 1, true),
				snapshot: {
					status: 'active',
					value: 'andra',
					historyValue: {},
					context: { history: [step], feedback: null },
					children: {},
				},
				history: [step],
			},
			db,
		);
		const [stored] = await listRuns('session:s1', 'ovning-a', db);
		expect(stored?.history).toEqual([step]);
		const parsed = await parseBackup(JSON.stringify(await createBackup(db)));
		expect(parsed.ok && parsed.backup.data.exerciseRuns.map(({ history }) => history)).toEqual([[step]]);
	});
});
