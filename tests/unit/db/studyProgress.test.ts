import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackup, toBackupFile } from '../../../src/lib/backup/exportBackup';
import { importBackup } from '../../../src/lib/backup/mergeBackup';
import { parseBackup } from '../../../src/lib/backup/parseBackup';
import { saveAnswer } from '../../../src/lib/db/answers';
import { createRun, saveRun } from '../../../src/lib/db/exerciseRuns';
import {
	clearQuizAnswers,
	getQuizAnswers,
	getStudyRecords,
	markFilmSeen,
	NOTES_QUESTION_ID,
	saveQuizAnswer,
	unmarkFilmSeen,
} from '../../../src/lib/db/studyProgress';
import { freshDatabase } from '../../helpers/db';

describe('self-study progress', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('marks a film as seen once, keeping the first date, and can unmark it', async () => {
		// Only the clock is faked: IndexedDB keeps its own timers.
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-11-23T09:00:00Z'));
		const db = freshDatabase();
		await markFilmSeen(2, db);
		const first = (await getStudyRecords(db)).filmsSeen[2];
		expect(first).toBe('2026-11-23T09:00:00.000Z');
		vi.setSystemTime(new Date('2026-11-24T09:00:00Z'));
		await markFilmSeen(2, db);
		expect((await getStudyRecords(db)).filmsSeen).toEqual({ 2: first });
		expect(await db.settings.get('sjalvstudier.film-sedd.2')).toEqual({
			key: 'sjalvstudier.film-sedd.2',
			value: first,
		});
		await unmarkFilmSeen(2, db);
		expect((await getStudyRecords(db)).filmsSeen).toEqual({});
	});

	it('refuses a film mark for something that is not a scenario number', async () => {
		await expect(markFilmSeen(1.5, freshDatabase())).rejects.toThrowErrorMatchingInlineSnapshot(
			`[RangeError: Not a scenario number: 1.5]`,
		);
	});

	it('keeps personal notes apart from answered questions, and ignores empty answers', async () => {
		const db = freshDatabase();
		await saveAnswer(['sjalvstudier', 1, 'dela-varfor-viktigt'], 'För barnets skull.', 0, db);
		await saveAnswer(['sjalvstudier', 1, 'dela-kontaktvagar'], '   ', 0, db);
		await saveAnswer(['sjalvstudier', 1, NOTES_QUESTION_ID], 'Fråga rektorn om rutinen.', 0, db);
		await saveAnswer(['session:abc', 2, 'dela-varfor-viktigt'], 'En grupps svar.', 0, db);
		const records = await getStudyRecords(db);
		expect(records.answers).toEqual([{ scenario: 1, questionId: 'dela-varfor-viktigt' }]);
		expect(records.notes).toEqual([1]);
	});

	it('stores quiz answers, replaces them, and forgets the ones to retry', async () => {
		const db = freshDatabase();
		await saveQuizAnswer('samtycke-delvis', ['b'], db);
		await saveQuizAnswer('samtycke-delvis', ['a'], db);
		await saveQuizAnswer('orosanmalan-nar', ['a', 'c'], db);
		expect((await getStudyRecords(db)).quiz).toEqual({
			'samtycke-delvis': { selected: ['a'], answeredAt: expect.any(String) },
			'orosanmalan-nar': { selected: ['a', 'c'], answeredAt: expect.any(String) },
		});
		expect(await getQuizAnswers(db)).toEqual((await getStudyRecords(db)).quiz);
		await clearQuizAnswers(['orosanmalan-nar'], db);
		expect(Object.keys(await getQuizAnswers(db))).toEqual(['samtycke-delvis']);
	});

	it('ignores malformed values an imported file may carry', async () => {
		const db = freshDatabase();
		await db.settings.bulkPut([
			{ key: 'sjalvstudier.quiz.sekretess-i-skolan', value: 'a' },
			{ key: 'sjalvstudier.film-sedd.3', value: true },
			{ key: 'sjalvstudier.film-sedd.1', value: null },
		]);
		const records = await getStudyRecords(db);
		expect(records.quiz).toEqual({});
		expect(records.filmsSeen).toEqual({ 3: '' });
	});

	it('is all in the backup: export, then import into a fresh database, restores the same progress', async () => {
		const db = freshDatabase();
		await markFilmSeen(1, db);
		await saveAnswer(['sjalvstudier', 1, 'dela-varfor-viktigt'], 'För barnets skull.', 0, db);
		await saveAnswer(['sjalvstudier', 2, NOTES_QUESTION_ID], 'Läs om 18 a §.', 0, db);
		await saveRun({ ...createRun('sjalvstudier', 'ovning-a', 1), status: 'completed', endingId: 'bra' }, db);
		await saveQuizAnswer('samtycke-delvis', ['a'], db);
		const before = await getStudyRecords(db);

		const file = await toBackupFile(await createBackup(db)).blob.text();
		const parsed = await parseBackup(file);
		if (!parsed.ok) throw new Error(parsed.message);
		const fresh = freshDatabase();
		await importBackup(parsed.backup, fresh);

		expect(await getStudyRecords(fresh)).toEqual(before);
		expect(before).toMatchObject({
			filmsSeen: { 1: expect.any(String) },
			answers: [{ scenario: 1, questionId: 'dela-varfor-viktigt' }],
			notes: [2],
			runs: [{ exerciseId: 'ovning-a', status: 'completed', endingId: 'bra' }],
			quiz: { 'samtycke-delvis': { selected: ['a'] } },
		});
	});
});
