import { expect, test } from '@playwright/test';
import { readCollection } from '../helpers/content';

const terms = readCollection('glossary') as { id: string; data: { term: string } }[];

test('the glossary explains every term under its own anchor', async ({ page }) => {
	await page.goto('/ordlista/');
	await expect(page.getByRole('heading', { level: 1, name: 'Ordlista' })).toBeVisible();
	const entries = page.getByRole('main').locator('dl dt');
	await expect(entries).toHaveCount(terms.length);
	expect(terms.length).toBeGreaterThanOrEqual(25);
	for (const { id, data } of terms) await expect(page.locator(`dt#${id}`)).toHaveText(data.term);
	await page.getByRole('navigation', { name: 'Ord efter begynnelsebokstav' }).getByRole('link', { name: 'Ö' }).click();
	await expect(page).toHaveURL(/\/ordlista\/#overvagande-skal$/);
});

test('the glossary is reached from the footer and from the law page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Ordlista' }).click();
	await expect(page).toHaveURL(/\/ordlista\/$/);
	await page.goto('/lag/');
	await page.getByRole('main').getByRole('link', { name: 'ordlistan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Ordlista' })).toBeVisible();
});

test('on each law card only the first use of a term links to the glossary', async ({ page }) => {
	await page.goto('/lag/');
	const card = page.locator('article#osl-26-1');
	// "Uppgifter om en enskilds personliga förhållanden inom socialtjänsten är sekretessbelagda, … lider men …
	// samtycke …": lider men and samtycke link once each.
	await expect(card.getByRole('link', { name: 'lider men' })).toHaveAttribute('href', '/ordlista/#lider-men');
	await expect(card.locator('a[href="/ordlista/#samtycke"]')).toHaveCount(1);
	for (const article of await page.locator('article').all()) {
		const hrefs = await article
			.locator('a.term-link')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(new Set(hrefs).size, (await article.getAttribute('id')) ?? '').toBe(hrefs.length);
	}
	await card.getByRole('link', { name: 'lider men' }).click();
	await expect(page).toHaveURL(/\/ordlista\/#lider-men$/);
	await expect(page.locator('dt#lider-men')).toBeInViewport();
});

test('in each answer the first use of a term links to the glossary, once', async ({ page }) => {
	await page.goto('/fragor-och-svar/');
	const answers = await page.getByRole('article').all();
	expect(answers.length).toBeGreaterThanOrEqual(12);
	let linked = 0;
	for (const answer of answers) {
		const hrefs = await answer
			.locator('a.term-link')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(new Set(hrefs).size).toBe(hrefs.length);
		if (hrefs.length > 0) linked++;
	}
	expect(linked).toBe(answers.length);
	const answer = page
		.getByRole('article')
		.filter({ has: page.getByRole('heading', { name: /Vilken sekretess gäller i skolan/ }) });
	await expect(answer.locator('a[href="/ordlista/#elevhalsa"]')).toHaveCount(1);
	await expect(answer.locator('a[href="/ordlista/#elevhalsa"]')).toHaveText(/^Elevhälsan$/i);
});

test('search finds a glossary term', async ({ page }) => {
	await page.goto(`/sok/?q=${encodeURIComponent('skaderekvisit')}`);
	await expect(page.getByRole('main').getByRole('status')).toHaveText(/\d+ träffar? för ”skaderekvisit”/);
	await expect(page.locator('#sokresultat').locator('a[href^="/ordlista/"]').first()).toBeVisible();
});
