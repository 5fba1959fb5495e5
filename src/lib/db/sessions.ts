import type { Agenda, RoleCounts } from '../session/agenda';
import { getDatabase, openForWriting, type AppDatabase } from './db';
import { checkRecord, loadRecordSchemas } from './guard';
import type { Group, Session } from './schema';
import { sessionOwner } from '../sessionOwner';
import { newestFirst } from './sessionList';

/** An action agreed at the end of a session: what, which role owns it (never a name), by when. */
export type { SessionAction } from '../../schemas/records';

/** A facilitated session as stored. */
export type StoredSession = Session;

/** A session with its group's name, for lists and minutes. */
export interface SessionWithGroup {
	session: StoredSession;
	group: Group | undefined;
}

export interface NewSession {
	groupName: string;
	date: string;
	scenario: number;
	roles: RoleCounts;
	agenda: Agenda;
	questionCount: number;
	/** The questions chosen, in order; absent: all of the scenario's. */
	questionIds?: string[];
}

/** Kept here for the components that import it from this module; built in lib/sessionOwner.ts. */
export { sessionOwner };
/** The lists of sessions, newest first (sessionList.ts). */
export { listRecentSessions, listSessions, type SessionPage } from './sessionList';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');

/** Creates a session; sessions of a group with the same name are linked through one group record. */
export const createSession = async (input: NewSession, db: AppDatabase = getDatabase()): Promise<StoredSession> => {
	const schemas = await loadRecordSchemas();
	await openForWriting(db);
	return db.transaction('rw', db.groups, db.sessions, async () => {
		const now = new Date().toISOString();
		const existing = (await db.groups.toArray()).find((group) => sameName(group.name, input.groupName));
		const group =
			existing ??
			checkRecord(schemas, 'groups', {
				id: crypto.randomUUID(),
				name: input.groupName.trim(),
				createdAt: now,
				updatedAt: now,
			});
		if (!existing) await db.groups.add(group);
		const session = checkRecord(schemas, 'sessions', {
			id: crypto.randomUUID(),
			groupId: group.id,
			scenario: input.scenario,
			date: input.date,
			roles: input.roles,
			agenda: input.agenda,
			step: 'intro',
			questionIndex: 0,
			questionCount: input.questionIds?.length ?? input.questionCount,
			...(input.questionIds ? { questionIds: input.questionIds } : {}),
			actions: [],
			status: 'active',
			createdAt: now,
			updatedAt: now,
		});
		await db.sessions.add(session);
		return session;
	});
};

/** One session and its group. */
export const getSession = async (
	id: string,
	db: AppDatabase = getDatabase(),
): Promise<SessionWithGroup | undefined> => {
	const session = await db.sessions.get(id);
	if (!session) return undefined;
	return { session, group: await db.groups.get(session.groupId) };
};

/** Saves changes to a session. */
export const updateSession = async (
	id: string,
	changes: Partial<Omit<StoredSession, 'id' | 'groupId' | 'createdAt'>>,
	db: AppDatabase = getDatabase(),
): Promise<void> => {
	const schemas = await loadRecordSchemas();
	await openForWriting(db);
	await db.transaction('rw', db.sessions, async () => {
		const stored = await db.sessions.get(id);
		if (!stored) return;
		await db.sessions.put(
			checkRecord(schemas, 'sessions', { ...stored, ...changes, updatedAt: new Date().toISOString() }),
		);
	});
};

/** Removes a session with its answers and exercise runs; its group too when no other session uses it. */
export const deleteSession = async (id: string, db: AppDatabase = getDatabase()): Promise<void> => {
	await openForWriting(db);
	await db.transaction('rw', db.sessions, db.answers, db.exerciseRuns, db.groups, async () => {
		const session = await db.sessions.get(id);
		if (!session) return;
		const owner = sessionOwner(id);
		await db.answers.where('owner').equals(owner).delete();
		await db.exerciseRuns.where('owner').equals(owner).delete();
		await db.sessions.delete(id);
		if ((await db.sessions.where('groupId').equals(session.groupId).count()) === 0)
			await db.groups.delete(session.groupId);
	});
};

/** The group's session before this one (by date), for following up its actions. */
export const getPreviousSession = async (
	session: StoredSession,
	db: AppDatabase = getDatabase(),
): Promise<StoredSession | undefined> => {
	const sessions = await db.sessions.where('groupId').equals(session.groupId).toArray();
	return sessions.filter((other) => other.id !== session.id && newestFirst(other, session) > 0).sort(newestFirst)[0];
};
