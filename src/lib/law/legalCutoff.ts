import { toSwedishDate } from '../format/dates';

/**
 * The one legal cut-off the product states: every legal text describes the law as it stands on this
 * day. Move it only after every law card has been compared with the statute text again.
 */
export const LEGAL_CUTOFF = new Date('2026-12-01T00:00:00Z');

/** "Lagarna så som de gäller 1 december 2026": the sentence every page that states law shows. */
export const LEGAL_CUTOFF_TEXT = `Lagarna så som de gäller ${toSwedishDate(LEGAL_CUTOFF)}`;

/**
 * The review date a page shows: the OLDEST `reviewed` among the legal texts on it, so the page never
 * claims a more recent check than its stalest text had.
 */
export const oldestDate = (dates: readonly Date[]): Date => {
	if (dates.length === 0) throw new Error('A page that states law needs at least one reviewed date');
	return new Date(Math.min(...dates.map((date) => date.getTime())));
};
