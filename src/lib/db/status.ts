/**
 * What the page needs to know about the database without loading it: whether this tab may still
 * write, whether the browser closed the database, and the errors that say so. No Dexie here, so an
 * island can show these banners and messages before (or without) opening IndexedDB.
 */

/** Why this tab may not write: a newer version wrote the database, or another tab is upgrading it. */
export type WriteBlock = 'newer-database' | 'reload-needed';

const blockListeners = new Set<(block: WriteBlock) => void>();
let lastBlock: WriteBlock | undefined;

/**
 * Calls `listener` when this tab loses the right to write, and at once if it already has.
 * Returns the unsubscribe.
 */
export const onWriteBlocked = (listener: (block: WriteBlock) => void): (() => void) => {
	blockListeners.add(listener);
	if (lastBlock) listener(lastBlock);
	return () => blockListeners.delete(listener);
};

/** Tells every listener that this tab may no longer write (db.ts calls it). */
export const announceWriteBlock = (reason: WriteBlock): void => {
	lastBlock = reason;
	blockListeners.forEach((listener) => listener(reason));
};

const closeListeners = new Set<() => void>();
let closedUnexpectedly = false;

/**
 * Calls `listener` when the browser closed the database on its own, as it does when site data is
 * cleared while the app is open; at once if that already happened. Returns the unsubscribe.
 */
export const onUnexpectedClose = (listener: () => void): (() => void) => {
	closeListeners.add(listener);
	if (closedUnexpectedly) listener();
	return () => closeListeners.delete(listener);
};

/** Tells every listener that the browser closed the database (db.ts calls it). */
export const announceUnexpectedClose = (): void => {
	closedUnexpectedly = true;
	closeListeners.forEach((listener) => listener());
};

/** An upgrade of the stored data to schema `version` failed; the database is still at the old version. */
export class UpgradeFailedError extends Error {
	constructor(
		readonly version: number,
		readonly inner: unknown,
	) {
		super(
			'Databasen kunde inte uppdateras. Det som var sparat finns kvar, men inget nytt sparas. Exportera datan på sidan Data.',
		);
		this.name = 'UpgradeFailedError';
	}
}

/** Error thrown by writes when this tab may not write. */
export class WriteBlockedError extends Error {
	constructor(readonly reason: WriteBlock) {
		super(
			reason === 'newer-database'
				? 'En nyare version av Samverkansrummet har sparat data på den här enheten. Ladda om sidan innan du skriver mer.'
				: 'Samverkansrummet har uppdaterats i en annan flik. Ladda om sidan innan du skriver mer.',
		);
		this.name = 'WriteBlockedError';
	}
}
