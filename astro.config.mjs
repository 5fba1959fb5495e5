// @ts-check
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import pagefind from 'astro-pagefind';
import { lazyStylesheets } from './src/integrations/lazyStylesheets';
import { serviceWorker } from './src/integrations/serviceWorker';

export default defineConfig({
	site: 'http://localhost:4321',
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	server: { port: 4321 },
	// Local sites only: never prefetch or send anything anywhere.
	prefetch: false,
	devToolbar: { enabled: false },
	vite: { build: { modulePreload: false } },
	// A strict Content-Security-Policy on every page: Astro hashes its own scripts and styles, so
	// nothing inline runs unless it was built here. Pagefind's search needs WebAssembly
	// ('wasm-unsafe-eval', which allows compiling wasm, not eval). Films embed only from these two
	// players, and only after a click.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"connect-src 'self'",
				"img-src 'self' data: blob:",
				"media-src 'self' blob:",
				"font-src 'self'",
				"object-src 'none'",
				"base-uri 'none'",
				"form-action 'self'",
				"worker-src 'self'",
				"manifest-src 'self'",
				'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	// The service worker comes last: it precaches what the others wrote, the search index included.
	integrations: [mdx(), svelte(), lazyStylesheets(), pagefind(), serviceWorker()],
});
