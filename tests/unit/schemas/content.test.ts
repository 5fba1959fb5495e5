import { describe, expect, it } from 'vitest';
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

	it('has a body on every question and answer and every knowledge page', () => {
		for (const folder of ['faq', 'knowledge', 'scenarios']) {
			for (const { id, body } of readCollection(folder))
				expect(body.trim().length, `${folder}/${id}`).toBeGreaterThan(80);
		}
	});
});
