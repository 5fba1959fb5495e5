import { tick } from 'svelte';

/**
 * Moves focus to an element once Svelte has rendered the change that shows it (a new heading, an
 * opened form), so focus never drops to the body. `target` is read after rendering.
 */
export const focusAfterRender = async (target: () => HTMLElement | null | undefined): Promise<void> => {
	await tick();
	target()?.focus();
};
