import { z } from 'astro/zod';
import { createLawRefsSchema } from './lawRefs';

/** A source the page builds on, named on the page. */
const SourceSchema = z.strictObject({
	/** The publisher and title, e.g. "Polismyndigheten: Samarbete för att nå unga i riskzon". */
	title: z.string().min(1),
	/** Address of the source, if it has one. */
	url: z.url({ protocol: /^https$/ }).optional(),
});

/** A knowledge page (`/samverkan/<id>/`); the text is the MDX body. */
export const createKnowledgeSchema = (knownLawIds: ReadonlySet<string>) =>
	z.strictObject({
		/** Page heading. */
		title: z.string().min(1),
		/** One sentence for lists and search results. */
		description: z.string().min(20),
		/** Position in the list on `/samverkan/`. */
		order: z.int().min(0),
		/** Law entries the page cites. */
		law: createLawRefsSchema(knownLawIds).default([]),
		/** Sources the page builds on. */
		sources: z.array(SourceSchema).min(1),
		/** When the page was last checked. */
		reviewed: z.coerce.date(),
	});

export type Knowledge = z.output<ReturnType<typeof createKnowledgeSchema>>;
