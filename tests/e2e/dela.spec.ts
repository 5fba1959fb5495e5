import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from '../helpers/e2e';
import { cutNetwork, ownPort, startDistServer, visitOnceOnline } from '../helpers/offline';

const expectNoAxeViolations = (page: Page, where: string) => expectAxeClean(page, { label: where });

const heading = (page: Page) => page.locator('#dela-rubrik');

/** Answers the current question by keyboard alone: Tab into the radio group, arrows to the answer, Tab to the button, Enter. */
const answerByKeyboard = async (page: Page, answer: string, question: string) => {
	await expect(page.getByRole('heading', { name: question })).toBeVisible();
	const group = page.getByRole('group', { name: question });
	for (let tabs = 0; tabs < 40; tabs++) {
		if (
			await group.getByRole('radio').evaluateAll((radios) => radios.some((radio) => radio === document.activeElement))
		)
			break;
		await page.keyboard.press('Tab');
	}
	const target = group.getByRole('radio', { name: answer });
	for (let moves = 0; moves < 8 && !(await target.isChecked()); moves++) await page.keyboard.press('ArrowDown');
	await expect(target).toBeChecked();
	await expect(target).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: /Nästa fråga|Visa svaret/ })).toBeFocused();
	await page.keyboard.press('Enter');
};

const RESULT_ADDRESS = '/dela/?fran=kommunal-skola&till=polis&vad=brott-i-skolan&alder=15-17&samtycke=nej&akut=nej';

test('the whole helper by keyboard: back and forth, a result with its statutes and the disclaimer, axe clean on every step', async ({
	page,
}) => {
	// Seven axe runs on a busy 2-core machine.
	test.setTimeout(300_000);
	await page.goto('/dela/');
	await expectNoAxeViolations(page, 'fråga 1');
	await answerByKeyboard(page, 'Kommunal skola (också elevhälsan utom den medicinska delen)', 'Vem är du?');
	await expect(heading(page)).toBeFocused();
	await expect(page.getByRole('status')).toHaveText('Fråga 2 av 6');
	// The sender is not offered as a receiver.
	await expect(page.getByRole('radio', { name: 'En kommunal skola' })).toHaveCount(0);
	await expectNoAxeViolations(page, 'fråga 2');
	await answerByKeyboard(page, 'Polisen', 'Till vem vill du lämna uppgiften?');
	await expect(heading(page)).toHaveText('Vad gäller det?');
	await expect(heading(page)).toBeFocused();
	await expectNoAxeViolations(page, 'fråga 3');

	// Back, by keyboard: the earlier answer is still chosen.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('radio').first()).toBeFocused();
	await page.getByRole('button', { name: 'Tillbaka' }).focus();
	await page.keyboard.press('Enter');
	await expect(heading(page)).toHaveText('Till vem vill du lämna uppgiften?');
	await expect(heading(page)).toBeFocused();
	await expect(page.getByRole('radio', { name: 'Polisen' })).toBeChecked();
	await answerByKeyboard(page, 'Polisen', 'Till vem vill du lämna uppgiften?');

	await answerByKeyboard(page, 'Misstanke om ett brott som barnet har begått i skolan', 'Vad gäller det?');
	await expectNoAxeViolations(page, 'fråga 4');
	await answerByKeyboard(page, '15–17 år', 'Hur gammal är barnet eller den unga?');
	await expectNoAxeViolations(page, 'fråga 5');
	await answerByKeyboard(page, 'Nej, eller vet inte', 'Finns det samtycke till att uppgiften lämnas?');
	await expectNoAxeViolations(page, 'fråga 6');
	await answerByKeyboard(page, 'Nej', 'Finns det akut fara för någons liv eller hälsa?');

	await expect(heading(page)).toHaveText('Rektorn ska anmäla brottet till polisen');
	await expect(heading(page)).toBeFocused();
	await expect(page.getByRole('status')).toHaveText('Svar: Rektorn ska anmäla brottet till polisen');
	await expect(page.getByText('Ska delas – en skyldighet')).toBeVisible();
	await expect(page.getByText('En avvägning: ”övervägande skäl”.')).toBeVisible();
	await expect(page.getByRole('link', { name: /^skollagen 6 a kap\. 10 §/ })).toHaveAttribute(
		'href',
		'/lag/#skoll-6a-10',
	);
	await expect(page.getByRole('link', { name: /^OSL 10 kap\. 24 §/ })).toHaveAttribute('href', '/lag/#osl-10-24');
	await expect(page.getByText('Vägledning, inte juridisk rådgivning.', { exact: false })).toBeVisible();
	await expect(page.getByText(/Senast granskad: \d+ \w+ \d{4}/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Karta: vem får dela vad med vem?' }).last()).toHaveAttribute(
		'href',
		'/dela/karta/',
	);
	await expect(page).toHaveURL(RESULT_ADDRESS);
	await expectNoAxeViolations(page, 'svaret');

	// And back from the result to the last question, its answer kept; the address no longer names a result.
	await page.getByRole('button', { name: 'Tillbaka' }).focus();
	await page.keyboard.press('Enter');
	await expect(heading(page)).toHaveText('Finns det akut fara för någons liv eller hälsa?');
	await expect(heading(page)).toBeFocused();
	await expect(page.getByRole('radio', { name: 'Nej' })).toBeChecked();
	await expect(page).not.toHaveURL(/akut=/);
});

test('a friskola result shows the rule until 2026 and the dated pointer to 2027; nothing is stored', async ({
	page,
}) => {
	await page.goto('/dela/?fran=fristaende-skola&till=polis&vad=risk-brott&alder=15-17&samtycke=nej&akut=nej');
	await expect(heading(page)).toHaveText('Inte utan samtycke – en fristående skola har tystnadsplikt');
	await expect(page.getByText('Får inte delas utan samtycke')).toBeVisible();
	await expect(
		page.getByText(/till och med 31 december 2026.*1 januari 2027 \(beslutat, SFS 2026:714\).*Kontrollera lydelsen\./),
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Gör i stället' })).toBeVisible();
	const stored = await page.evaluate(async () => ({
		local: localStorage.length,
		databases: (await indexedDB.databases()).map(({ name }) => name),
	}));
	expect(stored).toEqual({ local: 0, databases: [] });
});

test('an address with a bad answer starts at the first question it cannot use', async ({ page }) => {
	await page.goto('/dela/?fran=polis&till=polis&vad=oro');
	await expect(heading(page)).toHaveText('Till vem vill du lämna uppgiften?');
	await expect(page).toHaveURL('/dela/?fran=polis');
});

test.describe('offline', () => {
	const port = ownPort(5);
	test.use({ baseURL: `http://localhost:${port}`, serviceWorkers: 'allow' });

	test('the result address reopens the same result with no network', async ({ page, context }) => {
		test.setTimeout(90_000);
		const server = await startDistServer(port);
		try {
			await visitOnceOnline(page);
			await cutNetwork(context, server);
			await page.goto(RESULT_ADDRESS);
			await expect(heading(page)).toHaveText('Rektorn ska anmäla brottet till polisen');
			await expect(page.getByRole('link', { name: /^skollagen 6 a kap\. 10 §/ })).toBeVisible();
		} finally {
			await server.stop();
		}
	});
});

/** The routes the issue asks the map to draw, by law card (written from the issue, not from the map's data). */
const REQUIRED_ROUTES = [
	'osl-12-2',
	'sol-19-1',
	'sol-20-6',
	'osl-10-18a',
	'osl-10-20',
	'osl-10-21',
	'osl-10-22',
	'osl-10-23',
	'osl-10-24',
	'osl-10-15a',
	'osl-10-27',
	'skoll-6a-10',
	'skoll-3-12j',
];

test.describe('the law map', () => {
	test('every arrow links to an existing law card, and the text list says the same', async ({ page }) => {
		await page.goto('/lag/');
		const cards = await page.locator('main article[id]').evaluateAll((articles) => articles.map(({ id }) => id));
		await page.getByRole('link', { name: 'Karta: vem får dela vad med vem?' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Vem får dela vad med vem?' })).toBeVisible();
		const map = page.getByRole('group', { name: 'Karta över lagreglerna för att dela uppgifter' });
		const arrows = await map
			.getByRole('link')
			.evaluateAll((links) =>
				links.map((link) => ({ name: link.getAttribute('aria-label'), href: link.getAttribute('href') })),
			);
		const listed = await page
			.locator('.karta__lista')
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => ({ name: link.textContent, href: link.getAttribute('href') })));
		expect(listed).toEqual(arrows);
		expect(arrows.map(({ href }) => href!.replace('/lag/#', '')).sort()).toEqual([...REQUIRED_ROUTES].sort());
		for (const { href } of arrows) expect(cards).toContain(href!.replace('/lag/#', ''));
		await map.getByRole('link', { name: /Socialtjänsten till Polisen: 10:18 a/ }).click();
		await expect(page).toHaveURL('/lag/#osl-10-18a');
	});

	test('is axe clean, fits 320 px without sideways scroll, and ships no script beyond the site script', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/dela/karta/');
		await expectNoAxeViolations(page, 'kartan');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		const box = await page.getByRole('group', { name: 'Karta över lagreglerna för att dela uppgifter' }).boundingBox();
		expect(box!.width).toBeLessThanOrEqual(320);
		const scripts = async () =>
			page
				.locator('script[src], script[type="module"]')
				.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src') ?? 'inline'));
		const onMap = await scripts();
		await page.goto('/lag/');
		expect(onMap).toEqual(await scripts());
		await page.goto('/dela/karta/');
		await expect(page.locator('astro-island')).toHaveCount(0);
	});
});
