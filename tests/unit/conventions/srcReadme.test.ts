import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const README = 'src/README.md';

/**
 * Paths another branch adds at the same time (data-core: the record schemas). Until it is merged
 * they may be missing here; once it is, drop them from this list.
 */
const ADDED_ELSEWHERE = new Set(['src/schemas/records.ts']);

/**
 * Every backticked path in `markdown` that starts at the repository root. A placeholder or glob
 * (`src/lib/<feature>/`, `src/components/*.astro`) stands for its folder before the placeholder.
 */
const namedPaths = (markdown: string): string[] =>
	[...markdown.matchAll(/`([^`\s]+)`/g)]
		.map((match) => match[1]!)
		.filter((token) => /^(src|tests|content|scripts|public)\/|^README\.md$/.test(token))
		.map((token) => token.replace(/[<*].*$/, ''));

describe('src/README.md', () => {
	const markdown = readFileSync(README, 'utf8');

	it('names paths', () => {
		expect(namedPaths(markdown).length).toBeGreaterThan(20);
	});

	it('names only paths that exist', () => {
		const missing = namedPaths(markdown).filter((path) => !existsSync(path) && !ADDED_ELSEWHERE.has(path));
		expect(missing).toEqual([]);
	});

	it('would notice a path that does not exist', () => {
		expect(namedPaths('see `src/lib/nowhere.ts` and `client:idle`')).toEqual(['src/lib/nowhere.ts']);
		expect(existsSync('src/lib/nowhere.ts')).toBe(false);
	});

	it('stays one page', () => {
		expect(markdown.split('\n').length).toBeLessThanOrEqual(80);
	});
});
