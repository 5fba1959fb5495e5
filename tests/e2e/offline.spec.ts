import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ROUTES } from '../fixtures/officialTexts';
import { DIST_DIR, listBuiltHtml, listBuiltRoutes } from '../helpers/builtPages';
import { waitForIsland } from '../helpers/e2e';
import { cutNetwork, expectPage, ownPort, startDistServer, visitOnceOnline } from '../helpers/offline';

/** Every route of PRODUCT.md, every exercise page, and every other built page (knowledge pages). */
const OFFLINE_ROUTES = [...new Set([...ROUTES, ...listBuiltRoutes()])];

/** Search runs from the precached Pagefind index (its `?ts=` cache-buster ignored by the worker). */
const expectSearchFinds = async (page: Page, term: string) => {
	await page.goto(`/sok/?q=${encodeURIComponent(term)}`);
	await expect(page.getByRole('status').filter({ hasText: term })).toHaveText(/\d+ träffar? för/);
	expect(await page.locator('#sokresultat').getByRole('link').count()).toBeGreaterThan(0);
};

/** Plays the first exercise to its summary, always taking the first option. */
const playExerciseToSummary = async (page: Page, path: string) => {
	await page.goto(path);
	const choose = page.getByRole('button', { name: 'Välj' });
	const summary = page.getByRole('heading', { name: 'Sammanfattning' });
	for (let step = 0; step < 30 && !(await summary.isVisible()); step++) {
		await page.getByRole('radio').first().check();
		await choose.click();
		await page.getByRole('button', { name: /^(Nästa situation|Se hur det slutar)$/ }).click();
		await expect(summary.or(page.getByText(`Beslutspunkt ${step + 2}`))).toBeVisible();
	}
	await expect(summary).toBeVisible();
};

/**
 * The session runner's page opens offline with its `?id=` (ignored by the worker, as by the host).
 * Sessions are being built on another branch: when they land, extend this helper to create a
 * session on `/samtal/`, run it at `/samtal/kor/?id=<id>` step by step and see its notes saved.
 */
/** A session is started from the form, runs to its first question, and the answer survives a reload. */
const expectSessionRunsOffline = async (page: Page) => {
	await expectPage(page, '/samtal/');
	// A click before the island hydrates is lost (STACK.md, pitfall 10); the form then loads on the click.
	await waitForIsland(page);
	await page.getByRole('button', { name: 'Nytt samtal' }).click();
	await page.getByLabel('Gruppens namn').fill('Mötesrummet utan nät');
	await page.getByRole('button', { name: 'Starta' }).click();
	await expect(page.locator('#steg-rubrik')).toHaveText('Inledning');
	await page.getByRole('button', { name: 'Reflektionsfrågor' }).click();
	const field = page.getByRole('textbox', { name: 'Gruppens svar (sekreteraren skriver)' });
	await field.fill('Sparat utan nätverk');
	await field.blur();
	await expect(page.getByText('Sparat', { exact: true })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Gruppens svar (sekreteraren skriver)' })).toHaveValue(
		'Sparat utan nätverk',
	);
};

test.describe('after one online visit', () => {
	const port = ownPort(1);
	test.use({ baseURL: `http://localhost:${port}`, serviceWorkers: 'allow' });

	test('every page, search, an exercise and the session page work with no network', async ({ page, context }) => {
		// Visits every page, plays an exercise and runs a session: long on a busy 2-core machine.
		test.setTimeout(180_000);
		const server = await startDistServer(port);
		try {
			await page.goto('/');
			await page.evaluate(async () => {
				await navigator.serviceWorker.ready;
			});
			// A first install is no update: nothing may be offered (nor shift the page).
			await expect(page.getByText('Ny version finns')).toHaveCount(0);
			await visitOnceOnline(page);
			await expect(page.getByText('Ny version finns')).toHaveCount(0);
			await cutNetwork(context, server);

			for (const route of OFFLINE_ROUTES) await expectPage(page, route);
			await expect(page.getByRole('status').filter({ hasText: 'Offline – allt fungerar ändå' })).toBeVisible();
			await expectSearchFinds(page, 'orosanmälan');
			await playExerciseToSummary(
				page,
				OFFLINE_ROUTES.find((route) => /^\/ovning\/.+\//.test(route))!,
			);
			await expectSessionRunsOffline(page);
		} finally {
			await server.stop();
		}
	});
});

test.describe('control: with service workers blocked', () => {
	const port = ownPort(2);
	test.use({ baseURL: `http://localhost:${port}`, serviceWorkers: 'block' });

	test('the same offline visit fails', async ({ page, context }) => {
		const server = await startDistServer(port);
		try {
			await page.goto('/');
			await page.reload();
			await cutNetwork(context, server);
			await expect(page.goto('/om/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/);
		} finally {
			await server.stop();
		}
	});
});

test('the service worker precaches every page, script, style, icon and the search index, within 2 MB, and waits', () => {
	const worker = readFileSync(join(DIST_DIR, 'sw.js'), 'utf8');
	const precached = new Set([...worker.matchAll(/\burl:"([^"]+)"/g)].map(([, url]) => url!));
	const files = (folder: string) =>
		readdirSync(join(DIST_DIR, folder), { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => relative(DIST_DIR, join(entry.parentPath, entry.name)).split(sep).join('/'));
	const expected = [
		...listBuiltHtml(),
		...files('_astro'),
		...files('icons'),
		'manifest.webmanifest',
		'favicon.svg',
		// The search index and the engine this site uses; Pagefind's own UI bundles and the engine for
		// pages without a language are left out.
		...files('pagefind').filter(
			(file) => !/pagefind-(?:.*ui|highlight)\.(?:js|css)$/.test(file) && file !== 'pagefind/wasm.unknown.pagefind',
		),
	];
	// Every page is Swedish: the search loads only the Swedish engine, which is precached.
	const entry = JSON.parse(readFileSync(join(DIST_DIR, 'pagefind/pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { wasm: string }>;
	};
	expect(Object.values(entry.languages).map(({ wasm }) => wasm)).toEqual(['sv']);
	expect(expected.filter((file) => !precached.has(file))).toEqual([]);
	const bytes = [...precached].reduce((sum, url) => sum + statSync(join(DIST_DIR, url)).size, 0);
	expect(bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
	// Pagefind's `?ts=` cache-buster, the search term, the session id, a new session's scenario and the answers of /dela/ never miss the precache.
	expect(/ignoreURLParametersMatching:\[[^\]]*\]/.exec(worker)?.[0]).toBe(
		'ignoreURLParametersMatching:[/^utm_/,/^fbclid$/,/^ts$/,/^q$/,/^id$/,/^scenario$/,/^(fran|till|vad|alder|samtycke|akut)$/]',
	);
	// A new version waits for the user: it takes over only when asked, and never claims open pages.
	expect(worker.match(/[^;{}]*skipWaiting\(\)/g)).toEqual([expect.stringMatching(/"SKIP_WAITING"===\w+\.data\.type/)]);
	expect(worker.includes('clients.claim'), 'the worker claims open pages').toBe(false);
});
