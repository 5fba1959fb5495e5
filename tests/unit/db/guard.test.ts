import { describe, expect, it } from 'vitest';
import { describeSaveError } from '../../../src/lib/db/errors';
import { createRun, saveRun } from '../../../src/lib/db/exerciseRuns';
import { InvalidRecordError } from '../../../src/lib/db/guard';
import { createSession, getSession, updateSession } from '../../../src/lib/db/sessions';
import { markFilmSeen, saveQuizAnswer } from '../../../src/lib/db/studyProgress';
import { dumpDatabase, freshDatabase } from '../../helpers/db';

const newSession = {
	groupName: 'SSPF Norra',
	date: '2026-11-20',
	scenario: 1,
	roles: { skola: 1, socialtjänst: 1, polis: 1, fritid: 0, annan: 0 },
	agenda: { intro: 5, film: 8, questions: 22, exercise: 18, wrapUp: 7 },
	questionCount: 3,
};

describe('the record schema guards every write', () => {
	it('a session change that breaks the session is refused and nothing is written', async () => {
		const db = freshDatabase();
		const session = await createSession(newSession, db);
		const before = await dumpDatabase(db);
		await expect(updateSession(session.id, { actions: 'ring' as never }, db)).rejects.toBeInstanceOf(
			InvalidRecordError,
		);
		await expect(
			updateSession(session.id, { flow: { status: 'active', value: 'nowhere' } as never }, db),
		).rejects.toBeInstanceOf(InvalidRecordError);
		expect(await dumpDatabase(db)).toEqual(before);
		await updateSession(session.id, { actions: [{ id: 'a', text: 'Ring', ownerRole: 'polis', due: '' }] }, db);
		expect((await getSession(session.id, db))?.session.actions).toHaveLength(1);
	});

	it('a group name over the limit, or a run in a broken shape, is refused with a Swedish message', async () => {
		const db = freshDatabase();
		const failure = await createSession({ ...newSession, groupName: 'x'.repeat(201) }, db).catch((error) => error);
		expect(failure).toBeInstanceOf(InvalidRecordError);
		expect(describeSaveError(failure)).toBe('Det gick inte att spara: uppgifterna har fel form eller är för långa.');
		const run = { ...createRun('sjalvstudier', 'ovning-a', 1), status: { toString: 1 } as never };
		await expect(saveRun(run, db)).rejects.toBeInstanceOf(InvalidRecordError);
		expect((await dumpDatabase(db)).exerciseRuns).toEqual([]);
	});

	it('self-study marks and quiz answers pass the same schema the import uses', async () => {
		const db = freshDatabase();
		await markFilmSeen(2, db);
		await saveQuizAnswer('samtycke-delvis', ['a', 'c'], db);
		await expect(saveQuizAnswer('samtycke-delvis', ['Inte ett id'], db)).rejects.toBeInstanceOf(InvalidRecordError);
		expect((await dumpDatabase(db)).settings).toHaveLength(2);
	});
});
