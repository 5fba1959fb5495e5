import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';

const ROOT = join(import.meta.dirname, '../..');

/**
 * A port for a server a test starts itself: the suite's port (E2E_PORT) plus `offset`, so two
 * people running the suite on different ports never collide. Give every test its own offset.
 */
export const ownPort = (offset: number): number => Number(process.env.E2E_PORT ?? 4322) + offset;

/** A static server of a built site that a test can stop, as a meeting room's missing network would. */
export interface DistServer {
	url: string;
	stop: () => Promise<void>;
}

/** Serves `folder` (a built site) with scripts/serve-dist.mjs in a child process, on `port`. */
export const startDistServer = async (port: number, folder = 'dist'): Promise<DistServer> => {
	const child = spawn(process.execPath, ['scripts/serve-dist.mjs', String(port), folder], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const exited = once(child, 'exit');
	await new Promise<void>((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Serving') && resolve());
		void exited.then(() => reject(new Error(`serve-dist.mjs on port ${port} stopped: ${stderr}`)));
	});
	return {
		url: `http://localhost:${port}`,
		stop: async () => {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill();
			await exited;
		},
	};
};

/**
 * The facilitator's one online visit: opens `/`, waits until the service worker is active (it has
 * precached everything), then reloads so that the worker also controls the page (STACK.md, pitfall 11).
 */
export const visitOnceOnline = async (page: Page, path = '/'): Promise<void> => {
	await page.goto(path);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
};

/** No network at all: the server is stopped and the browser is offline (belt and braces, RELIABILITY.md §4). */
export const cutNetwork = async (context: BrowserContext, server: DistServer): Promise<void> => {
	await server.stop();
	await context.setOffline(true);
};

/** Asserts that `path` loaded as a real page of the app: its one h1 and the main menu (hidden on the projector). */
export const expectPage = async (page: Page, path: string): Promise<void> => {
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
	const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
	// The presentation pages (the running session and its projector window) show no site menu.
	if (/^\/samtal\/(kor|projektor)\//.test(path)) await expect(menu, path).toBeHidden();
	else await expect(menu, path).toBeVisible();
};

/** The build id in a built site's `<meta name="build">`. */
export const readBuildId = (folder = join(ROOT, 'dist')): string => {
	const id = /<meta name="build" content="([^"]+)"/.exec(readFileSync(join(folder, 'index.html'), 'utf8'))?.[1];
	if (!id) throw new Error(`No build id in ${folder}/index.html`);
	return id;
};

/** Builds the site again into `outDir` with the build id `buildId`: the next release, as it would be deployed. */
export const buildSite = async (outDir: string, buildId: string): Promise<void> => {
	const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		cwd: ROOT,
		env: { ...process.env, BUILD_ID: buildId },
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const [code] = await once(child, 'exit');
	if (code !== 0) throw new Error(`astro build into ${outDir} failed (${code}): ${stderr}`);
};
