import type { CollectionEntry } from './contentQueries';
import { getExercises, getLaws } from './contentQueries';
import { oldestDate } from './lib/law/legalCutoff';

/**
 * Review dates shown by ReviewedNote. A page's date is the oldest `reviewed` among the legal texts it
 * shows; a page that shows law cards (the exercise runner's rule cards) counts their dates too.
 */

/** Ids of the law cards an exercise's choices cite. */
export const lawIdsOfExercise = ({ data }: CollectionEntry<'exercises'>): string[] => [
	...new Set(Object.values(data.nodes).flatMap(({ choices }) => choices.flatMap(({ law }) => law))),
];

/** The oldest review among the given exercises and the law cards their choices cite. */
export const getExercisesReviewed = async (entries?: CollectionEntry<'exercises'>[]): Promise<Date> => {
	const exercises = entries ?? (await getExercises());
	const laws = await getLaws([...new Set(exercises.flatMap(lawIdsOfExercise))]);
	return oldestDate([...exercises.map(({ data }) => data.reviewed), ...laws.map(({ data }) => data.reviewed)]);
};
