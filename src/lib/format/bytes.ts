const UNITS = ['byte', 'kB', 'MB', 'GB', 'TB'];
/** The space Swedish puts between thousands, as `Intl.NumberFormat('sv-SE')` writes it (no break). */
const THOUSANDS = '\u00a0';

// Written out rather than with Intl.NumberFormat: the first Swedish number format a page makes loads
// the locale's data, about 60 ms on this machine and several times that on a slow laptop, paid by
// every page that shows a size or a count as it starts. These two shapes are simple enough to write
// out; a unit test holds them to what Intl.NumberFormat('sv-SE') writes.

/** "25 000": a whole, non-negative count as Swedish readers write it (a space between thousands). */
export const formatCount = (count: number): string =>
	String(Math.round(count)).replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS);

/** "1,4 MB": a size as Swedish readers write it, in steps of 1000, with at most one decimal. */
export const formatBytes = (bytes: number): string => {
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < UNITS.length - 1) {
		value /= 1000;
		unit++;
	}
	if (unit === 0) return `${formatCount(value)} ${UNITS[0]}`;
	const tenths = Math.round(value * 10);
	const whole = formatCount(Math.floor(tenths / 10));
	const decimal = tenths % 10;
	return `${decimal === 0 ? whole : `${whole},${decimal}`} ${UNITS[unit]}`;
};
