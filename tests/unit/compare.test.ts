import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '../../src/lib/compare';

describe('byCodeUnits', () => {
	it('orders ISO dates and instants in time order, and equal strings as equal', () => {
		const instants = ['2026-11-23T09:00:00.000Z', '2025-01-01', '2026-11-23T08:59:59.999Z', '2026-02-01'];
		expect([...instants].sort(byCodeUnits)).toEqual([
			'2025-01-01',
			'2026-02-01',
			'2026-11-23T08:59:59.999Z',
			'2026-11-23T09:00:00.000Z',
		]);
		expect(byCodeUnits('2026-11-23', '2026-11-23')).toBe(0);
		expect(byCodeUnits('b', 'a')).toBe(1);
		expect(byCodeUnits('a', 'b')).toBe(-1);
	});
});
