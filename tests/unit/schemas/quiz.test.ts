import { describe, expect, it } from 'vitest';
import { createQuizSchema } from '../../../src/schemas/quiz';
import { readCollection } from '../../helpers/content';

const QuizSchema = createQuizSchema(new Set(['osl-12-2', 'osl-26-1']), new Set(['vad-ar-samtycke']));

/** A valid question to break one field at a time. */
const question = {
	topic: 'samtycke',
	order: 1,
	question: 'Kan ett samtycke gälla bara en del av uppgifterna?',
	options: [
		{ id: 'a', text: 'Ja, det kan vara delvis.', correct: true },
		{ id: 'b', text: 'Nej, allt eller inget.', whyWrong: 'Sekretessen kan hävas helt eller delvis (OSL 12 kap. 2 §).' },
	],
	explanation: 'Den som sekretessen skyddar kan häva den helt eller delvis (OSL 12 kap. 1–2 §§).',
	law: ['osl-12-2'],
	faq: ['vad-ar-samtycke'],
	reviewed: '2026-11-23',
};

/** The issues of a failed parse as `path: message` lines, the way a build error lists them. */
const issuesOf = (data: unknown) => {
	const result = QuizSchema.safeParse(data);
	expect(result.success).toBe(false);
	return result.error!.issues.map(({ path, message }) => `${path.map(String).join('.')}: ${message}`);
};

describe('QuizSchema', () => {
	it('accepts a well-formed question, defaulting options to wrong', () => {
		const parsed = QuizSchema.parse({ ...question, options: [question.options[0], { ...question.options[1] }] });
		expect(parsed.options.map(({ correct }) => correct)).toEqual([true, false]);
	});

	it('rejects a question with no correct option', () => {
		const options = [
			{ id: 'a', text: 'Ja, det kan vara delvis.', whyWrong: 'Det här är fel av ett skäl som förklaras här.' },
			question.options[1],
		];
		expect(issuesOf({ ...question, options })).toMatchInlineSnapshot(`
			[
			  "options: Minst ett alternativ måste vara rätt (correct: true)",
			]
		`);
	});

	it('rejects an unknown law id, naming the id and the file it needs', () => {
		expect(issuesOf({ ...question, law: ['osl-12-2', 'osl-99-1'] })).toMatchInlineSnapshot(`
			[
			  "law.1: Okänt lag-id "osl-99-1": det finns ingen fil content/law/osl-99-1.yaml",
			]
		`);
	});

	it('rejects a question that cites no law', () => {
		expect(issuesOf({ ...question, law: [] })).toMatchInlineSnapshot(`
			[
			  "law: Varje fråga måste hänvisa till minst en lagregel",
			]
		`);
	});

	it('rejects a duplicate option id and a wrong option without its own explanation', () => {
		const options = [question.options[0], { id: 'a', text: 'Nej, allt eller inget.' }];
		expect(issuesOf({ ...question, options })).toMatchInlineSnapshot(`
			[
			  "options.1.id: Alternativet "a" finns två gånger",
			  "options.1.whyWrong: Alternativet "a" är fel och behöver en egen förklaring i whyWrong",
			]
		`);
	});

	it('rejects a "why wrong" text on a right option, and a question where every option is right', () => {
		const options = [
			{ ...question.options[0], whyWrong: 'Det här står på fel alternativ och ska bort.' },
			{ id: 'b', text: 'Ja, också det här.', correct: true },
		];
		expect(issuesOf({ ...question, options })).toMatchInlineSnapshot(`
			[
			  "options: Minst ett alternativ måste vara fel, annars finns inget att välja",
			  "options.0.whyWrong: Alternativet "a" är rätt och ska inte ha whyWrong",
			]
		`);
	});

	it('rejects an unknown question-and-answer id and an unknown topic', () => {
		expect(issuesOf({ ...question, topic: 'gdpr', faq: ['finns-inte'] })).toMatchInlineSnapshot(`
			[
			  "topic: Invalid option: expected one of "samtycke"|"sekretess"|"orosanmalan"|"socialtjanst-polis"|"skola-polis"|"andringar"",
			  "faq.0: Okänd fråga "finns-inte": det finns ingen fil content/faq/finns-inte.mdx",
			]
		`);
	});

	it('rejects unknown keys, so a typo cannot hide a field', () => {
		const options = [{ ...question.options[0], corect: true }, question.options[1]];
		expect(issuesOf({ ...question, options })).toMatchInlineSnapshot(`
			[
			  "options.0: Unrecognized key: "corect"",
			]
		`);
	});
});

describe('the real quiz', () => {
	const lawIds = new Set(readCollection('law').map(({ id }) => id));
	const faqIds = new Set(readCollection('faq').map(({ id }) => id));
	const questions = readCollection('quiz');

	it('has at least 15 valid questions citing known law entries and questions and answers', () => {
		expect(questions.length).toBeGreaterThanOrEqual(15);
		const schema = createQuizSchema(lawIds, faqIds);
		for (const { id, data } of questions) {
			const result = schema.safeParse(data);
			expect(result.success, `quiz/${id}: ${String(result.error)}`).toBe(true);
		}
	});

	it('covers every topic with at least two questions, each order unique within its topic', () => {
		const byTopic = Map.groupBy(questions, ({ data }) => (data as { topic: string }).topic);
		for (const topic of ['samtycke', 'sekretess', 'orosanmalan', 'socialtjanst-polis', 'skola-polis', 'andringar']) {
			const inTopic = byTopic.get(topic) ?? [];
			expect(inTopic.length, topic).toBeGreaterThanOrEqual(2);
			const orders = inTopic.map(({ data }) => (data as { order: number }).order);
			expect(new Set(orders).size, `${topic}: orders`).toBe(orders.length);
		}
	});
});
