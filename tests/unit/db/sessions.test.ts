import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSession, deleteSession, listRecentSessions } from '../../../src/lib/db/sessions';
import type { Agenda, RoleCounts } from '../../../src/lib/session/agenda';
import { freshDatabase } from '../../helpers/db';

const ROLES: RoleCounts = { skola: 1, socialtjänst: 1, polis: 1, fritid: 0, annan: 0 };
const AGENDA: Agenda = { intro: 5, film: 5, questions: 30, exercise: 10, wrapUp: 10 };

/** `count` sessions of two groups, one a day from 1 January 2026, created in a shuffled order. */
const storeSessions = async (count: number) => {
	const db = freshDatabase();
	const days = Array.from({ length: count }, (_, day) => day).sort(
		(a, b) => ((a * 7919) % count) - ((b * 7919) % count),
	);
	for (const day of days) {
		const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
		await createSession(
			{
				groupName: day % 2 ? 'SSPF Norra' : 'SIG Väst',
				date,
				scenario: (day % 3) + 1,
				roles: ROLES,
				agenda: AGENDA,
				questionCount: 11,
			},
			db,
		);
	}
	return db;
};

describe('listRecentSessions', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('gives the newest sessions first, one page at a time, with their groups and the total', async () => {
		const db = await storeSessions(45);
		const first = await listRecentSessions(20, db);
		expect(first.total).toBe(45);
		expect(first.items.map(({ session }) => session.date)).toEqual(
			Array.from({ length: 20 }, (_, i) => new Date(Date.UTC(2026, 0, 45 - i)).toISOString().slice(0, 10)),
		);
		expect(first.items.map(({ group }) => group?.name).slice(0, 2)).toEqual(['SIG Väst', 'SSPF Norra']);

		const all = await listRecentSessions(60, db);
		expect(all.items).toHaveLength(45);
		expect(all.items.slice(0, 20)).toEqual(first.items);
		expect(all.items.at(-1)?.session.date).toBe('2026-01-01');
	});

	it('breaks a tie on the meeting date by the newest created, and counts a deletion', async () => {
		const db = freshDatabase();
		const input = { date: '2026-03-01', scenario: 1, roles: ROLES, agenda: AGENDA, questionCount: 11 };
		// Only Date is faked (fake-indexeddb still needs real timers); afterEach restores it.
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-03-01T09:00:00Z'));
		const older = await createSession({ ...input, groupName: 'Först' }, db);
		vi.setSystemTime(new Date('2026-03-01T09:01:00Z'));
		const newer = await createSession({ ...input, groupName: 'Sedan' }, db);
		vi.useRealTimers();
		expect((await listRecentSessions(1, db)).items.map(({ session }) => session.id)).toEqual([newer.id]);
		await deleteSession(newer.id, db);
		expect(await listRecentSessions(1, db)).toMatchObject({ total: 1, items: [{ session: { id: older.id } }] });
	});

	it('reads one page through the date index, not every session', async () => {
		const db = await storeSessions(45);
		const read: string[] = [];
		// Dexie's hook on reading rows: one call per row read out of the table.
		db.sessions.hook('reading', (row) => {
			read.push(row.id);
			return row;
		});
		expect((await listRecentSessions(20, db)).items).toHaveLength(20);
		expect(read).toHaveLength(20);
	});

	it('still lists a session the index does not hold (written without a date by an older or foreign hand)', async () => {
		const db = await storeSessions(3);
		const [stored] = await db.sessions.toArray();
		const { date: _, ...undated } = stored!;
		await db.sessions.put({ ...undated, id: 'utan-datum' } as never);
		const page = await listRecentSessions(20, db);
		expect(page.total).toBe(4);
		expect(page.items.map(({ session }) => session.id)).toContain('utan-datum');
	});

	it('gives an empty page when there are no sessions', async () => {
		expect(await listRecentSessions(20, freshDatabase())).toEqual({ items: [], total: 0 });
	});
});
