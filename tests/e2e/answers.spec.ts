import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { expectAxeClean, listenToAnnouncements, openWithIsland } from '../helpers/e2e';

const QUESTION = 'Vilka olika kontaktvägar har ni till varandra?';
/** Skatteverket's published test personnummer (Tolvan Tolvansson): never a real person. */
const TEST_PERSONNUMMER = '121212-1212';

const openScenario = async (page: Page, number = 1) => {
	await openWithIsland(page, `/scenario/${number}/`);
	const field = page.getByRole('textbox', { name: QUESTION });
	await expect(field).toBeEditable();
	return field;
};

test('the ground rule is shown before the first answer', async ({ page }) => {
	await openScenario(page);
	await expect(page.getByText('Diskutera scenariot – aldrig verkliga barn.')).toBeVisible();
});

test('every reflection question has a text area named by the question', async ({ page }) => {
	await openScenario(page, 3);
	await expect(page.getByRole('textbox')).toHaveCount(11);
	await expect(
		page.getByRole('textbox', {
			name: /I en av filmerna \(Scenario 3\. Ett barn har börjat röra sig i kriminella kretsar\)/,
		}),
	).toBeVisible();
});

test('text typed and then reloaded at once is still there', async ({ page }) => {
	const field = await openScenario(page);
	await field.fill('Vi har en gemensam funktionsbrevlåda.');
	await page.reload();
	await expect(page.getByRole('textbox', { name: QUESTION })).toHaveValue('Vi har en gemensam funktionsbrevlåda.');
	await expect(page.getByText('Sparat').first()).toBeVisible();
});

test('a quiet status says when the text is saved, and self-study shows the same answer', async ({ page }) => {
	const field = await openScenario(page, 2);
	await field.fill('Skolan ringer socialtjänstens mottagning.');
	await expect(page.locator(`#${await field.getAttribute('id')}-status`)).toHaveText('Sparat');
	await page.goto('/sjalvstudier/');
	const scenario2 = page.getByRole('region', { name: /^Scenario 2\./ });
	await expect(scenario2.getByText('1 av 10 besvarade')).toBeVisible();
	await scenario2.getByText('Reflektionsfrågor till scenario 2', { exact: true }).click();
	await expect(scenario2.getByRole('textbox', { name: QUESTION })).toHaveValue(
		'Skolan ringer socialtjänstens mottagning.',
	);
});

test('an answer survives closing and reopening the browser with the same profile', async ({ baseURL }, testInfo) => {
	const profile = mkdtempSync(join(tmpdir(), 'samverkansrummet-profile-'));
	const launchOptions = testInfo.project.use.launchOptions ?? {};
	try {
		let browser = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
		let field = await openScenario(browser.pages()[0] ?? (await browser.newPage()));
		await field.fill('Sparat före omstart.');
		await field.blur();
		await expect(browser.pages()[0]!.getByText('Sparat').first()).toBeVisible();
		await browser.close();

		browser = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
		field = await openScenario(browser.pages()[0] ?? (await browser.newPage()));
		await expect(field).toHaveValue('Sparat före omstart.');
		await browser.close();
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
});

test('two tabs on the same question: the other tab follows, and unsaved edits become a visible conflict', async ({
	context,
}) => {
	const [tabA, tabB] = [await context.newPage(), await context.newPage()];
	// Tab B's clock is ours: its edit stays unsaved (the autosave waits for a pause in typing) until A has
	// saved, however slow the machine, so the conflict is always B's to resolve.
	await tabB.clock.install();
	const [fieldA, fieldB] = [await openScenario(tabA), await openScenario(tabB)];

	await fieldA.fill('Från flik A');
	await fieldA.blur();
	await expect(fieldB).toHaveValue('Från flik A');

	await tabB.clock.pauseAt(Date.now() + 1000);
	await fieldB.fill('Flik B skriver något annat');
	await fieldA.fill('Flik A ändrar igen');
	await fieldA.blur();
	const conflict = tabB.getByRole('alert').filter({ hasText: 'Svaret har ändrats i en annan flik' });
	await expect(conflict).toBeVisible();
	await tabB.clock.resume();
	await expect(fieldB).toHaveValue('Flik B skriver något annat');
	await conflict.getByRole('button', { name: 'Behåll min text' }).click();
	await expect(conflict).toBeHidden();
	await expect(fieldA).toHaveValue('Flik B skriver något annat');
});

test('a personnummer gets a warning naming it, removable with one click; the page stays axe-clean', async ({
	page,
}) => {
	const field = await openScenario(page);
	await field.fill(`Eleven med nummer ${TEST_PERSONNUMMER} har ofta frånvaro.`);
	const warning = page.getByRole('alert').filter({ hasText: 'personnummer' });
	await expect(warning).toBeVisible();
	await expectAxeClean(page);
	await warning.getByRole('button', { name: 'Ta bort personnummer ur texten' }).click();
	await expect(field).toHaveValue('Eleven med nummer [borttaget] har ofta frånvaro.');
	await expect(warning).toBeHidden();
	// The button is gone with the warning: focus is back in the text, not on the page body.
	await expect(field).toBeFocused();
});

test('one save is announced once, when it is done, not at every step of it', async ({ page }) => {
	const field = await openScenario(page);
	// Every text any live region, status or alert on the page takes from here on.
	const heard = await listenToAnnouncements(page);
	await field.fill('Ett svar som sparas en gång.');
	await field.blur();
	await expect(page.locator(`#${await field.getAttribute('id')}-status`)).toHaveText('Sparat');
	await expect.poll(heard).toEqual(['Svaret är sparat.']);
	// The status line itself is read with the field (aria-describedby), not announced at each change.
	await expect(page.locator(`#${await field.getAttribute('id')}-status`)).not.toHaveAttribute('aria-live');
});

test('fault: storage quota exceeded – a clear message, the typed text stays, export is offered', async ({ page }) => {
	// Chromium here ignores CDP quota overrides, so the fault is injected where the browser raises it:
	// IndexedDB writes throw QuotaExceededError once the test says the disk is full.
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
			if ((window as { diskFull?: boolean }).diskFull)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	const field = await openScenario(page);
	await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = true));
	const text = 'En lång text som inte får plats. '.repeat(50);
	await field.fill(text);
	await field.blur();
	const problem = page.getByRole('alert').filter({ hasText: 'Lagringsutrymmet på den här enheten är fullt' });
	await expect(problem).toBeVisible();
	await expect(field).toHaveValue(text);
	await expect(problem.getByRole('link', { name: 'Exportera din data' })).toHaveAttribute('href', '/data/');

	// Space freed: trying again saves the text that stayed on screen.
	await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = false));
	await problem.getByRole('button', { name: 'Försök spara igen' }).click();
	await expect(problem).toBeHidden();
	await page.reload();
	await expect(page.getByRole('textbox', { name: QUESTION })).toHaveValue(text);
});

test('the answers of a scenario page leave the device readably: a Markdown file with questions, answers and dates, and a printout in full', async ({
	page,
}) => {
	const field = await openScenario(page, 2);
	const long = `Vi har en gemensam funktionsbrevlåda.\n${'Och vi ringer varandra när det brådskar. '.repeat(12)}`;
	await field.fill(long);
	await field.blur();
	await expect(page.locator(`#${await field.getAttribute('id')}-status`)).toHaveText('Sparat');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Ladda ner svaren som Markdown' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^svar-scenario-2-\d{4}-\d{2}-\d{2}\.md$/);
	const markdown = readFileSync(await file.path(), 'utf8');
	expect(markdown).toMatch(/^# Svar till scenario 2: /);
	expect(markdown).toContain(`**${QUESTION}**\n\nVi har en gemensam funktionsbrevlåda.  \nOch vi ringer`);
	expect(markdown).toMatch(/\*Senast ändrat \d{1,2} [a-zåäö]+ \d{4} kl\. \d{2}:\d{2}\.\*/);
	// Only what was answered: one question.
	expect(markdown.match(/^\*\*/gm)).toHaveLength(1);
	await expect(
		page.getByRole('status').filter({ hasText: /^Filen svar-scenario-2-.+\.md har laddats ned\.$/ }),
	).toBeVisible();

	// On paper: the answer in full, instead of a text box that cuts it off.
	await page.getByRole('button', { name: 'Skriv ut svaren' }).click();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByText('Och vi ringer varandra när det brådskar.', { exact: false }).last()).toBeVisible();
	await expect(page.getByRole('textbox', { name: QUESTION })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
	await expect(page.getByRole('textbox', { name: QUESTION })).toBeVisible();
	await expectAxeClean(page);
});
