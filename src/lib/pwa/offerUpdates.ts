import { flushPendingWrites } from '../db/pendingWrites';
import { mayOfferUpdate } from './updatePolicy';

/**
 * Puts one of Base.astro's prompt templates into the page's update region. The user decides when:
 * the button first saves every answer still being typed, then runs `onAccept`.
 */
const offer = (templateId: string, onAccept: () => void) => {
	const region = document.getElementById('uppdatering');
	const template = document.getElementById(templateId);
	// A running session is never interrupted: the next page the facilitator opens offers it again.
	if (!region || !(template instanceof HTMLTemplateElement) || !mayOfferUpdate(location.pathname)) return;
	region.replaceChildren(template.content.cloneNode(true));
	const button = region.querySelector('button');
	button?.addEventListener(
		'click',
		async () => {
			button.disabled = true;
			await flushPendingWrites();
			onAccept();
		},
		{ once: true },
	);
};

/**
 * Registers the Workbox-built service worker and offers its updates. A new version waits (no
 * skipWaiting in the worker); only when the user accepts does the page ask it to take over
 * (Workbox's `SKIP_WAITING` message) and reload once it controls the page, so old HTML never runs
 * with new scripts. It never reloads by itself.
 *
 * This is the flow workbox-window implements (messageSkipWaiting, reload on controlling), written
 * out here because loading workbox-window lazily costs Vite's preload helper on every page, more
 * than these lines, and the heaviest page has little room left under its 70 KB budget.
 */
export const offerUpdates = async (): Promise<void> => {
	const registration = await navigator.serviceWorker.register('/sw.js');
	let accepted = false;
	const reload = () => {
		if (accepted) location.reload();
		accepted = false;
	};
	const offerWaiting = () => {
		const waiting = registration.waiting;
		// On the first visit nothing controls the page yet: the first worker passes through
		// "waiting" on its way to active, and that is no update to offer.
		if (!waiting || !navigator.serviceWorker.controller) return;
		offer('ny-version', () => {
			accepted = true;
			waiting.addEventListener('statechange', () => waiting.state === 'activated' && reload());
			waiting.postMessage({ type: 'SKIP_WAITING' });
		});
	};
	// A version already waiting: found while this tab or another was open, or deferred by a session.
	offerWaiting();
	registration.addEventListener('updatefound', () => {
		const installing = registration.installing;
		installing?.addEventListener('statechange', () => installing.state === 'installed' && offerWaiting());
	});
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (accepted) reload();
		// Another tab accepted the update: this page's scripts are now older than the worker's files.
		else offer('uppdaterad-i-annan-flik', () => location.reload());
	});
};
