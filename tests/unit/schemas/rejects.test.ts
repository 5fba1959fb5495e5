import { describe, expect, it } from 'vitest';
import { createFaqSchema } from '../../../src/schemas/faq';
import { createKnowledgeSchema } from '../../../src/schemas/knowledge';
import { LawSchema, toCitation } from '../../../src/schemas/law';
import { ReflectionSchema } from '../../../src/schemas/reflection';
import { ScenarioSchema } from '../../../src/schemas/scenario';
import { readCollection } from '../../helpers/content';

/** The issues of a failed parse as `path: message` lines, the way a build error lists them. */
const issuesOf = (
	schema: {
		safeParse: (data: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
	},
	data: unknown,
) => {
	const result = schema.safeParse(data);
	expect(result.success).toBe(false);
	return result.error!.issues.map(({ path, message }) => `${path.map(String).join('.')}: ${message}`);
};

const scenario = readCollection('scenarios')[0]!.data as Record<string, unknown>;
const reflection = readCollection('reflection')[0]!.data as { themes: { questions: { id: string }[] }[] };
const faq = readCollection('faq')[0]!.data as Record<string, unknown>;
const knownLaws = new Set(['osl-12-2', 'osl-26-1']);

describe('ScenarioSchema', () => {
	it('accepts a real scenario', () => expect(ScenarioSchema.safeParse(scenario).success).toBe(true));

	it('rejects a scenario without its quote, naming the field', () => {
		const { quote: _quote, ...withoutQuote } = scenario;
		expect(issuesOf(ScenarioSchema, withoutQuote)).toMatchInlineSnapshot(`
			[
			  "quote: Citatet saknas: ange quote med text, speaker och role",
			]
		`);
	});

	it('rejects a quote without a speaker', () => {
		const quote = { ...(scenario.quote as object), speaker: '' };
		expect(issuesOf(ScenarioSchema, { ...scenario, quote })).toMatchInlineSnapshot(`
			[
			  "quote.speaker: Too small: expected string to have >=1 characters",
			]
		`);
	});

	it('rejects a duration not written mm:ss and too few prompts', () => {
		expect(issuesOf(ScenarioSchema, { ...scenario, duration: '3.55', lookFor: ['Bara en'] })).toMatchInlineSnapshot(`
			[
			  "duration: Längd skrivs mm:ss",
			  "lookFor: Too small: expected array to have >=5 items",
			]
		`);
	});

	it('rejects unknown keys, so a typo cannot hide a field', () => {
		expect(issuesOf(ScenarioSchema, { ...scenario, qoute: 'x' })).toMatchInlineSnapshot(`
			[
			  ": Unrecognized key: "qoute"",
			]
		`);
	});
});

describe('ReflectionSchema', () => {
	it('accepts the real questions', () => expect(ReflectionSchema.safeParse(reflection).success).toBe(true));

	it('rejects a duplicate question id, pointing at the second one', () => {
		const copy = structuredClone(reflection);
		copy.themes[2]!.questions[1]!.id = copy.themes[0]!.questions[0]!.id;
		expect(issuesOf(ReflectionSchema, copy)).toMatchInlineSnapshot(`
			[
			  "themes.2.questions.1.id: Fråge-id "dela-varfor-viktigt" finns redan: varje fråga behöver ett eget id",
			]
		`);
	});

	it('rejects an id with characters that cannot be kept stable in a URL', () => {
		const copy = structuredClone(reflection);
		copy.themes[0]!.questions[0]!.id = 'Fråga 1';
		expect(issuesOf(ReflectionSchema, copy)).toMatchInlineSnapshot(`
			[
			  "themes.0.questions.0.id: Fråge-id får bara innehålla a–z, 0–9 och bindestreck",
			]
		`);
	});
});

describe('law references', () => {
	const FaqSchema = createFaqSchema(knownLaws);

	it('accept known law ids', () => {
		expect(FaqSchema.safeParse({ ...faq, law: ['osl-12-2'] }).success).toBe(true);
	});

	it('reject an unknown law id in a question and answer, naming the id and the file it needs', () => {
		expect(issuesOf(FaqSchema, { ...faq, law: ['osl-12-2', 'osl-99-1'] })).toMatchInlineSnapshot(`
			[
			  "law.1: Okänt lag-id "osl-99-1": det finns ingen fil content/law/osl-99-1.yaml",
			]
		`);
	});

	it('reject an answer that cites no law at all', () => {
		expect(issuesOf(FaqSchema, { ...faq, law: [] })).toMatchInlineSnapshot(`
			[
			  "law: Varje svar måste hänvisa till minst en lagregel",
			]
		`);
	});

	it('reject an unknown law id on a knowledge page', () => {
		const KnowledgeSchema = createKnowledgeSchema(knownLaws);
		const page = {
			title: 'SSPF',
			description: 'Samverkan mellan skola, socialtjänst, polis och fritid.',
			order: 1,
			sources: [{ title: 'Polisen' }],
			reviewed: '2026-11-23',
			law: ['sol-14-1'],
		};
		expect(issuesOf(KnowledgeSchema, page)).toMatchInlineSnapshot(`
			[
			  "law.0: Okänt lag-id "sol-14-1": det finns ingen fil content/law/sol-14-1.yaml",
			]
		`);
	});
});

describe('LawSchema', () => {
	it('rejects a malformed SFS number and a link that is not https', () => {
		const law = readCollection('law')[0]!.data as Record<string, unknown>;
		expect(issuesOf(LawSchema, { ...law, sfs: '2009-400', url: 'http://example.com' })).toMatchInlineSnapshot(`
			[
			  "sfs: SFS-nummer skrivs ÅÅÅÅ:NNN",
			  "url: Invalid URL",
			]
		`);
	});

	it('prints citations the way Swedish legal texts do', () => {
		expect(toCitation({ short: 'OSL', chapter: '10', section: '18 a' })).toBe('OSL 10 kap. 18 a §');
		expect(toCitation({ short: 'OSL', chapter: '12', section: '1–2' })).toBe('OSL 12 kap. 1–2 §§');
		expect(toCitation({ short: 'lag (2025:170)' })).toBe('lag (2025:170)');
	});
});
