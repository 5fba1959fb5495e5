import { z } from 'astro/zod';

/** One official reflection question. Its id keys saved answers forever: never change it. */
const QuestionSchema = z.strictObject({
	/** Stable id, e.g. `dela-varfor-viktigt`. */
	id: z.string().regex(/^[a-z0-9-]+$/, 'Fråge-id får bara innehålla a–z, 0–9 och bindestreck'),
	/** The question word for word as in the material. */
	text: z.string().min(1),
	/** The scenario the question names, if any. */
	scenario: z.int().min(1).max(3).optional(),
});

const ThemeSchema = z.strictObject({
	/** Stable id of the theme. */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** Theme heading word for word as in the material. */
	title: z.string().min(1),
	/** The theme's questions, in the material's order. */
	questions: z.array(QuestionSchema).min(1),
});

/** All reflection questions of the material, in their themes. */
export const ReflectionSchema = z
	.strictObject({
		/** Where the questions come from. */
		source: z.string().min(1),
		/** Address of the source page. */
		sourceUrl: z.url({ protocol: /^https$/ }),
		/** The introduction to the questions, word for word. */
		intro: z.array(z.string().min(1)).default([]),
		themes: z.array(ThemeSchema).min(1),
	})
	.superRefine(({ themes }, ctx) => {
		const seen = new Set<string>();
		themes.forEach((theme, t) =>
			theme.questions.forEach((question, q) => {
				if (seen.has(question.id)) {
					ctx.addIssue({
						code: 'custom',
						path: ['themes', t, 'questions', q, 'id'],
						message: `Fråge-id "${question.id}" finns redan: varje fråga behöver ett eget id`,
					});
				}
				seen.add(question.id);
			}),
		);
		const themeIds = themes.map((theme) => theme.id);
		if (new Set(themeIds).size !== themeIds.length) {
			ctx.addIssue({ code: 'custom', path: ['themes'], message: 'Två teman har samma id' });
		}
	});

export type Reflection = z.output<typeof ReflectionSchema>;
export type ReflectionQuestion = z.output<typeof QuestionSchema>;
