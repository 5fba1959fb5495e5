import { createActor } from 'xstate';
import type { KnownExercises } from '../../src/lib/backup/backupFormat';
import type { BackupData } from '../../src/lib/backup/backupSchema';
import { sealBackup } from '../../src/lib/backup/exportBackup';
import type { AppDatabase } from '../../src/lib/db/db';
import { listRuns } from '../../src/lib/db/exerciseRuns';
import { getSession, listSessions } from '../../src/lib/db/sessions';
import { getStudyRecords } from '../../src/lib/db/studyProgress';
import { createExerciseMachine } from '../../src/lib/exercise/createExerciseMachine';
import { TIMED_STEPS } from '../../src/lib/session/agenda';
import { createSessionMachine } from '../../src/lib/session/createSessionMachine';

export const T = '2026-11-20T10:00:00.000Z';

/** A small exercise, as a build would describe it to the import. */
export const EXERCISE = {
	start: 'forsta',
	nodes: { forsta: { choices: [{ id: 'a', target: 'andra' }] }, andra: { choices: [{ id: 'b', target: 'slut' }] } },
	endings: { slut: {} },
};
export const KNOWN: KnownExercises = {
	'ovning-test': { version: 1, nodes: { forsta: ['a'], andra: ['b'] }, endings: ['slut'] },
};

export const group = (over: object = {}) => ({ id: 'g1', name: 'SSPF Norra', createdAt: T, updatedAt: T, ...over });
export const session = (over: object = {}) => ({
	id: 's1',
	groupId: 'g1',
	scenario: 1,
	date: '2026-11-20',
	createdAt: T,
	updatedAt: T,
	roles: { skola: 2, socialtjänst: 1, polis: 1, fritid: 0, annan: 0 },
	agenda: { intro: 5, film: 8, questions: 22, exercise: 18, wrapUp: 7 },
	flow: {
		status: 'active',
		value: 'questions',
		historyValue: {},
		context: { questions: ['q1', 'q2'], index: 1, skipped: [] },
		children: {},
	},
	step: 'questions',
	questionIndex: 1,
	questionCount: 2,
	actions: [{ id: 'a1', text: 'Ring vårdnadshavarna', ownerRole: 'skola', due: '2026-12-01' }],
	status: 'active',
	...over,
});
export const answer = (over: object = {}) => ({
	owner: 'session:s1',
	scenario: 1,
	questionId: 'q1',
	text: 'Vi börjar med samtycke.',
	rev: 1,
	updatedAt: T,
	...over,
});
export const run = (over: object = {}) => ({
	id: 'r1',
	owner: 'sjalvstudier',
	exerciseId: 'ovning-test',
	exerciseVersion: 1,
	status: 'active',
	groupMode: true,
	snapshot: {
		status: 'active',
		value: 'andra',
		historyValue: {},
		context: { history: [{ node: 'forsta', choice: 'a', group: { votes: { a: 3 }, reason: 'Eniga' } }] },
		children: {},
	},
	history: [{ node: 'forsta', choice: 'a', group: { votes: { a: 3 }, reason: 'Eniga' } }],
	startedAt: T,
	updatedAt: T,
	...over,
});

/** A valid data part with one record of each kind. */
export const oneOfEach = (): BackupData =>
	({
		groups: [group()],
		sessions: [session()],
		answers: [answer()],
		exerciseRuns: [run()],
		settings: [{ key: 'sjalvstudier.quiz.samtycke', value: { selected: ['a'], answeredAt: T } }],
	}) as BackupData;

/** A sealed (format 2) file of `data` as text, with `data` changed by `change` first if given. */
export const fileText = async (data: unknown, exportedAt = new Date(T)) =>
	JSON.stringify(await sealBackup(data as BackupData, exportedAt), null, 2);

/**
 * Does what the pages do with what is stored: lists, the session runner's and the exercise page's
 * actor restore, the agenda lookup, self-study progress. Throws if any of it would crash a page.
 */
export const pagesStillWork = async (db: AppDatabase) => {
	for (const { session: stored } of await listSessions(db)) {
		const found = await getSession(stored.id, db);
		const actor = createActor(createSessionMachine(), {
			input: { questions: ['q1', 'q2'] },
			...(found!.session.flow ? { snapshot: found!.session.flow as never } : {}),
		});
		if (actor.getSnapshot().status === 'error') throw new Error(`session ${stored.id} cannot be restored`);
		for (const step of TIMED_STEPS) if (typeof stored.agenda[step] !== 'number') throw new Error('agenda incomplete');
		if (!Array.isArray(stored.actions) || typeof stored.roles.skola !== 'number') throw new Error('bad session');
	}
	for (const runRecord of await listRuns('sjalvstudier', 'ovning-test', db)) {
		if (runRecord.exerciseVersion !== 1 || !runRecord.snapshot) continue;
		const actor = createActor(createExerciseMachine(EXERCISE), { snapshot: runRecord.snapshot as never });
		if (actor.getSnapshot().status === 'error') throw new Error(`run ${runRecord.id} cannot be restored`);
		if (!['active', 'completed'].includes(String(runRecord.status))) throw new Error('bad status');
	}
	await getStudyRecords(db);
};
