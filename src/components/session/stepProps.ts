import type { SessionAction, StoredSession } from '../../lib/db/sessions';
import type { ProjectorLink } from './projectorLink.svelte';
import type { SessionScenario } from './types';

/** What the runner hands every step view; each takes the parts it needs. */
export interface StepProps {
	session: StoredSession;
	scenario: SessionScenario;
	owner: string;
	question?: { id: string; text: string; theme: string };
	actions: SessionAction[];
	onactions: (actions: SessionAction[]) => void;
	/** The projector window's link: the film step plays the film over there when it is open. */
	projector?: ProjectorLink;
}
