import type { Action } from 'svelte/action';

/** Where focus goes when a dialog goes away; nothing given: back to what had focus before it. */
export type ResumeFocus = (() => HTMLElement | null | undefined) | undefined;

/**
 * Shows a `<dialog>` as a native modal for as long as it is on the page: the page behind is inert,
 * focus moves inside and stays there, and Esc closes it. When it goes, focus goes to `resumeFocus()`
 * if given, else back to what had it before: never to the page body.
 */
export const modalDialog: Action<HTMLDialogElement, ResumeFocus> = (dialog, resumeFocus) => {
	const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	dialog.showModal();
	return {
		destroy() {
			if (dialog.open) dialog.close();
			const target = resumeFocus?.() ?? opener;
			if (target?.isConnected && target !== document.body) target.focus();
		},
	};
};
