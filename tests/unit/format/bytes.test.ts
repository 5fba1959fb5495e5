import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount } from '../../../src/lib/format/bytes';

const UNITS = ['byte', 'kB', 'MB', 'GB', 'TB'];
/** What the browser's own Swedish formatting writes: the reference the hand-written one must match. */
const intlBytes = (bytes: number) => {
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < UNITS.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${value.toLocaleString('sv-SE', { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${UNITS[unit]}`;
};

describe('sizes', () => {
	it.each([
		[0, '0 byte'],
		[999, '999 byte'],
		[1_000, '1 kB'],
		[1_450_000, '1,5 MB'],
		[20_000_000_000, '20 GB'],
		[1_234_000_000_000_000, '1 234 TB'],
	])('%i bytes read as %s (steps of 1000, Swedish decimal comma)', (bytes, text) => {
		expect(formatBytes(bytes).replace(/\s/g, ' ')).toBe(text);
	});

	it('writes every size exactly as Intl.NumberFormat("sv-SE") would', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (bytes) => {
				expect(formatBytes(bytes)).toBe(intlBytes(bytes));
			}),
			{ numRuns: 2_000 },
		);
		for (let bytes = 0; bytes < 3_000_000; bytes += 997) expect(formatBytes(bytes)).toBe(intlBytes(bytes));
	});
});

describe('counts', () => {
	it('writes every count exactly as Intl.NumberFormat("sv-SE") would, a no-break space between thousands', () => {
		expect(formatCount(25_000)).toBe('25\u00a0000');
		fc.assert(
			fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (count) => {
				expect(formatCount(count)).toBe(count.toLocaleString('sv-SE'));
			}),
			{ numRuns: 2_000 },
		);
	});
});
