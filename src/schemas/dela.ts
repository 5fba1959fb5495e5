import { z } from 'astro/zod';
import { tableProblems } from '../lib/dela/decisionTable';
import { OUTCOME_KINDS } from './delaLabels';
import { createLawRefsSchema } from './lawRefs';

export { OUTCOME_KINDS };

/**
 * Items of FACTS.md marked VERIFIED that an outcome may rest on. "3a" is the table of OSL rules in
 * section 3 (each row read in the statute); "9" is the data-protection section's verified rules.
 * Items left out are REPORTED or UNVERIFIED (0a, 0j, 3b details, 3f, 5a's legal basis …).
 */
export const VERIFIED_FACTS = [
	'0b',
	'0c',
	'0d',
	'0e',
	'0f',
	'0g',
	'0h',
	'0i',
	'1a',
	'1b',
	'1c',
	'1d',
	'2a',
	'2b',
	'2c',
	'3a',
	'3c',
	'3d',
	'3e',
	'4a',
	'4c',
	'4d',
	'9',
] as const;
/** REPORTED items: allowed only in the dated 2027 pointer for friskolor, never in an outcome. */
export const REPORTED_FACTS = ['0a'] as const;

const slug = z.string().regex(/^[a-z0-9-]+$/, 'Bara små bokstäver, siffror och bindestreck');

export interface DelaRefs {
	lawIds: ReadonlySet<string>;
	faqIds: ReadonlySet<string>;
	glossaryIds: ReadonlySet<string>;
	exerciseIds: ReadonlySet<string>;
}

const refsTo = (known: ReadonlySet<string>, what: string) =>
	slug.refine((id) => known.has(id), { error: (issue) => `Okänt ${what}: "${String(issue.input)}"` });

export const createOutcomeSchema = (refs: DelaRefs) =>
	z
		.strictObject({
			/** Får delas, ska delas (a duty) or får inte utan samtycke. */
			kind: z.enum(Object.keys(OUTCOME_KINDS) as [keyof typeof OUTCOME_KINDS, ...(keyof typeof OUTCOME_KINDS)[]]),
			/** The answer in one plain sentence, as the result heading. */
			title: z.string().min(10),
			/** Why, in plain Swedish, from the statutes cited. */
			reason: z.string().min(40),
			/** A weighing the answer depends on, named by the statute's own words (e.g. "övervägande skäl", "uppenbart"). */
			weighing: z
				.strictObject({ name: z.enum(['övervägande skäl', 'uppenbart']), text: z.string().min(20) })
				.optional(),
			/** Law cards the answer rests on (ids in content/law). */
			law: createLawRefsSchema(refs.lawIds).min(1),
			/** FACTS.md items the answer rests on: VERIFIED ones only. */
			facts: z
				.array(z.string())
				.min(1)
				.superRefine((ids, ctx) => {
					for (const id of ids)
						if (!(VERIFIED_FACTS as readonly string[]).includes(id))
							ctx.addIssue({
								code: 'custom',
								message: `Faktapunkt ${id} är inte VERIFIED och får inte bära ett utfall`,
							});
				}),
			/** What to write down afterwards. */
			writeDown: z.string().min(10),
			/** Who decides (e.g. rektor). */
			decides: z.string().min(5),
			/** What to do instead when the answer is no (orossamtal, consent, a lägesbild without names…). */
			instead: z.string().min(10).optional(),
			/** Glossary terms (ids in content/glossary) to link. */
			glossary: z.array(refsTo(refs.glossaryIds, 'ordlisteord')).default([]),
			/** Questions and answers (ids in content/faq) to link. */
			faq: z.array(refsTo(refs.faqIds, 'fråga-och-svar-id')).default([]),
			/** The exercise (id in content/exercises) that trains this situation. */
			exercise: refsTo(refs.exerciseIds, 'övnings-id').optional(),
		})
		.refine((outcome) => outcome.kind !== 'far-inte' || outcome.instead, {
			error: 'Ett nej måste säga vad man kan göra i stället (instead)',
			path: ['instead'],
		});

/** The whole rules file: questions, outcomes and the decision table (first matching row wins). */
export const createDelaSchema = (refs: DelaRefs) =>
	z
		.strictObject({
			/** When the rules were last compared with the statute texts. */
			reviewed: z.coerce.date(),
			/** Shown on every result: guidance, not legal advice. */
			disclaimer: z.string().includes('vägledning, inte ett juridiskt besked'),
			/** The dated pointer to the decided 2027 change for friskolor (FACTS 0a, REPORTED): shown, never applied. */
			friskola2027: z.strictObject({
				text: z
					.string()
					.includes('till och med 31 december 2026')
					.includes('1 januari 2027')
					.includes('SFS 2026:714')
					.includes('Kontrollera lydelsen'),
				facts: z.array(z.enum(REPORTED_FACTS)).min(1),
			}),
			/** The questions in the order asked; `id` is also the address parameter. */
			questions: z
				.array(
					z.strictObject({
						/** Stable id, used in the address (`?fran=…`). */
						id: slug,
						/** The question as the fieldset's legend. */
						legend: z.string().min(5),
						/** An earlier question whose answer this one may not repeat (sender ≠ receiver). */
						notSameAs: slug.optional(),
						/** The answers, each with a stable value and a Swedish label. */
						options: z.array(z.strictObject({ value: slug, label: z.string().min(2) })).min(2),
					}),
				)
				.min(1),
			/** The outcomes by id. */
			outcomes: z.record(slug, createOutcomeSchema(refs)),
			/** Rows read top-down; the first whose `when` matches decides. A question left out matches any answer. */
			rules: z.array(z.strictObject({ when: z.record(slug, z.array(slug).min(1)), outcome: slug })).min(1),
		})
		.superRefine((rules, ctx) => {
			for (const problem of tableProblems(rules.questions, rules.rules, new Set(Object.keys(rules.outcomes))))
				ctx.addIssue({ code: 'custom', path: ['rules'], message: problem });
		});

export type DelaRules = z.output<ReturnType<typeof createDelaSchema>>;
export type DelaOutcome = DelaRules['outcomes'][string];
