import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';

/** The WCAG levels every page is held to. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fails with one line per axe violation (rule and elements) on the page, or only inside `include`.
 * `label` names the moment in the failure message when a test checks several.
 */
export const expectAxeClean = async (page: Page, { include, label }: { include?: string; label?: string } = {}) => {
	const builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
	const { violations } = await (include ? builder.include(include) : builder).analyze();
	expect(
		violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`),
		label,
	).toEqual([]);
};

/**
 * Waits until the page's first island has hydrated (Astro removes its `ssr` attribute), so a click
 * or a keystroke is never lost to a page that only looks ready (STACK.md, pitfall 10).
 */
export const waitForIsland = async (page: Page) => {
	await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
};

/** Opens `path` and waits for its island. */
export const openWithIsland = async (page: Page, path: string) => {
	await page.goto(path);
	await waitForIsland(page);
};

/**
 * Starts noting every text a live region, status or alert of the page takes from now on (until the
 * page navigates); the function returned reads what was said so far, for `expect.poll`.
 */
export const listenToAnnouncements = async (page: Page): Promise<() => Promise<string[]>> => {
	await page.evaluate(() => {
		const heard: string[] = [];
		(window as unknown as { heard: string[] }).heard = heard;
		const regions = () => document.querySelectorAll<HTMLElement>('[aria-live], [role="status"], [role="alert"]');
		// What the regions say already was said before: only changes from here on count.
		for (const region of regions()) region.dataset.heard = region.textContent?.trim() ?? '';
		new MutationObserver(() => {
			for (const region of regions()) {
				const text = region.textContent?.trim() ?? '';
				if (text && text !== region.dataset.heard) heard.push(text);
				region.dataset.heard = text;
			}
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	return () => page.evaluate(() => [...(window as unknown as { heard: string[] }).heard]);
};

/**
 * Every record of one IndexedDB table of the app, read the way the app stored it. For waiting on a
 * save the page shows no status for (expect.poll), never for checking what a user sees.
 */
export const readStoredRecords = (page: Page, table: string): Promise<unknown[]> =>
	page.evaluate(
		(name) =>
			new Promise<unknown[]>((resolve, reject) => {
				const open = indexedDB.open('samverkansrummet');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
					request.onsuccess = () => {
						open.result.close();
						resolve(request.result);
					};
					request.onerror = () => reject(request.error);
				};
			}),
		table,
	);

/**
 * Holds one IndexedDB table of the app busy from another tab of the same browser, as a second window
 * writing at that moment would: any transaction of the page that touches the table waits until
 * `release` is called. For showing, deterministically, what a page shows while its work is under way.
 */
export const holdTable = async (context: BrowserContext, table: string) => {
	const holder = await context.newPage();
	await holder.goto('/om/');
	await holder.evaluate(
		(name) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('samverkansrummet');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const database = open.result;
					const transaction = database.transaction(name, 'readwrite');
					const store = transaction.objectStore(name);
					const state = window as unknown as { holding: boolean; released: Promise<void> };
					state.holding = true;
					state.released = new Promise((done) => (transaction.oncomplete = () => (database.close(), done())));
					// A transaction stays open while it has requests: keep one going until released.
					const spin = () => {
						if (state.holding) store.count().onsuccess = spin;
					};
					spin();
					resolve();
				};
			}),
		table,
	);
	return async () => {
		await holder.evaluate(() => {
			const state = window as unknown as { holding: boolean; released: Promise<void> };
			state.holding = false;
			return state.released;
		});
		await holder.close();
	};
};
