// @ts-check
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import pagefind from 'astro-pagefind';

export default defineConfig({
	site: 'http://localhost:4321',
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	server: { port: 4321 },
	// Local sites only: never prefetch or send anything anywhere.
	prefetch: false,
	devToolbar: { enabled: false },
	integrations: [mdx(), svelte(), pagefind()],
	vite: {
		build: {
			// On-demand chunks (session steps, the backup validator) load when used; preloading their
			// dependencies up front would only undo the split. Files are local, so there is no waterfall cost.
			modulePreload: { resolveDependencies: () => [] },
		},
	},
});
