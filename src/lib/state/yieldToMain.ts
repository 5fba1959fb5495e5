/**
 * Lets the browser breathe between two pieces of start-up work (drawing, input) before the second
 * begins: `scheduler.yield()` where there is one, a new task otherwise. Loading the database's code
 * and then opening it in one go holds the main thread long enough for a slow laptop to stutter.
 */
export const yieldToMain = (): Promise<void> => {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
};
