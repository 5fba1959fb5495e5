import {
	findPersonalData,
	PERSONAL_DATA_LABELS,
	type PersonalDataKind,
	type PersonalDataMatch,
} from './findPersonalData';

const REPLACEMENT = '[borttaget]';

const ARTICLES: Record<PersonalDataKind, 'ett' | 'en'> = {
	personnummer: 'ett',
	samordningsnummer: 'ett',
	telefonnummer: 'ett',
	'e-postadress': 'en',
};

// A fixed order keeps the warning stable while the user types, whatever order the findings come in.
const KIND_ORDER: PersonalDataKind[] = ['personnummer', 'samordningsnummer', 'telefonnummer', 'e-postadress'];

/** Replaces each match (default: everything findPersonalData finds) with "[borttaget]". */
export const removePersonalData = (text: string, matches: PersonalDataMatch[] = findPersonalData(text)): string => {
	let result = text;
	let limit = Infinity;
	// Replace from the end so earlier offsets stay valid; skip anything overlapping an earlier replacement.
	for (const match of [...matches].sort((a, b) => b.start - a.start)) {
		if (match.end > limit) continue;
		result = result.slice(0, match.start) + REPLACEMENT + result.slice(match.end);
		limit = match.start;
	}
	return result;
};

/** Swedish sentence naming what was found, e.g. "Texten verkar innehålla ett personnummer och en e-postadress."; '' when nothing. */
export const describeFindings = (matches: PersonalDataMatch[]): string => {
	const kinds = KIND_ORDER.filter((kind) => matches.some((match) => match.kind === kind));
	if (kinds.length === 0) return '';
	const phrases = kinds.map((kind) => `${ARTICLES[kind]} ${PERSONAL_DATA_LABELS[kind]}`);
	const last = phrases.pop();
	const list = phrases.length > 0 ? `${phrases.join(', ')} och ${last}` : last;
	return `Texten verkar innehålla ${list}.`;
};
