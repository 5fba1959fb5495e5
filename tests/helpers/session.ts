import { expect, type Page } from '@playwright/test';
import { openWithIsland } from './e2e';

/** The check boxes of the new-session form's question picker. */
export const questionBoxes = (page: Page) =>
	page.getByRole('group', { name: 'Reflektionsfrågor att ta upp' }).getByRole('checkbox');

/** Fills the new-session form and starts; returns once the session runs. */
export const startSession = async (
	page: Page,
	groupName: string,
	scenario = 3,
	length: 45 | 60 | 90 = 45,
	{ allQuestions = false } = {},
) => {
	await openWithIsland(page, '/samtal/');
	await page.getByRole('button', { name: 'Nytt samtal' }).click();
	await page.getByLabel('Gruppens namn').fill(groupName);
	await page.getByLabel('Datum').fill('2026-11-23');
	await page.getByRole('spinbutton', { name: 'Skola' }).fill('3');
	await page.getByRole('spinbutton', { name: 'Socialtjänst' }).fill('2');
	await page.getByRole('spinbutton', { name: 'Polis' }).fill('1');
	await page.getByLabel('Scenario', { exact: true }).selectOption(String(scenario));
	await page.getByRole('radio', { name: `${length} minuter` }).check();
	if (allQuestions) for (const box of await questionBoxes(page).all()) await box.check();
	await page.getByRole('button', { name: 'Starta' }).click();
	await expect(page).toHaveURL(/\/samtal\/kor\/\?id=/);
	await expect(page.getByRole('heading', { level: 2, name: 'Inledning' })).toBeVisible();
};

/** The running session's slide heading. */
export const stepHeading = (page: Page) => page.locator('#steg-rubrik');
