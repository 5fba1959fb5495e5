// Scale benchmark (PRODUCT.md C7): with 500 sessions and 25,000 answers stored, how long do the
// sessions list, an export, an import into an empty profile and a single autosave take, in the
// real browser against the built site? Prints figures against the targets; never fails the build.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findSystemChromium } from './lib/chromium.mjs';

const PORT = Number(process.env.SCALE_PORT ?? 4370);
const SESSIONS = 500;
const ANSWERS = 25_000;
const ORIGIN = `http://localhost:${PORT}`;
const executablePath = findSystemChromium();

/** Seeds the app's database through the app's own code path (the data page's import). */
const seedFile = () => {
	const now = '2026-11-01T10:00:00.000Z';
	const groups = Array.from({ length: 50 }, (_, g) => ({
		id: `g${g}`,
		name: `Grupp ${g}`,
		createdAt: now,
		updatedAt: now,
	}));
	const sessions = Array.from({ length: SESSIONS }, (_, s) => ({
		id: `s${s}`,
		groupId: `g${s % 50}`,
		scenario: (s % 3) + 1,
		date: `2026-${String((s % 12) + 1).padStart(2, '0')}-${String((s % 28) + 1).padStart(2, '0')}`,
		createdAt: now,
		updatedAt: now,
		roles: { skola: 2, socialtjänst: 1, polis: 1, fritid: 0, annan: 0 },
		agenda: { intro: 5, film: 8, questions: 22, exercise: 18, wrapUp: 7 },
		step: 'questions',
		questionIndex: s % 10,
		questionCount: 11,
		actions: [],
		status: 'active',
	}));
	const answers = Array.from({ length: ANSWERS }, (_, a) => ({
		owner: `session:s${a % SESSIONS}`,
		scenario: ((a % SESSIONS) % 3) + 1,
		questionId: `fraga-${Math.floor(a / SESSIONS)}`,
		text: `Gruppens svar nummer ${a}: vi pratar med vårdnadshavarna tidigt och dokumenterar samtycket.`,
		rev: 1,
		updatedAt: now,
	}));
	return JSON.stringify({
		format: 'samverkansrummet',
		formatVersion: 1,
		exportedAt: now,
		data: { groups, sessions, answers, exerciseRuns: [], settings: [] },
	});
};

const importFile = async (page, buffer) => {
	await page.goto(`${ORIGIN}/data/`);
	await page.getByLabel('Importera fil').setInputFiles({ name: 'data.json', mimeType: 'application/json', buffer });
	await page.getByRole('button', { name: 'Importera', exact: true }).waitFor();
	const began = Date.now();
	await page.getByRole('button', { name: 'Importera', exact: true }).click();
	await page.getByRole('status').filter({ hasText: 'är inläst' }).waitFor({ timeout: 120_000 });
	return Date.now() - began;
};

export const runScaleBench = async () => {
	const server = spawn('node', ['scripts/serve-dist.mjs', String(PORT)], { stdio: 'ignore' });
	const browser = await chromium.launch({
		executablePath,
		args: CHROMIUM_ARGS,
	});
	const figures = [];
	try {
		await new Promise((resolve) => setTimeout(resolve, 500));
		const seeded = await browser.newContext({ acceptDownloads: true });
		const page = await seeded.newPage();
		await importFile(page, Buffer.from(seedFile()));

		// Sessions list: from navigation start until the 500 items are on screen.
		const listTimes = [];
		for (let run = 0; run < 3; run++) {
			await page.goto(`${ORIGIN}/samtal/`);
			await page
				.locator('.session-list > li')
				.nth(SESSIONS - 1)
				.waitFor({ timeout: 60_000 });
			listTimes.push(await page.evaluate(() => performance.now()));
		}
		const islandStart = await page.evaluate(
			() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
		);
		figures.push({
			what: `Sessions list, ${SESSIONS} sessions rendered (median of 3, from navigation)`,
			ms: listTimes.sort((a, b) => a - b)[1],
			target: 200,
			note: `DOM ready at ${Math.round(islandStart)} ms`,
		});

		// Export.
		await page.goto(`${ORIGIN}/data/`);
		const began = Date.now();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Exportera all data' }).click(),
		]);
		const exported = await download.path();
		figures.push({
			what: `Export of ${SESSIONS} sessions and ${ANSWERS} answers`,
			ms: Date.now() - began,
			target: 2000,
		});

		// Import into an empty profile.
		const empty = await browser.newContext();
		const { readFileSync } = await import('node:fs');
		figures.push({
			what: 'Import of that export into an empty profile',
			ms: await importFile(await empty.newPage(), readFileSync(exported)),
			target: 3000,
		});
		await empty.close();

		// One autosave with the database full: the IndexedDB write behind "Sparat", 30 samples.
		await page.goto(`${ORIGIN}/scenario/1/`);
		const field = page.getByRole('textbox', { name: 'Vilka olika kontaktvägar har ni till varandra?' });
		await field.scrollIntoViewIfNeeded();
		await field.waitFor();
		await page.waitForFunction(() => !document.querySelector('textarea[readonly]'));
		const saves = [];
		for (let sample = 0; sample < 30; sample++) {
			await field.fill(`Svar ${sample}`);
			const ms = await page.evaluate(async () => {
				const status = document.getElementById('svar-1-dela-kontaktvagar-status');
				const began = performance.now();
				document.getElementById('svar-1-dela-kontaktvagar').dispatchEvent(new FocusEvent('blur'));
				while (status.textContent.trim() !== 'Sparat') await new Promise((resolve) => setTimeout(resolve, 1));
				return performance.now() - began;
			});
			saves.push(ms);
		}
		saves.sort((a, b) => a - b);
		figures.push({
			what: 'One autosave, 95th percentile of 30',
			ms: saves[Math.floor(saves.length * 0.95) - 1],
			target: 50,
		});
		await seeded.close();
	} finally {
		await browser.close();
		server.kill();
	}
	return figures;
};

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const { what, ms, target, note } of await runScaleBench()) {
		console.log(
			`${what.padEnd(70)} ${`${Math.round(ms)} ms`.padStart(9)}  target < ${target} ms  ${ms < target ? 'ok' : 'over target'}${note ? `  (${note})` : ''}`,
		);
	}
}
