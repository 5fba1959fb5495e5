/** The three kinds of answer of "Får vi dela?", with the words a result is headed with (no zod: islands import it). */
export const OUTCOME_KINDS = {
	far: 'Får delas',
	ska: 'Ska delas – en skyldighet',
	'far-inte': 'Får inte delas utan samtycke',
} as const;
