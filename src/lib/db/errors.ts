import { WriteBlockedError } from './status';

/** The first error named `name` in `error` or the errors it wraps. */
const findInChain = (error: unknown, name: string): Error | undefined => {
	for (
		let current = error as { name?: string; inner?: unknown } | undefined, depth = 0;
		current && depth < 5;
		depth++
	) {
		if (current.name === name) return current as Error;
		current = current.inner as typeof current;
	}
	return undefined;
};

/** True when `error`, or an error it wraps, is the browser saying that storage is full. */
export const isQuotaError = (error: unknown): boolean => findInChain(error, 'QuotaExceededError') !== undefined;

/** True when the database could not be opened because upgrading it failed (it is at its old version). */
export const isUpgradeError = (error: unknown): boolean => findInChain(error, 'UpgradeFailedError') !== undefined;

/** One Swedish sentence telling the user why their text was not saved, and what to do. */
export const describeSaveError = (error: unknown): string => {
	if (error instanceof WriteBlockedError) return error.message;
	const upgrade = findInChain(error, 'UpgradeFailedError') ?? findInChain(error, 'InvalidRecordError');
	if (upgrade) return upgrade.message;
	if (isQuotaError(error)) {
		return 'Lagringsutrymmet på den här enheten är fullt, så texten kunde inte sparas. Den finns kvar här på sidan. Exportera din data och frigör utrymme, och försök sedan igen.';
	}
	const name = (error as { name?: string } | undefined)?.name;
	if (name === 'MissingAPIError' || name === 'OpenFailedError' || name === 'InvalidStateError') {
		return 'Den här webbläsaren låter inte Samverkansrummet spara (till exempel i ett privat fönster). Texten finns kvar här tills sidan stängs.';
	}
	return 'Texten kunde inte sparas. Den finns kvar här på sidan. Försök igen om en stund.';
};
