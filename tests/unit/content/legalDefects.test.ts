// Content checks for the defects a legal read of the product found (issue 11). Each fails on the
// content as it was before the fix. Defect 4 (wording dates) is checked in statutes.test.ts.
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../../src/schemas/exercise';
import type { QuizQuestion } from '../../../src/schemas/quiz';
import { readCollection, type ContentFile } from '../../helpers/content';

const CUT_OFF = '2026-12-01';
const FOLDERS = ['law', 'faq', 'quiz', 'exercises', 'knowledge'] as const;

const entries = FOLDERS.flatMap((folder) => readCollection(folder).map((file) => ({ folder, ...file })));
/** Everything a reader can see in an entry: every string in its data, and its body. */
const textOf = ({ data, body }: ContentFile) => [...stringsIn(data), body].join('\n');
const stringsIn = (value: unknown): string[] =>
	typeof value === 'string'
		? [value]
		: Array.isArray(value)
			? value.flatMap(stringsIn)
			: value && typeof value === 'object' && !(value instanceof Date)
				? Object.values(value).flatMap(stringsIn)
				: [];
const where = (folder: string, id: string) => `${folder}/${id}`;

const exercise = (id: string) => readCollection('exercises').find((e) => e.id === id)!.data as Exercise;
const choice = (exerciseId: string, node: string, choiceId: string) =>
	exercise(exerciseId).nodes[node]!.choices.find(({ id }) => id === choiceId)!;
const allChoices = () =>
	readCollection('exercises').flatMap(({ id, data }) =>
		Object.entries((data as Exercise).nodes).flatMap(([node, { choices }]) =>
			choices.map((c) => ({ where: `${id} ${node} ${c.id}`, ...c })),
		),
	);

/** Every text in the product that presents itself as right: all but the wrong quiz options. */
const assertedTexts = () =>
	entries.flatMap((entry) => {
		if (entry.folder !== 'quiz') return [{ where: where(entry.folder, entry.id), text: textOf(entry) }];
		const { options, ...rest } = entry.data as QuizQuestion;
		return [
			{ where: where('quiz', entry.id), text: stringsIn(rest).join('\n') },
			...options
				.filter(({ correct }) => correct)
				.map(({ id, text }) => ({ where: `quiz/${entry.id} option ${id}`, text })),
			...options.flatMap(({ whyWrong }) => (whyWrong ? [{ where: `quiz/${entry.id}`, text: whyWrong }] : [])),
		];
	});
const expectNoneMatch = (pattern: RegExp) => {
	for (const { where, text } of assertedTexts()) expect(text, where).not.toMatch(pattern);
};

describe('defect 1: OSL 10:21 and the assault on a 15-year-old', () => {
	it('allows the police to ask social services what Adam said about the fight, citing 10:21', () => {
		const asked = choice('scenario-2-brak-pa-fritiden', 'socialtjansten', 'a');
		expect(asked.verdict).toBe('tillåtet');
		expect(asked.law).toContain('osl-10-21');
		expect(asked.feedback).toMatch(/under 18 år/);
	});
});

describe('defect 2: verdict and feedback agree', () => {
	it('marks a blanket consent signed by the parents alone as not allowed, not as "kräver samtycke"', () => {
		expect(choice('scenario-3-kriminella-kretsar', 'samtal-med-familjen', 'b').verdict).toBe('inte tillåtet');
	});

	it('never calls a consent too broad while giving the choice a verdict other than "inte tillåtet"', () => {
		for (const c of allChoices().filter(({ feedback }) => /(för|så) (allmänt|brett)/.test(feedback)))
			expect(c.verdict, c.where).toBe('inte tillåtet');
	});

	it('gives the duty under SoL 20:6 to the school, not to the social worker who asks', () => {
		const asks = choice('scenario-3-kriminella-kretsar', 'utredningen-inleds', 'a');
		expect(asks.verdict).not.toBe('skyldighet');
		expect(asks.feedback).toMatch(/skolan som är skyldig/);
	});
});

describe('defect 3: SoL 18 kap. 4 § for crime among children, not 6 kap. 8 §', () => {
	it('cites no sol-6-8 card', () => {
		for (const entry of entries) expect(textOf(entry), where(entry.folder, entry.id)).not.toMatch(/sol-6-8/);
		expect(entries.some(({ id }) => id === 'sol-6-8')).toBe(false);
	});

	it('never ties 6 kap. 8 § to children', () => {
		for (const { where, text } of assertedTexts())
			for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])|\n/))
				if (/6 kap\. 8 §/.test(sentence)) expect(sentence, where).not.toMatch(/barn/);
	});
});

describe('defect 5: the statute speaks of "skiljande av en elev från vidare studier"', () => {
	it('never says "avstängning"', () => expectNoneMatch(/avstängning/i));
});

describe('defect 6: lag (2025:170) says only what is verified', () => {
	it('does not present duties both on request and on its own initiative as settled', () =>
		expectNoneMatch(/både (på begäran|när de (blir tillfrågade|får en begäran)) och på eget initiativ/));
});

describe('defect 7: quiz and FAQ errors', () => {
	it('marks no "15-åring bestämmer normalt själv" as right: OSL 12:3 sets no age', () => {
		const option = (readCollection('quiz').find(({ id }) => id === 'samtycke-vem-bestammer')!.data as QuizQuestion)
			.options.find(({ id }) => id === 'b')!;
		expect(option.correct ?? false).toBe(false);
		expectNoneMatch(/15-åring[^.]*(bestämmer|normalt)[^.]*själv/);
	});

	it('does not claim the 2024 films describe the old wording of 18 a §', () =>
		expectNoneMatch(/filmerna[^.]*(gamla|tidigare) lydelsen/i));

	it('does not say concern "ska alltid anmälas"', () => expectNoneMatch(/alltid anmälas/));

	it('does not make the damage test a rule on when information may be disclosed', () =>
		expectNoneMatch(/får lämnas ut bara om det står klart/));

	it('does not say SSPF needs the young person’s written consent', () =>
		expectNoneMatch(/skriftligt samtycke från den unge/));
});

describe('defect 8: dated review and current news', () => {
	it(`has every entry reviewed on or after the legal cut-off ${CUT_OFF}`, () => {
		for (const entry of entries) {
			const { reviewed } = entry.data as { reviewed?: Date | string };
			const date = reviewed instanceof Date ? reviewed.toISOString().slice(0, 10) : String(reviewed);
			expect(date >= CUT_OFF, `${where(entry.folder, entry.id)} reviewed ${date}`).toBe(true);
		}
	});

	it('brings "Vad har ändrats" up to date with what changed in 2026', () => {
		const page = textOf(readCollection('knowledge').find(({ id }) => id === 'vad-har-andrats')!);
		for (const point of ['SFS 2026:714', '3 kap. 12 j §', '6 a kap. 10 §', '16 kap. 2 a §', '40 kap. 7 g §', 'senast en vecka', 'På begäran', '18 kap. 4 §', 'SFS 2026:1528', 'prop. 2025/26:293'])
			expect(page).toContain(point);
		expect(page).not.toMatch(/början av 2026/);
		expect(page).not.toMatch(/Lagrådsremiss, januari 2026:\*\* offentlighetsprincipen/);
	});

	it('speaks of the avhopparverksamhet report date of 6 November 2026 as passed', () => {
		const page = textOf(readCollection('knowledge').find(({ id }) => id === 'avhopparverksamhet')!);
		expect(page).toMatch(/6 november 2026[^.]*har passerat/);
	});
});

describe('defect 10: Swedish slips in the content', () => {
	it('says neither "ett fjortontal" nor "uppgifter om socialtjänsten … ser"', () => {
		expectNoneMatch(/fjortontal/);
		expectNoneMatch(/uppgifter om socialtjänsten[^.]*ser en risk/);
	});

	it('gives Adam one age everywhere', () => {
		const ages = new Set(
			assertedTexts().flatMap(({ text }) =>
				[...text.matchAll(/(\d+)-årige ”Adam”|Adam, (\d+) år|Adam är (\d+) år/g)].map((m) => m[1] ?? m[2] ?? m[3]),
			),
		);
		expect([...ages]).toEqual(['14']);
	});
});

describe('2027: friskolor under OSL, shown with both dates', () => {
	it('gives both states, with the SFS and a pointer to check, wherever friskolor are mentioned', () => {
		const mentioning = entries.filter((entry) => /friskol|fristående skol/i.test(textOf(entry)));
		expect(mentioning.length).toBeGreaterThanOrEqual(5);
		for (const entry of mentioning) {
			const text = textOf(entry);
			const at = where(entry.folder, entry.id);
			expect(text, at).toContain('31 december 2026');
			expect(text, at).toContain('1 januari 2027');
			expect(text, at).toContain('SFS 2026:714');
			expect(text, at).toMatch(/kontrollera lydelsen/i);
		}
	});
});
