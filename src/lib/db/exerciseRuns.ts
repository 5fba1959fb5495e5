import type { ExerciseRun } from '../../schemas/records';
import { getDatabase, openForWriting, type AppDatabase } from './db';
import { byCodeUnits } from '../compare';
import { checkRecord, loadRecordSchemas } from './guard';

/** A run through an exercise as stored: the machine's persisted snapshot plus what lists need. */
export type StoredRun = ExerciseRun;

/** A fresh run record, not yet stored. */
export const createRun = (owner: string, exerciseId: string, exerciseVersion: number, groupMode = false): StoredRun => {
	const now = new Date().toISOString();
	return {
		id: crypto.randomUUID(),
		owner,
		exerciseId,
		exerciseVersion,
		status: 'active',
		groupMode,
		history: [],
		startedAt: now,
		updatedAt: now,
	};
};

/** Every run of one exercise by one owner, newest first. */
export const listRuns = async (
	owner: string,
	exerciseId: string,
	db: AppDatabase = getDatabase(),
): Promise<StoredRun[]> => {
	const runs = await db.exerciseRuns.where('owner').equals(owner).toArray();
	return runs.filter((run) => run.exerciseId === exerciseId).sort((a, b) => byCodeUnits(b.updatedAt, a.updatedAt));
};

/** Stores a run after a step (a full copy: a completed run is never changed again). */
export const saveRun = async (run: StoredRun, db: AppDatabase = getDatabase()): Promise<StoredRun> => {
	const stored = checkRecord(await loadRecordSchemas(), 'exerciseRuns', {
		...run,
		updatedAt: new Date().toISOString(),
	});
	await openForWriting(db);
	await db.exerciseRuns.put(stored);
	return stored;
};

/** Removes a run (an unfinished run the user chose to abandon). */
export const deleteRun = async (id: string, db: AppDatabase = getDatabase()): Promise<void> => {
	await openForWriting(db);
	await db.exerciseRuns.delete(id);
};
