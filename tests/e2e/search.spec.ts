import { expect, test } from '@playwright/test';

test('search finds content with the keyboard alone, and loads the index only when used', async ({ page }) => {
	const indexRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/pagefind/')) indexRequests.push(request.url());
	});
	await page.goto('/sok/');
	expect(indexRequests).toEqual([]);
	await page.getByRole('searchbox', { name: 'Sökord' }).fill('orosanmälan');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('main').getByRole('status')).toHaveText(/\d+ träffar? för ”orosanmälan”/);
	const results = page.getByRole('main').getByRole('list').last().getByRole('link');
	expect(await results.count()).toBeGreaterThan(0);
	await expect(results.filter({ hasText: 'Orosanmälan' }).first()).toBeVisible();
	expect(indexRequests.length).toBeGreaterThan(0);
});

test('a search from the address bar runs at once and says when nothing matched', async ({ page }) => {
	await page.goto('/sok/?q=xyzzyqwerty');
	await expect(page.getByRole('main').getByRole('status')).toHaveText('Inga träffar för ”xyzzyqwerty”.');
});
