import { describe, expect, it } from 'vitest';
import type { Reflection } from '../../../src/schemas/reflection';
import type { Scenario } from '../../../src/schemas/scenario';
import { OFFICIAL_SCENARIOS, OFFICIAL_THEMES } from '../../fixtures/officialTexts';
import { readCollection } from '../../helpers/content';

describe('the material is reproduced word for word', () => {
	it('keeps the eleven reflection questions and their themes exactly', () => {
		const { themes } = readCollection('reflection')[0]!.data as Reflection;
		expect(themes.map(({ title, questions }) => ({ title, questions: questions.map(({ text }) => text) }))).toEqual(
			OFFICIAL_THEMES,
		);
	});

	it('tags the question that names scenario 3, and only that one', () => {
		const { themes } = readCollection('reflection')[0]!.data as Reflection;
		const tagged = themes.flatMap(({ questions }) => questions).filter(({ scenario }) => scenario !== undefined);
		expect(tagged).toEqual([expect.objectContaining({ id: 'samtycke-successivt', scenario: 3 })]);
	});

	it('keeps each scenario title, duration and quote exactly', () => {
		const scenarios = readCollection('scenarios').map(({ data }) => data as Scenario);
		expect(
			scenarios.map(({ number, title, duration, quote }) => ({
				number,
				title,
				duration,
				quote: quote.text,
				speaker: quote.speaker,
				role: quote.role,
			})),
		).toEqual(OFFICIAL_SCENARIOS);
	});
});
