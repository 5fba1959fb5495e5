import { describe, expect, it } from 'vitest';
import { allCombinations, tableProblems } from '../../../src/lib/dela/decisionTable';
import { createDelaSchema } from '../../../src/schemas/dela';
import { parsedRules, rawRules, refs } from './helpers';

type Raw = {
	rules: { when: Record<string, string[]>; outcome: string }[];
	outcomes: Record<string, Record<string, unknown>>;
};

const problemsOf = (raw: unknown) => {
	const result = createDelaSchema(refs()).safeParse(raw);
	return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('the rules of "Får vi dela?"', () => {
	it('parse: every combination of answers reaches exactly one outcome, and every outcome is used', () => {
		const rules = parsedRules();
		// Four senders × three receivers, plus elevhälsan × four; then 7 × 4 × 3 × 2.
		expect(allCombinations(rules.questions).length).toBe((4 * 3 + 4) * 7 * 4 * 3 * 2);
		expect(tableProblems(rules.questions, rules.rules, new Set(Object.keys(rules.outcomes)))).toEqual([]);
	});

	it('reject a table with a missing combination', () => {
		const raw = rawRules() as unknown as Raw;
		// Drop the catch-all for the police: police → a school without consent now reaches no row.
		raw.rules = raw.rules.filter((rule) => rule.outcome !== 'polis-sekretess');
		const problems = problemsOf(raw);
		expect(problems.some((message) => /kombinationer av svar saknar utfall/.test(message))).toBe(true);
	});

	it('reject a pure table with a hole, and one with a shadowed row', () => {
		const questions = [
			{
				id: 'a',
				legend: 'Fråga a',
				options: [
					{ value: 'x', label: 'x' },
					{ value: 'y', label: 'y' },
				],
			},
			{
				id: 'b',
				legend: 'Fråga b',
				options: [
					{ value: 'x', label: 'x' },
					{ value: 'y', label: 'y' },
				],
			},
		];
		const outcomes = new Set(['ja', 'nej']);
		expect(
			tableProblems(
				questions,
				[
					{ when: { a: ['x'] }, outcome: 'ja' },
					{ when: { b: ['x'] }, outcome: 'nej' },
				],
				outcomes,
			),
		).toEqual(['1 kombinationer av svar saknar utfall, till exempel a=y, b=y']);
		expect(
			tableProblems(
				questions,
				[
					{ when: {}, outcome: 'ja' },
					{ when: { a: ['y'] }, outcome: 'nej' },
				],
				outcomes,
			),
		).toEqual(['Rad 2 (nej) nås aldrig: raderna ovanför tar alla dess fall', 'Utfallet "nej" nås aldrig']);
	});

	it('reject an outcome citing a law card that does not exist, or an UNVERIFIED or REPORTED fact', () => {
		const unknownLaw = rawRules() as unknown as Raw;
		unknownLaw.outcomes.samtycke!.law = ['osl-12-2', 'osl-99-1'];
		expect(problemsOf(unknownLaw).join()).toMatch(/Okänt lag-id "osl-99-1"/);
		for (const fact of ['3f', '0a', '5a']) {
			const raw = rawRules() as unknown as Raw;
			raw.outcomes.samtycke!.facts = ['2a', fact];
			expect(problemsOf(raw).join()).toMatch(`Faktapunkt ${fact} är inte VERIFIED`);
		}
	});

	it('reject a "no" without what to do instead, and unknown glossary, FAQ or exercise ids', () => {
		const raw = rawRules() as unknown as Raw;
		delete raw.outcomes['skola-sekretess']!.instead;
		raw.outcomes.lagesbild!.glossary = ['finns-inte'];
		raw.outcomes.lagesbild!.faq = ['finns-inte-heller'];
		raw.outcomes.lagesbild!.exercise = 'ingen-ovning';
		const problems = problemsOf(raw).join('\n');
		expect(problems).toMatch(/vad man kan göra i stället/);
		expect(problems).toMatch(/Okänt ordlisteord: "finns-inte"/);
		expect(problems).toMatch(/Okänt fråga-och-svar-id: "finns-inte-heller"/);
		expect(problems).toMatch(/Okänt övnings-id: "ingen-ovning"/);
	});

	it('reject a 2027 pointer for friskolor that is not dated or does not say to check the wording', () => {
		const raw = rawRules() as { friskola2027: { text: string } };
		raw.friskola2027.text = 'Från 2027 gäller OSL för friskolor.';
		expect(problemsOf(raw).length).toBeGreaterThan(0);
	});
});
