// Measures the JavaScript each built page loads at start (gzip), following static imports,
// and fails when a page goes over its budget. Run after `astro build`: `npm run budget`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
/** Pages without islands: at most 5 KB. The heaviest page: at most 70 KB (PRODUCT.md, C7). */
const BUDGET_STATIC = 5 * KB;
const BUDGET_ISLAND = 70 * KB;

if (!existsSync(DIST)) {
	console.error('No dist/ folder: run `npm run build` first.');
	process.exit(1);
}

const htmlFiles = (dir) =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return ['_astro', 'pagefind'].includes(entry.name) ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});

const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

/** A module and every module it imports statically (dynamic imports load on use, not at start). */
const moduleGraph = (url, seen = new Set()) => {
	if (seen.has(url)) return seen;
	seen.add(url);
	const code = readFileSync(join(DIST, url), 'utf8');
	for (const [, spec] of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g)) {
		const resolved = new URL(spec, `http://x${url}`).pathname;
		if (existsSync(join(DIST, resolved))) moduleGraph(resolved, seen);
	}
	return seen;
};

const rows = htmlFiles(DIST).map((file) => {
	const html = readFileSync(file, 'utf8');
	const modules = new Set();
	let inline = 0;
	for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (/type=["']application\/(ld\+)?json["']/.test(attrs)) continue;
		const src = /\ssrc=["']([^"']+)["']/.exec(attrs)?.[1];
		if (src) moduleGraph(src, modules);
		else inline += gzipSize(body);
	}
	// Islands load their component and renderer through attributes, not script tags.
	for (const [, url] of html.matchAll(/<astro-island[^>]*?\s(?:component-url|renderer-url)=["']([^"']+)["']/g))
		moduleGraph(url, modules);
	const external = [...modules].reduce((sum, url) => sum + gzipSize(readFileSync(join(DIST, url))), 0);
	const hasIsland = html.includes('<astro-island');
	const budget = hasIsland ? BUDGET_ISLAND : BUDGET_STATIC;
	const total = inline + external;
	return {
		page: `/${relative(DIST, file).split(sep).join('/')}`.replace(/index\.html$/, ''),
		kind: hasIsland ? 'island' : 'static',
		total,
		budget,
	};
});

rows.sort((a, b) => b.total - a.total);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
console.log('\nJavaScript per page at start (gzip)\n');
console.log(`${'page'.padEnd(40)} ${'kind'.padEnd(7)} ${'JS'.padStart(9)} ${'budget'.padStart(9)}  result`);
for (const { page, kind, total, budget } of rows) {
	console.log(
		`${page.padEnd(40)} ${kind.padEnd(7)} ${kb(total).padStart(9)} ${kb(budget).padStart(9)}  ${total <= budget ? 'ok' : 'OVER'}`,
	);
}
const over = rows.filter(({ total, budget }) => total > budget);
const heaviest = rows[0];
console.log(`\n${rows.length} pages; heaviest ${heaviest?.page} at ${kb(heaviest?.total ?? 0)}.`);
if (over.length > 0) {
	console.error(`\nOver budget: ${over.map(({ page }) => page).join(', ')}`);
	process.exit(1);
}
