import type { ServiceWorkerStatus } from './assessReadiness';

/** Calls `onChange` with the service worker's status now, and again once it is active. */
export const followServiceWorker = (onChange: (status: ServiceWorkerStatus) => void): void => {
	if (!('serviceWorker' in navigator)) return onChange('unsupported');
	onChange('installing');
	void navigator.serviceWorker.ready.then(() => onChange('active'));
};

/** Whether the page runs as an installed app (its own window) rather than in a browser tab. */
export const isInstalledApp = (): boolean =>
	matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
