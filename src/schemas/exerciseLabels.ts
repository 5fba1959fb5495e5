// Labels the runner shows; kept apart from the zod schema so islands do not ship the schema library.

/** What a choice amounts to, legally or in practice. The rule card shows it. */
export const VERDICTS = {
	tillåtet: 'Tillåtet',
	'kräver samtycke': 'Kräver samtycke',
	skyldighet: 'Skyldighet',
	'inte tillåtet': 'Inte tillåtet',
	'möjligt men olämpligt': 'Möjligt men olämpligt',
	'god praxis': 'God praxis',
} as const;
export type Verdict = keyof typeof VERDICTS;

/** Whose shoes the exercise puts you in. */
export const PERSPECTIVES = { skola: 'Skola', socialtjänst: 'Socialtjänst', polis: 'Polis', fritid: 'Fritid' } as const;
