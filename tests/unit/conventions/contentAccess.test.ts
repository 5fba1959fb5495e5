import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const filesIn = (folder: string): string[] =>
	readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name).replaceAll('\\', '/');
		return entry.isDirectory() ? filesIn(path) : /\.(ts|svelte|astro)$/.test(path) ? [path] : [];
	});
const importsOf = (path: string): string[] =>
	[...readFileSync(path, 'utf8').matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((match) => match[1]!);

describe('content is read one way', () => {
	it('reads collections only in src/contentQueries.ts (and wires them in src/content.config.ts)', () => {
		const readers = filesIn('src').filter((path) => importsOf(path).includes('astro:content'));
		expect(readers.sort()).toEqual(['src/content.config.ts', 'src/contentQueries.ts']);
	});

	it('takes its types from src/schemas/, never from components', () => {
		const upward = ['src/contentQueries.ts', ...filesIn('src/schemas'), ...filesIn('src/lib')].filter((path) =>
			importsOf(path).some((from) => from.includes('components/')),
		);
		expect(upward).toEqual([]);
	});

	it('leaves component type files as re-exports of src/schemas/views.ts', () => {
		const typeFiles = filesIn('src/components').filter((path) => path.endsWith('/types.ts'));
		for (const path of typeFiles) {
			const code = readFileSync(path, 'utf8')
				.replace(/^\s*\/\/.*$/gm, '')
				.trim();
			expect(code, path).toMatch(/^export type \{[^}]+\} from '\.\.\/\.\.\/schemas\/views';$/);
		}
	});
});
