// Where Chromium is, and how to start it here: shared by the end-to-end tests and the benchmarks.
import { existsSync } from 'node:fs';

/** Flags for a headless Chromium on a machine with no network beyond localhost (see STACK.md). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

/** A system Chromium: CHROMIUM_PATH if set, else the usual Linux locations; undefined if none. */
export const findSystemChromium = () =>
	process.env.CHROMIUM_PATH ??
	['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path));
