import { liveQuery } from 'dexie';
import { byCodeUnits } from '../compare';
import { getDatabase, type AppDatabase } from './db';
import type { Answer, AnswerKey } from './schema';

/** How an import names the copies it keeps of one answer: `<question id>--kopia-<12 characters>`. */
const copyPrefix = (questionId: string) => `${questionId}--kopia-`;

type ScenarioAnswersWatcher = { next: (answers: Answer[]) => void; error: (error: unknown) => void };
interface SharedQuery {
	watchers: Set<ScenarioAnswersWatcher>;
	latest?: Answer[];
	stop: () => void;
}
const sharedQueries = new WeakMap<AppDatabase, Map<string, SharedQuery>>();

/**
 * Every answer of one owner and scenario (conflict copies included), as one live query shared by all
 * who watch them: a page of ten answer fields, each with its copies, runs one query per change, not
 * twenty — which on a slow laptop is the difference between a page that starts at once and one
 * that stutters. Returns the unsubscribe.
 */
const watchScenarioAnswers = (
	owner: string,
	scenario: number,
	watcher: ScenarioAnswersWatcher,
	db: AppDatabase,
): (() => void) => {
	let queries = sharedQueries.get(db);
	if (!queries) sharedQueries.set(db, (queries = new Map()));
	const id = JSON.stringify([owner, scenario]);
	let shared = queries.get(id);
	if (!shared) {
		const created: SharedQuery = { watchers: new Set(), stop: () => {} };
		const subscription = liveQuery(() =>
			db.answers
				.where('[owner+scenario+questionId]')
				.between([owner, scenario, ''], [owner, scenario, '\uffff'])
				.toArray(),
		).subscribe({
			next: (answers) => {
				created.latest = answers;
				for (const each of [...created.watchers]) each.next(answers);
			},
			error: (error) => {
				// A failed live query ends: the next watcher starts a fresh one.
				queries.delete(id);
				for (const each of [...created.watchers]) each.error(error);
			},
		});
		created.stop = () => subscription.unsubscribe();
		queries.set(id, (shared = created));
	}
	const joined = shared;
	joined.watchers.add(watcher);
	// A late watcher gets what the others already have, as a live query would: soon, never inside the call.
	if (joined.latest) {
		const latest = joined.latest;
		queueMicrotask(() => joined.watchers.has(watcher) && joined.latest === latest && watcher.next(latest));
	}
	return () => {
		joined.watchers.delete(watcher);
		if (joined.watchers.size > 0) return;
		joined.stop();
		if (queries.get(id) === joined) queries.delete(id);
	};
};

/**
 * Follows one answer: `onChange` gets it (or undefined) now and after every change, in this tab or
 * another. Returns the unsubscribe.
 */
export const watchAnswer = (
	key: AnswerKey,
	onChange: (answer: Answer | undefined) => void,
	onError: (error: unknown) => void,
	db: AppDatabase = getDatabase(),
): (() => void) => {
	const [owner, scenario, questionId] = key;
	return watchScenarioAnswers(
		owner,
		scenario,
		{ next: (answers) => onChange(answers.find((answer) => answer.questionId === questionId)), error: onError },
		db,
	);
};

/**
 * Follows the other versions of one answer that imports kept (conflict copies,
 * `<question id>--kopia-…`), newest first. Shown beside the answer; they are never edited.
 */
export const watchAnswerCopies = (
	key: AnswerKey,
	onChange: (copies: Answer[]) => void,
	onError: (error: unknown) => void = () => {},
	db: AppDatabase = getDatabase(),
): (() => void) => {
	const [owner, scenario, questionId] = key;
	const prefix = copyPrefix(questionId);
	return watchScenarioAnswers(
		owner,
		scenario,
		{
			next: (answers) =>
				onChange(
					answers
						.filter((answer) => answer.questionId.startsWith(prefix))
						.sort((a, b) => byCodeUnits(b.updatedAt, a.updatedAt)),
				),
			error: onError,
		},
		db,
	);
};
