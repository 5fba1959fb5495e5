// Accessibility checks in end-to-end tests go through one helper (tests/helpers/e2e.ts), so every spec
// holds pages to the same WCAG levels and reports a failure the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const E2E = join(import.meta.dirname, '../../e2e');

describe('end-to-end specs', () => {
	it('run axe only through the shared expectAxeClean helper', () => {
		const own = readdirSync(E2E)
			.filter((file) => file.endsWith('.ts'))
			.filter((file) => /new AxeBuilder|from '@axe-core\/playwright'/.test(readFileSync(join(E2E, file), 'utf8')));
		expect(own).toEqual([]);
	});
});
