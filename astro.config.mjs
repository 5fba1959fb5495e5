// @ts-check
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import pagefind from 'astro-pagefind';
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
	// The service worker comes last: it precaches what the others wrote, the search index included.
	integrations: [mdx(), svelte(), pagefind(), serviceWorker()],
});
