import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { OFFICIAL_THEMES } from '../fixtures/officialTexts';
import { expectAxeClean, listenToAnnouncements, openWithIsland, readStoredRecords } from '../helpers/e2e';
import { questionBoxes, startSession, stepHeading } from '../helpers/session';

const ALL_QUESTIONS = OFFICIAL_THEMES.flatMap(({ questions }) => [...questions]);

const tabTo = async (page: Page, target: Locator) => {
	for (let presses = 0; presses < 80; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('Could not reach the element with Tab');
};

/** Chooses the first option of the exercise's decision point with the keyboard; the feedback takes focus. */
const chooseFirst = async (page: Page) => {
	const first = page
		.getByRole('group')
		.filter({ has: page.getByRole('radio') })
		.first()
		.getByRole('radio')
		.first();
	await tabTo(page, first);
	await page.keyboard.press('Space');
	await tabTo(page, page.getByRole('button', { name: 'Välj' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /^Ditt val:/ })).toBeFocused();
};

/** Goes on from the feedback with the keyboard, to the next decision point or the exercise's summary. */
const goOn = async (page: Page) => {
	await tabTo(page, page.getByRole('button', { name: /^(Nästa situation|Se hur det slutar)$/ }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /^Ditt val:/ })).toBeHidden();
};

test('a whole session with the keyboard: every step, answers kept across a reload, minutes and Markdown', async ({
	page,
}) => {
	test.setTimeout(120_000);
	await startSession(page, 'SSPF Norra', 3, 45, { allQuestions: true });
	await expect(page.getByRole('timer')).toHaveText(/Tid kvar: \d+:\d\d av 5 min/);
	await expectAxeClean(page, { label: 'intro' });

	await page.keyboard.press('ArrowRight');
	await expect(stepHeading(page)).toHaveText('Film');
	await expect(stepHeading(page)).toBeFocused();
	await expectAxeClean(page, { label: 'film' });
	await page.keyboard.press('ArrowRight');

	const answers: string[] = [];
	for (const [index, question] of ALL_QUESTIONS.entries()) {
		await expect(stepHeading(page)).toHaveText(question);
		await expect(page.getByText(`Fråga ${index + 1} av ${ALL_QUESTIONS.length}`)).toBeVisible();
		if (index === 4) {
			// Skip one question with the button, reached by keyboard.
			await tabTo(page, page.getByRole('button', { name: 'Hoppa över frågan' }));
			await page.keyboard.press('Enter');
			continue;
		}
		const field = page.getByRole('textbox', { name: 'Gruppens svar (sekreteraren skriver)' });
		// The field takes typing once the stored answer is read (read-only for that moment).
		await expect(field).toBeEditable();
		await tabTo(page, field);
		const answer = `Gruppens svar ${index + 1}: <b>vi</b> [länk](x) *samverkar*`;
		await page.keyboard.type(answer);
		await expect(field).toHaveValue(answer);
		answers.push(answer);
		await page.keyboard.press('Escape');
		if (index === 0) await expectAxeClean(page, { label: 'question' });
		if (index === 6) {
			await page.reload();
			await expect(stepHeading(page)).toHaveText(question);
			await expect(page.getByRole('textbox', { name: 'Gruppens svar (sekreteraren skriver)' })).toHaveValue(answer);
			await page.keyboard.press('ArrowLeft');
			await page.keyboard.press('ArrowLeft');
			await expect(stepHeading(page)).toHaveText(ALL_QUESTIONS[4]!);
			await page.keyboard.press('ArrowLeft');
			await expect(page.getByRole('textbox', { name: 'Gruppens svar (sekreteraren skriver)' })).toHaveValue(
				answers[3]!,
			);
			for (let forward = 0; forward < 3; forward++) await page.keyboard.press('ArrowRight');
			await expect(stepHeading(page)).toHaveText(question);
		}
		await page.keyboard.press('ArrowRight');
	}

	await expect(stepHeading(page)).toHaveText('Övning');
	await expect(page.getByRole('checkbox', { name: /Gruppläge/ })).toBeChecked();
	await tabTo(page, page.getByRole('spinbutton').first());
	await page.keyboard.type('4');
	await tabTo(page, page.getByRole('textbox', { name: 'Gruppens motivering till valet' }));
	await page.keyboard.type('Vi vill bygga förtroende först.');
	await chooseFirst(page);
	await expectAxeClean(page, { label: 'exercise feedback' });
	await goOn(page);
	while (!(await page.getByRole('heading', { name: 'Sammanfattning' }).isVisible())) {
		await chooseFirst(page);
		await goOn(page);
	}
	await page.keyboard.press('Escape');
	await page.keyboard.press('ArrowRight');

	await expect(stepHeading(page)).toHaveText('Avslutning');
	await tabTo(page, page.getByRole('textbox', { name: 'Det här tar vi med oss' }));
	await page.keyboard.type('Vi träffas igen om en månad.');
	await tabTo(page, page.getByRole('button', { name: 'Lägg till åtgärd' }));
	await page.keyboard.press('Enter');
	await tabTo(page, page.getByRole('textbox', { name: 'Åtgärd 1' }));
	await page.keyboard.type('Ta fram en gemensam samtyckesblankett');
	await tabTo(page, page.getByRole('combobox', { name: 'Ansvarig verksamhet' }));
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('combobox', { name: 'Ansvarig verksamhet' })).toHaveValue('socialtjänst');
	await tabTo(page, page.getByRole('textbox', { name: /^Öppna frågor/ }));
	await page.keyboard.type('Får polisen ta del av elevhälsans anteckningar? Skolan frågar sin jurist.');
	await tabTo(page, page.getByRole('textbox', { name: /^Nästa möte/ }));
	await page.keyboard.type('15 januari, film 2');
	await expectAxeClean(page, { label: 'wrap-up' });
	// Esc leaves the field for the slide's heading, never the page body, and the step keys work at once.
	await page.keyboard.press('Escape');
	await expect(stepHeading(page)).toBeFocused();
	await page.keyboard.press('ArrowRight');

	await expect(stepHeading(page)).toHaveText('Sammanfattning');
	await expectAxeClean(page, { label: 'summary' });
	await tabTo(page, page.getByRole('link', { name: 'Visa minnesanteckningar' }));
	await page.keyboard.press('Enter');

	await expect(page.getByRole('heading', { level: 1, name: 'Minnesanteckningar' })).toBeVisible();
	const minutes = page.getByRole('article');
	await expect(minutes.getByRole('heading', { name: 'SSPF Norra' })).toBeVisible();
	for (const answer of answers) await expect(minutes.getByText(answer, { exact: true })).toBeVisible();
	await expect(minutes.getByText('Hoppades över.')).toBeVisible();
	await expect(minutes.getByText(/4 valde ”.+” – |Röster: 4 valde/)).toBeVisible();
	await expect(minutes.getByText(/Motivering: Vi vill bygga förtroende först\./)).toBeVisible();
	await expect(minutes.getByText('Vi träffas igen om en månad.')).toBeVisible();
	await expect(minutes.getByText('Ta fram en gemensam samtyckesblankett (Socialtjänst)')).toBeVisible();
	await expect(minutes.getByText('Skola 3, Socialtjänst 2, Polis 1')).toBeVisible();
	await expectAxeClean(page, { label: 'minutes' });

	const download = page.waitForEvent('download');
	await tabTo(page, page.getByRole('button', { name: 'Ladda ner som Markdown' }));
	await page.keyboard.press('Enter');
	const markdown = readFileSync(await (await download).path(), 'utf8');
	expect(markdown).toContain('# Minnesanteckningar – SSPF Norra');
	for (const answer of answers)
		expect(markdown).toContain(
			answer
				.replace(/</g, '&lt;')
				.replace(/>/g, '&gt;')
				.replace(/([[\]*])/g, '\\$1'),
		);
	expect(markdown).not.toContain('<b>');
	expect(markdown).toContain('Ta fram en gemensam samtyckesblankett (Socialtjänst)');
	expect(markdown).toContain('Motivering: Vi vill bygga förtroende först.');
	expect(markdown).toContain(
		'## Öppna frågor\n\nFår polisen ta del av elevhälsans anteckningar? Skolan frågar sin jurist.',
	);
	expect(markdown).toContain('## Nästa möte\n\n15 januari, film 2');

	const jsonDownload = page.waitForEvent('download');
	await tabTo(page, page.getByRole('button', { name: 'Exportera samtalet (JSON)' }));
	await page.keyboard.press('Enter');
	const backup = JSON.parse(readFileSync(await (await jsonDownload).path(), 'utf8'));
	expect(backup).toMatchObject({ format: 'samverkansrummet', formatVersion: 2 });
	expect(backup.data.sessions).toHaveLength(1);
	expect(backup.data.groups).toEqual([expect.objectContaining({ name: 'SSPF Norra' })]);
	expect(backup.data.answers.map(({ text }: { text: string }) => text)).toEqual(expect.arrayContaining(answers));
	expect(backup.data.exerciseRuns).toHaveLength(1);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
	await expect(minutes).toBeVisible();
});

test('presentation mode: large type, timer controls, a pause screen, jumping between steps', async ({ page }) => {
	await startSession(page, 'Samverkansgruppen Väster', 1);
	// Ordinary body text of the intro step, once its view has loaded.
	const body = page.locator('.presentation__slide p').filter({ hasText: 'Sekreteraren skriver' });
	await expect(body).toBeVisible();
	const bodySize = await body.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
	expect(bodySize).toBeGreaterThanOrEqual(28);
	await page.keyboard.press('t');
	await expect(page.getByRole('timer')).toBeHidden();
	await page.keyboard.press('t');
	await page.getByRole('button', { name: 'Pausa tiden' }).click();
	await expect(page.getByRole('timer')).toContainText('(pausad)');
	await page.getByRole('button', { name: '+5 min' }).click();
	await expect(page.getByRole('timer')).toContainText('av 10 min');

	await page.getByRole('button', { name: 'Paus' }).click();
	const pause = page.getByRole('dialog', { name: 'Paus' });
	await expect(pause.getByRole('button', { name: 'Fortsätt' })).toBeFocused();
	await expectAxeClean(page, { label: 'pause' });
	await page.keyboard.press('Escape');
	await expect(pause).toBeHidden();
	// The meeting resumes on its slide: focus is on the step's heading, and → goes on at once.
	await expect(stepHeading(page)).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(stepHeading(page)).toHaveText('Film');
	await page.keyboard.press('ArrowLeft');
	await expect(stepHeading(page)).toHaveText('Inledning');

	await page.getByRole('navigation', { name: 'Samtalets steg' }).getByRole('button', { name: 'Avslutning' }).click();
	await expect(stepHeading(page)).toHaveText('Avslutning');
	await expect(page.getByRole('button', { name: 'Avslutning' })).toHaveAttribute('aria-current', 'step');
	await expectAxeClean(page, { label: 'presentation' });
});

test('the exercise step loads its view and its styles inside a session', async ({ page }) => {
	// The step is imported lazily, and its component's styles are a file of their own here (on
	// /ovning/ they are inlined): a missing file made the import fail and the step never appear.
	const missingFiles: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) missingFiles.push(response.url());
	});
	await startSession(page, 'Samverkansgruppen Öster', 2);
	await page.getByRole('navigation', { name: 'Samtalets steg' }).getByRole('button', { name: 'Övning' }).click();
	await expect(stepHeading(page)).toHaveText('Övning');
	const decision = page
		.getByRole('group')
		.filter({ has: page.getByRole('radio') })
		.first();
	await expect(decision).toBeVisible();
	await expect(decision.locator('legend')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Välj' })).toBeVisible();
	// The fieldset's frame and the legend's weight come from DecisionForm's own styles.
	await expect(decision).toHaveCSS('border-top-width', '1px');
	await expect(decision.locator('legend')).toHaveCSS('font-weight', '700');

	await decision.getByRole('radio').first().check();
	await page.getByRole('button', { name: 'Välj' }).click();
	const feedback = page.locator('.feedback').first();
	await expect(feedback.getByRole('heading', { name: /^Ditt val:/ })).toBeVisible();
	const borderLeft = await feedback.evaluate((element) => parseFloat(getComputedStyle(element).borderLeftWidth));
	expect(borderLeft).toBeGreaterThan(0);
	expect(missingFiles).toEqual([]);
});

test('sessions list: resume, same set-up again, delete with confirmation; a group follows up last time', async ({
	page,
}) => {
	await startSession(page, 'SIG Centrum', 2);
	await page.getByRole('navigation', { name: 'Samtalets steg' }).getByRole('button', { name: 'Avslutning' }).click();
	await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
	await page.getByRole('textbox', { name: 'Åtgärd 1' }).fill('Bjuda in fritidsgården');
	await page.getByRole('textbox', { name: 'Åtgärd 1' }).blur();
	// The action list shows no save status: wait until the session record holds the action.
	await expect
		.poll(async () =>
			(await readStoredRecords(page, 'sessions')).flatMap((session) =>
				((session as { actions?: { text: string }[] }).actions ?? []).map(({ text }) => text),
			),
		)
		.toContain('Bjuda in fritidsgården');

	await page.goto('/samtal/');
	const item = page.getByRole('listitem').filter({ hasText: 'SIG Centrum' });
	await expect(item).toContainText('Avslutning');
	await item.getByRole('button', { name: /Samma upplägg igen/ }).click();
	await expect(page.getByLabel('Gruppens namn')).toHaveValue('SIG Centrum');
	await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue('2');
	await page.getByLabel('Datum').fill('2026-12-20');
	await page.getByRole('button', { name: 'Starta' }).click();
	await page.getByRole('navigation', { name: 'Samtalets steg' }).getByRole('button', { name: 'Avslutning' }).click();
	await expect(page.getByRole('region', { name: 'Förra gången kom ni överens om' })).toContainText(
		'Bjuda in fritidsgården',
	);
	const id = new URL(page.url()).searchParams.get('id');
	await page.goto(`/samtal/anteckningar/?id=${id}`);
	await expect(page.getByRole('heading', { name: 'Att följa upp från förra gången' })).toBeVisible();
	await expect(page.getByText('Bjuda in fritidsgården')).toBeVisible();

	await page.goto('/samtal/');
	await expect(page.getByRole('listitem').filter({ hasText: 'SIG Centrum' })).toHaveCount(2);
	const newest = page.getByRole('listitem').filter({ hasText: 'SIG Centrum' }).first();
	await expect(newest).toContainText('20 december 2026');
	// "Avbryt" gives focus back to the session's "Radera"; after the deletion it goes to the next session.
	await newest.getByRole('button', { name: /Radera/ }).click();
	await newest.getByRole('button', { name: 'Avbryt' }).click();
	await expect(newest.getByRole('button', { name: /^Radera/ })).toBeFocused();
	await newest.getByRole('button', { name: /Radera/ }).click();
	await newest.getByRole('button', { name: 'Ja, radera samtalet' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'SIG Centrum' })).toHaveCount(1);
	await expect(page.getByRole('heading', { level: 3, name: /^SIG Centrum – 23 november 2026$/ })).toBeFocused();
	await expectAxeClean(page, { label: 'sessions list' });
	// The last one gone: focus goes to the list's heading.
	await page.getByRole('button', { name: /^Radera/ }).click();
	await page.getByRole('button', { name: 'Ja, radera samtalet' }).click();
	await expect(page.getByText('Inga samtal ännu.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Samtal på den här enheten' })).toBeFocused();
});

test('a presentation clicker runs the meeting: PageDown and PageUp move, Space after a click moves on instead of pressing the button again', async ({
	page,
}) => {
	await startSession(page, 'Klickergruppen', 1);
	await page.keyboard.press('PageDown');
	await expect(stepHeading(page)).toHaveText('Film');
	await page.keyboard.press('PageUp');
	await expect(stepHeading(page)).toHaveText('Inledning');

	// A click on "+5 min" leaves focus there; Space from a clicker or the keyboard then means "next".
	const timer = page.getByRole('timer');
	await expect(timer).toContainText('av 5 min');
	await page.getByRole('button', { name: '+5 min' }).click();
	await expect(timer).toContainText('av 10 min');
	await page.keyboard.press('Space');
	await expect(stepHeading(page)).toHaveText('Film');
	await expect(timer).toContainText(/av \d+ min/);
	await page.keyboard.press('PageUp');
	await expect(stepHeading(page)).toHaveText('Inledning');

	// A button reached with the keyboard keeps Space as its own.
	await page.getByRole('button', { name: 'Pausa tiden' }).click();
	await expect(timer).toContainText('(pausad)');
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Starta tiden' })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(timer).not.toContainText('(pausad)');
	await expect(stepHeading(page)).toHaveText('Inledning');
});

test('"Nytt samtal" checks itself in Swedish, keeps dates within bounds, and gives focus back when closed', async ({
	page,
}) => {
	await openWithIsland(page, '/samtal/');
	const open = page.getByRole('button', { name: 'Nytt samtal' });
	await open.click();
	const form = page.getByRole('form', { name: 'Nytt samtal' });
	// The app's own messages, not the browser's bubbles.
	expect(await form.evaluate((element: HTMLFormElement) => element.noValidate)).toBe(true);
	await form.getByRole('button', { name: 'Starta' }).click();
	await expect(form.getByRole('alert')).toHaveText('Skriv gruppens namn.');
	await expect(form.getByLabel('Gruppens namn')).toBeFocused();

	await form.getByLabel('Gruppens namn').fill('Datumgruppen');
	await form.getByLabel('Datum').fill('0002-12-03');
	await form.getByRole('button', { name: 'Starta' }).click();
	await expect(form.getByRole('alert')).toHaveText('Välj ett datum mellan 1 januari 2020 och 31 december 2099.');
	await expect(form.getByLabel('Datum')).toBeFocused();
	await expect(form.getByLabel('Datum')).toHaveAttribute('max', '2099-12-31');

	await form.getByRole('button', { name: 'Avbryt' }).click();
	await expect(form).toBeHidden();
	await expect(open).toBeFocused();
	await expect(page.getByText('Inga samtal ännu.')).toBeVisible();
});

test('each meeting length fills in the facilitator guide’s agenda, adding up to the length', async ({ page }) => {
	await openWithIsland(page, '/samtal/');
	await page.getByRole('button', { name: 'Nytt samtal' }).click();
	const agenda = page.getByRole('group', { name: 'Dagordning' });
	const guide = {
		45: [5, 5, 25, 0, 10],
		60: [5, 5, 30, 10, 10],
		90: [5, 10, 40, 20, 15],
	} as const;
	for (const length of [90, 45, 60] as const) {
		await agenda.getByRole('radio', { name: `${length} minuter` }).check();
		const minutes = ['Inledning', 'Film', 'Reflektionsfrågor', 'Övning', 'Avslutning'].map((step) =>
			agenda.getByRole('spinbutton', { name: `${step} (min)` }),
		);
		for (const [index, field] of minutes.entries()) await expect(field).toHaveValue(String(guide[length][index]));
		await expect(agenda.getByText(`Totalt ${length} minuter.`)).toBeVisible();
	}
});

test('actions: a new one gets focus, a removed one hands focus to its neighbour or to "Lägg till åtgärd"', async ({
	page,
}) => {
	await startSession(page, 'Åtgärdsgruppen', 1);
	await page.getByRole('navigation', { name: 'Samtalets steg' }).getByRole('button', { name: 'Avslutning' }).click();
	await expect(stepHeading(page)).toHaveText('Avslutning');
	const add = page.getByRole('button', { name: 'Lägg till åtgärd' });
	await add.click();
	await expect(page.getByRole('textbox', { name: 'Åtgärd 1' })).toBeFocused();
	await page.keyboard.type('Första åtgärden');
	await add.click();
	await expect(page.getByRole('textbox', { name: 'Åtgärd 2' })).toBeFocused();
	await page.keyboard.type('Andra åtgärden');
	await expect(page.getByLabel('Senast').first()).toHaveAttribute('min', '2020-01-01');

	await page.getByRole('button', { name: 'Ta bort åtgärd 1' }).click();
	await expect(page.getByRole('textbox', { name: 'Åtgärd 1' })).toHaveValue('Andra åtgärden');
	await expect(page.getByRole('textbox', { name: 'Åtgärd 1' })).toBeFocused();
	await page.getByRole('button', { name: 'Ta bort åtgärd 1' }).click();
	await expect(page.getByRole('textbox', { name: /^Åtgärd/ })).toHaveCount(0);
	await expect(add).toBeFocused();
});

test('the timer toggle keeps its name and says whether the time shows; the current step shows in forced colours', async ({
	page,
}) => {
	await startSession(page, 'Kontrastgruppen', 1);
	const toggle = page.getByRole('button', { name: 'Visa tiden' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('t');
	await expect(page.getByRole('timer')).toBeHidden();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(page.getByRole('timer')).toBeVisible();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');

	// The letter keys can be turned off (WCAG 2.1.4), and stay off on this device.
	const letters = page.getByRole('checkbox', { name: /^Kortkommandon med bokstäver/ });
	await expect(letters).toBeChecked();
	await letters.uncheck();
	await stepHeading(page).focus();
	await page.keyboard.press('t');
	await expect(page.getByRole('timer')).toBeVisible();
	await page.reload();
	await expect(letters).not.toBeChecked();
	await letters.check();
	await stepHeading(page).focus();
	await page.keyboard.press('t');
	await expect(page.getByRole('timer')).toBeHidden();
	await page.keyboard.press('t');

	await page.emulateMedia({ forcedColors: 'active' });
	const steps = page.getByRole('navigation', { name: 'Samtalets steg' });
	const background = (name: string) =>
		steps.getByRole('button', { name, exact: true }).evaluate((element) => getComputedStyle(element).backgroundColor);
	await expect(steps.getByRole('button', { name: 'Inledning' })).toHaveAttribute('aria-current', 'step');
	expect(await background('Inledning')).not.toBe(await background('Film'));
});

test('a scenario page leads to a new session about it: the form opens with that scenario chosen', async ({ page }) => {
	await page.goto('/scenario/2/');
	await page.getByRole('link', { name: 'Leda ett samtal om scenario 2' }).click();
	await expect(page).toHaveURL(/\/samtal\/\?scenario=2$/);
	const form = page.getByRole('form', { name: 'Nytt samtal' });
	await expect(form.getByLabel('Scenario', { exact: true })).toHaveValue('2');
	await expect(form.getByLabel('Gruppens namn')).toBeFocused();
	await page.keyboard.type('Från scenariosidan');
	await form.getByRole('button', { name: 'Starta' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Inledning' })).toBeVisible();
	await page.getByRole('navigation', { name: 'Samtalets steg' }).getByRole('button', { name: 'Film' }).click();
	await expect(page.getByText(/^Scenario 2\. /)).toBeVisible();
});

test('every step of a session and its pause fit a 320 px wide window without sideways scrolling', async ({ page }) => {
	await startSession(page, 'Smala skärmen', 1);
	await page.setViewportSize({ width: 320, height: 640 });
	const overflow = () =>
		page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	const steps = page.getByRole('navigation', { name: 'Samtalets steg' });
	for (const step of ['Inledning', 'Film', 'Reflektionsfrågor', 'Övning', 'Avslutning', 'Sammanfattning']) {
		await steps.getByRole('button', { name: step, exact: true }).click();
		await expect(steps.getByRole('button', { name: step, exact: true })).toHaveAttribute('aria-current', 'step');
		await expect(page.locator('.presentation__slide')).not.toContainText('Hämtar');
		expect(await overflow(), step).toBeLessThanOrEqual(0);
	}
	await page.getByRole('button', { name: 'Paus', exact: true }).click();
	await expect(page.getByRole('dialog', { name: 'Paus' })).toBeVisible();
	expect(await overflow(), 'paus').toBeLessThanOrEqual(0);
});

test('on a 1920 px projector: time and steps read at 28 px or more, the question spans the screen, the time turns amber at two minutes', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.clock.install();
	await startSession(page, 'Projektorgruppen', 1);
	const fontSize = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
	const timer = page.getByRole('timer');
	expect(await fontSize(timer)).toBeGreaterThanOrEqual(28);
	const steps = page.getByRole('navigation', { name: 'Samtalets steg' });
	expect(await fontSize(steps.getByRole('button', { name: 'Film' }))).toBeGreaterThanOrEqual(28);
	expect(await fontSize(page.getByText(/^Tangentbord och presentationsklicker/))).toBeGreaterThanOrEqual(22);

	// The intro has 5 minutes: at 2 minutes left the time turns amber, past the end it shows the overtime.
	const background = () => timer.evaluate((element) => getComputedStyle(element).backgroundColor);
	const before = await background();
	await page.clock.runFor(181_000);
	await expect(timer).toContainText('Tid kvar: 1:5');
	expect(await background()).toBe('rgb(253, 230, 138)');
	await page.clock.runFor(120_000);
	await expect(timer).toContainText('över tiden');
	expect(await background()).not.toBe(before);

	await steps.getByRole('button', { name: 'Reflektionsfrågor' }).click();
	const question = page.locator('#steg-rubrik');
	await expect(page.getByText(/^.+ · Fråga 1 av \d+$/)).toBeVisible();
	const { width } = (await question.boundingBox())!;
	expect(width).toBeGreaterThan(1920 * 0.8);
});

test('the exercise step: → asks before leaving an unfinished exercise, and coming back finds it where the group was', async ({
	page,
}) => {
	// 60 minutes: the agenda has time for the exercise (at 45 minutes the guide leaves it out, and → does not ask).
	await startSession(page, 'Övningsgruppen', 1, 60);
	const steps = page.getByRole('navigation', { name: 'Samtalets steg' });
	await steps.getByRole('button', { name: 'Övning' }).click();
	await expect(stepHeading(page)).toHaveText('Övning');
	const firstDecision = page
		.getByRole('group')
		.filter({ has: page.getByRole('radio') })
		.first();
	const firstLegend = await firstDecision.locator('legend').innerText();
	await firstDecision.getByRole('radio').first().check();
	await page.getByRole('button', { name: 'Välj' }).click();
	await expect(page.getByRole('heading', { name: /^Ditt val:/ })).toBeVisible();

	await stepHeading(page).focus();
	await page.keyboard.press('ArrowRight');
	const question = page.getByRole('alertdialog', { name: 'Övningen är inte klar' });
	await expect(question).toBeVisible();
	await expect(question.getByRole('button', { name: 'Stanna kvar' })).toBeFocused();
	await expectAxeClean(page, { label: 'leave exercise' });
	await question.getByRole('button', { name: 'Stanna kvar' }).click();
	await expect(stepHeading(page)).toBeFocused();
	await expect(stepHeading(page)).toHaveText('Övning');

	await page.getByRole('button', { name: 'Nästa →' }).click();
	await question.getByRole('button', { name: 'Gå vidare ändå' }).click();
	await expect(stepHeading(page)).toHaveText('Avslutning');
	await page.keyboard.press('ArrowLeft');
	await expect(stepHeading(page)).toHaveText('Övning');
	// The choice made is still there: the run was saved, not started over.
	await expect(page.getByRole('heading', { name: /^Ditt val:/ })).toBeVisible();
	await page.getByRole('button', { name: 'Nästa situation' }).click();
	await expect(
		page
			.getByRole('group')
			.filter({ has: page.getByRole('radio') })
			.first()
			.locator('legend'),
	).not.toHaveText(firstLegend);
});

test('a reservation typed at a decision of the exercise step is in the minutes and their Markdown', async ({
	page,
}) => {
	await startSession(page, 'Reservationsgruppen', 2, 60);
	const steps = page.getByRole('navigation', { name: 'Samtalets steg' });
	await steps.getByRole('button', { name: 'Övning' }).click();
	await expect(stepHeading(page)).toHaveText('Övning');
	await expect(page.getByRole('checkbox', { name: /Gruppläge/ })).toBeChecked();
	const reservation = 'Vi var inte överens: två av oss ville vänta med polisen.';
	const field = page.getByRole('textbox', { name: 'Reservation (om gruppen inte var överens)' });
	await expect(field).toHaveAccessibleDescription(/Till exempel/);
	await field.fill(reservation);
	await chooseFirst(page);
	await goOn(page);
	while (!(await page.getByRole('heading', { name: 'Sammanfattning' }).isVisible())) {
		await chooseFirst(page);
		await goOn(page);
	}
	await expect(page.getByText(`Reservation: ${reservation}`)).toBeVisible();

	await steps.getByRole('button', { name: 'Sammanfattning', exact: true }).click();
	await expect(stepHeading(page)).toHaveText('Sammanfattning');
	await page.getByRole('link', { name: 'Visa minnesanteckningar' }).click();
	await expect(page).toHaveURL(/\/samtal\/anteckningar\/\?id=/);
	const minutes = page.getByRole('article');
	await expect(minutes.getByText(`Reservation: ${reservation}`)).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Ladda ner som Markdown' }).click();
	const markdown = readFileSync(await (await download).path(), 'utf8');
	expect(markdown).toMatch(
		/\n {3}Val: .+ {2}\n( {3}.+ {2}\n)* {3}Reservation: Vi var inte överens: två av oss ville vänta med polisen\.\n/,
	);
});

test('the facilitator picks three questions; the meeting, run by PageDown alone, takes up exactly those, and the minutes list them', async ({
	page,
}) => {
	await openWithIsland(page, '/samtal/');
	await page.getByRole('button', { name: 'Nytt samtal' }).click();
	await page.getByLabel('Gruppens namn').fill('Frågegruppen');
	await page.getByRole('radio', { name: '60 minuter' }).check();
	// The guide's advice is ticked: four questions for 60 minutes.
	await expect(questionBoxes(page).and(page.locator(':checked'))).toHaveCount(4);
	await expectAxeClean(page, { label: 'new session form with questions' });
	// Another scenario offers its own questions (scenario 3 has one of its own), ticked by the same advice.
	await page.getByLabel('Scenario', { exact: true }).selectOption('3');
	await expect(page.getByRole('checkbox', { name: ALL_QUESTIONS[9]!, exact: true })).toBeVisible();
	await expect(questionBoxes(page).and(page.locator(':checked'))).toHaveCount(4);
	await page.getByLabel('Scenario', { exact: true }).selectOption('1');
	await expect(page.getByRole('checkbox', { name: ALL_QUESTIONS[9]!, exact: true })).toHaveCount(0);
	for (const box of await questionBoxes(page).all()) await box.uncheck();
	await page.getByRole('button', { name: 'Starta' }).click();
	await expect(page.getByRole('alert')).toHaveText('Välj minst en reflektionsfråga.');
	await expect(questionBoxes(page).first()).toBeFocused();
	const picked: string[] = [ALL_QUESTIONS[1]!, ALL_QUESTIONS[5]!, ALL_QUESTIONS[7]!];
	for (const question of picked) await page.getByRole('checkbox', { name: question, exact: true }).check();
	await page.getByRole('radio', { name: '45 minuter' }).check();
	// A new length ticks the guide's questions anew: the choice is made last.
	for (const box of await questionBoxes(page).all()) await box.uncheck();
	for (const question of picked) await page.getByRole('checkbox', { name: question, exact: true }).check();
	await page.getByRole('button', { name: 'Starta' }).click();
	await expect(stepHeading(page)).toHaveText('Inledning');

	for (const expected of ['Film', ...picked, 'Övning', 'Avslutning']) {
		await page.keyboard.press('PageDown');
		await expect(stepHeading(page)).toHaveText(expected);
		if (picked.includes(expected))
			await expect(page.getByText(`Fråga ${picked.indexOf(expected) + 1} av 3`)).toBeVisible();
	}
	await page.getByRole('textbox', { name: /^Öppna frågor/ }).fill('Vad gäller för friskolor från 2027?');
	await page.getByRole('textbox', { name: /^Nästa möte/ }).fill('12 februari, film 3');
	await page.getByRole('textbox', { name: /^Nästa möte/ }).blur();
	await expect(page.getByText('Sparat', { exact: true }).last()).toBeVisible();
	await stepHeading(page).focus();
	await page.keyboard.press('PageDown');
	await expect(stepHeading(page)).toHaveText('Sammanfattning');
	await page.getByRole('link', { name: 'Visa minnesanteckningar' }).click();

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Ladda ner som Markdown' }).click();
	const markdown = readFileSync(await (await download).path(), 'utf8');
	const asked = ALL_QUESTIONS.filter((question) => markdown.includes(`**${question.replace(/([[\]*])/g, '\\$1')}**`));
	expect(asked).toEqual(picked);
	expect(markdown).toContain('## Öppna frågor\n\nVad gäller för friskolor från 2027?');
	expect(markdown).toContain('## Nästa möte\n\n12 februari, film 3');

	// "Samma upplägg igen" keeps the choice.
	await page.goto('/samtal/');
	await page
		.getByRole('listitem')
		.filter({ hasText: 'Frågegruppen' })
		.getByRole('button', { name: /Samma upplägg igen/ })
		.click();
	await expect(questionBoxes(page).and(page.locator(':checked'))).toHaveCount(3);
	for (const question of picked)
		await expect(page.getByRole('checkbox', { name: question, exact: true })).toBeChecked();
});

test('the facilitator moves a question up by keyboard; the meeting, its minutes and "Samma upplägg igen" keep that order', async ({
	page,
}) => {
	await openWithIsland(page, '/samtal/');
	await page.getByRole('button', { name: 'Nytt samtal' }).click();
	await page.getByLabel('Gruppens namn').fill('Ordningsgruppen');
	await page.getByRole('radio', { name: '45 minuter' }).check();
	for (const box of await questionBoxes(page).all()) await box.uncheck();
	// One question from each theme, ticked in the material's order.
	const picked = [
		OFFICIAL_THEMES[0].questions[1],
		OFFICIAL_THEMES[1].questions[1],
		OFFICIAL_THEMES[2].questions[1],
	] as const;
	for (const question of picked) await page.getByRole('checkbox', { name: question, exact: true }).check();
	// Each item reads its question, then the two buttons (whose names repeat it).
	const order = page.getByRole('list', { name: 'Ordning i samtalet' });
	await expect(order.getByRole('listitem')).toHaveCount(3);
	await expect(order.getByRole('listitem')).toContainText(picked);
	await expect(order.getByRole('button', { name: `Flytta upp: ${picked[0]}` })).toBeDisabled();
	await expect(order.getByRole('button', { name: `Flytta ned: ${picked[2]}` })).toBeDisabled();
	await expectAxeClean(page, { label: 'question order' });

	// What is said about moves (the readiness check further down the page may speak meanwhile).
	const heard = await listenToAnnouncements(page);
	const moves = async () => (await heard()).filter((text) => text.startsWith('Flyttad'));
	const upThird = order.getByRole('button', { name: `Flytta upp: ${picked[2]}` });
	await tabTo(page, upThird);
	await page.keyboard.press('Enter');
	await expect(order.getByRole('listitem')).toContainText([picked[0], picked[2], picked[1]]);
	await expect(upThird).toBeFocused();
	await expect.poll(moves).toEqual(['Flyttad till plats 2 av 3.']);
	// At the top "Flytta upp" is disabled: focus goes to the same question's "Flytta ned".
	await page.keyboard.press('Enter');
	const chosen = [picked[2], picked[0], picked[1]];
	await expect(order.getByRole('listitem')).toContainText(chosen);
	await expect(upThird).toBeDisabled();
	await expect(order.getByRole('button', { name: `Flytta ned: ${picked[2]}` })).toBeFocused();
	await expect.poll(moves).toEqual(['Flyttad till plats 2 av 3.', 'Flyttad till plats 1 av 3.']);

	await page.getByRole('button', { name: 'Starta' }).click();
	await expect(stepHeading(page)).toHaveText('Inledning');
	await page.keyboard.press('PageDown');
	const themes = [OFFICIAL_THEMES[2].title, OFFICIAL_THEMES[0].title, OFFICIAL_THEMES[1].title];
	for (const [index, question] of chosen.entries()) {
		await page.keyboard.press('PageDown');
		await expect(stepHeading(page)).toHaveText(question);
		await expect(page.getByText(`${themes[index]} · Fråga ${index + 1} av 3`)).toBeVisible();
	}
	const id = new URL(page.url()).searchParams.get('id');
	await page.goto(`/samtal/anteckningar/?id=${id}`);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Ladda ner som Markdown' }).click();
	const markdown = readFileSync(await (await download).path(), 'utf8');
	const places = chosen.map((question) => markdown.indexOf(`**${question.replace(/([[\]*])/g, '\\$1')}**`));
	expect(places.every((place) => place > 0)).toBe(true);
	expect([...places].sort((a, b) => a - b)).toEqual(places);

	await page.goto('/samtal/');
	await page
		.getByRole('listitem')
		.filter({ hasText: 'Ordningsgruppen' })
		.getByRole('button', { name: /Samma upplägg igen/ })
		.click();
	await expect(page.getByRole('list', { name: 'Ordning i samtalet' }).getByRole('listitem')).toContainText(chosen);
});

test('B or . blanks the screen and lights it again, ? shows every key; both hold focus and give it back to the slide', async ({
	page,
}) => {
	await startSession(page, 'Mörka rummet', 1);
	await stepHeading(page).focus();
	await page.keyboard.press('b');
	const blank = page.getByRole('dialog', { name: 'Skärmen är släckt' });
	await expect(blank).toBeVisible();
	await expect(blank.getByRole('button', { name: 'Tänd skärmen' })).toBeFocused();
	// The room sees black: the dialog covers the whole window.
	expect(await blank.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(0, 0, 0)');
	await page.keyboard.press('ArrowRight');
	await expect(stepHeading(page)).toHaveText('Inledning');
	await page.keyboard.press('b');
	await expect(blank).toBeHidden();
	await expect(stepHeading(page)).toBeFocused();
	await page.keyboard.press('.');
	await expect(blank).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(blank).toBeHidden();
	await expect(stepHeading(page)).toBeFocused();

	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: 'Tangenter under samtalet' });
	await expect(help).toBeVisible();
	await expect(help.getByText('Page Up', { exact: false }).first()).toBeVisible();
	await expectAxeClean(page, { label: 'key help' });
	await page.keyboard.press('?');
	await expect(help).toBeHidden();
	await expect(stepHeading(page)).toBeFocused();

	// With the character keys turned off, B does nothing.
	await page.getByRole('checkbox', { name: /^Kortkommandon med bokstäver/ }).uncheck();
	await stepHeading(page).focus();
	await page.keyboard.press('b');
	// The next key still reaches the page, not a dark screen.
	await page.keyboard.press('ArrowRight');
	await expect(stepHeading(page)).toHaveText('Film');
	await expect(blank).toHaveCount(0);
	await page.getByRole('checkbox', { name: /^Kortkommandon med bokstäver/ }).check();
});

test('two sessions of one group on one day are told apart in the list by when they started', async ({ page }) => {
	await startSession(page, 'Dubbelgruppen', 1);
	await startSession(page, 'Dubbelgruppen', 2);
	await startSession(page, 'Ensamgruppen', 3);
	await page.goto('/samtal/');
	await expect(
		page.getByRole('heading', { level: 3, name: /^Dubbelgruppen – 23 november 2026, startat \d\d:\d\d$/ }),
	).toHaveCount(2);
	await expect(page.getByRole('heading', { level: 3, name: 'Ensamgruppen – 23 november 2026' })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Ensamgruppen' })).toContainText('Inledning');
});
