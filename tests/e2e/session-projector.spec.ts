import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from '../helpers/e2e';
import { startSession, stepHeading } from '../helpers/session';

/** Opens the projector window from a running session; returns it once it shows the slide. */
const openProjector = async (page: Page) => {
	const popup = page.waitForEvent('popup');
	await page.getByRole('button', { name: 'Öppna projektorfönster' }).click();
	const projector = await popup;
	await expect(page.getByRole('status').filter({ hasText: 'Projektorfönstret är öppet' })).toBeVisible();
	return projector;
};

const roomHeading = (projector: Page) => projector.locator('#projektor-rubrik');

test('the projector window follows the control window through every step, blanks on B and shows the pause', async ({
	page,
}) => {
	await startSession(page, 'Projektorrummet', 1);
	const projector = await openProjector(page);
	await expect(roomHeading(projector)).toHaveText('Inledning');
	// The room sees the step, its time and the ground rules: no fields, notes or controls.
	await expect(projector.getByRole('timer', { name: 'Tid för steget' })).toContainText('Tid kvar: ');
	await expect(projector.getByText('Alla röster är viktiga.', { exact: false })).toBeVisible();
	await expect(projector.getByRole('textbox')).toHaveCount(0);
	await expect(projector.getByRole('button')).toHaveCount(0);
	await expectAxeClean(projector, { label: 'projektor: Inledning' });

	await stepHeading(page).focus();
	const seen: string[] = [];
	const STEPS = ['Film', 'Övning', 'Avslutning', 'Sammanfattning'];
	while ((await stepHeading(page).textContent()) !== 'Sammanfattning') {
		await page.keyboard.press('PageDown');
		await expect(stepHeading(page)).not.toHaveText(seen.at(-1) ?? 'Inledning');
		const heading = (await stepHeading(page).textContent())!;
		await expect(roomHeading(projector)).toHaveText(heading);
		// A question shows with its theme and place, as on the facilitator's screen.
		const asked = seen.filter((text) => !STEPS.includes(text)).length + 1;
		if (!STEPS.includes(heading))
			await expect(projector.getByText(new RegExp(` · Fråga ${asked} av 3$`))).toBeVisible();
		await expect(projector.getByRole('textbox')).toHaveCount(0);
		await expectAxeClean(projector, { label: `projektor: ${heading}` });
		seen.push(heading);
	}
	// Film, the three chosen questions, the exercise, the wrap-up and the summary.
	expect(seen).toHaveLength(7);
	expect(seen.filter((text) => STEPS.includes(text))).toEqual(STEPS);
	await expect(projector.getByText('Samtalet är klart. Tack för i dag!')).toBeVisible();

	// B blanks the projector only: the facilitator keeps the controls and is told the room sees black.
	await stepHeading(page).focus();
	await page.keyboard.press('b');
	const black = projector.getByRole('region', { name: 'Skärmen är släckt' });
	await expect(black).toBeVisible();
	expect(await black.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(0, 0, 0)');
	await expect(page.getByRole('status').filter({ hasText: 'Projektorn är släckt.' })).toBeVisible();
	await expect(page.getByRole('dialog', { name: 'Skärmen är släckt' })).toHaveCount(0);
	await expectAxeClean(projector, { label: 'projektor: släckt' });
	await page.keyboard.press('.');
	await expect(black).toHaveCount(0);
	await expect(roomHeading(projector)).toHaveText('Sammanfattning');

	// The pause shows in the room, and ends there when the facilitator goes on.
	await page.getByRole('button', { name: 'Paus', exact: true }).click();
	const pause = projector.getByRole('region', { name: 'Paus' });
	await expect(pause).toBeVisible();
	await expect(pause).toContainText('Vi fortsätter strax.');
	await expectAxeClean(projector, { label: 'projektor: paus' });
	await page.getByRole('dialog', { name: 'Paus' }).getByRole('button', { name: 'Fortsätt' }).click();
	await expect(pause).toHaveCount(0);
	await expect(stepHeading(page)).toBeFocused();
	await expectAxeClean(page, { label: 'samtalsledarens fönster med projektor' });
});

test('a clicker pointed at the projector window moves the meeting too, and the window finds the meeting again after a reload', async ({
	page,
}) => {
	await startSession(page, 'Klickerrummet', 2);
	const projector = await openProjector(page);
	await expect(roomHeading(projector)).toHaveText('Inledning');
	await projector.keyboard.press('PageDown');
	await expect(stepHeading(page)).toHaveText('Film');
	await expect(roomHeading(projector)).toHaveText('Film');
	await projector.keyboard.press('PageUp');
	await expect(stepHeading(page)).toHaveText('Inledning');
	// B over there blanks it; the next key lights it again, without moving on.
	await projector.keyboard.press('b');
	await expect(projector.getByRole('region', { name: 'Skärmen är släckt' })).toBeVisible();
	await projector.keyboard.press('PageDown');
	await expect(projector.getByRole('region', { name: 'Skärmen är släckt' })).toHaveCount(0);
	await expect(stepHeading(page)).toHaveText('Inledning');

	// The facilitator's window reloads: the projector says so, then shows the meeting again.
	await page.getByRole('navigation', { name: 'Samtalets steg' }).getByRole('button', { name: 'Avslutning' }).click();
	await expect(roomHeading(projector)).toHaveText('Avslutning');
	await page.reload();
	await expect(stepHeading(page)).toHaveText('Avslutning');
	await expect(roomHeading(projector)).toHaveText('Avslutning');
	await expect(page.getByRole('status').filter({ hasText: 'Projektorfönstret är öppet' })).toBeVisible();
});

test.describe('on a 1920 × 1080 projector', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('the room reads the time and the step at 28 px or more, the question spans the screen, and a narrow window never scrolls sideways', async ({
		page,
	}) => {
		await startSession(page, 'Stora skärmen', 1);
		const projector = await openProjector(page);
		await projector.setViewportSize({ width: 1920, height: 1080 });
		const fontSize = (selector: string) =>
			projector
				.locator(selector)
				.first()
				.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
		await expect(projector.getByRole('timer')).toBeVisible();
		expect(await fontSize('[role="timer"]')).toBeGreaterThanOrEqual(28);
		expect(await fontSize('#projektor-rubrik')).toBeGreaterThanOrEqual(28);
		await page
			.getByRole('navigation', { name: 'Samtalets steg' })
			.getByRole('button', { name: 'Reflektionsfrågor' })
			.click();
		await expect(projector.getByText(/ · Fråga 1 av 3$/)).toBeVisible();
		const { width } = (await roomHeading(projector).boundingBox())!;
		expect(width).toBeGreaterThan(1920 * 0.8);

		await projector.setViewportSize({ width: 320, height: 640 });
		const overflow = () =>
			projector.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(await overflow()).toBeLessThanOrEqual(0);
		await page.getByRole('button', { name: 'Paus', exact: true }).click();
		await expect(projector.getByRole('region', { name: 'Paus' })).toBeVisible();
		expect(await overflow()).toBeLessThanOrEqual(0);
	});
});
