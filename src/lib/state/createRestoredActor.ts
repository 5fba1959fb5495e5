import { createActor, type Actor, type AnyStateMachine, type InputFrom } from 'xstate';

/** How a runner began: new, from its saved snapshot, or afresh because the saved one could not be used. */
export type Restore = 'fresh' | 'restored' | 'versionChanged' | 'unreadable';

/** A snapshot as stored, with the content version it was taken under. */
export interface SavedSnapshot {
	version: number | string;
	snapshot: unknown;
}

export interface StartOptions<M extends AnyStateMachine> {
	/** The machine's input (when it takes one). */
	input?: InputFrom<M>;
	/** The content version the machine was built from now. */
	version: number | string;
	/** What storage holds, if anything: hostile until checked here. */
	saved?: SavedSnapshot;
	/** Whether a restored context has the shape the machine relies on (the snapshot came from storage). */
	isContext?: (context: unknown) => boolean;
}

/** A created (not yet started) actor and how it began. */
export interface Created<M extends AnyStateMachine> {
	actor: Actor<M>;
	restore: Restore;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Creates the actor for `machine`, restoring `saved` when it was taken under the same content version
 * and reads back as a running state with a sound context; otherwise a fresh actor, and the typed
 * reason. The one place that calls `createActor`; `useActor.svelte.ts` wires it to Svelte. Never
 * throws on a bad snapshot: XState marks a snapshot naming a state the machine lacks with status
 * 'error', and such an actor must not be started.
 */
export const createRestoredActor = <M extends AnyStateMachine>(
	machine: M,
	{ input, version, saved, isContext = () => true }: StartOptions<M>,
): Created<M> => {
	// Typed loosely here: `input` is optional for machines that take none, which XState's types cannot say.
	const create = (snapshot?: unknown) =>
		createActor(machine as AnyStateMachine, {
			...(input === undefined ? {} : { input }),
			...(snapshot === undefined ? {} : { snapshot: snapshot as never }),
		}) as unknown as Actor<M>;
	const fresh = (restore: Restore): Created<M> => ({ actor: create(), restore });
	if (!saved) return fresh('fresh');
	if (saved.version !== version) return fresh('versionChanged');
	const { snapshot } = saved;
	if (!isRecord(snapshot) || !isRecord(snapshot.children) || !isContext(snapshot.context)) return fresh('unreadable');
	const actor = create(snapshot);
	return (actor.getSnapshot() as { status: string }).status === 'active'
		? { actor, restore: 'restored' }
		: fresh('unreadable');
};

/** The actor's persisted snapshot as plain JSON, ready for IndexedDB. */
export const toStoredSnapshot = (actor: Actor<AnyStateMachine>): unknown =>
	JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
