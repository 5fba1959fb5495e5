import { describe, expect, it } from 'vitest';
import { missingStylesheets } from '../../../src/integrations/lazyStylesheets';

describe('missingStylesheets', () => {
	const sheets = ['_astro/Exercise.a1.css', '_astro/Inlined.b2.css', '_astro/Base.c3.css'];

	it('names a stylesheet a script preloads that the bundle no longer holds', () => {
		const bundle = {
			'_astro/Session.js': { type: 'chunk', code: 'm.f||(m.f=["_astro/Step.js","_astro/Exercise.a1.css"])' },
			'_astro/Step.js': { type: 'chunk', code: 'export default 1' },
			'_astro/Base.c3.css': { type: 'asset' },
		};
		expect(missingStylesheets(bundle, sheets)).toEqual(['_astro/Exercise.a1.css']);
	});

	it('leaves alone a stylesheet no script names, and one that is still there', () => {
		const bundle = {
			'_astro/Page.js': { type: 'chunk', code: 'import "./Base.c3.css"; "_astro/Base.c3.css"' },
			'_astro/Base.c3.css': { type: 'asset' },
		};
		expect(missingStylesheets(bundle, sheets)).toEqual([]);
	});
});
