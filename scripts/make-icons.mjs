// Draws the app icons (PNG) from the favicon's design with the browser the tests use, so no image
// library is needed. Run after changing public/favicon.svg: `node scripts/make-icons.mjs`.
// The PNGs are committed; the build does not run this.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const OUT = 'public/icons';
const BLUE = '#0b4f8a';
const favicon = readFileSync('public/favicon.svg', 'utf8');

/**
 * The favicon's three dots without its rounded square, on a full-bleed background: for maskable
 * icons (the platform cuts its own shape; everything important stays inside the central 80 %)
 * and for Apple's touch icon (which must not be transparent).
 */
const fullBleed = (scale) =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${BLUE}"/>` +
	`<g transform="translate(32 34) scale(${scale}) translate(-32 -34)" fill="#fff">` +
	'<circle cx="22" cy="26" r="8"/><circle cx="42" cy="26" r="8"/><circle cx="32" cy="42" r="8"/></g></svg>';

const ICONS = [
	{ name: 'icon-192.png', size: 192, svg: favicon },
	{ name: 'icon-512.png', size: 512, svg: favicon },
	{ name: 'icon-maskable-192.png', size: 192, svg: fullBleed(0.8) },
	{ name: 'icon-maskable-512.png', size: 512, svg: fullBleed(0.8) },
	{ name: 'apple-touch-icon.png', size: 180, svg: fullBleed(0.95) },
];

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? (existsSync(chromium.executablePath()) ? undefined : systemChromium),
	args: ['--no-sandbox', '--disable-gpu'],
});
mkdirSync(OUT, { recursive: true });
for (const { name, size, svg } of ICONS) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
	await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`);
	await page.screenshot({ path: `${OUT}/${name}`, omitBackground: true });
	await page.close();
	console.log(`${OUT}/${name}`);
}
await browser.close();
