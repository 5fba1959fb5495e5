import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

type Sheets = Map<string, string | Uint8Array>;

/** `_astro/X.css` files that some script's code names but the bundle no longer holds. */
export const missingStylesheets = (
	files: Record<string, { type: string; code?: string }>,
	sheets: Iterable<string>,
) => {
	const scripts = Object.values(files).flatMap((file) => (file.type === 'chunk' && file.code ? [file.code] : []));
	return [...sheets].filter((name) => !(name in files) && scripts.some((code) => code.includes(name)));
};

/**
 * Keeps the stylesheet of a component that a page renders and another page's island imports lazily.
 *
 * ExerciseRunner is rendered on /ovning/[id]/, where Astro inlines its styles into the page, and it
 * is also imported lazily by the session's exercise step. Astro then deletes the browser build's copy
 * of those styles (the page has them already), but Vite's preload list for the lazy import still
 * names the file: the import fails on the missing file and the step never appears. This puts every
 * such file back, so the lazy import loads it as Vite intended, and fails the build if one is still
 * missing. Pages that render the component keep their inlined styles and never ask for the file.
 */
export const lazyStylesheets = (): AstroIntegration => {
	const sheets: Sheets = new Map();
	const remember: Plugin = {
		name: 'samverkansrummet:lazy-stylesheets:remember',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		generateBundle: {
			order: 'pre',
			handler(_options, bundle) {
				for (const file of Object.values(bundle))
					if (file.type === 'asset' && file.fileName.endsWith('.css')) sheets.set(file.fileName, file.source);
			},
		},
	};
	const restore: Plugin = {
		name: 'samverkansrummet:lazy-stylesheets:restore',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				for (const fileName of missingStylesheets(bundle, sheets.keys()))
					this.emitFile({ type: 'asset', fileName, source: sheets.get(fileName)! });
			},
		},
		// Emitted files join the bundle only after generateBundle: check what is written.
		writeBundle(_options, bundle) {
			const missing = missingStylesheets(bundle, sheets.keys());
			if (missing.length) this.error(`Scripts name stylesheets the build dropped: ${missing.join(', ')}`);
		},
	};
	return {
		name: 'samverkansrummet:lazy-stylesheets',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [remember, restore] } });
			},
		},
	};
};
