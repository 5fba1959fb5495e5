import { readCollection, readLawIds } from '../../helpers/content';
import { createDelaSchema, type DelaRules } from '../../../src/schemas/dela';

const ids = (folder: string) => new Set(readCollection(folder).map(({ id }) => id));

export const refs = () => ({
	lawIds: readLawIds(),
	faqIds: ids('faq'),
	glossaryIds: ids('glossary'),
	exerciseIds: ids('exercises'),
});

/** The raw rules file as YAML gives it. */
export const rawRules = () =>
	structuredClone(readCollection('dela').find(({ id }) => id === 'rules')!.data) as Record<string, unknown>;

/** The rules file parsed by its schema (throws with the problems if it is not sound). */
export const parsedRules = (): DelaRules => createDelaSchema(refs()).parse(rawRules());
