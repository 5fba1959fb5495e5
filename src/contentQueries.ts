import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

/** The three scenarios in their order. */
export const getScenarios = async (): Promise<CollectionEntry<'scenarios'>[]> =>
	(await getCollection('scenarios')).sort((a, b) => a.data.number - b.data.number);

/** The reflection questions (one entry holds every theme). */
export const getReflection = async (): Promise<CollectionEntry<'reflection'>['data']> => {
	const entry = await getEntry('reflection', 'questions');
	if (!entry) throw new Error('content/reflection/questions.yaml is missing');
	return entry.data;
};

/** Law entries by id, in the order they were asked for. */
export const getLaws = async (ids: readonly string[]): Promise<CollectionEntry<'law'>[]> => {
	const all = new Map((await getCollection('law')).map((entry) => [entry.id, entry]));
	return ids.map((id) => {
		const entry = all.get(id);
		if (!entry) throw new Error(`Unknown law id "${id}"`);
		return entry;
	});
};

/** Knowledge pages in their list order. */
export const getKnowledgePages = async (): Promise<CollectionEntry<'knowledge'>[]> =>
	(await getCollection('knowledge')).sort((a, b) => a.data.order - b.data.order);

/** Exercises in scenario order, then by title. */
export const getExercises = async (): Promise<CollectionEntry<'exercises'>[]> =>
	(await getCollection('exercises')).sort(
		(a, b) => a.data.scenario - b.data.scenario || a.data.title.localeCompare(b.data.title, 'sv'),
	);
