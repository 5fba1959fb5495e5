import { expect, test, type Page } from '@playwright/test';
import { CURRENT_SCHEMA_VERSION } from '../../src/lib/db/schema';

/** The schema version of a release newer than this code. */
const NEWER = CURRENT_SCHEMA_VERSION + 1;

const QUESTION = 'Vilka olika kontaktvägar har ni till varandra?';

/**
 * Opens the app's database at a higher version in the page, as a newer release would: the same
 * stores, and `meta.schemaVersion` raised. Resolves once the upgrade has gone through.
 */
const openAsNewerRelease = (page: Page, schemaVersion: number) =>
	page.evaluate(
		(version) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('samverkansrummet', version * 10);
				request.onupgradeneeded = () => {
					const db = request.result;
					const ensure = (name: string, keyPath: string | string[], indexes: string[] = []) => {
						const store = db.objectStoreNames.contains(name)
							? request.transaction!.objectStore(name)
							: db.createObjectStore(name, { keyPath });
						for (const index of indexes) if (!store.indexNames.contains(index)) store.createIndex(index, index);
					};
					ensure('groups', 'id', ['name']);
					ensure('sessions', 'id', ['groupId', 'updatedAt']);
					ensure('answers', ['owner', 'scenario', 'questionId'], ['owner', 'updatedAt']);
					ensure('exerciseRuns', 'id', ['owner', 'exerciseId', 'updatedAt']);
					ensure('films', 'scenario');
					ensure('settings', 'key');
					ensure('meta', 'key');
					request.transaction!.objectStore('meta').put({ key: 'schemaVersion', value: version });
				};
				request.onsuccess = () => {
					request.result.close();
					resolve();
				};
				request.onerror = () => reject(request.error);
			}),
		schemaVersion,
	);

test('a database written by a newer release opens read-only with a clear message', async ({ page }) => {
	await page.goto('/om/');
	await openAsNewerRelease(page, NEWER);
	await page.goto('/scenario/1/');
	const banner = page.getByRole('alert').filter({ hasText: 'En nyare version av Samverkansrummet har sparat data' });
	await expect(banner).toBeVisible();
	const field = page.getByRole('textbox', { name: QUESTION });
	await field.fill('Skrivs inte i gammal form');
	await field.blur();
	await expect(page.getByRole('alert').filter({ hasText: 'Ladda om sidan innan du skriver mer' })).toBeVisible();
	await expect(field).toHaveValue('Skrivs inte i gammal form');
	const stored = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const request = indexedDB.open('samverkansrummet');
				request.onsuccess = () => {
					const count = request.result.transaction('answers').objectStore('answers').count();
					count.onsuccess = () => resolve(count.result);
				};
			}),
	);
	expect(stored).toBe(0);
});

test('another tab upgrading the database: this tab saves what it has, lets go and asks for a reload', async ({
	context,
}) => {
	const oldTab = await context.newPage();
	await oldTab.goto('/scenario/1/');
	const field = oldTab.getByRole('textbox', { name: QUESTION });
	await expect(field).toBeEditable();
	await field.fill('Skrivet precis innan uppdateringen');

	const newTab = await context.newPage();
	await newTab.goto('/om/');
	await openAsNewerRelease(newTab, NEWER);

	await expect(
		oldTab
			.getByRole('alert')
			.filter({ hasText: 'Samverkansrummet har uppdaterats i en annan flik. Det du skrivit är sparat.' }),
	).toBeVisible();
	const saved = await newTab.evaluate(
		() =>
			new Promise<unknown>((resolve) => {
				const request = indexedDB.open('samverkansrummet');
				request.onsuccess = () => {
					const get = request.result
						.transaction('answers')
						.objectStore('answers')
						.get(['sjalvstudier', 1, 'dela-kontaktvagar']);
					get.onsuccess = () => resolve(get.result?.text);
				};
			}),
	);
	expect(saved).toBe('Skrivet precis innan uppdateringen');
});
