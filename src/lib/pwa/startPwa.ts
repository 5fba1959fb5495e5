import { offerUpdates } from './offerUpdates';
import { showNetworkStatus } from './showNetworkStatus';

/** The build this script belongs to; Base.astro writes the same id into `<meta name="build">`. */
export const BUILD_ID: string = __BUILD_ID__;

/**
 * Runs on every page, so it stays tiny: marks the script's build on `<html data-script-build>`,
 * shows the network status, and registers the service worker once the page has loaded.
 */
export const startPwa = (): void => {
	document.documentElement.dataset.scriptBuild = BUILD_ID;
	const pageBuild = document.querySelector<HTMLMetaElement>('meta[name="build"]')?.content;
	if (pageBuild !== BUILD_ID) console.error(`Page of build ${pageBuild} runs scripts of build ${BUILD_ID}.`);

	showNetworkStatus(document.getElementById('natverksstatus'));

	// No worker in `astro dev`: the build writes it (src/integrations/serviceWorker.ts).
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const register = () => void offerUpdates().catch((error: unknown) => console.warn('No service worker:', error));
	if (document.readyState === 'complete') register();
	else window.addEventListener('load', register, { once: true });
};
