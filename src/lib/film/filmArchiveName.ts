import { toIsoDate } from '../format/dates';

// The film export's file name, apart from the archive code so the page can name it without loading that code.

/** File ending of a film export; the import field offers these files. */
export const FILM_ARCHIVE_ENDING = '.filmarkiv';

/** "samverkansrummet-filmer-2026-12-02.filmarkiv" */
export const filmArchiveName = (now: Date): string => `samverkansrummet-filmer-${toIsoDate(now)}${FILM_ARCHIVE_ENDING}`;
