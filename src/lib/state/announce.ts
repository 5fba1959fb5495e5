/**
 * One polite live region for the page, for outcomes a screen-reader user should hear once ("Svaret är
 * sparat."). A status on screen that changes at every step of the work (not saved, saving, saved) is
 * not a live region: it would speak three times for one save.
 */
let region: HTMLElement | undefined;
let pending: ReturnType<typeof setTimeout> | undefined;

/** Puts the live region on the page (once). Call early: a region made at the moment it speaks may go unheard. */
export const prepareAnnouncer = (): void => {
	if (typeof document === 'undefined' || region?.isConnected) return;
	region = document.createElement('p');
	region.className = 'visually-hidden';
	region.setAttribute('aria-live', 'polite');
	region.setAttribute('data-announcer', '');
	document.body.append(region);
};

/** Says `message` once, even when the same words were said last time. */
export const announce = (message: string): void => {
	prepareAnnouncer();
	if (!region) return;
	region.textContent = '';
	clearTimeout(pending);
	// Emptied for a moment first, so that the same words again are news to the screen reader.
	pending = setTimeout(() => {
		if (region) region.textContent = message;
	}, 100);
};
