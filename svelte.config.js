import { vitePreprocess } from '@astrojs/svelte';

export default {
	preprocess: vitePreprocess(),
	// No version beacon in the shipped runtime: every byte counts against the JS budget.
	compilerOptions: { discloseVersion: false },
};
