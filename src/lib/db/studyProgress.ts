import type { QuizAnswer } from '../../schemas/records';
import { getDatabase, openForWriting, type AppDatabase } from './db';
import { checkRecord, loadRecordSchemas } from './guard';
import { SELF_STUDY_OWNER } from './schema';

// Self-study progress lives in existing tables, so backups carry it without a schema change:
// "film seen" marks and quiz answers in `settings`, personal notes as self-study answers.

const QUIZ_PREFIX = 'sjalvstudier.quiz.';

/** Settings key of a "film seen" mark, e.g. `sjalvstudier.film-sedd.1`; the value is when it was marked. */
export const filmSeenKey = (scenario: number): string => `sjalvstudier.film-sedd.${scenario}`;
/** Settings key of one quiz answer, e.g. `sjalvstudier.quiz.samtycke-delvis`. */
export const quizAnswerKey = (questionId: string): string => `${QUIZ_PREFIX}${questionId}`;
/** Question id of a scenario's personal notes: stored as an answer, never counted as one. */
export const NOTES_QUESTION_ID = 'egna-anteckningar';

const FILM_SEEN = /^sjalvstudier\.film-sedd\.(\d+)$/;
const QUIZ_ANSWER = /^sjalvstudier\.quiz\.([a-z0-9-]+)$/;

/** The options chosen for one quiz question, and when. */
export type { QuizAnswer };

/** Everything stored about one person's self-study, as plain data. */
export interface StudyRecords {
	/** Scenario number → when the film was marked as seen (ISO). */
	filmsSeen: Record<number, string>;
	/** Self-study answers with text, personal notes excluded. */
	answers: { scenario: number; questionId: string }[];
	/** Scenarios with personal notes. */
	notes: number[];
	/** Self-study exercise runs. */
	runs: { exerciseId: string; status: string; endingId?: string; updatedAt: string }[];
	/** Quiz question id → the answer given. */
	quiz: Record<string, QuizAnswer>;
}

const checkScenario = (scenario: number) => {
	if (!Number.isInteger(scenario) || scenario < 1) throw new RangeError(`Not a scenario number: ${scenario}`);
};

/**
 * Marks a scenario's film as seen, by the user or when a local film has played to the end.
 * Idempotent: the first mark's date is kept. Rejects when this tab may not write (WriteBlockedError)
 * or storage fails.
 */
export const markFilmSeen = async (scenario: number, db: AppDatabase = getDatabase()): Promise<void> => {
	checkScenario(scenario);
	const key = filmSeenKey(scenario);
	const mark = checkRecord(await loadRecordSchemas(), 'settings', { key, value: new Date().toISOString() });
	await openForWriting(db);
	await db.transaction('rw', db.settings, async () => {
		if (!(await db.settings.get(key))) await db.settings.put(mark);
	});
};

/** Removes a scenario's "film seen" mark. */
export const unmarkFilmSeen = async (scenario: number, db: AppDatabase = getDatabase()): Promise<void> => {
	checkScenario(scenario);
	await openForWriting(db);
	await db.settings.delete(filmSeenKey(scenario));
};

/** Stores the options chosen for one quiz question (replacing an earlier answer). */
export const saveQuizAnswer = async (
	questionId: string,
	selected: readonly string[],
	db: AppDatabase = getDatabase(),
): Promise<void> => {
	const value: QuizAnswer = { selected: [...selected], answeredAt: new Date().toISOString() };
	const setting = checkRecord(await loadRecordSchemas(), 'settings', { key: quizAnswerKey(questionId), value });
	await openForWriting(db);
	await db.settings.put(setting);
};

/** Forgets the answers to some quiz questions, so they can be taken again. */
export const clearQuizAnswers = async (questionIds: readonly string[], db: AppDatabase = getDatabase()) => {
	await openForWriting(db);
	await db.settings.bulkDelete(questionIds.map(quizAnswerKey));
};

const isQuizAnswer = (value: unknown): value is QuizAnswer =>
	typeof value === 'object' &&
	value !== null &&
	Array.isArray((value as QuizAnswer).selected) &&
	(value as QuizAnswer).selected.every((id) => typeof id === 'string') &&
	typeof (value as QuizAnswer).answeredAt === 'string';

/** Quiz question id → the answer given, from the quiz's settings rows. */
const toQuizAnswers = (rows: { key: string; value: unknown }[]): Record<string, QuizAnswer> => {
	const answers: Record<string, QuizAnswer> = {};
	for (const { key, value } of rows) {
		const match = QUIZ_ANSWER.exec(key);
		// Imported files may hold any value: a malformed answer is ignored, as if not given.
		if (match && isQuizAnswer(value)) answers[match[1]!] = value;
	}
	return answers;
};

/** Every stored quiz answer (use it in a live query). */
export const getQuizAnswers = async (db: AppDatabase = getDatabase()): Promise<Record<string, QuizAnswer>> =>
	toQuizAnswers(await db.settings.where('key').startsWith(QUIZ_PREFIX).toArray());

/** Reads all self-study progress in one consistent snapshot (use it in a live query). */
export const getStudyRecords = async (db: AppDatabase = getDatabase()): Promise<StudyRecords> =>
	db.transaction('r', [db.settings, db.answers, db.exerciseRuns], async () => {
		const [settings, answers, runs] = await Promise.all([
			db.settings.where('key').startsWith('sjalvstudier.').toArray(),
			db.answers.where('owner').equals(SELF_STUDY_OWNER).toArray(),
			db.exerciseRuns.where('owner').equals(SELF_STUDY_OWNER).toArray(),
		]);
		const records: StudyRecords = { filmsSeen: {}, answers: [], notes: [], runs: [], quiz: toQuizAnswers(settings) };
		for (const { key, value } of settings) {
			const film = FILM_SEEN.exec(key);
			// Any value an imported file holds counts as a mark; only a string says when.
			if (film && value) records.filmsSeen[Number(film[1])] = typeof value === 'string' ? value : '';
		}
		for (const { scenario, questionId, text } of answers) {
			// A conflict copy kept by an import (`…--kopia-…`) is another version, not another answer.
			if (text.trim() === '' || questionId.includes('--kopia-')) continue;
			if (questionId === NOTES_QUESTION_ID) records.notes.push(scenario);
			else records.answers.push({ scenario, questionId });
		}
		records.runs = runs.map(({ exerciseId, status, endingId, updatedAt }) => ({
			exerciseId,
			status: String(status),
			...(typeof endingId === 'string' ? { endingId } : {}),
			updatedAt,
		}));
		return records;
	});
