// Scale benchmark (PRODUCT.md C7): with 500 sessions and 25,000 answers stored, how long do the
// sessions list, an export, an import into an empty profile and a single autosave take, in the
// real browser against the built site? Prints figures against the targets. The import of 25,000 answers
// under 3 s is a budget (issue 12): over its target it fails `npm run bench` and this script. The sessions
// list (target 200 ms) is reported only: its median measures 140–230 ms here, most of it page start-up
// (HTML, first layout, scripts) rather than the 500 sessions, so it would fail runs at random.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findSystemChromium } from './lib/chromium.mjs';
import { ANSWERS, largeBackupText, SESSIONS } from './lib/largeBackup.mjs';

const PORT = Number(process.env.SCALE_PORT ?? 4370);
const ORIGIN = `http://localhost:${PORT}`;
const executablePath = findSystemChromium();

const importFile = async (page, buffer) => {
	await page.goto(`${ORIGIN}/data/`);
	// Every island hydrated first, or the file would be chosen before anything listens for it.
	await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
	await page.getByLabel('Importera fil').setInputFiles({ name: 'data.json', mimeType: 'application/json', buffer });
	await page.getByRole('button', { name: 'Importera', exact: true }).waitFor();
	// Timed in the page, from the click to the moment the page says the file is read in (a
	// MutationObserver), so that Playwright's polling, which backs off to half a second, is not counted.
	await page.evaluate(() => {
		window.importTime = new Promise((resolve) => {
			let began = 0;
			document.addEventListener('click', () => (began = performance.now()), { capture: true, once: true });
			const observer = new MutationObserver(() => {
				const statuses = [...document.querySelectorAll('[role="status"]')];
				if (!began || !statuses.some((status) => status.textContent.includes('är inläst'))) return;
				observer.disconnect();
				resolve(performance.now() - began);
			});
			observer.observe(document.body, { childList: true, subtree: true, characterData: true });
		});
	});
	await page.getByRole('button', { name: 'Importera', exact: true }).click();
	await page.getByRole('status').filter({ hasText: 'är inläst' }).waitFor({ timeout: 120_000 });
	return page.evaluate(() => window.importTime);
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
		// Seeded through the app's own code path (the data page's import).
		await importFile(page, Buffer.from(largeBackupText()));

		// Sessions list: from navigation start until its first page (the 20 newest of the 500) is on screen,
		// with the button for the next page, which says the list knows all 500. The moment is taken in the page
		// (a MutationObserver), so Playwright's polling does not add to it; its own tab keeps the observer away
		// from the other figures.
		const PAGE = 20;
		const listPage = await seeded.newPage();
		await listPage.addInitScript(() => {
			const observer = new MutationObserver(() => {
				if (!document.querySelector('.session-list > li') || !document.querySelector('.session-list__more')) return;
				window.listShownAt = performance.now();
				observer.disconnect();
			});
			observer.observe(document, { childList: true, subtree: true });
		});
		const listTimes = [];
		// One visit first that is not counted, as for Lighthouse: the first load in a fresh tab compiles
		// every script, which a facilitator returning to the list does not wait for again.
		for (let run = -1; run < 5; run++) {
			await listPage.goto(`${ORIGIN}/samtal/`);
			await listPage.getByRole('button', { name: `Visa ${PAGE} samtal till` }).waitFor({ timeout: 60_000 });
			if (run >= 0) listTimes.push(await listPage.evaluate(() => window.listShownAt));
		}
		const shown = await listPage.locator('.session-list > li').count();
		if (shown !== PAGE) throw new Error(`The sessions list shows ${shown} sessions at first, not ${PAGE}.`);
		await listPage.getByText(`Visar de ${PAGE} senaste av ${SESSIONS} samtal.`).waitFor();
		const islandStart = await listPage.evaluate(
			() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
		);
		await listPage.close();
		figures.push({
			what: `Sessions list, ${SESSIONS} sessions stored, first ${PAGE} rendered (median of 5 after one warm-up, from navigation)`,
			ms: listTimes.sort((a, b) => a - b)[2],
			target: 200,
			// Reported only (see the top of this file); enforce once it is clear of 200 ms on this machine.
			enforced: false,
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

		// Import into an empty profile, three times (a fresh profile each), the median counted: one import
		// is seconds of IndexedDB writing, whose time on this machine varies by a third between runs.
		const { readFileSync } = await import('node:fs');
		const file = readFileSync(exported);
		const importTimes = [];
		for (let run = 0; run < 3; run++) {
			const empty = await browser.newContext();
			importTimes.push(await importFile(await empty.newPage(), file));
			await empty.close();
		}
		figures.push({
			what: `Import of that export (${ANSWERS} answers) into an empty profile (median of 3)`,
			ms: importTimes.sort((a, b) => a - b)[1],
			target: 3000,
			enforced: true,
			note: `runs ${importTimes.map((ms) => Math.round(ms)).join(' ')} ms`,
		});

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

/** The figures that are budgets and went over their target. */
export const overBudget = (figures) => figures.filter(({ ms, target, enforced }) => enforced && !(ms < target));

if (import.meta.url === `file://${process.argv[1]}`) {
	const figures = await runScaleBench();
	for (const { what, ms, target, enforced, note } of figures) {
		const result = ms < target ? 'ok' : enforced ? 'OVER' : 'over target';
		console.log(
			`${what.padEnd(70)} ${`${Math.round(ms)} ms`.padStart(9)}  target < ${target} ms  ${result}${note ? `  (${note})` : ''}`,
		);
	}
	const over = overBudget(figures);
	if (over.length > 0) {
		console.error(`\n${over.length} scale budget(s) exceeded.`);
		process.exit(1);
	}
}
