import { expect, test } from '@playwright/test';
import { largeBackupText } from '../../scripts/lib/largeBackup.mjs';
import { holdTable, openWithIsland } from '../helpers/e2e';

test('an import that takes over a second shows its progress once that second has passed, and clears it when done', async ({
	page,
}) => {
	test.setTimeout(120_000);
	// The page's clock is ours: the progress may appear only after a second of work, never before.
	await page.clock.install();
	await openWithIsland(page, '/data/');
	await page.getByLabel('Importera fil').setInputFiles({
		name: 'stor-export.json',
		mimeType: 'application/json',
		buffer: Buffer.from(largeBackupText()),
	});
	await expect(page.getByRole('heading', { name: 'Det här händer om du importerar' })).toBeVisible({ timeout: 60_000 });
	await expect(page.getByText('25\u00a0000 svar läggs till.')).toBeVisible();

	const section = page.getByRole('region', { name: 'Importera' });
	const progress = section.getByRole('status').filter({ has: page.getByRole('progressbar') });
	// From here the page's time stands still until the test moves it.
	await page.clock.pauseAt(Date.now() + 1_000);
	await section.getByRole('button', { name: 'Importera', exact: true }).click();
	// Under a second of work: nothing flickers into view.
	await expect(section.getByRole('progressbar')).toHaveCount(0);
	await page.clock.runFor(1_000);
	await expect(progress).toContainText('Importerar …');
	await expect(section.getByRole('progressbar', { name: 'Importerar …' })).toBeVisible();

	await page.clock.resume();
	await expect(section.getByRole('status').filter({ hasText: 'Filen stor-export.json är inläst.' })).toBeVisible({
		timeout: 60_000,
	});
	await expect(section.getByRole('progressbar')).toHaveCount(0);
});

test('an export held up for over a second shows its progress once that second has passed, and clears it when the file is ready', async ({
	page,
	context,
}) => {
	await page.clock.install();
	await openWithIsland(page, '/data/');
	const section = page.getByRole('region', { name: 'Exportera', exact: true });
	// Another window writing answers at this moment: the export's read waits for it.
	const release = await holdTable(context, 'answers');
	await page.clock.pauseAt(Date.now() + 1_000);
	const download = page.waitForEvent('download');
	await section.getByRole('button', { name: 'Exportera all data' }).click();
	await expect(section.getByRole('button', { name: 'Exportera all data' })).toBeDisabled();
	await expect(section.getByRole('progressbar')).toHaveCount(0);
	await page.clock.runFor(1_000);
	await expect(section.getByRole('progressbar', { name: 'Exporterar …' })).toBeVisible();

	await release();
	await page.clock.resume();
	expect((await download).suggestedFilename()).toMatch(/^samverkansrummet-.*\.json$/);
	await expect(section.getByRole('status').filter({ hasText: /har laddats ned\.$/ })).toBeVisible();
	await expect(section.getByRole('progressbar')).toHaveCount(0);
	await expect(section.getByRole('button', { name: 'Exportera all data' })).toBeEnabled();
});
