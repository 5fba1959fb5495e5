import { getDatabase, openForWriting, type AppDatabase } from './db';
import { checkRecord, loadRecordSchemas } from './guard';
import { MAX_REV } from './limits';
import type { Answer, AnswerKey } from './schema';

/** Outcome of a save: stored with a new revision, or refused because another tab saved first. */
export type SaveResult = { status: 'saved'; answer: Answer } | { status: 'conflict'; current: Answer };

/** The key of an answer, in the table's compound-key order. */
export const toAnswerKey = ({
	owner,
	scenario,
	questionId,
}: Pick<Answer, 'owner' | 'scenario' | 'questionId'>): AnswerKey => [owner, scenario, questionId];

/** One stored answer, or undefined. */
export const getAnswer = async (key: AnswerKey, db: AppDatabase = getDatabase()): Promise<Answer | undefined> =>
	db.answers.get(key);

/** Every answer of one owner (self-study, or one session). */
export const listAnswers = async (owner: string, db: AppDatabase = getDatabase()): Promise<Answer[]> =>
	db.answers.where('owner').equals(owner).toArray();

/**
 * Saves `text` if the stored answer is still at `baseRev` (0 when there was none): a compare-and-set
 * inside one read-write transaction, so two tabs never silently overwrite each other.
 */
export const saveAnswer = async (
	key: AnswerKey,
	text: string,
	baseRev: number,
	db: AppDatabase = getDatabase(),
): Promise<SaveResult> => {
	const schemas = await loadRecordSchemas();
	const [owner, scenario, questionId] = key;
	// At the top revision a save stays there rather than making a record no import would accept.
	const rev = Math.min(baseRev + 1, MAX_REV);
	const answer = checkRecord(schemas, 'answers', {
		owner,
		scenario,
		questionId,
		text,
		rev,
		updatedAt: new Date().toISOString(),
	});
	await openForWriting(db);
	return db.transaction('rw', db.answers, async () => {
		const current = await db.answers.get(key);
		if (current && current.rev !== baseRev) return { status: 'conflict', current };
		await db.answers.put(answer);
		return { status: 'saved', answer };
	});
};
