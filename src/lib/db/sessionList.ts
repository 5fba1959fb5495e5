import { byCodeUnits } from '../compare';
import { getDatabase, type AppDatabase } from './db';
import type { SessionWithGroup, StoredSession } from './sessions';

/** Newest meeting first; on one day the newest created; then by id, as the index orders them. */
export const newestFirst = (a: StoredSession, b: StoredSession) =>
	byCodeUnits(b.date, a.date) || byCodeUnits(b.createdAt, a.createdAt) || byCodeUnits(b.id, a.id);

/** Every session with its group, newest first. */
export const listSessions = async (db: AppDatabase = getDatabase()): Promise<SessionWithGroup[]> => {
	const [sessions, groups] = await Promise.all([db.sessions.toArray(), db.groups.toArray()]);
	const byId = new Map(groups.map((group) => [group.id, group]));
	return sessions.sort(newestFirst).map((session) => ({ session, group: byId.get(session.groupId) }));
};

/** One page of the sessions list: the newest sessions with their groups, and how many sessions there are. */
export interface SessionPage {
	items: SessionWithGroup[];
	total: number;
}

const BY_DATE = '[date+createdAt]';

/**
 * The newest `limit` sessions with their groups, newest first, and the number of sessions. The index on
 * meeting date and creation time gives one page without reading the rest, so the list costs the same
 * with 500 sessions as with 5. A session the index does not hold (one without a date, which no write
 * of the app leaves) would be missing from it: then every session is read and sorted instead.
 */
export const listRecentSessions = async (limit: number, db: AppDatabase = getDatabase()): Promise<SessionPage> => {
	const [total, indexed] = await Promise.all([db.sessions.count(), db.sessions.orderBy(BY_DATE).count()]);
	const page =
		indexed === total
			? await db.sessions.orderBy(BY_DATE).reverse().limit(limit).toArray()
			: (await db.sessions.toArray()).sort(newestFirst).slice(0, limit);
	const groups = await db.groups.bulkGet([...new Set(page.map(({ groupId }) => groupId))]);
	const byId = new Map(groups.filter((group) => group !== undefined).map((group) => [group.id, group]));
	return { items: page.map((session) => ({ session, group: byId.get(session.groupId) })), total };
};
