import { onMount } from 'svelte';
import type { SnapshotFrom } from 'xstate';
import type { StoredRun } from '../../lib/db/exerciseRuns';
import { describeSaveError } from '../../lib/db/errors';
import { createExerciseMachine, type ExerciseMachine } from '../../lib/exercise/createExerciseMachine';
import { isExerciseContext } from '../../lib/exercise/isExerciseContext';
import { useActor } from '../../lib/state/useActor.svelte';
import type { RunnerExercise } from './types';
import { yieldToMain } from '../../lib/state/yieldToMain';
import { newShuffleSeed } from '../../lib/study/shuffle';

// IndexedDB (Dexie) loads as the island mounts, beside the first render, not before it: the first
// decision is on screen and the machine runs while the saved run is read (`view.loaded` holds choices).
const loadRuns = () => import('../../lib/db/exerciseRuns');

const NOTICES = {
	versionChanged:
		'Övningen har ändrats sedan du började, så den börjar om från början. Dina tidigare genomförda omgångar finns kvar.',
	unreadable:
		'Den sparade omgången gick inte att läsa, så övningen börjar om från början. Dina tidigare genomförda omgångar finns kvar.',
} as const;

/**
 * One person's (or group's) run through an exercise: the machine through the actor bridge, the run
 * read from IndexedDB and resumed, and every step saved in order. Call during component setup.
 */
export function createExerciseRun(exercise: RunnerExercise, owner: string, initialGroupMode: boolean) {
	const view = $state({
		completedRuns: [] as StoredRun[],
		groupMode: initialGroupMode,
		/** False until the saved run has been read, so a choice cannot race the resume. */
		loaded: false,
		notice: '',
		saveError: '',
		/** The seed of this attempt's order of choices: kept with the run, new when the user starts over. */
		order: newShuffleSeed(),
	});
	let run: StoredRun | undefined;
	// Saves run one after another: two quick choices must not both create a new run.
	let saving = Promise.resolve();

	const write = async (stored: unknown, snapshot: SnapshotFrom<ExerciseMachine>) => {
		const ending = snapshot.hasTag('ending') ? String(snapshot.value) : undefined;
		const active = run?.status === 'active' ? run : undefined;
		// Starting over after a completed run keeps nothing until the first choice.
		if (!active && !ending && snapshot.context.history.length === 0) return;
		// Going on from the last feedback to the summary changes nothing the completed run holds.
		const sameEnding = run?.endingId === ending && run?.history.length === snapshot.context.history.length;
		if (!active && ending && sameEnding) return;
		// A completed run is kept as it was; going on from it starts a new run.
		try {
			const { createRun, saveRun } = await loadRuns();
			const base = active ?? createRun(owner, exercise.id, exercise.version, view.groupMode);
			run = await saveRun({
				...base,
				groupMode: view.groupMode,
				// XState's persisted snapshot; saveRun checks it against the record schema before writing.
				snapshot: stored as StoredRun['snapshot'],
				history: JSON.parse(JSON.stringify(snapshot.context.history)),
				status: ending ? 'completed' : 'active',
				endingId: ending,
				order: view.order,
			});
			if (ending) view.completedRuns = [run, ...view.completedRuns];
			view.saveError = '';
		} catch (error) {
			view.saveError = describeSaveError(error);
		}
	};

	const actor = useActor(createExerciseMachine(exercise), {
		version: exercise.version,
		isContext: isExerciseContext(exercise),
		persist: (stored, snapshot) => {
			saving = saving.then(() => write(stored, snapshot));
		},
	});

	onMount(() => {
		void (async () => {
			try {
				const { deleteRun, listRuns } = await loadRuns();
				await yieldToMain();
				const runs = await listRuns(owner, exercise.id);
				view.completedRuns = runs.filter(({ status }) => status === 'completed');
				const active = runs.find(({ status }) => status === 'active');
				const restore = active ? actor.resume({ version: active.exerciseVersion, snapshot: active.snapshot }) : 'fresh';
				if (restore === 'restored') {
					run = active;
					view.groupMode = active!.groupMode;
					if (active!.order) view.order = active!.order;
				} else if (restore === 'versionChanged') {
					view.notice = NOTICES.versionChanged;
					await deleteRun(active!.id);
				} else if (restore === 'unreadable') {
					// Kept, not deleted: nothing stored is thrown away because this version cannot read it.
					view.notice = NOTICES.unreadable;
				}
			} catch (error) {
				view.saveError = describeSaveError(error);
			}
			view.loaded = true;
		})();
	});

	return {
		view,
		get snapshot() {
			return actor.snapshot;
		},
		send: actor.send,
		clearNotice: () => (view.notice = ''),
		/** A new order of choices, for a new attempt ("Börja om"). */
		newOrder: () => (view.order = newShuffleSeed()),
	};
}
