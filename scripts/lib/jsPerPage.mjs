// JavaScript each built page loads at start (gzip), following static imports from its script
// tags and island component/renderer URLs. Dynamic imports load on use and are counted apart.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;
/** Budgets of PRODUCT.md (C7): pages without islands, and the heaviest page. */
export const BUDGET_STATIC = 5 * KB;
export const BUDGET_ISLAND = 70 * KB;

const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

const htmlFiles = (dir) =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return ['_astro', 'pagefind'].includes(entry.name) ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;

/** A module and everything it imports statically; dynamic imports are collected in `onDemand`. */
const walk = (dist, url, seen, onDemand) => {
	if (seen.has(url)) return;
	seen.add(url);
	const code = readFileSync(join(dist, url), 'utf8');
	const resolve = (spec) => new URL(spec, `http://x${url}`).pathname;
	for (const [, spec] of code.matchAll(STATIC_IMPORT))
		if (existsSync(join(dist, resolve(spec)))) walk(dist, resolve(spec), seen, onDemand);
	for (const [, spec] of code.matchAll(DYNAMIC_IMPORT))
		if (existsSync(join(dist, resolve(spec)))) onDemand.add(resolve(spec));
	// Vite lists the chunks of lazy imports by name ("_astro/X.js") for its preload helper.
	for (const [, name] of code.matchAll(/["'](_astro\/[^"']+\.js)["']/g))
		if (existsSync(join(dist, name))) onDemand.add(`/${name}`);
};

/** One row per built page: start JS, on-demand JS, whether it has islands. */
export const measureJsPerPage = (dist = 'dist') =>
	htmlFiles(dist).map((file) => {
		const html = readFileSync(file, 'utf8');
		const start = new Set();
		const onDemand = new Set();
		let inline = 0;
		for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
			if (/type=["']application\/(ld\+)?json["']/.test(attrs)) continue;
			const src = /\ssrc=["']([^"']+)["']/.exec(attrs)?.[1];
			if (src) {
				if (existsSync(join(dist, src))) walk(dist, src, start, onDemand);
			} else inline += gzipSize(body);
		}
		for (const [, url] of html.matchAll(/<astro-island[^>]*?\s(?:component-url|renderer-url)=["']([^"']+)["']/g))
			walk(dist, url, start, onDemand);
		const later = new Set();
		for (const url of onDemand) if (!start.has(url)) walk(dist, url, later, new Set());
		for (const url of start) later.delete(url);
		const size = (urls) => [...urls].reduce((sum, url) => sum + gzipSize(readFileSync(join(dist, url))), 0);
		return {
			page: `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, ''),
			hasIsland: html.includes('<astro-island'),
			start: inline + size(start),
			onDemand: size(later),
		};
	});
