const UNITS = ['byte', 'kB', 'MB', 'GB', 'TB'];

// Formatters are made once, on first use: `toLocaleString` with options builds a new one per call,
// and that costs milliseconds each on a slow laptop (a list of sizes would pay it per row).
let whole: Intl.NumberFormat | undefined;
let oneDecimal: Intl.NumberFormat | undefined;
const wholeNumbers = () => (whole ??= new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }));
const oneDecimalNumbers = () => (oneDecimal ??= new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }));

/** "1,4 MB": a size as Swedish readers write it. */
export const formatBytes = (bytes: number): string => {
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < UNITS.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${(unit === 0 ? wholeNumbers() : oneDecimalNumbers()).format(value)} ${UNITS[unit]}`;
};

/** "25 000": a count as Swedish readers write it (a space between thousands). */
export const formatCount = (count: number): string => count.toLocaleString('sv-SE');
