/**
 * The law map at /dela/karta/: who may or must pass information to whom, and under which rule. One
 * list draws both the arrows of the picture and the text list under it, so they cannot disagree.
 */

/** An actor: its name and its box's centre in the picture (viewBox 0 0 800 600). */
export const ACTORS = {
	familj: { name: 'Vårdnadshavare och barn', x: 400, y: 50 },
	skola: { name: 'Kommunal skola', x: 120, y: 170 },
	friskola: { name: 'Fristående skola', x: 120, y: 430 },
	elevhalsa: { name: 'Elevhälsans medicinska insats', x: 400, y: 550 },
	socialtjanst: { name: 'Socialtjänsten', x: 680, y: 170 },
	polis: { name: 'Polisen', x: 680, y: 430 },
} as const;

export type ActorId = keyof typeof ACTORS;

/** One legal route: one arrow. `label` is the short text on the arrow, `text` the sentence in the list. */
export interface Route {
	from: ActorId;
	to: ActorId;
	law: string;
	label: string;
	text: string;
}

export const ROUTES: readonly Route[] = [
	{
		from: 'familj',
		to: 'skola',
		law: 'osl-12-2',
		label: 'Samtycke',
		text: 'Barnet och vårdnadshavarna kan med samtycke häva sekretessen, helt eller delvis, hos alla parter (OSL 12 kap. 2–3 §§).',
	},
	{
		from: 'skola',
		to: 'socialtjanst',
		law: 'sol-19-1',
		label: 'Orosanmälan',
		text: 'Skolor, också fristående, elevhälsan och polisen ska genast göra en orosanmälan när de misstänker att ett barn far illa (SoL 19 kap. 1 §).',
	},
	{
		from: 'friskola',
		to: 'socialtjanst',
		law: 'sol-20-6',
		label: 'Under utredning',
		text: 'När socialnämnden har inlett en utredning ska de som är skyldiga att anmäla lämna alla uppgifter som kan ha betydelse för den (SoL 20 kap. 6 §).',
	},
	{
		from: 'socialtjanst',
		to: 'polis',
		law: 'osl-10-18a',
		label: '10:18 a',
		text: 'Socialtjänsten får lämna uppgifter till polisen om någon under 21 år när konkreta omständigheter visar en risk för brott (OSL 10 kap. 18 a §).',
	},
	{
		from: 'socialtjanst',
		to: 'polis',
		law: 'osl-10-20',
		label: '10:20',
		text: 'Socialtjänsten får lämna det som behövs för ett omedelbart polisiärt ingripande när ett barn under 18 år är i akut fara eller begår brott (OSL 10 kap. 20 §).',
	},
	{
		from: 'elevhalsa',
		to: 'polis',
		law: 'osl-10-21',
		label: '10:21',
		text: 'Socialtjänsten och hälso- och sjukvården, också skolsköterskan, får lämna uppgifter om misstänkta brott mot någon under 18 år enligt brottsbalken 3, 4 eller 6 kap. (OSL 10 kap. 21 §).',
	},
	{
		from: 'socialtjanst',
		to: 'polis',
		law: 'osl-10-22',
		label: '10:22',
		text: 'Socialtjänsten får lämna uppgifter om misstanke om att någon har lämnat över narkotika eller dopningsmedel till någon under 18 år, eller alkohol om brottet inte är ringa (OSL 10 kap. 22 §).',
	},
	{
		from: 'socialtjanst',
		to: 'polis',
		law: 'osl-10-23',
		label: '10:23',
		text: 'Socialtjänsten och hälso- och sjukvården får lämna uppgifter om ett begånget brott med minst sex månaders fängelse i straffskalan (OSL 10 kap. 23 §).',
	},
	{
		from: 'skola',
		to: 'polis',
		law: 'osl-10-24',
		label: '10:24',
		text: 'En kommunal skola och polisen får lämna uppgifter om ett begånget brott som kan ge fängelse (OSL 10 kap. 24 §).',
	},
	{
		from: 'skola',
		to: 'polis',
		law: 'osl-10-15a',
		label: '10:15 a',
		text: 'Myndigheter får lämna uppgifter till varandra för att förebygga eller utreda brott, om inte övervägande skäl talar emot; inte hälso- och sjukvården (OSL 10 kap. 15 a §).',
	},
	{
		from: 'polis',
		to: 'skola',
		law: 'osl-10-27',
		label: '10:27',
		text: 'Skolan och polisen får lämna en uppgift till en annan myndighet när det är uppenbart att intresset av det väger tyngre; aldrig socialtjänsten eller hälso- och sjukvården (OSL 10 kap. 27 §).',
	},
	{
		from: 'friskola',
		to: 'polis',
		law: 'skoll-6a-10',
		label: '6 a:10',
		text: 'Rektorn, i kommunal och fristående skola, ska anmäla en elevs misstänkta brott i samband med verksamheten till polisen om inte övervägande skäl talar emot (skollagen 6 a kap. 10 §).',
	},
	{
		from: 'skola',
		to: 'friskola',
		law: 'skoll-3-12j',
		label: '3:12 j',
		text: 'När en elev byter skola ska skolan lämna det som behövs för att underlätta övergången till den nya skolan (skollagen 3 kap. 12 j §).',
	},
];
