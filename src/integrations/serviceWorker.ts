import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/**
 * The id of this build: `BUILD_ID` from the environment (tests set it), otherwise the time and a
 * random suffix. Base.astro puts it in `<meta name="build">` and the registering script carries the
 * same string as a constant, so a page that mixes old HTML with new scripts can be told apart.
 */
export const createBuildId = (): string =>
	process.env.BUILD_ID || `${new Date().toISOString().replace(/[-:]|\.\d+/g, '')}-${randomBytes(3).toString('hex')}`;

/**
 * Generates the service worker with Workbox after the site (and the Pagefind index) is written, so
 * that every HTML page, script, style, icon and search file is precached together: HTML and
 * scripts of one build always come from the same precache revision. List it after astro-pagefind.
 *
 * Why not @vite-pwa/astro: it peers Astro 5 at most and needs overrides; vite-plugin-pwa used
 * directly emitted no worker (STACK.md, pitfall 5). This is the same Workbox, called directly.
 */
export const serviceWorker = ({ buildId = createBuildId() }: { buildId?: string } = {}): AstroIntegration => ({
	name: 'samverkansrummet:service-worker',
	hooks: {
		'astro:config:setup': ({ updateConfig }) => {
			updateConfig({ vite: { define: { __BUILD_ID__: JSON.stringify(buildId) } } });
		},
		'astro:build:done': async ({ dir, logger }) => {
			const globDirectory = fileURLToPath(dir);
			const { count, size, warnings } = await generateSW({
				globDirectory,
				swDest: `${globDirectory}/sw.js`,
				globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,woff2}', 'samtal/scenarier/*.json', 'pagefind/**/*'],
				// Pagefind's ready-made search interfaces: the site uses its own (src/lib/search), so
				// these are never loaded. Nor is the search engine for pages without a language: every
				// page is `lang="sv"`, so pagefind-entry.json names only the Swedish one (a test holds it).
				globIgnores: [
					'pagefind/pagefind-*ui.{js,css}',
					'pagefind/pagefind-highlight.js',
					'pagefind/wasm.unknown.pagefind',
				],
				// `/scenario/1/` is served from `/scenario/1/index.html`, as the static host does.
				directoryIndex: 'index.html',
				// A static host ignores the query string, so must the worker: `ts` is Pagefind's
				// cache-buster on pagefind-entry.json (STACK.md, pitfall 6), `q` the search page's
				// term, `id` the session runner's session and `scenario` the one a new session is about.
				ignoreURLParametersMatching: [
					/^utm_/,
					/^fbclid$/,
					/^ts$/,
					/^q$/,
					/^id$/,
					/^scenario$/,
					/^(fran|till|vad|alder|samtycke|akut)$/,
				],
				// Astro's `_astro/` files carry a content hash in their names: no revision needed.
				dontCacheBustURLsMatching: /^_astro\//,
				cleanupOutdatedCaches: true,
				// A new version waits until the user accepts it (src/lib/pwa/offerUpdate.ts).
				skipWaiting: false,
				clientsClaim: false,
				inlineWorkboxRuntime: true,
				mode: 'production',
				sourcemap: false,
			});
			for (const warning of warnings) logger.warn(warning);
			logger.info(`Service worker precaches ${count} files, ${(size / 1024).toFixed(0)} KB (build ${buildId}).`);
		},
	},
});
