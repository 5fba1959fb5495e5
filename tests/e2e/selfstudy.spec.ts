import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from '../helpers/e2e';

/** Skatteverket's published test personnummer (Tolvan Tolvansson): never a real person. */
const TEST_PERSONNUMMER = '121212-1212';
const EXERCISE_1 = 'scenario-1-skolan-ser-en-forandring';
const EXERCISE_2 = 'scenario-2-brak-pa-fritiden';
/** The first reflection questions, in the order every scenario asks them. */
const QUESTIONS = [
	'Varför är det viktigt att dela information om barnets situation?',
	'Vilka olika kontaktvägar har ni till varandra?',
	'Hur kan kontaktvägarna behöva utvecklas eller stärkas?',
	'Vilken betydelse kan det ha för barn och vårdnadshavare om de samtycker till att dela information?',
];

const scenarioRegion = (page: Page, number: number) =>
	page.getByRole('region', { name: new RegExp(`^Scenario ${number}\\.`) });
const nextStep = (page: Page) => page.getByRole('region', { name: 'Din väg genom materialet' });

/** Opens the self-study page and waits until the stored progress is shown. */
const openStudy = async (page: Page) => {
	await page.goto('/sjalvstudier/');
	await expect(nextStep(page).getByRole('link')).toBeVisible();
};

const fill = async (page: Page, name: string, text: string, scope = page.getByRole('main')) => {
	const field = scope.getByRole('textbox', { name });
	await expect(field).toBeEditable();
	await field.fill(text);
	await field.blur();
	await expect(page.locator(`#${await field.getAttribute('id')}-status`)).toHaveText('Sparat');
};

/** Runs an exercise choosing the first option each time; returns the title of the ending reached. */
const completeExercise = async (page: Page, id: string) => {
	await page.goto(`/ovning/${id}/`);
	const summary = page.getByRole('region', { name: 'Sammanfattning' });
	while (!(await summary.isVisible())) {
		await expect(page.getByRole('button', { name: 'Välj' })).toBeEnabled();
		await page.getByRole('group').first().getByRole('radio').first().check();
		await page.getByRole('button', { name: 'Välj' }).click();
		await page.getByRole('button', { name: /^(Nästa situation|Se hur det slutar)$/ }).click();
	}
	await expect(page.getByRole('region', { name: 'Tidigare genomförda' })).toBeVisible();
	return (await summary.getByRole('heading', { level: 3 }).first().textContent())!.trim();
};

/** Answers the quiz question on screen by ticking its first option, then goes on. */
const answerWithFirstOption = async (page: Page) => {
	const options = page.getByRole('group').first();
	await options.getByRole('radio').or(options.getByRole('checkbox')).first().check();
	await page.getByRole('button', { name: 'Svara' }).click();
	await expect(page.getByRole('heading', { name: /^(Rätt svar|Inte rätt den här gången)$/ })).toBeFocused();
	await page.getByRole('button', { name: /^(Nästa fråga|Se resultatet)$/ }).click();
};

const finishQuiz = async (page: Page) => {
	const result = page.getByRole('heading', { name: /^Ditt resultat: \d+ av 21 rätt$/ });
	for (let answered = 0; !(await result.isVisible()); answered++) {
		expect(answered).toBeLessThan(50);
		await answerWithFirstOption(page);
	}
	await expect(result).toBeFocused();
	return (await page.getByText(/^Du svarade rätt på \d+ av \d+ frågor\.$/).textContent())!.match(/(\d+) av (\d+)/)!;
};

test('self-study over several evenings: live counts, resume where you left off, export and import to a fresh profile', async ({
	page,
	browser,
}) => {
	// Three evenings in one test: ten answers, a whole exercise (its path now as long as the choices make
	// it), the whole quiz and a backup into a second profile. Long on a 2-core machine running two browsers.
	test.setTimeout(300_000);
	await openStudy(page);
	await expect(nextStep(page)).toContainText('Nästa steg: Scenario 1: se filmen');
	await expect(nextStep(page).getByRole('link', { name: 'Börja med första steget' })).toBeVisible();

	// Evening one: the first film and every question of scenario 1, counted live on the page.
	const first = scenarioRegion(page, 1);
	await first.getByRole('checkbox', { name: 'Jag har sett filmen till scenario 1' }).check();
	await first.getByText('Reflektionsfrågor till scenario 1').click();
	// Someone studying alone is spoken to as one, not as a group in discussion.
	await expect(first.getByText('Skriv om scenariot – aldrig om verkliga barn.')).toBeVisible();
	await expect(first.getByText(/Diskutera scenariot/)).toHaveCount(0);
	const fields = first.locator('details').first().getByRole('textbox');
	const count = await fields.count();
	expect(count).toBe(10);
	for (let index = 0; index < count; index++) {
		const field = fields.nth(index);
		await expect(field).toBeEditable();
		await field.fill(`Tanke nummer ${index + 1}.`);
	}
	await fields.last().blur();
	await expect(first.getByText('10 av 10 besvarade')).toBeVisible();
	await expect(nextStep(page)).toContainText(`Scenario 1: övningen ”Skolan ser en förändring”`);

	// Evening two: three questions on scenario 2's own page, the exercise of scenario 1, and the quiz.
	await page.goto('/scenario/2/');
	for (const question of QUESTIONS.slice(0, 3)) await fill(page, question, `Svar på: ${question}`);
	const ending = await completeExercise(page, EXERCISE_1);
	await page.goto('/sjalvstudier/quiz/');
	const [, right, total] = await finishQuiz(page);
	expect(total).toBe('21');

	await openStudy(page);
	await expect(first.getByText('10 av 10 besvarade')).toBeVisible();
	await expect(first.getByText(`genomförd, slut: ”${ending}”`)).toBeVisible();
	await expect(scenarioRegion(page, 2).getByText('3 av 10 besvarade')).toBeVisible();
	await expect(scenarioRegion(page, 2).getByText('inte genomförd ännu')).toBeVisible();
	await expect(scenarioRegion(page, 3).getByText('0 av 11 besvarade')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Testa dig själv' })).toContainText(`Klart: ${right} av 21 rätt.`);
	await expect(nextStep(page)).toContainText('Nästa steg: Scenario 2: se filmen');
	await scenarioRegion(page, 2).getByRole('checkbox', { name: 'Jag har sett filmen till scenario 2' }).check();
	await expect(nextStep(page)).toContainText('Scenario 2: reflektionsfrågorna (3 av 10 besvarade)');
	await expectAxeClean(page);

	// Evening three: after a reload, "Fortsätt där du slutade" opens the first unanswered question.
	await page.reload();
	await nextStep(page).getByRole('link', { name: 'Fortsätt där du slutade' }).click();
	await expect(page).toHaveURL(/\/sjalvstudier\/#steg-2-fragor$/);
	await expect(scenarioRegion(page, 2).getByRole('textbox', { name: QUESTIONS[3] })).toBeFocused();
	await expectAxeClean(page);

	// The export holds all of it.
	await page.goto('/data/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exportera all data' }).click();
	const file = await (await download).path();
	const { data } = JSON.parse(readFileSync(file, 'utf8'));
	const settings = data.settings.map(({ key }: { key: string }) => key);
	expect(settings).toEqual(expect.arrayContaining(['sjalvstudier.film-sedd.1', 'sjalvstudier.film-sedd.2']));
	expect(settings.filter((key: string) => key.startsWith('sjalvstudier.quiz.'))).toHaveLength(21);
	expect(data.answers.filter(({ owner }: { owner: string }) => owner === 'sjalvstudier')).toHaveLength(13);
	expect(data.exerciseRuns).toEqual([
		expect.objectContaining({ exerciseId: EXERCISE_1, owner: 'sjalvstudier', status: 'completed' }),
	]);

	// A fresh browser profile: import the file, and the path is where it was.
	const fresh = await browser.newContext();
	try {
		const other = await fresh.newPage();
		await openStudy(other);
		await expect(nextStep(other)).toContainText('Nästa steg: Scenario 1: se filmen');
		await other.goto('/data/');
		await other.getByLabel('Importera fil').setInputFiles(file);
		await other.getByRole('button', { name: 'Importera', exact: true }).click();
		await expect(other.getByRole('status').filter({ hasText: 'är inläst' })).toBeVisible();
		await openStudy(other);
		await expect(scenarioRegion(other, 1).getByText('10 av 10 besvarade')).toBeVisible();
		await expect(scenarioRegion(other, 1).getByText(`genomförd, slut: ”${ending}”`)).toBeVisible();
		await expect(scenarioRegion(other, 2).getByText('3 av 10 besvarade')).toBeVisible();
		await expect(
			scenarioRegion(other, 2).getByRole('checkbox', { name: 'Jag har sett filmen till scenario 2' }),
		).toBeChecked();
		await expect(other.getByRole('region', { name: 'Testa dig själv' })).toContainText(`Klart: ${right} av 21 rätt.`);
		await nextStep(other).getByRole('link', { name: 'Fortsätt där du slutade' }).click();
		const second = scenarioRegion(other, 2);
		await expect(second.getByRole('textbox', { name: QUESTIONS[3] })).toBeFocused();

		// Answering the rest of scenario 2 moves the next step on to its exercise.
		const rest = second.locator('details').first().getByRole('textbox');
		for (let index = 3; index < 10; index++) {
			await expect(rest.nth(index)).toBeEditable();
			await rest.nth(index).fill(`Fortsättning ${index}.`);
		}
		await rest.last().blur();
		await expect(second.getByText('10 av 10 besvarade')).toBeVisible();
		await nextStep(other).getByRole('link', { name: 'Fortsätt där du slutade' }).click();
		await expect(other).toHaveURL(new RegExp(`/ovning/${EXERCISE_2}/$`));
	} finally {
		await fresh.close();
	}
});

test('the quiz explains every answer with its statutes, sums up per topic and lets wrong answers be retried', async ({
	page,
}) => {
	test.slow();
	await page.goto('/sjalvstudier/quiz/');
	await expect(page.getByText('Fråga 1 av 21')).toBeVisible();
	await expectAxeClean(page);

	// Nothing chosen: one clear message.
	await page.getByRole('button', { name: 'Svara' }).click();
	await expect(page.getByRole('alert')).toHaveText('Välj ett av alternativen först.');

	// A wrong answer: why it is wrong, why the others are, and the statute, linked.
	const options = page.getByRole('group', { name: /samtycker till att skolan och socialtjänsten pratar/ });
	await options.getByRole('radio', { name: /måste gälla allt eller ingenting/ }).check();
	await page.getByRole('button', { name: 'Svara' }).click();
	const feedback = page.getByRole('region', { name: 'Inte rätt den här gången' });
	await expect(feedback.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(feedback.getByRole('listitem').filter({ hasText: 'Fel alternativ (du valde det)' })).toContainText(
		'Varför det är fel: Sekretessen kan hävas helt eller delvis',
	);
	await expect(feedback.getByRole('listitem').filter({ hasText: 'Rätt alternativ (du valde det inte)' })).toHaveCount(
		1,
	);
	await expect(feedback.getByText(/^Varför det är fel:/)).toHaveCount(2);
	await expect(feedback.getByRole('link', { name: 'OSL 12 kap. 1–2 §§' })).toHaveAttribute('href', '/lag/#osl-12-2');
	await expect(feedback.getByRole('heading', { name: 'Förklaring' })).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('button', { name: 'Nästa fråga' }).click();

	// Several right options: all of them, and only them, count.
	await expect(page.getByText('Flera alternativ är rätt – välj alla som stämmer.')).toBeVisible();
	const several = page.getByRole('group', { name: /Vilka påståenden stämmer om vem som samtycker/ });
	await several.getByRole('checkbox', { name: /ingen fast åldersgräns/ }).check();
	await several.getByRole('checkbox', { name: /tillsammans med barnet/ }).check();
	await page.getByRole('button', { name: 'Svara' }).click();
	await expect(page.getByRole('heading', { name: 'Rätt svar' })).toBeFocused();
	await page.getByRole('button', { name: 'Nästa fråga' }).click();

	// A reload in the middle comes back to the first unanswered question.
	await page.reload();
	await expect(page.getByRole('main').getByRole('status')).toHaveText(/Du har redan svarat på 2 av 21 frågor/);
	await expect(page.getByText('Fråga 3 av 21')).toBeVisible();

	const [, right] = await finishQuiz(page);
	await expectAxeClean(page);
	const consent = page.getByRole('listitem').filter({ hasText: 'Samtycke:' });
	await expect(consent).toContainText(/Samtycke: \d av 3 rätt/);
	await expect(consent.getByRole('link', { name: 'Läs mer om samtycke' })).toHaveAttribute(
		'href',
		'/fragor-och-svar/#samtycke',
	);
	await expect(consent.getByRole('link', { name: 'OSL 12 kap. 3 §' })).toHaveAttribute('href', '/lag/#osl-12-3');
	await expect(page.getByRole('listitem').filter({ hasText: 'Ändringar 2025–2026:' })).toBeVisible();

	// Retry the wrong ones: the first comes back, and a right answer raises the score.
	const retry = page.getByRole('button', { name: /^Försök igen med (frågan|de \d+ frågorna) du svarade fel på$/ });
	const wrongCount = 21 - Number(right);
	expect(wrongCount).toBeGreaterThan(0);
	await retry.click();
	await expect(page.getByRole('group', { name: /samtycker till att skolan och socialtjänsten pratar/ })).toBeVisible();
	await page.getByRole('radio', { name: /Skolan får dela det samtycket omfattar/ }).check();
	await page.getByRole('button', { name: 'Svara' }).click();
	await expect(page.getByRole('heading', { name: 'Rätt svar' })).toBeFocused();
	await page.getByRole('button', { name: /^(Nästa fråga|Se resultatet)$/ }).click();
	const [, after] = await finishQuiz(page);
	expect(Number(after)).toBeGreaterThanOrEqual(Number(right) + 1);
});

test('the certificate shows the date and what was done; a typed name is printed but never stored', async ({ page }) => {
	await openStudy(page);
	await scenarioRegion(page, 1).getByRole('checkbox', { name: 'Jag har sett filmen till scenario 1' }).check();
	// The mark is saved when the next step moves on past the film.
	await expect(nextStep(page)).toContainText('Scenario 1: reflektionsfrågorna');
	await page.goto('/scenario/1/');
	await fill(page, QUESTIONS[0]!, 'För barnets skull.');

	await page.goto('/sjalvstudier/genomfort/');
	const certificate = page.getByRole('region', { name: 'Självstudier i Samverkansrummet' });
	await expect(certificate.getByText('Har sett filmen.')).toBeVisible();
	await expect(certificate.getByText('Har besvarat 1 av 10 reflektionsfrågor.')).toBeVisible();
	const today = await page.evaluate(() =>
		new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(new Date()),
	);
	await expect(certificate.getByText(`Datum: ${today}`)).toBeVisible();
	await expect(certificate).not.toContainText('Testa dig själv');

	const name = 'Kim Provsson';
	await page.getByRole('textbox', { name: 'Namn på intyget (valfritt)' }).fill(name);
	await expect(certificate.getByText(name)).toBeVisible();
	await expectAxeClean(page);
	await page.emulateMedia({ media: 'print' });
	await expect(certificate.getByText(name)).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Namn på intyget (valfritt)' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	// Not in IndexedDB, not in web storage, gone after a reload.
	const stored = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('samverkansrummet');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const rows = await Promise.all(
			[...db.objectStoreNames].map(
				(store) =>
					new Promise<unknown[]>((resolve) => {
						const all = db.transaction(store).objectStore(store).getAll();
						all.onsuccess = () => resolve(all.result);
					}),
			),
		);
		db.close();
		return JSON.stringify([rows, { ...localStorage }, { ...sessionStorage }]);
	});
	expect(stored).toContain('För barnets skull.');
	expect(stored).not.toContain(name);
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Namn på intyget (valfritt)' })).toHaveValue('');
	await expect(page.getByText(name)).toHaveCount(0);
});

test('personal notes are saved with the privacy guard and never counted as answered questions', async ({ page }) => {
	await openStudy(page);
	const first = scenarioRegion(page, 1);
	await expect(first.getByText('Inga anteckningar ännu.')).toBeVisible();
	await first.getByText('Anteckningar till scenario 1', { exact: true }).click();
	const notes = first.getByRole('textbox', { name: 'Egna anteckningar till scenario 1' });
	await expect(notes).toBeEditable();
	await notes.fill(`Läs mer om 18 a §. Fråga om ${TEST_PERSONNUMMER}.`);
	const warning = first.getByRole('alert').filter({ hasText: 'personnummer' });
	await expect(warning).toBeVisible();
	await warning.getByRole('button', { name: 'Ta bort personnummer ur texten' }).click();
	await expect(notes).toHaveValue('Läs mer om 18 a §. Fråga om [borttaget].');
	await notes.blur();
	await expect(first.getByText('Du har anteckningar här.')).toBeVisible();
	await expect(first.getByText('0 av 10 besvarade')).toBeVisible();

	await page.reload();
	await first.getByText('Anteckningar till scenario 1', { exact: true }).click();
	await expect(notes).toHaveValue('Läs mer om 18 a §. Fråga om [borttaget].');

	// Notes are a start, but the first step is still the film: the link goes to its checkbox.
	await expect(nextStep(page)).toContainText('Nästa steg: Scenario 1: se filmen');
	await nextStep(page).getByRole('link', { name: 'Fortsätt där du slutade' }).click();
	await expect(page).toHaveURL(/\/sjalvstudier\/#steg-1-film$/);
	await expect(first.getByRole('checkbox', { name: 'Jag har sett filmen till scenario 1' })).toBeFocused();
});

test('the quiz shows the options in an order of its own: kept across a reload, new when the test starts over; a retry counts only its questions', async ({
	page,
}) => {
	test.slow();
	await page.goto('/sjalvstudier/quiz/');
	await expect(page.getByText('Fråga 1 av 21')).toBeVisible();
	// The law note stands once, below the questions, not above each one.
	const question = page.getByRole('group').first();
	const note = page.getByRole('complementary', { name: 'Om lagtexterna' });
	expect((await note.boundingBox())!.y).toBeGreaterThan((await question.boundingBox())!.y);

	/** The options of the first five questions as shown, answering each with its first option. */
	const firstOrders = async () => {
		const orders: string[][] = [];
		for (let number = 1; number <= 5; number++) {
			await expect(page.getByText(`Fråga ${number} av 21`)).toBeVisible();
			orders.push(await page.getByRole('group').first().locator('label').allTextContents());
			if (number === 1) {
				await page.reload();
				await expect(page.getByText('Fråga 1 av 21')).toBeVisible();
				expect(await page.getByRole('group').first().locator('label').allTextContents()).toEqual(orders[0]);
			}
			await answerWithFirstOption(page);
		}
		return orders;
	};
	const first = await firstOrders();
	const [, right] = await finishQuiz(page);

	// Taking the wrong ones again counts them on their own.
	const wrong = 21 - Number(right);
	await page.getByRole('button', { name: /^Försök igen med (frågan|de \d+ frågorna) du svarade fel på$/ }).click();
	await expect(page.getByText(new RegExp(`^Fråga 1 av ${wrong} att göra om`))).toBeVisible();
	await expectAxeClean(page);
	await finishQuiz(page);

	await page.getByRole('button', { name: 'Gör om hela testet' }).click();
	const again = await firstOrders();
	// Same options, another order: five questions in the same order again would be a one-in-thousands chance.
	expect(again.map((labels) => [...labels].sort())).toEqual(first.map((labels) => [...labels].sort()));
	expect(again).not.toEqual(first);
});
