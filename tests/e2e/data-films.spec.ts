import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean as expectPageAxeClean, holdTable } from '../helpers/e2e';

const FIXTURES = join(import.meta.dirname, '../fixtures/film');
const FILM = join(FIXTURES, 'scenario-1.webm');
const CAPTIONS = join(FIXTURES, 'scenario-1.sv.vtt');

/** axe on the film import section (the whole page is checked in data.spec.ts; this keeps the run short). */
const expectAxeClean = (page: Page) =>
	expectPageAxeClean(page, { include: 'section[aria-labelledby="las-in-filmer"]' });

// Each journey crosses several pages and stores a film: give it the slow-test allowance on a busy machine.
test.slow();

const filmSection = (page: Page) => page.getByRole('region', { name: 'Filmen' });

/** Opens /data/ and waits until its island has hydrated, so a click is never lost (STACK.md, pitfall 10). */
const openDataPage = async (page: Page) => {
	await page.goto('/data/');
	await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
};

const storedFilms = (page: Page) =>
	page
		.getByRole('region', { name: 'Det här finns sparat' })
		.getByRole('row', { name: /^Filmfiler/ })
		.getByRole('cell');

const addFilmWithCaptions = async (page: Page) => {
	await page.goto('/scenario/1/');
	const section = filmSection(page);
	await section.getByLabel('Lägg till filmfil').setInputFiles(FILM);
	await expect(section.getByRole('status')).toHaveText('Filmen är sparad på den här enheten.');
	await section.getByLabel('Lägg till undertexter').setInputFiles(CAPTIONS);
	await expect(section.locator('dd').filter({ hasText: 'scenario-1.sv.vtt' })).toBeVisible();
};

test('films: the delete question names them, they go, and their own export brings them back', async ({ page }) => {
	await addFilmWithCaptions(page);
	await openDataPage(page);
	const exportSection = page.getByRole('region', { name: 'Exportera filmfiler' });
	await expect(exportSection.getByText(/^En filmfil är sparad här \(5,\d kB\)\.$/)).toBeVisible();

	const download = page.waitForEvent('download');
	await exportSection.getByRole('button', { name: 'Exportera filmfiler' }).click();
	const saved = await download;
	expect(saved.suggestedFilename()).toMatch(/^samverkansrummet-filmer-\d{4}-\d\d-\d\d\.filmarkiv$/);
	const archive = readFileSync(await saved.path());
	expect(archive.subarray(0, 24).toString()).toBe('SAMVERKANSRUMMET-FILMER\n');
	await expect(exportSection.getByRole('status')).toHaveText(/med en filmfil har laddats ned\.$/);

	await page.getByRole('button', { name: 'Radera all data' }).click();
	const question = page.locator('p', { hasText: 'Vill du radera all data?' });
	await expect(question).toBeFocused();
	await expect(question).toContainText(
		/Filmfilen på enheten raderas också \(5,\d kB\): scenario-1\.webm för scenario 1\./,
	);
	await page.getByRole('button', { name: 'Ja, radera allt' }).click();
	await expect(page.getByText('All data på den här enheten är raderad.')).toBeVisible();
	await expect(storedFilms(page)).toHaveText('0');
	await expect(exportSection.getByText('Inga filmfiler är sparade på den här enheten.')).toBeVisible();
	await page.goto('/scenario/1/');
	await expect(filmSection(page).getByText('Ingen filmfil är sparad här.')).toBeVisible();

	await openDataPage(page);
	await page.getByLabel('Fil med filmfiler').setInputFiles({
		name: saved.suggestedFilename(),
		mimeType: 'application/octet-stream',
		buffer: archive,
	});
	const preview = page.getByRole('heading', { name: 'Det här händer om du läser in filmfilerna' });
	await expect(preview).toBeFocused();
	await expect(
		page.getByText(/^Filmen för scenario 1 läggs till: scenario-1\.webm \(5 kB, med undertexter\)\.$/),
	).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('button', { name: 'Läs in filmfilerna' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'är inlästa' })).toBeVisible();
	await expect(storedFilms(page)).toHaveText('1');

	await page.goto('/scenario/1/');
	const section = filmSection(page);
	await expect(section.locator('dd').filter({ hasText: 'scenario-1.webm' })).toBeVisible();
	await expect(section.locator('dd').filter({ hasText: 'scenario-1.sv.vtt' })).toBeVisible();
	const video = section.locator('video');
	await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState)).toBeGreaterThan(0);
});

test('a film export and a film import show how far they have come while they work, and clear it when done', async ({
	page,
	context,
}) => {
	await addFilmWithCaptions(page);
	await openDataPage(page);
	const exportSection = page.getByRole('region', { name: 'Exportera filmfiler' });
	await expect(exportSection.getByText(/^En filmfil är sparad här/)).toBeVisible();

	// Another window writing films at this moment: the export waits for it, and says it is working.
	let release = await holdTable(context, 'films');
	const download = page.waitForEvent('download');
	await exportSection.getByRole('button', { name: 'Exportera filmfiler' }).click();
	await expect(exportSection.getByRole('progressbar', { name: 'Förbereder filmfilerna' })).toBeVisible();
	await release();
	const archive = readFileSync(await (await download).path());
	await expect(exportSection.getByRole('status')).toHaveText(/med en filmfil har laddats ned\.$/);
	await expect(exportSection.getByRole('progressbar')).toHaveCount(0);

	const importSection = page.getByRole('region', { name: 'Läs in filmfiler' });
	release = await holdTable(context, 'films');
	await page.getByLabel('Fil med filmfiler').setInputFiles({
		name: 'filmer.filmarkiv',
		mimeType: 'application/octet-stream',
		buffer: archive,
	});
	await expect(importSection.getByRole('progressbar', { name: 'Kontrollerar filen' })).toBeVisible();
	await release();
	await expect(page.getByRole('heading', { name: 'Det här händer om du läser in filmfilerna' })).toBeFocused();
	await expect(importSection.getByRole('progressbar')).toHaveCount(0);
});

test('a damaged or foreign film file gets one Swedish alert and changes nothing', async ({ page }) => {
	await addFilmWithCaptions(page);
	await openDataPage(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exportera filmfiler' }).click();
	const archive = readFileSync(await (await download).path());
	await expect(storedFilms(page)).toHaveText('1');

	const damaged = Buffer.from(archive);
	damaged[damaged.length - 100] = damaged[damaged.length - 100]! ^ 0xff;
	const field = page.getByLabel('Fil med filmfiler');
	await field.setInputFiles({ name: 'skadad.filmarkiv', mimeType: 'application/octet-stream', buffer: damaged });
	const alert = page.getByRole('region', { name: 'Läs in filmfiler' }).getByRole('alert');
	await expect(alert).toHaveText(
		'Filmen för scenario 1 är skadad i filen. Exportera filmerna igen. Ingenting har ändrats.',
	);
	await expectAxeClean(page);

	await field.setInputFiles({
		name: 'svar.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"samverkansrummet","formatVersion":1}'),
	});
	await expect(alert).toHaveText(
		'Filen är en export av svar och samtal, inte av filmfiler. Läs in den under Importera. Ingenting har ändrats.',
	);
	await field.setInputFiles({
		name: 'kort.filmarkiv',
		mimeType: 'application/octet-stream',
		buffer: archive.subarray(0, -1),
	});
	await expect(alert).toContainText('Filen är skadad eller ofullständig');
	await expect(page.getByRole('heading', { name: 'Det här händer om du läser in filmfilerna' })).toHaveCount(0);
	await expect(storedFilms(page)).toHaveText('1');

	await page.goto('/scenario/1/');
	await expect(filmSection(page).locator('dd').filter({ hasText: 'scenario-1.webm' })).toBeVisible();
});
