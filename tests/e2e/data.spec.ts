import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readCollection } from '../helpers/content';
import { expectAxeClean, openWithIsland } from '../helpers/e2e';
import { sha256Of } from '../../src/lib/backup/canonical';

const exerciseVersionOf = (id: string): number =>
	(readCollection('exercises').find((file) => file.id === id)?.data as { version: number }).version;

const QUESTION = 'Hur gör ni barn och vårdnadshavare delaktiga i ett tidigt skede?';

const answerOnScenario = async (page: Page, text: string) => {
	await page.goto('/scenario/2/');
	const field = page.getByRole('textbox', { name: QUESTION });
	await expect(field).toBeEditable();
	await field.fill(text);
	await field.blur();
	await expect(page.locator(`#${await field.getAttribute('id')}-status`)).toHaveText('Sparat');
};

/** Opens /data/ and waits until its island has hydrated, so a click is never lost (STACK.md, pitfall 10). */
const openDataPage = async (page: Page) => {
	await openWithIsland(page, '/data/');
};

const countOf = (page: Page, label: string) =>
	page.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell');

test('export, delete everything, import: the answers come back', async ({ page }) => {
	await answerOnScenario(page, 'Vi bjuder in vårdnadshavarna tidigt.');
	await openDataPage(page);
	await expect(countOf(page, 'Svar på reflektionsfrågor')).toHaveText('1');
	await expectAxeClean(page);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exportera all data' }).click();
	const file = await (await download).path();
	const exported = JSON.parse(readFileSync(file, 'utf8'));
	expect(exported).toMatchObject({
		format: 'samverkansrummet',
		formatVersion: 2,
		exportedAt: expect.any(String),
		sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
	});
	await expect(page.getByRole('status').filter({ hasText: 'har laddats ned' })).toBeVisible();

	await page.getByRole('button', { name: 'Radera all data' }).click();
	await expect(page.locator('p', { hasText: 'Vill du radera all data?' })).toBeFocused();
	await expectAxeClean(page);
	await page.getByRole('button', { name: 'Ja, radera allt' }).click();
	await expect(page.getByText('All data på den här enheten är raderad.')).toBeVisible();
	await expect(countOf(page, 'Svar på reflektionsfrågor')).toHaveText('0');

	await page.getByLabel('Importera fil').setInputFiles(file);
	const preview = page.getByRole('heading', { name: 'Det här händer om du importerar' });
	await expect(preview).toBeFocused();
	await expect(page.getByText('1 svar läggs till.')).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('button', { name: 'Importera', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'är inläst' })).toBeVisible();
	await expect(countOf(page, 'Svar på reflektionsfrågor')).toHaveText('1');

	await page.goto('/scenario/2/');
	await expect(page.getByRole('textbox', { name: QUESTION })).toHaveValue('Vi bjuder in vårdnadshavarna tidigt.');
});

test('a file that is not a valid backup gets one clear message and changes nothing', async ({ page }) => {
	await answerOnScenario(page, 'Finns kvar efteråt.');
	await openDataPage(page);
	await page.getByLabel('Importera fil').setInputFiles({
		name: 'trasig.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"samverkansrummet","formatVersion":1,"exportedAt":"2026-11-2'),
	});
	const alert = page.getByRole('alert');
	await expect(alert).toHaveText(/inte giltig JSON.*Ingenting har ändrats\./);
	await expectAxeClean(page);
	await expect(countOf(page, 'Svar på reflektionsfrågor')).toHaveText('1');

	await page.getByLabel('Importera fil').setInputFiles({
		name: 'framtid.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({ format: 'samverkansrummet', formatVersion: 99, exportedAt: '2030-01-01T00:00:00Z', data: {} }),
		),
	});
	await expect(alert).toHaveText(/nyare version av Samverkansrummet/);
	await page.goto('/scenario/2/');
	await expect(page.getByRole('textbox', { name: QUESTION })).toHaveValue('Finns kvar efteråt.');
});

test('deleting asks first, and cancelling keeps everything', async ({ page }) => {
	await answerOnScenario(page, 'Ska inte raderas.');
	await openDataPage(page);
	await page.getByRole('button', { name: 'Radera all data' }).click();
	await page.getByRole('button', { name: 'Avbryt' }).click();
	await expect(page.getByRole('button', { name: 'Radera all data' })).toBeFocused();
	await expect(countOf(page, 'Svar på reflektionsfrågor')).toHaveText('1');
});

test('the page tells whether storage is protected and how much is used', async ({ page }) => {
	await openDataPage(page);
	// "Redo för mötet?" above it tells the same figures for the meeting room: look in this section.
	const stored = page.getByRole('region', { name: 'Det här finns sparat' });
	await expect(stored.getByText('Skyddad lagring', { exact: true })).toBeVisible();
	await expect(stored.getByText(/Använt utrymme/)).toBeVisible();
	await expect(stored.getByRole('row', { name: /^Filmfiler/ })).toBeVisible();
});

test('a file with one malformed record is refused as a whole, naming the record, and every page still works', async ({
	page,
}) => {
	const T = '2026-11-23T10:00:00.000Z';
	const session = {
		id: 's1',
		groupId: 'g1',
		scenario: 1,
		date: '2026-11-23',
		createdAt: T,
		updatedAt: T,
		roles: { skola: 1, socialtjänst: 1, polis: 1, fritid: 0, annan: 0 },
		agenda: { intro: 5, film: 8, questions: 22, exercise: 18, wrapUp: 7 },
		step: 'intro',
		questionIndex: 0,
		questionCount: 3,
		actions: [],
		status: 'active',
	};
	const run = {
		id: 'r1',
		owner: 'sjalvstudier',
		exerciseId: 'scenario-1-skolan-ser-en-forandring',
		// The exercise's current version: only runs of it are resumed, so only they are checked in full.
		exerciseVersion: exerciseVersionOf('scenario-1-skolan-ser-en-forandring'),
		status: 'active',
		groupMode: false,
		snapshot: { status: 'active', value: 'finns-inte', historyValue: {}, context: { history: [] }, children: {} },
		history: [],
		startedAt: T,
		updatedAt: T,
	};
	/** A format-2 file, sealed as the app's export is, so only the record check can refuse it. */
	const sealed = async (data: object) => {
		const content = { format: 'samverkansrummet', formatVersion: 2, exportedAt: T, data };
		return Buffer.from(JSON.stringify({ ...content, sha256: await sha256Of(content) }));
	};
	const groups = [{ id: 'g1', name: 'SSPF Norra', createdAt: T, updatedAt: T }];
	const answers = [{ owner: 'session:s1', scenario: 1, questionId: 'q1', text: 'Svar', rev: 1, updatedAt: T }];
	const { agenda: _missing, ...withoutAgenda } = session;

	await openDataPage(page);
	const alert = page.getByRole('alert');
	for (const [file, message] of [
		[await sealed({ groups, sessions: [withoutAgenda], answers }), 'Samtal 1 saknar dagordning.'],
		[
			await sealed({ groups, sessions: [session], answers, exerciseRuns: [run] }),
			'Övningsomgång 1 står i ett läge som övningen inte har.',
		],
	] as const) {
		await page
			.getByLabel('Importera fil')
			.setInputFiles({ name: 'trasig.json', mimeType: 'application/json', buffer: file });
		await expect(alert).toHaveText(`Filen kan inte läsas in. ${message} Ingenting har ändrats.`);
		await expect(page.getByRole('heading', { name: 'Det här händer om du importerar' })).toHaveCount(0);
		await expect(countOf(page, 'Samtal')).toHaveText('0');
		await expect(countOf(page, 'Svar på reflektionsfrågor')).toHaveText('0');
	}
	await expectAxeClean(page);

	await page.goto('/samtal/');
	await expect(page.getByRole('button', { name: 'Nytt samtal' })).toBeVisible();
	await page.goto('/ovning/scenario-1-skolan-ser-en-forandring/');
	await expect(page.getByRole('button', { name: 'Välj' })).toBeEnabled();
	await expect(page.getByRole('alert')).toHaveCount(0);
});
