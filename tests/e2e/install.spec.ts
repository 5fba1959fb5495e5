import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { visitOnceOnline } from '../helpers/offline';

test.use({ serviceWorkers: 'allow' });

test('the manifest is Swedish, standalone, in the theme colour, with regular and maskable icons that load', async ({
	page,
	request,
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await request.get(href!)).json();
	expect(manifest).toMatchObject({
		name: 'Samverkansrummet',
		short_name: expect.any(String),
		lang: 'sv',
		start_url: '/',
		display: 'standalone',
		theme_color: '#0b4f8a',
	});
	const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
	for (const size of ['192x192', '512x512']) {
		expect(icons).toContainEqual(expect.objectContaining({ sizes: size, purpose: 'any' }));
		expect(icons).toContainEqual(expect.objectContaining({ sizes: size, purpose: 'maskable' }));
	}
	for (const { src } of icons) {
		const response = await request.get(src);
		expect(response.headers()['content-type'], src).toBe('image/png');
	}
});

test("Chromium's own check finds the app installable", async ({ baseURL }, testInfo) => {
	// An incognito context is never installable ("in-incognito"): use a profile on disk, as a user has.
	const profile = mkdtempSync(join(tmpdir(), 'samverkansrummet-install-'));
	const context = await chromium.launchPersistentContext(profile, {
		...testInfo.project.use.launchOptions,
		baseURL,
		serviceWorkers: 'allow',
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await visitOnceOnline(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		const { url, errors } = await cdp.send('Page.getAppManifest');
		expect(url).toMatch(/\/manifest\.webmanifest$/);
		expect(errors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
