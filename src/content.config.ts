import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createExerciseSchema } from './schemas/exercise';
import { createFaqSchema } from './schemas/faq';
import { createKnowledgeSchema } from './schemas/knowledge';
import { LawSchema } from './schemas/law';
import { ReflectionSchema } from './schemas/reflection';
import { ScenarioSchema } from './schemas/scenario';

/** All content lives in the top-level `content/` folder; this is the one place that says so. */
const CONTENT = './content';

/** Law ids are the file names in content/law/, so other collections can check citations. */
const lawIds = new Set(
	readdirSync(`${CONTENT}/law`)
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => file.replace(/\.yaml$/, '')),
);

const from = (folder: string, pattern: string) => glob({ base: `${CONTENT}/${folder}`, pattern });

export const collections = {
	scenarios: defineCollection({ loader: from('scenarios', '*.mdx'), schema: ScenarioSchema }),
	reflection: defineCollection({ loader: from('reflection', '*.yaml'), schema: ReflectionSchema }),
	law: defineCollection({ loader: from('law', '*.yaml'), schema: LawSchema }),
	faq: defineCollection({ loader: from('faq', '*.mdx'), schema: createFaqSchema(lawIds) }),
	exercises: defineCollection({ loader: from('exercises', '*.yaml'), schema: createExerciseSchema(lawIds) }),
	knowledge: defineCollection({ loader: from('knowledge', '*.mdx'), schema: createKnowledgeSchema(lawIds) }),
};
