import { expect, test } from '@playwright/test';
import { expectAxeClean } from '../helpers/e2e';
import { ROUTES } from '../fixtures/officialTexts';
import { listBuiltRoutes } from '../helpers/builtPages';

const builtRoutes = listBuiltRoutes();

test('the build contains every route of the product', () => {
	for (const route of ROUTES) expect(builtRoutes).toContain(route);
});

for (const route of ROUTES) {
	test(`${route} answers 200 in Swedish with exactly one h1`, async ({ page }) => {
		const response = await page.goto(route);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		await expect(page.getByRole('main')).toBeVisible();
		// A running session is shown on the projector without the site's menu.
		const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
		if (route === '/samtal/kor/') await expect(menu).toBeHidden();
		else await expect(menu).toBeVisible();
	});
}

for (const route of builtRoutes) {
	test(`${route} has no axe violations (WCAG 2.1 A/AA)`, async ({ page }) => {
		// The review list holds every legal statement of the product: axe needs longer on a busy machine.
		test.slow(route === '/granskning/');
		await page.goto(route);
		await expectAxeClean(page);
	});

	test(`${route} makes no request to another origin`, async ({ page, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
		});
		await page.goto(route, { waitUntil: 'networkidle' });
		expect(foreign).toEqual([]);
	});
}

test('an unknown address shows the Swedish not-found page', async ({ page }) => {
	const response = await page.goto('/finns-inte/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
});
