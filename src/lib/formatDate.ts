const LONG = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' });

/** "23 november 2026": a date as Swedish readers write it. */
export const toSwedishDate = (date: Date): string => LONG.format(date);

/** "2026-11-23", for `<time datetime>`. */
export const toIsoDate = (date: Date): string => date.toISOString().slice(0, 10);
