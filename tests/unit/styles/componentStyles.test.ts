// Styles live with their components: global.css keeps what many places share, and messages use Notice.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const GLOBAL_CSS = join(ROOT, 'src/styles/global.css');

const listFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return listFiles(path);
		return /\.(astro|svelte|ts|mdx)$/.test(entry.name) ? [relative(ROOT, path).split(sep).join('/')] : [];
	});

/** Every file that can put a class on the page: components, pages, layouts, scripts and MDX content. */
const markupFiles = [...listFiles(join(ROOT, 'src')), ...listFiles(join(ROOT, 'content'))];
const texts = new Map(markupFiles.map((file) => [file, readFileSync(join(ROOT, file), 'utf8')]));

/** The files whose text names the class as a whole word (in `class="…"`, `class:list`, a template string). */
const usersOf = (className: string) => {
	const word = new RegExp(`(?<![\\w-])${className.replace(/[-_]/g, '\\$&')}(?![\\w-])`);
	return markupFiles.filter((file) => word.test(texts.get(file)!));
};

/** Class names in the selectors of a stylesheet (comments and declarations left out). */
const classesIn = (css: string) => {
	const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\{[^{}]*\}/g, '{}');
	return [...new Set([...selectors.matchAll(/\.(-?[a-z_][\w-]*)/gi)].map((match) => match[1]!))].sort();
};

describe('global.css', () => {
	const css = readFileSync(GLOBAL_CSS, 'utf8');

	test('stays under 300 lines', () => {
		expect(css.trimEnd().split('\n').length).toBeLessThan(300);
	});

	test('styles no class that only one component or page uses', () => {
		const single = classesIn(css)
			.map((className) => ({ className, users: usersOf(className) }))
			.filter(({ users }) => users.length === 1)
			.map(({ className, users }) => `.${className} (only in ${users[0]})`);
		expect(single).toEqual([]);
	});

	test('styles no class that nothing uses', () => {
		const unused = classesIn(css).filter((className) => usersOf(className).length === 0);
		expect(unused).toEqual([]);
	});

	test('has no two rule blocks that say the same thing', () => {
		const blocks = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)]
			.map(([, selector, body]) => ({
				selector: selector!.trim(),
				declarations: body!
					.split(';')
					.map((declaration) => declaration.trim())
					.filter(Boolean)
					.sort(),
			}))
			.filter(({ selector, declarations }) => declarations.length > 1 && !selector.startsWith('@'));
		const seen = new Map<string, string>();
		const repeated = blocks.flatMap(({ selector, declarations }) => {
			const key = declarations.join('; ');
			const first = seen.get(key);
			if (first === undefined) seen.set(key, selector);
			return first === undefined ? [] : [`${selector} repeats ${first}`];
		});
		expect(repeated).toEqual([]);
	});
});

describe('messages', () => {
	test('problems and notes are shown with Notice.svelte, not with a class of their own', () => {
		const oldClass = /class="[^"]*(?<![\w-])(answer__problem|privacy-warning|note)(?![\w-])/;
		const offenders = markupFiles.filter((file) => oldClass.test(texts.get(file)!));
		expect(offenders).toEqual([]);
	});
});
