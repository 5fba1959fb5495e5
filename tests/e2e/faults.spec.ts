import { expect, test, type Page } from '@playwright/test';
import { V1_RECORDS, V1_STORES } from '../fixtures/db/v1';
import { openWithIsland } from '../helpers/e2e';

const QUESTION = 'Vilka olika kontaktvägar har ni till varandra?';

const openScenario = async (page: Page) => {
	await page.goto('/scenario/1/');
	const field = page.getByRole('textbox', { name: QUESTION });
	await expect(field).toBeEditable();
	return field;
};

/** Crashes the page's renderer, as a failing laptop or browser would, mid-whatever it was doing. */
const crash = async (page: Page) => {
	const crashed = page.waitForEvent('crash');
	await page.goto('chrome://crash').catch(() => undefined);
	await crashed;
};

/** Counts the answers stored in the app's database, straight from IndexedDB. */
const countAnswers = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('samverkansrummet');
				request.onsuccess = () => {
					const db = request.result;
					if (!db.objectStoreNames.contains('answers')) return resolve(0);
					const count = db.transaction('answers').objectStore('answers').count();
					count.onsuccess = () => {
						db.close();
						resolve(count.result);
					};
				};
				request.onerror = () => reject(request.error);
			}),
	);

test('fault: site data cleared while the app is open – it says so, keeps the text on screen and saves it again', async ({
	page,
	baseURL,
}) => {
	const field = await openScenario(page);
	await field.fill('Skrivet innan rensningen');
	await field.blur();
	await expect(page.getByText('Sparat').first()).toBeVisible();

	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL!).origin, storageTypes: 'all' });
	await expect(page.getByRole('alert').filter({ hasText: 'Webbläsaren stängde databasen' })).toBeVisible();
	await expect(field).toHaveValue('Skrivet innan rensningen');

	await field.fill('Skrivet innan rensningen, och sparat igen');
	await field.blur();
	await expect(page.locator('#svar-1-dela-kontaktvagar-status')).toHaveText('Sparat');
	await page.reload();
	await expect(page.getByRole('textbox', { name: QUESTION })).toHaveValue('Skrivet innan rensningen, och sparat igen');
	await page.goto('/data/');
	await expect(page.getByLabel('Importera fil')).toBeVisible();
});

test('fault: the page crashed during an import – all of it or none of it is stored, and the app opens again', async ({
	page,
	context,
}) => {
	const T = '2026-11-23T10:00:00.000Z';
	const answers = Array.from({ length: 5000 }, (_, index) => ({
		owner: 'sjalvstudier',
		scenario: (index % 3) + 1,
		questionId: `fraga-${index}`,
		text: `Svar ${index}`,
		rev: 1,
		updatedAt: T,
	}));
	await page.goto('/data/');
	await page.getByLabel('Importera fil').setInputFiles({
		name: 'stor.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({ format: 'samverkansrummet', formatVersion: 1, exportedAt: T, data: { answers } }),
		),
	});
	await page.getByRole('button', { name: 'Importera', exact: true }).click();
	await crash(page);

	const next = await context.newPage();
	await next.goto('/om/');
	expect([0, 5000]).toContain(await countAnswers(next));
	const field = await openScenario(next);
	await field.fill('Appen fungerar efter kraschen');
	await field.blur();
	await expect(next.locator('#svar-1-dela-kontaktvagar-status')).toHaveText('Sparat');
});

test('fault: the page crashed while typing – the answer is whole, never half-written, and saving goes on', async ({
	page,
	context,
}) => {
	const field = await openScenario(page);
	const versions: string[] = [];
	for (let index = 0; index < 15; index++) {
		const text = `Version ${index}: ${'samverkan '.repeat(index + 1)}`.trim();
		versions.push(text);
		await field.fill(text);
		if (index % 5 === 4) await field.blur();
	}
	await crash(page);

	const next = await context.newPage();
	const again = await openScenario(next);
	const value = await again.inputValue();
	expect(['', ...versions]).toContain(value);
	await again.fill(`${value} – efter kraschen`);
	await again.blur();
	await expect(next.locator('#svar-1-dela-kontaktvagar-status')).toHaveText('Sparat');
});

test('fault: two tabs writing the same session – the other tab follows, and unsaved edits become a visible conflict', async ({
	context,
}) => {
	const setup = await context.newPage();
	await openWithIsland(setup, '/samtal/');
	await setup.getByRole('button', { name: 'Nytt samtal' }).click();
	await setup.getByLabel('Gruppens namn').fill('Två flikar');
	await setup.getByRole('button', { name: 'Starta' }).click();
	await expect(setup).toHaveURL(/id=/);
	const url = setup.url();
	await setup.close();

	const [tabA, tabB] = [await context.newPage(), await context.newPage()];
	// Tab B's clock is ours: its edit stays unsaved (the autosave waits for a pause in typing) until A has
	// saved, however slow the machine, so the conflict is always B's to resolve.
	await tabB.clock.install();
	for (const tab of [tabA, tabB]) {
		await tab.goto(url);
		await tab
			.getByRole('navigation', { name: 'Samtalets steg' })
			.getByRole('button', { name: 'Reflektionsfrågor' })
			.click();
	}
	const name = 'Gruppens svar (sekreteraren skriver)';
	const [fieldA, fieldB] = [tabA.getByRole('textbox', { name }), tabB.getByRole('textbox', { name })];
	await expect(fieldA).toBeEditable();
	await expect(fieldB).toBeEditable();

	await fieldA.fill('Sekreterare A');
	await fieldA.blur();
	await expect(fieldB).toHaveValue('Sekreterare A');

	await tabB.clock.pauseAt(Date.now() + 1000);
	await fieldB.fill('Sekreterare B skriver annat');
	await fieldA.fill('Sekreterare A igen');
	await fieldA.blur();
	const conflict = tabB.getByRole('alert').filter({ hasText: 'Svaret har ändrats i en annan flik' });
	await expect(conflict).toBeVisible();
	await tabB.clock.resume();
	await conflict.getByRole('button', { name: 'Använd den andra texten' }).click();
	await expect(fieldB).toHaveValue('Sekreterare A igen');
});

test('fault: a database from every earlier version – version 1 opens with every record', async ({ page }) => {
	await page.goto('/om/');
	await page.evaluate(
		({ stores, records }) =>
			new Promise<void>((resolve, reject) => {
				// Dexie stores schema version n as IndexedDB version n × 10.
				const request = indexedDB.open('samverkansrummet', 10);
				request.onupgradeneeded = () => {
					const db = request.result;
					for (const [name, spec] of Object.entries(stores)) {
						const [primary, ...indexes] = spec.split(',').map((part) => part.trim());
						const keyPath = primary!.startsWith('[') ? primary!.slice(1, -1).split('+') : primary!;
						const store = db.createObjectStore(name, { keyPath });
						for (const index of indexes) store.createIndex(index, index);
					}
				};
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction(Object.keys(records), 'readwrite');
					for (const [name, rows] of Object.entries(records)) for (const row of rows) tx.objectStore(name).add(row);
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				request.onerror = () => reject(request.error);
			}),
		{ stores: V1_STORES, records: V1_RECORDS },
	);

	await page.goto('/data/');
	const counts = page.getByRole('region', { name: 'Det här finns sparat' });
	await expect(counts.getByRole('row', { name: /^Svar på reflektionsfrågor/ }).getByRole('cell')).toHaveText('2');
	await expect(counts.getByRole('row', { name: /^Samtal/ }).getByRole('cell')).toHaveText('1');
	await expect(counts.getByRole('row', { name: /^Grupper/ }).getByRole('cell')).toHaveText('1');
	await page.goto('/scenario/1/');
	await expect(
		page.getByRole('textbox', { name: 'Varför är det viktigt att dela information om barnets situation?' }),
	).toHaveValue('För att se hela bilden i tid.');
	await page.goto('/samtal/');
	await expect(page.getByRole('heading', { name: /SSPF Norra/ })).toBeVisible();
});
