import { liveQuery } from 'dexie';

/**
 * A Dexie live query as Svelte state: re-runs when any tab changes the data it read.
 * Call in a component's script; it subscribes in `$effect`, so never during server rendering.
 */
export const createLiveQuery = <T>(query: () => Promise<T>) => {
	const state = $state<{ current: T | undefined; error: unknown }>({ current: undefined, error: undefined });
	$effect(() => {
		const subscription = liveQuery(query).subscribe({
			next: (value) => {
				state.current = value;
				state.error = undefined;
			},
			error: (error) => (state.error = error),
		});
		return () => subscription.unsubscribe();
	});
	return state;
};
