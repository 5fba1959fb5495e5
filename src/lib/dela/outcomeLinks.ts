import type { DelaOutcome } from '../../schemas/dela';

/** Titles of what an outcome links to, by id: law cards (citation and title), glossary terms, FAQ questions, exercises. */
export interface LinkTitles {
	law: Map<string, string>;
	glossary: Map<string, string>;
	faq: Map<string, string>;
	exercises: Map<string, string>;
}

/** An outcome's references as links: its law cards on /lag/, then the glossary, the FAQ and the exercise. */
export const outcomeLinks = (outcome: DelaOutcome, titles: LinkTitles) => ({
	law: outcome.law.map((id) => ({ href: `/lag/#${id}`, text: titles.law.get(id) ?? id })),
	more: [
		...outcome.glossary.map((id) => ({
			href: `/ordlista/#${id}`,
			text: `Ordlistan: ${titles.glossary.get(id) ?? id}`,
		})),
		...outcome.faq.map((id) => ({
			href: `/fragor-och-svar/#fraga-${id}`,
			text: `Frågor och svar: ${titles.faq.get(id) ?? id}`,
		})),
		...(outcome.exercise
			? [
					{
						href: `/ovning/${outcome.exercise}/`,
						text: `Öva: ${titles.exercises.get(outcome.exercise) ?? outcome.exercise}`,
					},
				]
			: []),
	],
});
