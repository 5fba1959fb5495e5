import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAxeClean } from '../helpers/e2e';

/** Presses Tab until `target` has focus: the way a keyboard user gets there. */
const tabTo = async (page: Page, target: Locator) => {
	for (let presses = 0; presses < 80; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Could not reach ${target} with Tab`);
};

const openFirstExercise = async (page: Page) => {
	await page.goto('/ovning/');
	const link = page.getByRole('main').getByRole('link').filter({ hasNotText: 'Scenario' }).first();
	const title = (await link.textContent())!.trim();
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByRole('button', { name: 'Välj' })).toBeEnabled();
	return title;
};

/** Chooses the first option at the current decision point with the keyboard; returns its label. */
const chooseFirstOption = async (page: Page) => {
	const options = page.getByRole('radiogroup').or(page.getByRole('group')).first().getByRole('radio');
	const first = options.first();
	const label = (await page.locator(`label[for="${await first.getAttribute('id')}"]`).textContent())!.trim();
	await tabTo(page, first);
	await page.keyboard.press('Space');
	await expect(first).toBeChecked();
	await tabTo(page, page.getByRole('button', { name: 'Välj' }));
	await page.keyboard.press('Enter');
	return label;
};

/** The button that leaves the feedback on a choice for what the choice led to. */
const goOnButton = (page: Page) => page.getByRole('button', { name: /^(Nästa situation|Se hur det slutar)$/ });

/** Reads the feedback on the choice just made (its heading has focus), then goes on by keyboard. */
const goOn = async (page: Page, label: string) => {
	await expect(page.getByRole('heading', { name: `Ditt val: ${label}` })).toBeFocused();
	await tabTo(page, goOnButton(page));
	await page.keyboard.press('Enter');
};

/** Chooses the first option and goes on past its feedback; returns the option's label. */
const playFirstOption = async (page: Page) => {
	const label = await chooseFirstOption(page);
	await goOn(page, label);
	return label;
};

const isAtEnd = (page: Page) => page.getByRole('heading', { name: 'Sammanfattning' }).isVisible();

test('keyboard only: choices with feedback and rule cards, to a summary of every choice', async ({ page }) => {
	await openFirstExercise(page);
	await expectAxeClean(page);
	const situation = page.locator('#lage');
	const chosen: string[] = [];
	while (!(await isAtEnd(page))) {
		chosen.push(await chooseFirstOption(page));
		// The feedback takes the decision's place, its heading focused, until the user goes on.
		await expect(page.getByRole('heading', { name: `Ditt val: ${chosen.at(-1)}` })).toBeFocused();
		await expect(situation).toBeHidden();
		if (chosen.length === 1) {
			await expect(page.locator('.rule-card')).toBeVisible();
			await expectAxeClean(page);
		}
		await goOn(page, chosen.at(-1)!);
		// The next decision point, or the end. (Two points in a row may open with the same words, so the
		// counter tells them apart, not the situation's text.)
		const next = page.getByText(`Beslutspunkt ${chosen.length + 1}`, { exact: true });
		await expect(next.or(page.getByRole('heading', { name: 'Sammanfattning' }))).toBeVisible();
		if (await next.isVisible()) await expect(situation).toBeFocused();
		expect(chosen.length).toBeLessThan(30);
	}
	const summary = page.getByRole('region', { name: 'Sammanfattning' });
	await expect(page.getByRole('heading', { name: 'Sammanfattning' })).toBeFocused();
	for (const label of chosen) await expect(summary.getByText(`Val: ${label}`)).toBeVisible();
	await expect(summary.getByRole('heading', { name: 'Att ta med sig' })).toBeVisible();
	await expectAxeClean(page);

	// The completed run is listed, and "Börja om" starts again at the first decision point.
	await expect(page.getByRole('region', { name: 'Tidigare genomförda' }).getByRole('listitem')).toHaveCount(1);
	await page.getByRole('button', { name: 'Börja om' }).click();
	await expect(page.getByText('Beslutspunkt 1')).toBeVisible();
});

test('a reload mid-run comes back to the same situation with its history', async ({ page }) => {
	await openFirstExercise(page);
	const first = await playFirstOption(page);
	const heading = page.locator('#lage');
	await expect(page.getByText('Beslutspunkt 2')).toBeVisible();
	const second = await playFirstOption(page);
	// Content rule: every exercise has at least four decision points, so two choices never end it.
	expect(await isAtEnd(page)).toBe(false);
	const situation = await heading.textContent();
	await page.reload();
	await expect(page.getByText('Beslutspunkt 3')).toBeVisible();
	await expect(heading).toHaveText(situation!);
	await expect(page.getByRole('heading', { name: /^Ditt val:/ })).toBeHidden();
	await page.getByRole('button', { name: 'Tillbaka' }).click();
	await expect(page.getByText('Beslutspunkt 2')).toBeVisible();
	const again = await playFirstOption(page);
	expect(again).toBe(second);
	while (!(await isAtEnd(page))) await playFirstOption(page);
	await expect(page.getByText(`Val: ${first}`)).toBeVisible();
	await expect(page.getByText(`Val: ${second}`)).toBeVisible();
});

test('the feedback on a choice is still shown after a reload, and going back removes it', async ({ page }) => {
	await openFirstExercise(page);
	const label = await chooseFirstOption(page);
	const feedback = page.getByRole('heading', { name: `Ditt val: ${label}` });
	await expect(feedback).toBeFocused();
	const verdict = await page.locator('.rule-card').textContent();
	await page.reload();
	await expect(feedback).toBeVisible();
	await expect(page.locator('.rule-card')).toHaveText(verdict!);
	await expect(page.getByRole('button', { name: 'Nästa situation' })).toBeVisible();
	await page.getByRole('button', { name: 'Tillbaka' }).click();
	await expect(page.getByText('Beslutspunkt 1')).toBeVisible();
	await expect(feedback).toBeHidden();
	await page.reload();
	await expect(page.getByText('Beslutspunkt 1')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Välj' })).toBeEnabled();
	await expect(page.getByRole('heading', { name: /^Ditt val:/ })).toBeHidden();
});

test('on a phone the verdict appears where the user chose, focused, and "Nästa situation" moves on', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openFirstExercise(page);
	const label = await chooseFirstOption(page);
	const feedback = page.getByRole('heading', { name: `Ditt val: ${label}` });
	await expect(feedback).toBeFocused();
	const box = (await feedback.boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y).toBeLessThan(844);
	// The heading's description reads the verdict and the explanation along with it.
	const verdict = await page.locator('.rule-card__verdict').innerText();
	await expect(feedback).toHaveAccessibleDescription(new RegExp(`^${verdict} \\S`));
	await page.getByRole('button', { name: 'Nästa situation' }).click();
	await expect(page.getByText('Beslutspunkt 2')).toBeVisible();
	await expect(page.locator('#lage')).toBeFocused();
	await expect(feedback).toBeHidden();
});

test('group mode: votes per option and the reason appear on the end screen', async ({ page }) => {
	await openFirstExercise(page);
	const toggle = page.getByRole('checkbox', { name: /Gruppläge/ });
	await tabTo(page, toggle);
	await page.keyboard.press('Space');
	await expect(toggle).toBeChecked();

	const options = page.getByRole('group').first().getByRole('radio');
	const labels = await Promise.all(
		(await options.all()).map(async (radio) =>
			(await page.locator(`label[for="${await radio.getAttribute('id')}"]`).textContent())!.trim(),
		),
	);
	await tabTo(page, page.getByRole('spinbutton', { name: `Röster på ”${labels[0]}”` }));
	await page.keyboard.type('3');
	await tabTo(page, page.getByRole('spinbutton', { name: `Röster på ”${labels[1]}”` }));
	await page.keyboard.type('2');
	await tabTo(page, page.getByRole('textbox', { name: 'Gruppens motivering till valet' }));
	await page.keyboard.type('Vi vill börja med familjen.');
	await playFirstOption(page);
	while (!(await isAtEnd(page))) await playFirstOption(page);
	await expect(
		page.getByText(`3 valde ”${labels[0]}”, 2 valde ”${labels[1]}” – motivering: Vi vill börja med familjen.`),
	).toBeVisible();
});

test('a finished run opens again from "Tidigare genomförda" after a reload, with its ending and every choice', async ({
	page,
}) => {
	await openFirstExercise(page);
	const chosen: string[] = [];
	while (!(await isAtEnd(page))) chosen.push(await playFirstOption(page));
	const ending = (await page
		.getByRole('region', { name: 'Sammanfattning' })
		.getByRole('heading', { level: 3 })
		.first()
		.textContent())!;
	await page.reload();
	await expect(page.getByText('Beslutspunkt 1')).toBeVisible();

	const earlier = page.getByRole('region', { name: 'Tidigare genomförda' });
	const run = earlier.getByRole('button', { name: new RegExp(`: ${ending.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
	await expect(run).toHaveAttribute('aria-expanded', 'false');
	await tabTo(page, run);
	await page.keyboard.press('Enter');
	const heading = earlier.getByRole('heading', { name: /^Genomförd \d{1,2} \S+ \d{4} kl\. \d\d:\d\d$/ });
	await expect(heading).toBeFocused();
	await expect(run).toHaveAttribute('aria-expanded', 'true');
	const opened = earlier.getByRole('region', { name: /^Genomförd / });
	await expect(opened.getByRole('heading', { name: ending })).toBeVisible();
	for (const label of chosen) await expect(opened.getByText(`Val: ${label}`)).toBeVisible();
	// The run at hand is where it was.
	await expect(page.getByText('Beslutspunkt 1')).toBeVisible();
	await expectAxeClean(page);

	await tabTo(page, earlier.getByRole('button', { name: 'Stäng omgången' }));
	await page.keyboard.press('Enter');
	await expect(run).toBeFocused();
	await expect(heading).toBeHidden();
});

test('choosing without selecting an option says what is missing', async ({ page }) => {
	await openFirstExercise(page);
	await page.getByRole('button', { name: 'Välj' }).click();
	await expect(page.getByRole('alert')).toHaveText('Välj ett av alternativen först.');
});

test('a run saved under an earlier version of the exercise starts afresh with a notice', async ({ page }) => {
	await openFirstExercise(page);
	await playFirstOption(page);
	await expect(page.getByText('Beslutspunkt 2')).toBeVisible();
	// The stored run now claims to come from an older version of the exercise.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('samverkansrummet');
				request.onsuccess = () => {
					const store = request.result.transaction('exerciseRuns', 'readwrite').objectStore('exerciseRuns');
					const all = store.getAll();
					all.onsuccess = () => {
						for (const run of all.result) store.put({ ...run, exerciseVersion: 0 });
						store.transaction.oncomplete = () => resolve();
					};
				};
				request.onerror = () => reject(request.error);
			}),
	);
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'Övningen har ändrats sedan du började' })).toBeVisible();
	await expect(page.getByText('Beslutspunkt 1')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Välj' })).toBeEnabled();
});

test('the summary prints without the controls', async ({ page }) => {
	await openFirstExercise(page);
	while (!(await isAtEnd(page))) await playFirstOption(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: 'Sammanfattning' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Börja om' })).toBeHidden();
	await expect(page.getByRole('checkbox', { name: /Gruppläge/ })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
});

test('each scenario page offers its exercise', async ({ page }) => {
	for (const scenario of [1, 2, 3]) {
		await page.goto(`/scenario/${scenario}/`);
		const section = page.getByRole('region', { name: 'Övning' });
		await section.getByRole('link').first().click();
		await expect(page).toHaveURL(/\/ovning\/[a-z0-9-]+\/$/);
		await expect(page.getByRole('link', { name: new RegExp(`^Scenario ${scenario}\\.`) })).toBeVisible();
	}
});

/** The labels of the choices at the current decision point, in the order shown. */
const choiceOrder = (page: Page) =>
	page
		.getByRole('group')
		.first()
		.getByRole('radio')
		.evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent?.trim()));

test('the choices stand in the attempt’s own order: kept across a reload, new after "Börja om"', async ({ page }) => {
	await openFirstExercise(page);
	const firstOrder = await choiceOrder(page);
	await playFirstOption(page);
	await expect(page.getByText('Beslutspunkt 2')).toBeVisible();
	const secondOrder = await choiceOrder(page);
	await page.reload();
	await expect(page.getByText('Beslutspunkt 2')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Välj' })).toBeEnabled();
	expect(await choiceOrder(page)).toEqual(secondOrder);

	// Each new attempt draws a new order: six attempts in the same order would be a one-in-tens-of-thousands chance.
	const orders = [firstOrder];
	for (let attempt = 0; attempt < 6; attempt++) {
		await page.getByRole('button', { name: 'Börja om' }).click();
		await expect(page.getByText('Beslutspunkt 1')).toBeVisible();
		orders.push(await choiceOrder(page));
		await playFirstOption(page);
	}
	expect(new Set(orders.map((order) => order.join('|'))).size).toBeGreaterThan(1);
	for (const order of orders) expect([...order].sort()).toEqual([...firstOrder].sort());
});

test('the end screen scores the path: how many choices were within the law, and the better choice where one was missed', async ({
	page,
}) => {
	await openFirstExercise(page);
	const verdicts: string[] = [];
	while (!(await isAtEnd(page))) {
		await chooseFirstOption(page);
		verdicts.push((await page.locator('#aterkoppling-bedomning').textContent())!.trim());
		await goOnButton(page).click();
		expect(verdicts.length).toBeLessThan(30);
	}
	const lawful = verdicts.filter((verdict) => verdict !== 'Inte tillåtet').length;
	const summary = page.getByRole('region', { name: 'Sammanfattning' });
	await expect(summary.getByText(`${lawful} av ${verdicts.length} val var förenliga med lagen.`)).toBeVisible();
	// Every choice that was not among the best at its point names the better one.
	const unlawful = verdicts.length - lawful;
	expect(await summary.getByText(/^Bättre val: /).count()).toBeGreaterThanOrEqual(unlawful);
	await expectAxeClean(page);
});
