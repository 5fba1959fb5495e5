import { z } from 'astro/zod';
import { createLawRefsSchema } from './lawRefs';

/** Topics of the questions and answers, in the order the page shows them. */
export const FAQ_TOPICS = {
	samtycke: 'Samtycke',
	sekretess: 'Sekretess i varje verksamhet',
	orosanmalan: 'Orosanmälan',
	'socialtjanst-polis': 'Socialtjänsten och polisen',
	'skola-polis': 'Skolan och polisen',
	friskolor: 'Fristående skolor',
	samverkan: 'Samverkansformer och lägesbilder',
} as const;

/** One question and answer on sharing information. The answer is the MDX body. */
export const createFaqSchema = (knownLawIds: ReadonlySet<string>) =>
	z.strictObject({
		/** The question, as a professional would ask it. */
		question: z.string().min(10),
		/** Which group of questions it belongs to. */
		topic: z.enum(Object.keys(FAQ_TOPICS) as [keyof typeof FAQ_TOPICS, ...(keyof typeof FAQ_TOPICS)[]]),
		/** Order within its topic. */
		order: z.int().min(0),
		/** A one-sentence answer shown first; the body explains. */
		short: z.string().min(10),
		/** Ids of the law entries the answer rests on (at least one). */
		law: createLawRefsSchema(knownLawIds).min(1, 'Varje svar måste hänvisa till minst en lagregel'),
		/** When the answer was last checked against the law. */
		reviewed: z.coerce.date(),
	});

export type Faq = z.output<ReturnType<typeof createFaqSchema>>;
