/** The meeting's ground rules: read out in the introduction, and shown to the room on the projector. */
export const GROUND_RULES = [
	'Vi samtalar om scenariot – aldrig om verkliga barn eller familjer.',
	'Inga namn, personnummer eller andra uppgifter som kan peka ut en verklig person.',
	'Alla röster är viktiga. Det är tillåtet att vara oense.',
] as const;

/** What the wrap-up asks of the group, as the room sees it on the projector. */
export const WRAP_UP_PROMPTS = [
	'Det här tar vi med oss',
	'Åtgärder: vem gör vad, och till när?',
	'Öppna frågor: vilka lagfrågor går vidare, och vem tar dem?',
	'Nästa möte: datum, och vilken film ni ska se',
] as const;
