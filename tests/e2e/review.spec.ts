import { expect, test, type Page } from '@playwright/test';
import { readCollection } from '../helpers/content';

interface Choice {
	feedback: string;
}
interface Exercise {
	nodes: Record<string, { choices: Choice[] }>;
}
interface Quiz {
	explanation: string;
	options: { whyWrong?: string }[];
}

const exercises = readCollection('exercises').map(({ data }) => data as Exercise);
const quiz = readCollection('quiz').map(({ data }) => data as Quiz);
const choices = exercises.flatMap(({ nodes }) => Object.values(nodes).flatMap((node) => node.choices));
const wrongOptions = quiz.flatMap(({ options }) => options.filter(({ whyWrong }) => whyWrong));

/** The items of one part of the review list, found by its heading. */
const itemsOf = (page: Page, heading: RegExp) => page.getByRole('region', { name: heading }).getByRole('listitem');

test('the review list holds every legal statement of the content, counted per kind', async ({ page }) => {
	await page.goto('/granskning/');
	await expect(page.getByRole('heading', { level: 1, name: 'Granskningsunderlag' })).toBeVisible();
	await expect(itemsOf(page, /^Lagkort/)).toHaveCount(readCollection('law').length);
	await expect(itemsOf(page, /^Frågor och svar/)).toHaveCount(readCollection('faq').length);
	await expect(itemsOf(page, /^Övningar/)).toHaveCount(choices.length);
	await expect(itemsOf(page, /^Testfrågor/)).toHaveCount(quiz.length + wrongOptions.length);
	await expect(itemsOf(page, /^Ordlista/)).toHaveCount(readCollection('glossary').length);
	const dela = readCollection('dela')[0]!.data as { outcomes: Record<string, unknown> };
	await expect(itemsOf(page, /^Får vi dela\?/)).toHaveCount(Object.keys(dela.outcomes).length);
	expect(Object.keys(dela.outcomes).length).toBeGreaterThan(15);
	expect(choices.length).toBeGreaterThan(20);
});

test('every exercise choice and every quiz explanation is printed word for word, with its date', async ({ page }) => {
	await page.goto('/granskning/');
	const main = await page.getByRole('main').innerText();
	const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
	const shown = flat(main);
	for (const { feedback } of choices) expect(shown).toContain(flat(feedback));
	for (const { explanation } of quiz) expect(shown).toContain(flat(explanation));
	for (const { whyWrong } of wrongOptions) expect(shown).toContain(flat(whyWrong!));
	const exercisePart = page.getByRole('region', { name: /^Övningar/ });
	await expect(exercisePart.getByText(/^Bedömning: /).first()).toBeVisible();
	await expect(exercisePart.getByText(/Lagstöd: OSL \d+ kap\./).first()).toBeVisible();
	await expect(exercisePart.getByText(/content\/exercises\/.+\.yaml/).first()).toBeVisible();
});

test('the list prints without the menu and the jump links', async ({ page }) => {
	await page.goto('/granskning/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Delar av underlaget' })).toBeHidden();
	await expect(itemsOf(page, /^Lagkort/).first()).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
});
