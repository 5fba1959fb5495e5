import { expect, test } from '@playwright/test';
import { holdTable, openWithIsland } from '../helpers/e2e';

const ANSWERS = 25_000;
const SESSIONS = 500;

/** A backup as an earlier release wrote it (format 1, no checksum): 500 sessions with 25,000 answers. */
const largeBackup = (): Buffer => {
	const at = '2026-11-01T10:00:00.000Z';
	const groups = Array.from({ length: 50 }, (_, g) => ({
		id: `g${g}`,
		name: `Grupp ${g}`,
		createdAt: at,
		updatedAt: at,
	}));
	const sessions = Array.from({ length: SESSIONS }, (_, s) => ({
		id: `s${s}`,
		groupId: `g${s % 50}`,
		scenario: (s % 3) + 1,
		date: '2026-11-01',
		createdAt: at,
		updatedAt: at,
		roles: { skola: 2, socialtjänst: 1, polis: 1, fritid: 0, annan: 0 },
		agenda: { intro: 5, film: 8, questions: 22, exercise: 18, wrapUp: 7 },
		step: 'questions',
		questionIndex: 0,
		questionCount: 11,
		actions: [],
		status: 'active',
	}));
	const answers = Array.from({ length: ANSWERS }, (_, a) => ({
		owner: `session:s${a % SESSIONS}`,
		scenario: ((a % SESSIONS) % 3) + 1,
		questionId: `fraga-${Math.floor(a / SESSIONS)}`,
		text: `Gruppens svar nummer ${a}: vi pratar med vårdnadshavarna tidigt.`,
		rev: 1,
		updatedAt: at,
	}));
	return Buffer.from(
		JSON.stringify({
			format: 'samverkansrummet',
			formatVersion: 1,
			exportedAt: at,
			data: { groups, sessions, answers, exerciseRuns: [], settings: [] },
		}),
	);
};

test('an import that takes over a second shows its progress once that second has passed, and clears it when done', async ({
	page,
}) => {
	test.setTimeout(120_000);
	// The page's clock is ours: the progress may appear only after a second of work, never before.
	await page.clock.install();
	await openWithIsland(page, '/data/');
	await page.getByLabel('Importera fil').setInputFiles({
		name: 'stor-export.json',
		mimeType: 'application/json',
		buffer: largeBackup(),
	});
	await expect(page.getByRole('heading', { name: 'Det här händer om du importerar' })).toBeVisible({ timeout: 60_000 });
	await expect(page.getByText('25\u00a0000 svar läggs till.')).toBeVisible();

	const section = page.getByRole('region', { name: 'Importera' });
	const progress = section.getByRole('status').filter({ has: page.getByRole('progressbar') });
	// From here the page's time stands still until the test moves it.
	await page.clock.pauseAt(Date.now() + 1_000);
	await section.getByRole('button', { name: 'Importera', exact: true }).click();
	// Under a second of work: nothing flickers into view.
	await expect(section.getByRole('progressbar')).toHaveCount(0);
	await page.clock.runFor(1_000);
	await expect(progress).toContainText('Importerar …');
	await expect(section.getByRole('progressbar', { name: 'Importerar …' })).toBeVisible();

	await page.clock.resume();
	await expect(section.getByRole('status').filter({ hasText: 'Filen stor-export.json är inläst.' })).toBeVisible({
		timeout: 60_000,
	});
	await expect(section.getByRole('progressbar')).toHaveCount(0);
});

test('an export held up for over a second shows its progress once that second has passed, and clears it when the file is ready', async ({
	page,
	context,
}) => {
	await page.clock.install();
	await openWithIsland(page, '/data/');
	const section = page.getByRole('region', { name: 'Exportera', exact: true });
	// Another window writing answers at this moment: the export's read waits for it.
	const release = await holdTable(context, 'answers');
	await page.clock.pauseAt(Date.now() + 1_000);
	const download = page.waitForEvent('download');
	await section.getByRole('button', { name: 'Exportera all data' }).click();
	await expect(section.getByRole('button', { name: 'Exportera all data' })).toBeDisabled();
	await expect(section.getByRole('progressbar')).toHaveCount(0);
	await page.clock.runFor(1_000);
	await expect(section.getByRole('progressbar', { name: 'Exporterar …' })).toBeVisible();

	await release();
	await page.clock.resume();
	expect((await download).suggestedFilename()).toMatch(/^samverkansrummet-.*\.json$/);
	await expect(section.getByRole('status').filter({ hasText: /har laddats ned\.$/ })).toBeVisible();
	await expect(section.getByRole('progressbar')).toHaveCount(0);
	await expect(section.getByRole('button', { name: 'Exportera all data' })).toBeEnabled();
});
