import { expect, test } from '@playwright/test';
import { OFFICIAL_SCENARIOS, OFFICIAL_THEMES } from '../fixtures/officialTexts';

test('/reflektion/ shows all eleven official questions word for word, in their themes', async ({ page }) => {
	await page.goto('/reflektion/');
	const items = page.getByRole('main').getByRole('listitem');
	await expect(items).toHaveCount(11);
	for (const theme of OFFICIAL_THEMES) {
		const section = page.getByRole('region', { name: theme.title });
		await expect(section.getByRole('heading', { level: 2 })).toHaveText(theme.title);
		await expect(section.getByRole('listitem')).toHaveText([...theme.questions]);
	}
	await expect(page.getByText(/Källa: Skolverket, Socialstyrelsen och Polismyndigheten/)).toBeVisible();
});

test('/reflektion/ prints as a handout without the site navigation', async ({ page }) => {
	await page.goto('/reflektion/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Skriv ut frågorna' })).toBeHidden();
	await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(11);
});

for (const scenario of OFFICIAL_SCENARIOS) {
	test(`scenario ${scenario.number} shows its quote word for word with speaker, role and duration`, async ({
		page,
	}) => {
		await page.goto(`/scenario/${scenario.number}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario ${scenario.number}. ${scenario.title}`);
		const figure = page.getByRole('figure');
		await expect(figure.getByRole('blockquote')).toHaveText(`”${scenario.quote}”`);
		await expect(figure.locator('figcaption')).toContainText(`${scenario.speaker}, ${scenario.role}`);
		await expect(page.getByText(`${scenario.duration} min`)).toBeVisible();
		await expect(page.getByRole('link', { name: /Se filmen hos Skolverket/ })).toHaveAttribute(
			'href',
			/^https:\/\/www\.skolverket\.se\//,
		);
	});
}

test('only scenario 3 lists the question that names scenario 3', async ({ page }) => {
	const question = OFFICIAL_THEMES[2].questions[3];
	await page.goto('/scenario/3/');
	await expect(page.getByText(question)).toBeVisible();
	await page.goto('/scenario/1/');
	await expect(page.getByText(question)).toHaveCount(0);
});

test('questions and answers cite law entries that exist on the law page', async ({ page }) => {
	await page.goto('/fragor-och-svar/');
	await expect(page.getByText('Vägledning, inte juridisk rådgivning.')).toBeVisible();
	await expect(page.getByText(/Senast granskad/)).toBeVisible();
	const articles = page.getByRole('article');
	expect(await articles.count()).toBeGreaterThanOrEqual(12);
	const citation = page.getByRole('link', { name: 'OSL 10 kap. 18 a §' }).first();
	await citation.click();
	await expect(page).toHaveURL(/\/lag\/#osl-10-18a$/);
	await expect(page.getByRole('heading', { name: /OSL 10 kap\. 18 a §/ })).toBeInViewport();
});

test('the changes since 2024 page tells what is new in the law', async ({ page }) => {
	await page.goto('/samverkan/');
	await page.getByRole('link', { name: 'Vad har ändrats sedan 2024?' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vad har ändrats sedan 2024?');
	await expect(page.getByRole('main')).toContainText('2025:400');
});

test('the facilitator guide is on /samtal/', async ({ page }) => {
	await page.goto('/samtal/');
	await expect(page.getByText('Samtala om scenariot – aldrig om verkliga barn eller familjer.')).toBeVisible();
	expect(await page.getByRole('main').getByRole('heading', { level: 2 }).count()).toBeGreaterThan(2);
});
