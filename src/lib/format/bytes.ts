const UNITS = ['byte', 'kB', 'MB', 'GB', 'TB'];

/** "1,4 MB": a size as Swedish readers write it. */
export const formatBytes = (bytes: number): string => {
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < UNITS.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${value.toLocaleString('sv-SE', { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${UNITS[unit]}`;
};

/** "25 000": a count as Swedish readers write it (a space between thousands). */
export const formatCount = (count: number): string => count.toLocaleString('sv-SE');
