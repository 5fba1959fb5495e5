import { z } from 'astro/zod';

/** A quote from the material, kept word for word. */
const QuoteSchema = z.strictObject(
	{
		/** The words exactly as in the source. */
		text: z.string().min(1),
		/** Who said it. */
		speaker: z.string().min(1),
		/** Their role and place, as the source gives it. */
		role: z.string().min(1),
	},
	{
		error: (issue) => (issue.input === undefined ? 'Citatet saknas: ange quote med text, speaker och role' : undefined),
	},
);

/** One of the material's three film scenarios. */
export const ScenarioSchema = z.strictObject({
	/** 1, 2 or 3: the scenario's number in the material, also its route `/scenario/<n>/`. */
	number: z.int().min(1).max(3),
	/** The title exactly as in the material. */
	title: z.string().min(1),
	/** Film length as mm:ss. */
	duration: z.string().regex(/^\d{2}:\d{2}$/, 'Längd skrivs mm:ss'),
	/** Where the professionals in the film work. */
	place: z.string().min(1),
	/** The quote shown with the film, word for word. */
	quote: QuoteSchema,
	/** A short summary in the product's own words. */
	summary: z.string().min(40),
	/** Prompts for what to notice while watching (5–8). */
	lookFor: z.array(z.string().min(1)).min(5).max(8),
	/** The official page of the material, where the film is published. */
	officialUrl: z.url({ protocol: /^https$/ }),
	/** Who published the quote and the film. */
	source: z.string().min(1),
	/** Optional embed address of the film; loaded only after the user clicks. */
	embedUrl: z.url({ protocol: /^https$/ }).optional(),
});

export type Scenario = z.output<typeof ScenarioSchema>;
