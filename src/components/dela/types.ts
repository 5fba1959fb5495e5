import type { Question, Rule } from '../../lib/dela/decisionTable';
import type { DelaOutcome } from '../../schemas/dela';

/** A link the result shows: where it goes and what it says. */
export interface Link {
	href: string;
	text: string;
}

/** An outcome as the island needs it: the content, with its references already turned into links. */
export interface OutcomeView extends Pick<DelaOutcome, 'kind' | 'title' | 'reason' | 'weighing' | 'writeDown' | 'decides' | 'instead'> {
	law: Link[];
	more: Link[];
}

/** Everything the page hands the island, as plain JSON. */
export interface DelaData {
	questions: Question[];
	rules: Rule[];
	outcomes: Record<string, OutcomeView>;
	disclaimer: string;
	friskola2027: string;
	reviewedIso: string;
	reviewedText: string;
	version: string;
}
