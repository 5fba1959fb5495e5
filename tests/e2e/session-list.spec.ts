import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from '../helpers/e2e';

// It imports on /data/ first, then pages through /samtal/: the slow-test allowance on a busy machine.
test.slow();

const SESSIONS = 45;
const NOW = '2026-11-01T10:00:00.000Z';
/** Meeting date of session `i`: one a day from 1 January 2026, so session 44 is the newest. */
const dateOf = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);

/** A backup with `SESSIONS` sessions of one group, in the shape the app exports. */
const backup = () =>
	JSON.stringify({
		format: 'samverkansrummet',
		formatVersion: 1,
		exportedAt: NOW,
		data: {
			groups: [{ id: 'g1', name: 'SSPF Norra', createdAt: NOW, updatedAt: NOW }],
			sessions: Array.from({ length: SESSIONS }, (_, i) => ({
				id: `s${i}`,
				groupId: 'g1',
				scenario: (i % 3) + 1,
				date: dateOf(i),
				createdAt: NOW,
				updatedAt: NOW,
				roles: { skola: 2, socialtjänst: 1, polis: 1, fritid: 0, annan: 0 },
				agenda: { intro: 5, film: 8, questions: 22, exercise: 18, wrapUp: 7 },
				step: 'intro',
				questionIndex: 0,
				questionCount: 11,
				actions: [],
				status: 'active',
			})),
			answers: [],
			exerciseRuns: [],
			settings: [],
		},
	});

/** Stores the sessions through the data page's import, the app's own way in. */
const importSessions = async (page: Page) => {
	await page.goto('/data/');
	await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
	await page.getByLabel('Importera fil').setInputFiles({
		name: 'samtal.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backup()),
	});
	await page.getByRole('button', { name: 'Importera', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'är inläst' })).toBeVisible();
};

const swedishDate = (i: number) =>
	new Date(`${dateOf(i)}T12:00:00Z`).toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' });

test('the sessions list shows the 20 newest, then 20 more at a time, moving focus to the first new one', async ({
	page,
}) => {
	await importSessions(page);
	await page.goto('/samtal/');
	const region = page.getByRole('region', { name: 'Samtal på den här enheten' });
	const items = region.getByRole('listitem');
	await expect(region.getByText(`Visar de 20 senaste av ${SESSIONS} samtal.`)).toBeVisible();
	await expect(items).toHaveCount(20);
	await expect(items.first().getByRole('heading')).toContainText(swedishDate(44));
	await expect(items.last().getByRole('heading')).toContainText(swedishDate(25));

	const more = region.getByRole('button', { name: 'Visa 20 samtal till' });
	await more.focus();
	await page.keyboard.press('Enter');
	await expect(items).toHaveCount(40);
	await expect(items.nth(20).getByRole('heading')).toBeFocused();
	await expect(items.nth(20).getByRole('heading')).toContainText(swedishDate(24));
	await expect(region.getByText(`Visar de 40 senaste av ${SESSIONS} samtal.`)).toBeVisible();

	await region.getByRole('button', { name: 'Visa 5 samtal till' }).click();
	await expect(items).toHaveCount(SESSIONS);
	await expect(items.nth(40).getByRole('heading')).toBeFocused();
	await expect(items.last().getByRole('heading')).toContainText(swedishDate(0));
	await expect(region.getByRole('button', { name: /^Visa \d+ samtal till$/ })).toHaveCount(0);
	await expect(region.getByText(/^Visar de/)).toHaveCount(0);

	await expectAxeClean(page, { include: 'section[aria-labelledby="samtal-lista"]' });
});
