import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/lib/format/bytes';

describe('sizes', () => {
	it.each([
		[0, '0 byte'],
		[999, '999 byte'],
		[1_000, '1 kB'],
		[1_450_000, '1,5 MB'],
		[20_000_000_000, '20 GB'],
	])('%i bytes read as %s (steps of 1000, Swedish decimal comma)', (bytes, text) => {
		expect(formatBytes(bytes).replace(/\s/g, ' ')).toBe(text);
	});
});
