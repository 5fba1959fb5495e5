import { describe, expect, it } from 'vitest';
import { ACTORS, ROUTES } from '../../../src/lib/dela/lawMap';
import { arrows, routeName } from '../../../src/lib/dela/mapGeometry';
import { readLawIds } from '../../helpers/content';

describe('the law map', () => {
	it('cites only law cards that exist, and draws one arrow per route between two different actors', () => {
		const laws = readLawIds();
		for (const route of ROUTES) {
			expect(laws, route.law).toContain(route.law);
			expect(route.from).not.toBe(route.to);
		}
		expect(arrows().map(({ name }) => name)).toEqual(ROUTES.map(routeName));
	});

	it('keeps every arrow inside the picture', () => {
		for (const arrow of arrows())
			for (const [x, y] of [
				[arrow.x1, arrow.y1],
				[arrow.x2, arrow.y2],
				[arrow.lx, arrow.ly],
			] as const) {
				expect(x).toBeGreaterThanOrEqual(0);
				expect(x).toBeLessThanOrEqual(800);
				expect(y).toBeGreaterThanOrEqual(0);
				expect(y).toBeLessThanOrEqual(600);
			}
		expect(Object.keys(ACTORS)).toHaveLength(6);
	});
});
