import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readCollection } from '../helpers/content';
import { DIST_DIR, listBuiltRoutes } from '../helpers/builtPages';
import { whyStatesLaw } from '../helpers/lawPages';

/** The one legal cut-off the product states (issue 11). */
const CUTOFF = 'Lagarna så som de gäller 1 december 2026';
/** The note's disclaimer (case-sensitive: a guide's own "ger vägledning, inte juridisk rådgivning" is no note). */
const DISCLAIMER = /Vägledning, inte juridisk rådgivning\./;
const SWEDISH_DATE =
	/Senast granskad mot lagtexten: \d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}/;

const htmlOf = (route: string) => readFileSync(join(DIST_DIR, route, 'index.html'), 'utf8');
const lawRoutes = listBuiltRoutes()
	.map((route) => ({ route, why: whyStatesLaw(htmlOf(route), DIST_DIR) }))
	.filter((page): page is { route: string; why: string } => page.why !== undefined);

test('the pages the legal read named are found to state law', () => {
	const found = lawRoutes.map(({ route }) => route);
	for (const route of ['/samtal/kor/', '/samtal/', '/scenario/1/', '/scenario/2/', '/scenario/3/', '/lag/'])
		expect(found).toContain(route);
	expect(found).toContain('/fragor-och-svar/');
	expect(found.filter((route) => route.startsWith('/ovning/') && route !== '/ovning/').length).toBeGreaterThan(0);
});

for (const { route, why } of lawRoutes) {
	test(`${route} states law (${why.slice(0, 60)}) and shows the cut-off, its review date and the disclaimer once`, async ({
		page,
	}) => {
		await page.goto(route);
		const note = page.getByRole('complementary', { name: 'Om lagtexterna' });
		await expect(note).toHaveCount(1);
		await expect(note).toBeVisible();
		await expect(note).toContainText(CUTOFF);
		await expect(note).toContainText(SWEDISH_DATE);
		await expect(note.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
		await expect(page.getByText(DISCLAIMER)).toHaveCount(1);
		// The old, second cut-off is gone: one cut-off only.
		await expect(page.getByText(/så som de lydde i januari 2026/)).toHaveCount(0);
	});
}

test('the law page is dated by its oldest law card', async ({ page }) => {
	const dates = readCollection('law').map(({ data }) => String((data as { reviewed: unknown }).reviewed));
	const oldest = dates.map((date) => new Date(date).toISOString().slice(0, 10)).sort()[0];
	await page.goto('/lag/');
	await expect(page.getByRole('complementary', { name: 'Om lagtexterna' }).locator('time')).toHaveAttribute(
		'datetime',
		oldest!,
	);
});
