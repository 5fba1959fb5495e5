import { readShuffleSeed } from '../study/shuffle';
import { getDatabase, openForWriting, type AppDatabase } from './db';
import { checkRecord, loadRecordSchemas } from './guard';

// The quiz attempt's option order is one setting beside the quiz answers: backups carry it as they are.

/** Settings key of the quiz attempt's option order: its shuffle seed (lib/study/shuffle.ts). */
export const QUIZ_ORDER_KEY = 'sjalvstudier.quizordning';

/** The current quiz attempt's shuffle seed; undefined when none is stored (or an imported one is not a seed). */
export const getQuizSeed = async (db: AppDatabase = getDatabase()): Promise<string | undefined> =>
	readShuffleSeed((await db.settings.get(QUIZ_ORDER_KEY))?.value);

/** Stores the shuffle seed of a new quiz attempt. */
export const saveQuizSeed = async (seed: string, db: AppDatabase = getDatabase()): Promise<void> => {
	const setting = checkRecord(await loadRecordSchemas(), 'settings', { key: QUIZ_ORDER_KEY, value: seed });
	await openForWriting(db);
	await db.settings.put(setting);
};
