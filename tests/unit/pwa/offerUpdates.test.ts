import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onBeforeClose } from '../../../src/lib/db/pendingWrites';
import { offerUpdates } from '../../../src/lib/pwa/offerUpdates';

// Small stand-ins for the browser parts offerUpdates touches (Node has EventTarget, not the DOM).
class FakeWorker extends EventTarget {
	state = 'installing';
	messages: unknown[] = [];
	postMessage(message: unknown) {
		this.messages.push(message);
	}
	becomes(state: string) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}
class FakeButton extends EventTarget {
	disabled = false;
	constructor(readonly text: string) {
		super();
	}
	click() {
		this.dispatchEvent(new Event('click'));
	}
}
class FakeTemplate {
	constructor(readonly text: string) {}
	content = { cloneNode: () => new FakeButton(this.text) };
}
class FakeRegion {
	shown: FakeButton | undefined;
	replaceChildren(child: FakeButton) {
		this.shown = child;
	}
	querySelector() {
		return this.shown;
	}
}

let registration: EventTarget & { waiting?: FakeWorker; installing?: FakeWorker };
let container: EventTarget & { controller: object | null; register: () => Promise<typeof registration> };
let region: FakeRegion;
let reload: ReturnType<typeof vi.fn>;

const setUp = ({ path = '/scenario/1/', controlled = true, waiting = false } = {}) => {
	registration = Object.assign(new EventTarget(), { waiting: waiting ? new FakeWorker() : undefined });
	if (registration.waiting) registration.waiting.state = 'installed';
	container = Object.assign(new EventTarget(), {
		controller: controlled ? {} : null,
		register: async () => registration,
	});
	region = new FakeRegion();
	const elements: Record<string, unknown> = {
		uppdatering: region,
		'ny-version': new FakeTemplate('Ny version finns – uppdatera'),
		'uppdaterad-i-annan-flik': new FakeTemplate('Uppdaterad i en annan flik – ladda om'),
	};
	reload = vi.fn();
	vi.stubGlobal('HTMLTemplateElement', FakeTemplate);
	vi.stubGlobal('document', { getElementById: (id: string) => elements[id] ?? null });
	vi.stubGlobal('location', { pathname: path, reload });
	vi.stubGlobal('navigator', { serviceWorker: container });
};

beforeEach(() => setUp());
afterEach(() => vi.unstubAllGlobals());

describe('offering a new version', () => {
	it('offers nothing on a first visit, when the first worker passes through waiting', async () => {
		setUp({ controlled: false, waiting: true });
		await offerUpdates();
		expect(region.shown).toBeUndefined();
	});

	it('offers a version already waiting, and on accepting saves pending text, then asks it to take over', async () => {
		setUp({ waiting: true });
		const order: string[] = [];
		const stop = onBeforeClose(async () => void order.push('flushed'));
		await offerUpdates();
		expect(region.shown?.text).toBe('Ny version finns – uppdatera');
		const waiting = registration.waiting!;
		waiting.postMessage = (message) => void order.push(JSON.stringify(message));

		region.shown!.click();
		await vi.waitFor(() => expect(order).toEqual(['flushed', '{"type":"SKIP_WAITING"}']));
		expect(region.shown?.disabled).toBe(true);
		expect(reload).not.toHaveBeenCalled();
		waiting.becomes('activated');
		container.dispatchEvent(new Event('controllerchange'));
		expect(reload).toHaveBeenCalledTimes(1);
		stop();
	});

	it('never offers it during a running session', async () => {
		setUp({ path: '/samtal/kor/', waiting: true });
		await offerUpdates();
		expect(region.shown).toBeUndefined();
	});

	it('offers a version found while the page is open once it is installed', async () => {
		await offerUpdates();
		const installing = new FakeWorker();
		registration.installing = installing;
		registration.dispatchEvent(new Event('updatefound'));
		expect(region.shown).toBeUndefined();
		registration.waiting = installing;
		installing.becomes('installed');
		expect(region.shown?.text).toBe('Ny version finns – uppdatera');
	});

	it('never reloads by itself: another tab taking the update only offers a reload', async () => {
		await offerUpdates();
		container.dispatchEvent(new Event('controllerchange'));
		expect(reload).not.toHaveBeenCalled();
		expect(region.shown?.text).toBe('Uppdaterad i en annan flik – ladda om');
		region.shown!.click();
		await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
	});
});
