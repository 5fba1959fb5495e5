import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findSystemChromium } from './scripts/lib/chromium.mjs';

/**
 * Playwright's own Chromium where it is installed (a developer laptop after `npx playwright install`),
 * otherwise a system Chromium: CHROMIUM_PATH, or Debian's /usr/bin/chromium.
 */
const findChromium = (): string | undefined => {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	if (existsSync(chromium.executablePath())) return undefined;
	const system = findSystemChromium();
	if (system) return system;
	throw new Error(
		'No Chromium found. Run `npx playwright install chromium`, install Chromium (Debian: apt-get install chromium), or set CHROMIUM_PATH.',
	);
};

const PORT = Number(process.env.E2E_PORT ?? 4322);
const isCI = Boolean(process.env.CI);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Generous: a 2-core CI machine runs two browsers and a server at once.
	timeout: 60_000,
	forbidOnly: isCI,
	retries: 0,
	workers: 2,
	reporter: isCI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		locale: 'sv-SE',
		trace: 'retain-on-failure',
		// Each fresh context would install the service worker and precache the whole site in the
		// background. The specs about offline use, updates and films allow it (`test.use`).
		serviceWorkers: 'block',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: findChromium(),
					args: CHROMIUM_ARGS,
				},
			},
		},
	],
	// Tests run against the built site, as users get it; `npm test` builds first.
	webServer: {
		command: `node scripts/serve-dist.mjs ${PORT}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !isCI,
		timeout: 60_000,
	},
});
