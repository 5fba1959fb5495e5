import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Ways of turning a date into text (or taking its parts) that bypass src/lib/format/dates.ts. */
const FORBIDDEN: { pattern: RegExp; why: string }[] = [
	{ pattern: /\.toLocale(Date|Time)?String\(/, why: 'toLocaleString uses the device time zone' },
	{ pattern: /toISOString\(\)\s*\.\s*(slice|substring|substr|split)\(/, why: 'an ISO slice is the UTC day' },
	{ pattern: /\.(slice|substring)\(0,\s*(10|16|19)\)/, why: 'slicing an ISO string gives the UTC day or time' },
	{ pattern: /Intl\.DateTimeFormat/, why: 'a second date formatter' },
	{ pattern: /\.padStart\(/, why: 'hand-padded date or time parts' },
	{ pattern: /\.get(UTC)?(FullYear|Month|Date|Day|Hours|Minutes|Seconds)\(\)/, why: 'date parts in the device zone' },
];

/** The date module itself, and the folder formatting sizes as numbers. */
const ALLOWED = ['src/lib/format/'];

const filesIn = (folder: string): string[] =>
	readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return filesIn(path);
		return /\.(ts|svelte|astro|mjs|js)$/.test(entry.name) ? [path] : [];
	});

/** Every `file:line: text` in `source` that formats a date by hand. */
const findHandFormattedDates = (file: string, source: string): string[] =>
	source
		.split('\n')
		.flatMap((line, index) =>
			FORBIDDEN.filter(({ pattern }) => pattern.test(line)).map(
				({ why }) => `${file}:${index + 1}: ${line.trim()} (${why})`,
			),
		);

describe('no date is formatted outside src/lib/format/dates.ts', () => {
	it('finds none in src/', () => {
		const found = filesIn('src')
			.map((path) => relative('.', path).replaceAll('\\', '/'))
			.filter((path) => !ALLOWED.some((folder) => path.startsWith(folder)))
			.flatMap((path) => findHandFormattedDates(path, readFileSync(path, 'utf8')));
		expect(found).toEqual([]);
	});

	it.each([
		"const today = () => new Date().toLocaleDateString('sv-SE');",
		'const iso = date.toISOString().slice(0, 10);',
		"const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;",
		"const f = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' });",
		'const stamp = (iso: string) => iso.slice(0, 16);',
	])('would catch %s', (line) => {
		expect(findHandFormattedDates('x.ts', line)).not.toEqual([]);
	});
});
