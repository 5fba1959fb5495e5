import { flushPendingWrites } from '../db/db';

let installed = false;

/**
 * Saves everything pending when the tab is hidden or closed: a laptop lid closed mid-sentence
 * fires `visibilitychange`, a closed tab or a reload fires `pagehide`, and neither fires `blur`.
 * Installed once per page, however many fields there are.
 */
export const installFlushOnHide = (): void => {
	if (installed || typeof document === 'undefined') return;
	installed = true;
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') void flushPendingWrites();
	});
	window.addEventListener('pagehide', () => void flushPendingWrites());
};
