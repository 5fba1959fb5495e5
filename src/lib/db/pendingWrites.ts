/**
 * Saves still waiting to be written (debounced answers being typed). Kept apart from db.ts, which
 * re-exports it, so that the script on every page can flush them before an update reloads the page
 * without loading Dexie where no island did.
 */
const pendingWrites = new Set<() => Promise<void>>();

/** Registers a flush of pending writes. Returns the unregister. */
export const onBeforeClose = (flush: () => Promise<void>): (() => void) => {
	pendingWrites.add(flush);
	return () => pendingWrites.delete(flush);
};

/** Runs every registered flush; never rejects. */
export const flushPendingWrites = async (): Promise<void> => {
	await Promise.allSettled([...pendingWrites].map((flush) => flush()));
};
