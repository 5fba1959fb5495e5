/** Whether the service worker has precached the app: `active` means every page works offline. */
export type ServiceWorkerStatus = 'active' | 'installing' | 'unsupported';

export interface ReadinessInput {
	serviceWorker: ServiceWorkerStatus;
	/** Scenarios whose film file is stored on this device. */
	filmsStored: readonly number[];
	/** Scenarios the meeting will show. */
	needed: readonly number[];
}

/** Ready when nothing is missing; otherwise one Swedish sentence per missing thing, saying what to do. */
export interface Readiness {
	ready: boolean;
	missing: string[];
}

/** "scenario 2", "scenario 2 och 3", "scenario 1, 2 och 3". */
const listScenarios = (numbers: readonly number[]) =>
	numbers.length === 1
		? `scenario ${numbers[0]}`
		: `scenario ${numbers.slice(0, -1).join(', ')} och ${numbers[numbers.length - 1]}`;

/**
 * Whether a meeting room without network can go ahead: the app is stored for offline use and the
 * film of every scenario the meeting shows is on this device. Captions, persistent storage and
 * installing the app help, but are not required.
 */
export const assessReadiness = ({ serviceWorker, filmsStored, needed }: ReadinessInput): Readiness => {
	const missing: string[] = [];
	if (serviceWorker === 'unsupported') {
		missing.push(
			'Den här webbläsaren kan inte spara Samverkansrummet för användning utan nätverk, till exempel i ett privat fönster. Öppna appen i ett vanligt fönster i Chrome, Edge, Firefox eller Safari.',
		);
	} else if (serviceWorker === 'installing') {
		missing.push('Appen sparas för användning utan nätverk. Låt sidan vara öppen en stund medan nätverket finns.');
	}
	const withoutFilm = needed.filter((scenario) => !filmsStored.includes(scenario));
	if (withoutFilm.length > 0) {
		missing.push(
			`Filmfil saknas för ${listScenarios(withoutFilm)}. Lägg till den på scenariots sida, annars kan filmen bara ses hos Skolverket med nätverk.`,
		);
	}
	return { ready: missing.length === 0, missing };
};
