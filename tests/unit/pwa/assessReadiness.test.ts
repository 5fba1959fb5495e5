import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../../src/lib/pwa/assessReadiness';
import { mayOfferUpdate } from '../../../src/lib/pwa/updatePolicy';

describe('ready for the meeting', () => {
	it('when the app is stored for offline use and every film the meeting shows is on the device', () => {
		expect(assessReadiness({ serviceWorker: 'active', filmsStored: [1], needed: [1] })).toEqual({
			ready: true,
			missing: [],
		});
		expect(assessReadiness({ serviceWorker: 'active', filmsStored: [3, 1, 2], needed: [1, 2, 3] }).ready).toBe(true);
	});

	it('otherwise says plainly what is missing', () => {
		expect(assessReadiness({ serviceWorker: 'installing', filmsStored: [1], needed: [1, 2, 3] })).toEqual({
			ready: false,
			missing: [
				'Appen sparas för användning utan nätverk. Låt sidan vara öppen en stund medan nätverket finns.',
				'Filmfil saknas för scenario 2 och 3. Lägg till den på scenariots sida, annars kan filmen bara ses hos Skolverket med nätverk.',
			],
		});
		expect(assessReadiness({ serviceWorker: 'active', filmsStored: [], needed: [1, 2, 3] }).missing).toEqual([
			'Filmfil saknas för scenario 1, 2 och 3. Lägg till den på scenariots sida, annars kan filmen bara ses hos Skolverket med nätverk.',
		]);
		expect(assessReadiness({ serviceWorker: 'unsupported', filmsStored: [2], needed: [2] }).missing[0]).toMatch(
			/^Den här webbläsaren kan inte spara Samverkansrummet/,
		);
	});
});

describe('an update', () => {
	it('is never offered during a running session or on its projector window, anywhere else it is', () => {
		expect(mayOfferUpdate('/samtal/kor/')).toBe(false);
		expect(mayOfferUpdate('/samtal/kor/index.html')).toBe(false);
		expect(mayOfferUpdate('/samtal/projektor/')).toBe(false);
		expect(mayOfferUpdate('/samtal/')).toBe(true);
		expect(mayOfferUpdate('/scenario/1/')).toBe(true);
	});
});
