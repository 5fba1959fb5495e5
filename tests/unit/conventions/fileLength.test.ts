import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIMIT = 150;
/** A file over the limit says why near its top, in a comment naming the limit ("Over 150 lines …"). */
const REASON = /(over|longer than|more than) 150 lines/i;

const filesIn = (folder: string): string[] =>
	readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name).replaceAll('\\', '/');
		return entry.isDirectory() ? filesIn(path) : /\.(ts|svelte|astro|mjs)$/.test(entry.name) ? [path] : [];
	});

/** Files of `paths` longer than the limit whose first lines give no reason. */
const unexplainedLongFiles = (paths: string[], read: (path: string) => string): string[] =>
	paths.filter((path) => {
		const lines = read(path).split('\n');
		return lines.length > LIMIT && !REASON.test(lines.slice(0, 12).join('\n'));
	});

describe('files in src/', () => {
	it(`are at most ${LIMIT} lines, or say at their top why they are longer`, () => {
		expect(unexplainedLongFiles(filesIn('src'), (path) => readFileSync(path, 'utf8'))).toEqual([]);
	});

	it('would catch a long file without a reason, and accept one with', () => {
		const long = (head: string) => `${head}\n${'x\n'.repeat(LIMIT)}`;
		const files: Record<string, string> = {
			'a.ts': long('// a helper'),
			'b.ts': long('// Over 150 lines: one pipeline.'),
		};
		expect(unexplainedLongFiles(Object.keys(files), (path) => files[path]!)).toEqual(['a.ts']);
	});
});
