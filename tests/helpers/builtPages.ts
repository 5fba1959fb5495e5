import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST_DIR = join(import.meta.dirname, '../../dist');

/** Every HTML file of the built site, as a path relative to dist/. */
export const listBuiltHtml = (dir = DIST_DIR): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : listBuiltHtml(path);
		return entry.name.endsWith('.html') ? [relative(DIST_DIR, path).split(sep).join('/')] : [];
	});

/** Every page of the built site as a URL path (`/om/`), 404 page excluded. */
export const listBuiltRoutes = (): string[] =>
	listBuiltHtml()
		.filter((file) => file.endsWith('index.html'))
		.map((file) => `/${file.replace(/index\.html$/, '')}`)
		.sort();
