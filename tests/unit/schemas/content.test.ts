import { describe, expect, it } from 'vitest';
import { createExerciseSchema, type Exercise } from '../../../src/schemas/exercise';
import { createFaqSchema } from '../../../src/schemas/faq';
import { createKnowledgeSchema } from '../../../src/schemas/knowledge';
import { LawSchema } from '../../../src/schemas/law';
import { ReflectionSchema } from '../../../src/schemas/reflection';
import { ScenarioSchema } from '../../../src/schemas/scenario';
import { readCollection, readLawIds } from '../../helpers/content';

const lawIds = readLawIds();

const expectValid = (
	folder: string,
	schema: { safeParse: (data: unknown) => { success: boolean; error?: unknown } },
) => {
	for (const { id, data } of readCollection(folder)) {
		const result = schema.safeParse(data);
		expect(result.success, `${folder}/${id}: ${String(result.error)}`).toBe(true);
	}
};

describe('the real content', () => {
	it('has valid law entries, at least 15', () => {
		expect(lawIds.size).toBeGreaterThanOrEqual(15);
		expectValid('law', LawSchema);
	});

	it('has valid scenarios', () => expectValid('scenarios', ScenarioSchema));

	it('has valid reflection questions', () => expectValid('reflection', ReflectionSchema));

	it('has at least 12 valid questions and answers citing known law entries', () => {
		expect(readCollection('faq').length).toBeGreaterThanOrEqual(12);
		expectValid('faq', createFaqSchema(lawIds));
	});

	it('has valid knowledge pages citing known law entries', () =>
		expectValid('knowledge', createKnowledgeSchema(lawIds)));

	it('has valid exercises, one or more per scenario, from school, social services and police', () => {
		const exercises = readCollection('exercises');
		expectValid('exercises', createExerciseSchema(lawIds));
		const data = exercises.map(({ data }) => data as Exercise);
		expect(new Set(data.map(({ scenario }) => scenario))).toEqual(new Set([1, 2, 3]));
		const perspectives = data.map(({ perspective }) => perspective);
		for (const perspective of ['skola', 'socialtjänst', 'polis']) expect(perspectives).toContain(perspective);
		for (const { id, data: exercise } of exercises) {
			const { nodes, endings } = exercise as Exercise;
			const decisionPoints = Object.values(nodes);
			expect(decisionPoints.length, `${id}: decision points`).toBeGreaterThanOrEqual(4);
			expect(
				decisionPoints.filter(({ choices }) => choices.length >= 3).length * 2,
				`${id}: most with 3+ options`,
			).toBeGreaterThan(decisionPoints.length);
			expect(Object.keys(endings).length, `${id}: endings`).toBeGreaterThanOrEqual(2);
		}
	});

	it('has a body on every question and answer and every knowledge page', () => {
		for (const folder of ['faq', 'knowledge', 'scenarios']) {
			for (const { id, body } of readCollection(folder))
				expect(body.trim().length, `${folder}/${id}`).toBeGreaterThan(80);
		}
	});
});
