import { offerUpdates } from './offerUpdates';
import { showNetworkStatus } from './showNetworkStatus';

/** How long after `load` the service worker is registered, and how long it then waits for idle. */
const SETTLE_MS = 3000;
const IDLE_TIMEOUT_MS = 2000;

/** The build this script belongs to; Base.astro writes the same id into `<meta name="build">`. */
export const BUILD_ID: string = __BUILD_ID__;

/**
 * Runs on every page, so it stays tiny: marks the script's build on `<html data-script-build>`,
 * shows the network status, and registers the service worker once the page has loaded and settled.
 */
export const startPwa = (): void => {
	document.documentElement.dataset.scriptBuild = BUILD_ID;
	const pageBuild = document.querySelector<HTMLMetaElement>('meta[name="build"]')?.content;
	if (pageBuild !== BUILD_ID) console.error(`Page of build ${pageBuild} runs scripts of build ${BUILD_ID}.`);

	showNetworkStatus(document.getElementById('natverksstatus'));

	// No worker in `astro dev`: the build writes it (src/integrations/serviceWorker.ts).
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const register = () => void offerUpdates().catch((error: unknown) => console.warn('No service worker:', error));
	// Installing the worker downloads the whole precache (about 2 MB) and stores it. On a first visit
	// from a slow laptop that competes with the page's own start (its scripts, its database), so it
	// waits until the page has loaded, settled for a few seconds and the browser is idle. The precache
	// serves the next visit; this one already has what it shows. Later visits register the same way,
	// which is also when the worker looks for a new version.
	const whenSettled = () =>
		setTimeout(() => {
			if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: IDLE_TIMEOUT_MS });
			else register();
		}, SETTLE_MS);
	if (document.readyState === 'complete') whenSettled();
	else window.addEventListener('load', whenSettled, { once: true });
};
