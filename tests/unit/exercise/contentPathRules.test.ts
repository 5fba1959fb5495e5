// Endings are earned by the path, in the real content: every exercise keeps the path rules that
// src/content.config.ts applies when the collection is built.
import { describe, expect, it } from 'vitest';
import { findPathRuleProblems } from '../../../src/lib/exercise/pathRules';
import { createExerciseSchema } from '../../../src/schemas/exercise';
import { readCollection, readLawIds } from '../../helpers/content';

const schema = createExerciseSchema(readLawIds());
const exercises = readCollection('exercises').map(({ id, data }) => [id, schema.parse(data)] as const);

/** The endings each exercise marks as its best outcome. */
const GOOD_ENDINGS: Record<string, string[]> = {
	'scenario-1-skolan-ser-en-forandring': ['samverkan-med-samtycke'],
	'scenario-2-brak-pa-fritiden': ['samverkan-med-samtycke'],
	'scenario-3-kriminella-kretsar': ['samtycket-byggs-igen'],
};

describe.each(exercises)('exercise %s', (id, exercise) => {
	it('keeps the path rules: no uncorrected not-allowed choice reaches a good ending, and most points branch', () => {
		expect(findPathRuleProblems(exercise)).toEqual([]);
	});

	it('marks exactly its best ending as good', () => {
		const good = Object.entries(exercise.endings)
			.filter(([, ending]) => ending.good)
			.map(([ending]) => ending);
		expect(good.length).toBeGreaterThanOrEqual(1);
		expect(good).toEqual(GOOD_ENDINGS[id]);
	});
});
