import type { Actor, AnyStateMachine, EventFrom, SnapshotFrom } from 'xstate';
import {
	createRestoredActor,
	toStoredSnapshot,
	type Restore,
	type SavedSnapshot,
	type StartOptions,
} from './createRestoredActor';

export type { Restore, SavedSnapshot };

export interface UseActorOptions<M extends AnyStateMachine> extends StartOptions<M> {
	/** Called after every change with the snapshot to store (plain JSON) and the snapshot itself. */
	persist?: (stored: unknown, snapshot: SnapshotFrom<M>) => void;
}

/**
 * One XState actor as Svelte state: created (and restored from `saved`) at once, so the server renders
 * its first state; started and subscribed in `$effect`, stopped on destroy; every change is handed to
 * `persist`. `resume` restores a snapshot read later (from IndexedDB) and says how that went.
 */
export function useActor<M extends AnyStateMachine>(machine: M, options: UseActorOptions<M>) {
	const created = createRestoredActor(machine, options);
	let actor = created.actor;
	let snapshot = $state.raw(actor.getSnapshot() as SnapshotFrom<M>);
	let stop = () => {};

	const run = (next: Actor<M>) => {
		stop();
		actor = next;
		actor.start();
		snapshot = actor.getSnapshot();
		// Subscribed after start: starting is not a change, and an ignored event leaves the snapshot as it was.
		const subscription = actor.subscribe((changed) => {
			if (changed === snapshot) return;
			snapshot = changed;
			options.persist?.(toStoredSnapshot(actor), changed);
		});
		stop = () => {
			subscription.unsubscribe();
			actor.stop();
		};
	};

	$effect(() => {
		run(actor);
		return () => stop();
	});

	return {
		get snapshot() {
			return snapshot;
		},
		/** How the actor began (from `saved`, or the last `resume`). */
		restore: created.restore as Restore,
		send: (event: EventFrom<M>) => actor.send(event),
		/** Restores `saved` in place of the running actor when it can be used; the running one stays otherwise. */
		resume(saved: SavedSnapshot): Restore {
			const next = createRestoredActor(machine, { ...options, saved });
			if (next.restore === 'restored') run(next.actor);
			return next.restore;
		},
	};
}
