import type { SessionScenario } from '../../schemas/views';

/** The address of one scenario's session data (src/pages/samtal/scenarier/[scenario].json.ts). */
export const sessionScenarioUrl = (scenario: number): string => `/samtal/scenarier/${scenario}.json`;

/** The scenario is not in this version of the app. */
export const MISSING_SCENARIO = 'Samtalets scenario finns inte i den här versionen av appen.';

/** The file could not be read (offline without the precache, or a broken response). */
export class ScenarioDataError extends Error {
	constructor() {
		super('Samtalets innehåll kunde inte hämtas. Ladda om sidan och försök igen.');
	}
}

/**
 * Reads what a session needs about its scenario; undefined when this version has no such scenario.
 * The file is this build's own output, from the same precache as the page.
 */
export const loadSessionScenario = async (scenario: number): Promise<SessionScenario | undefined> => {
	const response = await fetch(sessionScenarioUrl(scenario)).catch(() => {
		throw new ScenarioDataError();
	});
	if (response.status === 404) return undefined;
	const data: unknown = response.ok ? await response.json().catch(() => undefined) : undefined;
	if (typeof data !== 'object' || data === null || (data as { number?: unknown }).number !== scenario)
		throw new ScenarioDataError();
	return data as SessionScenario;
};
