/**
 * Keeps a quiet status text up to date: empty while online, the element's `data-offline` text
 * while the browser says it has no network. Everything works offline; this only tells why the
 * official film links will not open.
 */
export const showNetworkStatus = (element: HTMLElement | null): void => {
	if (!element) return;
	const update = () => {
		element.textContent = navigator.onLine ? '' : (element.dataset.offline ?? '');
	};
	update();
	window.addEventListener('online', update);
	window.addEventListener('offline', update);
};
