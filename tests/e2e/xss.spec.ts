import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { XSS_PAYLOADS } from '../fixtures/xssPayloads';
import { openWithIsland } from '../helpers/e2e';

test.describe.configure({ mode: 'serial' });

/** Fails the test if any payload ever runs: a dialog, a global set, or a live handler in the DOM. */
const watchForExecution = async (page: Page) => {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	return async () => {
		expect(dialogs).toEqual([]);
		expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
		const injected = await page.evaluate(
			() =>
				[...document.querySelectorAll('main *')].filter(
					(element) =>
						['IFRAME', 'OBJECT', 'EMBED', 'BASE'].includes(element.tagName) ||
						// The site's own scripts are fine; a script carrying a payload is not.
						(element.tagName === 'SCRIPT' && /alert|__pwned/.test(element.textContent ?? '')) ||
						[...element.attributes].some(({ name, value }) => name.startsWith('on') || /^\s*javascript:/i.test(value)),
				).length,
		);
		expect(injected).toBe(0);
	};
};

const T = '2026-11-23T10:00:00.000Z';
/** A backup file carrying every payload as answers, in a session whose group name is a payload too. */
const payloadBackup = () =>
	Buffer.from(
		JSON.stringify({
			format: 'samverkansrummet',
			formatVersion: 1,
			exportedAt: T,
			data: {
				groups: [{ id: 'gx', name: XSS_PAYLOADS[1], createdAt: T, updatedAt: T }],
				sessions: [
					{
						id: 'sx',
						groupId: 'gx',
						scenario: 1,
						date: '2026-11-23',
						createdAt: T,
						updatedAt: T,
						roles: { skola: 1, socialtjänst: 1, polis: 1, fritid: 0, annan: 0 },
						agenda: { intro: 5, film: 8, questions: 22, exercise: 18, wrapUp: 7 },
						step: 'summary',
						questionIndex: 0,
						questionCount: 10,
						actions: XSS_PAYLOADS.slice(0, 10).map((text, index) => ({
							id: `a${index}`,
							text,
							ownerRole: 'skola',
							due: '2026-12-01',
						})),
						status: 'completed',
					},
				],
				answers: XSS_PAYLOADS.map((text, index) => ({
					owner: index < 10 ? 'session:sx' : 'sjalvstudier',
					scenario: 1,
					questionId:
						index < 10
							? [
									'dela-varfor-viktigt',
									'dela-kontaktvagar',
									'dela-utveckla-kontaktvagar',
									'dela-betydelse-samtycke',
									'involvera-fortroende',
									'involvera-delaktiga-tidigt',
									'samtycke-faktorer',
									'samtycke-utmaningar',
									'samtycke-nej-eller-tveksamma',
									'vi-tar-med-oss',
								][index]!
							: `xss-${index}`,
					text,
					rev: 1,
					updatedAt: T,
				})),
			},
		}),
	);

test('100 payloads imported from a file never run in the UI, the minutes, the print view or the Markdown', async ({
	page,
}) => {
	test.setTimeout(90_000);
	const check = await watchForExecution(page);
	await page.goto('/data/');
	await page
		.getByLabel('Importera fil')
		.setInputFiles({ name: 'payloads.json', mimeType: 'application/json', buffer: payloadBackup() });
	await page.getByRole('button', { name: 'Importera', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'är inläst' })).toBeVisible();

	await page.goto('/samtal/');
	await expect(
		page.getByRole('heading', {
			name: new RegExp(XSS_PAYLOADS[1]!.slice(0, 10).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
		}),
	).toBeVisible();
	await page.goto('/samtal/anteckningar/?id=sx');
	const minutes = page.getByRole('article');
	for (const payload of XSS_PAYLOADS.slice(0, 9))
		await expect(minutes.getByText(payload, { exact: true }).first()).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(minutes).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Ladda ner som Markdown' }).click();
	const markdown = readFileSync(await (await download).path(), 'utf8');
	expect(markdown).not.toMatch(/<[a-z!/]/i);
	expect(markdown).not.toMatch(/(^|[^\\])\[[^\]]*\]\(/);
	await check();
});

test('payloads typed into answers and a session name stay text', async ({ page }) => {
	const check = await watchForExecution(page);
	await page.goto('/scenario/2/');
	const fields = page.getByRole('textbox');
	await expect(fields.first()).toBeEditable();
	for (const [index, payload] of XSS_PAYLOADS.slice(0, 11).entries()) {
		await fields.nth(index % 10).fill(payload);
		await fields.nth(index % 10).blur();
	}
	await page.reload();
	await expect(page.getByRole('textbox').first()).toHaveValue(XSS_PAYLOADS[10]!);
	await openWithIsland(page, '/samtal/');
	await page.getByRole('button', { name: 'Nytt samtal' }).click();
	await page.getByLabel('Gruppens namn').fill(XSS_PAYLOADS[2]!);
	await page.getByRole('button', { name: 'Starta' }).click();
	await expect(page.getByText(XSS_PAYLOADS[2]!, { exact: false })).toBeVisible();
	await check();
});
