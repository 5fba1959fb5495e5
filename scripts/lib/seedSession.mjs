// A running session for the benchmarks to measure: `/samtal/kor/` shows nothing but "Samtalet finns
// inte" without one. Created the way a facilitator does, through the form on `/samtal/`, in the
// benchmark's own Chromium (over its DevTools port), so its IndexedDB holds exactly what the app writes.
import { chromium } from '@playwright/test';

/**
 * Starts a session on the site at `origin` in the Chromium listening on `debuggingPort`; returns the
 * running session's path (`/samtal/kor/?id=…`). The browser stays open.
 */
export const seedSession = async (debuggingPort, origin) => {
	const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
	try {
		const context = browser.contexts()[0] ?? (await browser.newContext());
		const page = await context.newPage();
		await page.goto(`${origin}/samtal/`);
		await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
		await page.getByRole('button', { name: 'Nytt samtal' }).click();
		await page.getByLabel('Gruppens namn').fill('Mätgruppen');
		await page.getByRole('button', { name: 'Starta' }).click();
		await page.waitForURL(/\/samtal\/kor\/\?id=/);
		await page.getByRole('heading', { level: 2, name: 'Inledning' }).waitFor();
		const { pathname, search } = new URL(page.url());
		await page.close();
		return `${pathname}${search}`;
	} finally {
		// Disconnects only: the benchmark's browser, and the session in its storage, stay.
		await browser.close();
	}
};

/**
 * Removes the service worker and its caches of `origin`, keeping IndexedDB: before each measured load
 * of the session page, which Lighthouse cannot reset without also deleting the session. Each load is
 * then a first visit, as on every other page the benchmark measures, not one served by the worker.
 */
export const clearOfflineCopy = async (debuggingPort, origin) => {
	const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
	try {
		const context = browser.contexts()[0] ?? (await browser.newContext());
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'service_workers,cache_storage' });
		await page.close();
	} finally {
		await browser.close();
	}
};
