import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countOf, pluralForm } from '../../src/lib/plural';

const SRC = join(import.meta.dirname, '../../src');
const sourceFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? sourceFiles(join(dir, entry.name))
			: /\.(ts|svelte|astro)$/.test(entry.name)
				? [join(dir, entry.name)]
				: [],
	);

describe('countOf', () => {
	it('puts the noun in the singular after one and in the plural otherwise', () => {
		expect(countOf(1, 'grupp', 'grupper')).toBe('1 grupp');
		expect(countOf(0, 'grupp', 'grupper')).toBe('0 grupper');
		expect(countOf(2, 'övning', 'övningar')).toBe('2 övningar');
		expect(countOf(1, 'besvarad', 'besvarade')).toBe('1 besvarad');
		expect(pluralForm(21, 'påstående', 'påståenden')).toBe('påståenden');
	});
});

describe('pluralForm', () => {
	it('agrees with Intl.PluralRules("sv") for every count a page shows, and for fractions', () => {
		const rules = new Intl.PluralRules('sv');
		for (const count of [...Array.from({ length: 5_000 }, (_, n) => n), 0.5, 1.5, 2.25, 1_000_000])
			expect(pluralForm(count, 'one', 'other')).toBe(rules.select(count));
	});
});

describe('counts in the source', () => {
	it('never print a bare count before a plural word without the plural helper', () => {
		// "{n} besvarade" or "${n} ${label}" gave "1 besvarade" and "1 grupper" (issue 11, defect 10).
		// "X av Y frågor besvarade" is fine: the noun follows "av Y".
		const slips = sourceFiles(SRC).flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.map((line, index) => ({ line, where: `${file.slice(SRC.length)}:${index + 1}` }))
				.filter(({ line }) =>
					/(?<!av )(?<![$\w])[{$]\{?[\w.]+\}\s+(besvarade|grupper|övningar|\$\{label\})/.test(line),
				),
		);
		expect(slips.map(({ where, line }) => `${where} ${line.trim()}`)).toEqual([]);
	});
});
