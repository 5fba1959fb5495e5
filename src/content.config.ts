import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { AgendasSchema } from './schemas/agendas';
import { createDelaSchema } from './schemas/dela';
import { findPathRuleProblems } from './lib/exercise/pathRules';
import { createExerciseSchema } from './schemas/exercise';
import { createFaqSchema } from './schemas/faq';
import { createGlossarySchema } from './schemas/glossary';
import { createKnowledgeSchema } from './schemas/knowledge';
import { LawSchema } from './schemas/law';
import { createQuizSchema } from './schemas/quiz';
import { ReflectionSchema } from './schemas/reflection';
import { ScenarioSchema } from './schemas/scenario';

/** All content lives in the top-level `content/` folder; this is the one place that says so. */
// `content/statutes/` holds the statute texts the tests compare law cards with; it is deliberately not a collection.
const CONTENT = './content';

/** Ids of a collection: its file names, so other collections can check their references. */
const idsIn = (folder: string, extension: string) =>
	new Set(
		readdirSync(`${CONTENT}/${folder}`)
			.filter((file) => file.endsWith(extension))
			.map((file) => file.slice(0, -extension.length)),
	);
const lawIds = idsIn('law', '.yaml');
const faqIds = idsIn('faq', '.mdx');
const glossaryIds = idsIn('glossary', '.yaml');
const exerciseIds = idsIn('exercises', '.yaml');

const from = (folder: string, pattern: string) => glob({ base: `${CONTENT}/${folder}`, pattern });

export const collections = {
	scenarios: defineCollection({ loader: from('scenarios', '*.mdx'), schema: ScenarioSchema }),
	reflection: defineCollection({ loader: from('reflection', '*.yaml'), schema: ReflectionSchema }),
	law: defineCollection({ loader: from('law', '*.yaml'), schema: LawSchema }),
	faq: defineCollection({ loader: from('faq', '*.mdx'), schema: createFaqSchema(lawIds) }),
	// The path rules walk the exercise's machine (src/lib), so they are applied here, not in the schema.
	exercises: defineCollection({
		loader: from('exercises', '*.yaml'),
		schema: createExerciseSchema(lawIds).superRefine((exercise, ctx) => {
			for (const message of findPathRuleProblems(exercise)) ctx.addIssue({ code: 'custom', message });
		}),
	}),
	knowledge: defineCollection({ loader: from('knowledge', '*.mdx'), schema: createKnowledgeSchema(lawIds) }),
	dela: defineCollection({
		loader: from('dela', 'rules.yaml'),
		schema: createDelaSchema({ lawIds, faqIds, glossaryIds, exerciseIds }),
	}),
	quiz: defineCollection({ loader: from('quiz', '*.yaml'), schema: createQuizSchema(lawIds, faqIds) }),
	glossary: defineCollection({ loader: from('glossary', '*.yaml'), schema: createGlossarySchema(lawIds) }),
	agendas: defineCollection({ loader: from('agendas', 'templates.yaml'), schema: AgendasSchema }),
};
