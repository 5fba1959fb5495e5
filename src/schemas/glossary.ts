import { z } from 'astro/zod';
import { createLawRefsSchema } from './lawRefs';

/** One term of the glossary (`content/glossary/<id>.yaml`); the file name is its anchor on `/ordlista/`. */
export const createGlossarySchema = (knownLawIds: ReadonlySet<string>) =>
	z.strictObject({
		/** The term as the glossary heads it, e.g. "Lider men". */
		term: z.string().min(2),
		/**
		 * Forms of the term in running text, e.g. ["lider men", "lida men"]. Whole words, any case; the first
		 * use on a law card or in an answer links to the glossary. Each form belongs to one term only.
		 */
		forms: z.array(z.string().min(2)).default([]),
		/** The explanation in plain Swedish, in the product's own words, for a teacher (2–5 sentences). */
		text: z.string().min(60),
		/** Items of the fact sheet (FACTS.md) the explanation rests on, e.g. ["1b", "0h"], for the reviewer. */
		facts: z.array(z.string().regex(/^\d+[a-z]?$/, 'Skriv faktabladets punkt, t.ex. 1b eller 0h')).min(1),
		/** Law cards that define or govern the term. */
		law: createLawRefsSchema(knownLawIds).default([]),
		/** When the explanation was last compared with the statute text. */
		reviewed: z.coerce.date(),
	});

export type GlossaryTerm = z.output<ReturnType<typeof createGlossarySchema>>;
