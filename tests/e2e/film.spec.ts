import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from '../helpers/e2e';
import { cutNetwork, ownPort, startDistServer, visitOnceOnline } from '../helpers/offline';

const FIXTURES = join(import.meta.dirname, '../fixtures/film');
const FILM = join(FIXTURES, 'scenario-1.webm');
const CAPTIONS = join(FIXTURES, 'scenario-1.sv.vtt');

const filmSection = (page: Page) => page.getByRole('region', { name: 'Filmen' });

/** axe on one part of the page, so each of its states is checked by itself. */
const expectFilmSectionAxeClean = (page: Page) =>
	expectAxeClean(page, { include: 'section[aria-labelledby="filmen"]' });

/** A figure of the "Redo för mötet?" check on /data/, e.g. "Filmfiler". */
const readinessFigure = (page: Page, term: string) =>
	page.getByRole('region', { name: 'Redo för mötet?' }).locator('dt', { hasText: term }).locator('+ dd');

test.describe('a film file on the device', () => {
	const port = ownPort(4);
	test.use({ baseURL: `http://localhost:${port}`, serviceWorkers: 'allow' });

	test('added with captions, it plays offline; removed, the storage figures go down; axe-clean in every state', async ({
		page,
		context,
	}) => {
		const server = await startDistServer(port);
		try {
			await visitOnceOnline(page, '/scenario/1/');
			const section = filmSection(page);
			await expect(section.getByRole('link', { name: /Se filmen hos Skolverket/ })).toBeVisible();
			await expect(section.getByText('Ingen filmfil är sparad här.')).toBeVisible();
			await expectFilmSectionAxeClean(page);

			await section.getByLabel('Lägg till filmfil').setInputFiles(FILM);
			await expect(section.getByRole('status')).toHaveText('Filmen är sparad på den här enheten.');
			await expect(section.locator('dd').filter({ hasText: 'scenario-1.webm' })).toBeVisible();
			await expect(section.locator('dd').filter({ hasText: /^5 kB$/ })).toBeVisible();
			await expect(section.locator('video')).toBeFocused();
			await expectFilmSectionAxeClean(page);

			await section.getByLabel('Lägg till undertexter').setInputFiles(CAPTIONS);
			await expect(section.locator('dd').filter({ hasText: 'scenario-1.sv.vtt' })).toBeVisible();
			await expectFilmSectionAxeClean(page);

			await cutNetwork(context, server);
			await page.reload();
			const video = filmSection(page).locator('video');
			// HAVE_METADATA (1) or more: the browser has read the stored file, with no network.
			await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState)).toBeGreaterThan(0);
			await expect(video.locator('track[kind="captions"]')).toHaveCount(1);
			expect(await video.evaluate((element: HTMLVideoElement) => element.textTracks[0]?.kind)).toBe('captions');

			// The meeting check: ready for a meeting about scenario 1, not for one about all three.
			await page.goto('/samtal/');
			const check = page.getByRole('region', { name: 'Redo för mötet?' });
			await expect(check.getByRole('row', { name: /^Scenario 1\./ })).toContainText(/Sparad \(5,\d kB\)\s*Sparade/);
			await expect(check.getByRole('status')).toContainText('Filmfil saknas för scenario 2 och 3.');
			await check.getByLabel('Mötet gäller').selectOption('1');
			await expect(check.getByRole('status')).toHaveText(/^Redo\./);
			await expectAxeClean(page, { include: '.readiness' });

			await page.goto('/data/');
			const filmBytes = readinessFigure(page, 'Filmfiler');
			await expect(filmBytes).toHaveText(/^5,\d kB$/, { timeout: 15_000 });
			const usedWithFilm = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

			await page.goto('/scenario/1/');
			await filmSection(page).getByRole('button', { name: 'Ta bort filmfilen' }).click();
			await expect(filmSection(page).getByText('Ingen filmfil är sparad här.')).toBeVisible();
			await expect(filmSection(page).getByLabel('Lägg till filmfil')).toBeFocused();

			await page.goto('/data/');
			await expect(filmBytes).toHaveText('0 byte');
			await expect
				.poll(() => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0))
				.toBeLessThan(usedWithFilm);
		} finally {
			await server.stop();
		}
	});
});

test.describe('the meeting check without a service worker', () => {
	test.use({ serviceWorkers: 'block' });

	test('says it is not ready and what is missing, on /samtal/ and /data/', async ({ page }) => {
		for (const path of ['/samtal/', '/data/']) {
			await page.goto(path);
			const status = page.getByRole('region', { name: 'Redo för mötet?' }).getByRole('status');
			await expect(status).toContainText('Inte redo än.');
			await expect(status).toContainText('Appen sparas för användning utan nätverk.');
			await expect(status).toContainText('Filmfil saknas för scenario 1, 2 och 3.');
		}
	});
});
