import { liveQuery } from 'dexie';

/**
 * A Dexie live query as Svelte state: re-runs when any tab changes the data it read.
 * Call in a component's script; it subscribes in `$effect`, so never during server rendering.
 * With `input`, the state it reads (say, how many rows to show) is tracked: when it changes, the query
 * subscribes again with the new input, keeping the last result on show until the new one arrives.
 */
export const createLiveQuery = <T, I = undefined>(query: (input: I) => Promise<T>, input?: () => I) => {
	const state = $state<{ current: T | undefined; error: unknown }>({ current: undefined, error: undefined });
	$effect(() => {
		// Read here, inside the effect: Dexie runs the query later, where Svelte cannot see what it reads.
		const value = input?.() as I;
		const subscription = liveQuery(() => query(value)).subscribe({
			next: (result) => {
				state.current = result;
				state.error = undefined;
			},
			error: (error) => (state.error = error),
		});
		return () => subscription.unsubscribe();
	});
	return state;
};
