import { expect, test } from '@playwright/test';
import { expectAxeClean } from '../helpers/e2e';

/**
 * No scenario has an embed address today, and the product has no test pages, so the test gives
 * scenario 1 one the way a build with `embedUrl` in its content would: in the props of the film
 * island in the built page. The other site is answered by a stand-in, so nothing leaves the machine.
 */
const EMBED = 'https://www.youtube-nocookie.com/embed/testfilm';
const PLAYER = `${EMBED}?autoplay=1`;

// page.route must see the page request; a service worker would answer it first.
test.use({ serviceWorkers: 'block' });

test('an embedded film is requested from its site only after a click, and the page says which site', async ({
	page,
	context,
	baseURL,
}) => {
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
	});
	await context.route(`${new URL(EMBED).origin}/**`, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: '<!doctype html><html lang="sv"><title>Spelare</title><p>Spelaren</p></html>',
		}),
	);
	let configured = false;
	await page.route('**/scenario/1/', async (route) => {
		const response = await route.fetch();
		const html = await response.text();
		const withEmbed = html.replace('&quot;embedUrl&quot;:[0]', `&quot;embedUrl&quot;:[0,&quot;${EMBED}&quot;]`);
		configured = withEmbed !== html;
		await route.fulfill({ response, body: withEmbed });
	});

	await page.goto('/scenario/1/', { waitUntil: 'networkidle' });
	expect(configured, 'the film island takes embedUrl as a prop').toBe(true);
	const section = page.getByRole('region', { name: 'Filmen' });
	const button = section.getByRole('button', { name: 'Spela filmen från www.youtube-nocookie.com' });
	await expect(button).toBeVisible();
	await expect(section).toContainText(
		'När du klickar på knappen hämtas spelaren från www.youtube-nocookie.com. Då får den webbplatsen bland annat din IP-adress',
	);
	await expect(section.getByRole('link', { name: /Se filmen hos Skolverket/ })).toBeVisible();
	await expect(section.locator('iframe')).toHaveCount(0);
	const axe = () => expectAxeClean(page, { include: 'section[aria-labelledby="filmen"]' });
	await axe();
	expect(foreign).toEqual([]);

	await button.click();
	const player = section.locator('iframe');
	await expect(player).toHaveAttribute('src', PLAYER);
	await expect(player).toHaveAttribute('title', /^Filmen till Scenario 1\./);
	await expect(player).toBeFocused();
	await expect.poll(() => foreign).toEqual([PLAYER]);
	await axe();
});
