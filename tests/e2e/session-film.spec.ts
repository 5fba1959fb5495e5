import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAxeClean, waitForIsland } from '../helpers/e2e';
import { cutNetwork, ownPort, startDistServer, visitOnceOnline } from '../helpers/offline';

const FIXTURES = join(import.meta.dirname, '../fixtures/film');
const FILM = join(FIXTURES, 'scenario-1.webm');
const CAPTIONS = join(FIXTURES, 'scenario-1.sv.vtt');

// Stores a film and runs a session across pages, partly offline: the slow-test allowance.
test.slow();

test.describe('the film step of a meeting', () => {
	const port = ownPort(6);
	test.use({ baseURL: `http://localhost:${port}`, serviceWorkers: 'allow' });

	test('says how to store the film when none is stored, then plays the stored film with captions, offline, here and in the projector window', async ({
		page,
		context,
	}) => {
		const server = await startDistServer(port);
		try {
			await visitOnceOnline(page, '/samtal/');
			await waitForIsland(page);
			await page.getByRole('button', { name: 'Nytt samtal' }).click();
			await page.getByLabel('Gruppens namn').fill('Filmgruppen');
			await page.getByRole('button', { name: 'Starta' }).click();
			const stepHeading = page.locator('#steg-rubrik');
			await expect(stepHeading).toHaveText('Inledning');
			await page.getByRole('button', { name: 'Film', exact: true }).click();
			await expect(stepHeading).toHaveText('Film');
			await expect(page.getByText('Filmen finns inte sparad på den här enheten.')).toBeVisible();
			await expect(page.getByRole('link', { name: /Öppna filmen hos Skolverket/ })).toBeVisible();
			await expectAxeClean(page, { label: 'filmsteget utan film' });
			const sessionUrl = page.url();

			await page.getByRole('link', { name: 'scenariots sida' }).click();
			await expect(page).toHaveURL(/\/scenario\/1\/#filmen$/);
			const section = page.getByRole('region', { name: 'Filmen' });
			await section.getByLabel('Lägg till filmfil').setInputFiles(FILM);
			await expect(section.getByRole('status')).toHaveText('Filmen är sparad på den här enheten.');
			await section.getByLabel('Lägg till undertexter').setInputFiles(CAPTIONS);
			await expect(section.locator('dd').filter({ hasText: 'scenario-1.sv.vtt' })).toBeVisible();

			await cutNetwork(context, server);
			await page.goto(sessionUrl);
			await expect(stepHeading).toHaveText('Film');
			const player = page.getByLabel(/^Filmen till /);
			await expect(player).toBeVisible();
			await expect(page.getByText('Filmen finns inte sparad på den här enheten.')).toHaveCount(0);
			await expect(player.locator('track[kind="captions"]')).toHaveCount(1);
			expect(await player.evaluate((video: HTMLVideoElement) => video.textTracks[0]?.kind)).toBe('captions');

			// K on the player plays it; the presentation keys leave the player's own keys alone.
			await player.focus();
			await page.keyboard.press('k');
			await expect.poll(() => player.evaluate((video: HTMLVideoElement) => video.currentTime)).toBeGreaterThan(0);
			await page.keyboard.press('ArrowRight');
			await expect(stepHeading).toHaveText('Film');
			await page.keyboard.press('k');
			await expect.poll(() => player.evaluate((video: HTMLVideoElement) => video.paused)).toBe(true);
			await expectAxeClean(page, { label: 'filmsteget med film' });

			// With a projector window, the film plays over there (one player, one sound), started from here.
			const popup = page.waitForEvent('popup');
			await page.getByRole('button', { name: 'Öppna projektorfönster' }).click();
			const projector = await popup;
			const roomPlayer = projector.getByLabel(/^Filmen till /);
			// The projector window opens offline from the precache and reads the film from IndexedDB: on a busy
			// machine that can take longer than an expectation's usual five seconds.
			await expect(roomPlayer).toBeVisible({ timeout: 20_000 });
			await expect(roomPlayer.locator('track[kind="captions"]')).toHaveCount(1);
			await expect(page.getByText('Filmen visas i projektorfönstret.')).toBeVisible();
			await expect(page.getByLabel(/^Filmen till /)).toHaveCount(0);
			await expect(page.getByRole('button', { name: 'Spela filmen på projektorn' })).toBeVisible();
			await expectAxeClean(projector, { label: 'projektorn med film' });
		} finally {
			await server.stop();
		}
	});
});
