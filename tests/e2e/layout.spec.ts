import { expect, test } from '@playwright/test';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
	await page.goto('/om/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('main')).toBeFocused();
});

test('the current page is marked in the menu', async ({ page }) => {
	await page.goto('/fragor-och-svar/');
	await expect(
		page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Frågor och svar' }),
	).toHaveAttribute('aria-current', 'page');
});

for (const width of [320, 1920]) {
	test(`pages fit a ${width} px wide window without sideways scrolling`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		for (const route of [
			'/',
			'/scenario/3/',
			'/fragor-och-svar/',
			'/lag/',
			'/samverkan/orosanmalan/',
			'/dela/',
			'/dela/karta/',
			'/dela/?fran=socialtjanst&till=polis&vad=risk-brott&alder=15-17&samtycke=nej&akut=nej',
		]) {
			await page.goto(route);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow, route).toBeLessThanOrEqual(0);
		}
	});
}
