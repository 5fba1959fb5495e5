import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from '../helpers/e2e';
import { buildSite, ownPort, readBuildId, startDistServer, visitOnceOnline } from '../helpers/offline';

const QUESTION = 'Vilka olika kontaktvägar har ni till varandra?';

/** The build of the HTML (`<meta name="build">`) and of the script that runs in it. */
const builds = (page: Page) =>
	page.evaluate(() => ({
		html: document.querySelector<HTMLMetaElement>('meta[name="build"]')?.content,
		script: document.documentElement.dataset.scriptBuild,
	}));

/** Marks the document, so a test can tell whether the page has been reloaded since. */
const markDocument = (page: Page) => page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
const isSameDocument = (page: Page) => page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded === true);

test.describe('a new version served over the old one', () => {
	const port = ownPort(3);
	test.use({ baseURL: `http://localhost:${port}`, serviceWorkers: 'allow' });

	test('is offered with a prompt, never during a running session, and reloads only when accepted, into the new build', async ({
		page,
		context,
	}) => {
		test.setTimeout(180_000);
		const nextDir = mkdtempSync(join(tmpdir(), 'samverkansrummet-next-'));
		const oldBuild = readBuildId();
		const newBuild = `next-${Date.now()}`;
		// The next release is built while the old one is visited.
		const nextBuilt = buildSite(nextDir, newBuild);
		let server = await startDistServer(port);
		try {
			await visitOnceOnline(page, '/scenario/1/');
			expect(await builds(page)).toEqual({ html: oldBuild, script: oldBuild });
			const session = await context.newPage();
			await session.goto('/samtal/kor/?id=pagaende');

			await nextBuilt;
			await server.stop();
			server = await startDistServer(port, nextDir);
			await markDocument(page);
			await markDocument(session);
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

			const prompt = page.getByRole('status').filter({ hasText: 'Ny version finns' });
			await expect(prompt).toBeVisible({ timeout: 30_000 });
			await expectAxeClean(page, { include: '#uppdatering' });
			// The running session gets no prompt, even with the new version waiting ...
			await expect
				.poll(() => session.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)))
				.toBe(true);
			await expect(session.getByText('Ny version finns')).toHaveCount(0);
			// ... and nothing reloads by itself.
			// time: this checks that nothing happens while time passes, so it must let a second pass.
			await page.waitForTimeout(1000);
			expect(await isSameDocument(page)).toBe(true);
			expect(await isSameDocument(session)).toBe(true);
			expect(await builds(page)).toEqual({ html: oldBuild, script: oldBuild });

			// Once the facilitator leaves the session page, the offer is made there too.
			await session.goto('/samtal/');
			await expect(session.getByRole('status').filter({ hasText: 'Ny version finns' })).toBeVisible();

			// Text typed just before accepting is saved before the reload.
			const field = page.getByRole('textbox', { name: QUESTION });
			await field.fill('Skrivet precis före uppdateringen');
			await prompt.getByRole('button', { name: 'Uppdatera' }).click();
			await expect.poll(() => builds(page).catch(() => undefined)).toEqual({ html: newBuild, script: newBuild });
			await expect(page.getByRole('textbox', { name: QUESTION })).toHaveValue('Skrivet precis före uppdateringen');
			await expect(page.getByRole('status').filter({ hasText: 'Ny version finns' })).toHaveCount(0);
		} finally {
			await server.stop();
			rmSync(nextDir, { recursive: true, force: true });
		}
	});
});
