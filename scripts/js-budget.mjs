// Fails when a built page ships more JavaScript at start (gzip) than its budget (PRODUCT.md, C7):
// 5 KB for pages without islands, 70 KB for the heaviest. Run after `astro build`: `npm run budget`.
import { existsSync } from 'node:fs';
import { BUDGET_ISLAND, BUDGET_STATIC, KB, measureJsPerPage } from './lib/jsPerPage.mjs';
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

if (!existsSync('dist')) {
	console.error('No dist/ folder: run `npm run build` first.');
	process.exit(1);
}

const rows = measureJsPerPage()
	.map((row) => ({ ...row, budget: row.hasIsland ? BUDGET_ISLAND : BUDGET_STATIC }))
	.sort((a, b) => b.start - a.start);
console.log('\nJavaScript per page (gzip): at start, and loaded later on use\n');
console.log(
	`${'page'.padEnd(46)} ${'kind'.padEnd(7)} ${'start'.padStart(9)} ${'on use'.padStart(9)} ${'budget'.padStart(9)}  result`,
);
for (const { page, hasIsland, start, onDemand, budget } of rows) {
	console.log(
		`${page.padEnd(46)} ${(hasIsland ? 'island' : 'static').padEnd(7)} ${kb(start).padStart(9)} ${kb(onDemand).padStart(9)} ${kb(budget).padStart(9)}  ${start <= budget ? 'ok' : 'OVER'}`,
	);
}
const over = rows.filter(({ start, budget }) => start > budget);
console.log(`\n${rows.length} pages; heaviest ${rows[0]?.page} at ${kb(rows[0]?.start ?? 0)} at start.`);
if (over.length > 0) {
	console.error(`\nOver budget: ${over.map(({ page }) => page).join(', ')}`);
	process.exit(1);
}
