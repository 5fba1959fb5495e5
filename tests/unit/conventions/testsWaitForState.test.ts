import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every `waitForTimeout` (or fixed sleep) in `source` without a `// time:` comment on the line above
 * saying why the test is about time passing.
 */
const unexplainedWaits = (file: string, source: string): string[] => {
	const lines = source.split('\n');
	return lines.flatMap((line, index) =>
		/waitForTimeout\(|new Promise\(\s*\(?\w*\)?\s*=>\s*setTimeout\(/.test(line) &&
		!/^\s*\/\/ time: \S/.test(lines[index - 1] ?? '')
			? [`${file}:${index + 1}: ${line.trim()}`]
			: [],
	);
};

const specFiles = (folder: string): string[] =>
	readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name).replaceAll('\\', '/');
		return entry.isDirectory() ? specFiles(path) : /\.ts$/.test(entry.name) ? [path] : [];
	});

describe('tests wait for what the user sees, not for time', () => {
	it('has no unexplained waitForTimeout or sleep in tests/e2e, tests/helpers or tests/unit', () => {
		const found = ['tests/e2e', 'tests/helpers', 'tests/unit']
			.flatMap(specFiles)
			.filter((path) => !path.endsWith('testsWaitForState.test.ts'))
			.flatMap((path) => unexplainedWaits(path, readFileSync(path, 'utf8')));
		expect(found).toEqual([]);
	});

	it('would catch a wait without a reason, and accept one with', () => {
		expect(unexplainedWaits('a.ts', 'await x();\nawait page.waitForTimeout(700);')).toHaveLength(1);
		expect(unexplainedWaits('a.ts', 'await new Promise((resolve) => setTimeout(resolve, 5));')).toHaveLength(1);
		expect(
			unexplainedWaits('a.ts', '// time: nothing may reload within a second\nawait page.waitForTimeout(1000);'),
		).toEqual([]);
	});
});

describe('tests/unit mirrors src/lib/', () => {
	it('has a folder only where src/lib/ has one (schemas, content, styles and conventions aside)', () => {
		const folders = readdirSync('tests/unit', { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map(({ name }) => name);
		const strays = folders.filter(
			// schemas mirrors src/schemas/, content the content/ folder, styles src/styles/; conventions checks the tree.
			(name) => !['schemas', 'content', 'styles', 'conventions'].includes(name) && !existsSync(join('src/lib', name)),
		);
		expect(strays).toEqual([]);
	});
});
