import { z } from 'astro/zod';
import { createLawRefsSchema } from './lawRefs';
import { QUIZ_TOPICS, type QuizTopic } from './quizLabels';

export { QUIZ_TOPICS, type QuizTopic };

const OptionSchema = z.strictObject({
	/** Stable id within the question (a, b, c …); saved answers refer to it. */
	id: z.string().regex(/^[a-z0-9-]+$/, 'Id får bara innehålla a–z, 0–9 och bindestreck'),
	/** The option as the user reads it. */
	text: z.string().min(3),
	/** True for a right option; a question may have several. */
	correct: z.boolean().default(false),
	/** Why this option is wrong: required on every wrong option, not allowed on a right one. */
	whyWrong: z.string().min(20).optional(),
});

/** Checks the options of one question; returns messages, empty when fine. */
const findOptionProblems = (options: z.output<typeof OptionSchema>[]) => {
	const problems: { path: (string | number)[]; message: string }[] = [];
	if (!options.some(({ correct }) => correct))
		problems.push({ path: ['options'], message: 'Minst ett alternativ måste vara rätt (correct: true)' });
	if (options.every(({ correct }) => correct))
		problems.push({ path: ['options'], message: 'Minst ett alternativ måste vara fel, annars finns inget att välja' });
	const seen = new Set<string>();
	options.forEach(({ id, correct, whyWrong }, index) => {
		if (seen.has(id))
			problems.push({ path: ['options', index, 'id'], message: `Alternativet "${id}" finns två gånger` });
		seen.add(id);
		if (!correct && !whyWrong)
			problems.push({
				path: ['options', index, 'whyWrong'],
				message: `Alternativet "${id}" är fel och behöver en egen förklaring i whyWrong`,
			});
		if (correct && whyWrong)
			problems.push({
				path: ['options', index, 'whyWrong'],
				message: `Alternativet "${id}" är rätt och ska inte ha whyWrong`,
			});
	});
	return problems;
};

/** One question of the law quiz (`content/quiz/<id>.yaml`). */
export const createQuizSchema = (knownLawIds: ReadonlySet<string>, knownFaqIds: ReadonlySet<string>) =>
	z
		.strictObject({
			/** The topic the result counts it under. */
			topic: z.enum(Object.keys(QUIZ_TOPICS) as [QuizTopic, ...QuizTopic[]]),
			/** Position within its topic. */
			order: z.int().min(0),
			/** The question, as a professional would meet it. */
			question: z.string().min(10),
			/** The options (two or more), in the order shown. */
			options: z.array(OptionSchema).min(2, 'En fråga behöver minst två alternativ'),
			/** Why the right option(s) are right, in plain Swedish. */
			explanation: z.string().min(40),
			/** Ids of the law entries the answer rests on (at least one). */
			law: createLawRefsSchema(knownLawIds).min(1, 'Varje fråga måste hänvisa till minst en lagregel'),
			/** Ids of questions and answers (`content/faq/`) to read more in. */
			faq: z
				.array(z.string())
				.default([])
				.superRefine((ids, ctx) =>
					ids.forEach((id, index) => {
						if (!knownFaqIds.has(id))
							ctx.addIssue({
								code: 'custom',
								path: [index],
								message: `Okänd fråga "${id}": det finns ingen fil content/faq/${id}.mdx`,
							});
					}),
				),
			/** When the question was last checked against the law. */
			reviewed: z.coerce.date(),
		})
		.superRefine(({ options }, ctx) => {
			for (const { path, message } of findOptionProblems(options)) ctx.addIssue({ code: 'custom', path, message });
		});

export type QuizQuestion = z.output<ReturnType<typeof createQuizSchema>>;
export type QuizOption = QuizQuestion['options'][number];
