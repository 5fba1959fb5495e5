// Learning that cannot be gamed: the wording of the options must not give the answer away. Checked
// over all quiz questions and all exercise decision points together, as one pool of items.
//
// Length is counted in characters. The numbers, quiz + exercises = all:
//   before (content at b44bb3c): a right option was the longest in 18 + 19 = 37 of 41 items and
//     the shortest in 4 + 3 = 7; it was written first in 19 + 18 = 37; all 9 multi-answer
//     questions had exactly options 1–2 right (RR-, RR--, RR---).
//   after: longest in 5 + 3 = 8 of 41, shortest in 6 + 5 = 11, neither in 22; written first in
//     5 + 5 = 10; multi-answer questions have 2 or 3 right options in 7 different position
//     patterns, 2 of 9 starting with a right one.
//   with the consequence nodes (8 more decision points, each with a repair): longest in 5 + 3 = 8 of
//     49, shortest in 6 + 6 = 12, written first in 5 + 5 = 10.
// The test names below print the current numbers.
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../../src/schemas/exercise';
import type { Verdict } from '../../../src/schemas/exerciseLabels';
import type { QuizQuestion } from '../../../src/schemas/quiz';
import { readCollection } from '../../helpers/content';

/** One thing the user picks from: its options in the order written, each right or not. */
interface Item {
	where: string;
	options: { text: string; right: boolean }[];
}

/**
 * How good a verdict is, 0 best. The four verdicts that say a choice is lawful and the way to act
 * (the content's feedback presents each as a right answer) rank equal: 'god praxis', 'skyldighet'
 * (a duty done), 'tillåtet' and 'kräver samtycke' (done with the consent it needs). 'möjligt men
 * olämpligt' is lawful but unwise, 'inte tillåtet' is worst. At a decision point the right choices
 * are those with the best rank present there. Typed as a full record, so a new verdict must be ranked.
 */
const VERDICT_RANK: Record<Verdict, number> = {
	'god praxis': 0,
	skyldighet: 0,
	tillåtet: 0,
	'kräver samtycke': 0,
	'möjligt men olämpligt': 1,
	'inte tillåtet': 2,
};

const quizItems = (): Item[] =>
	readCollection('quiz').map(({ id, data }) => ({
		where: `quiz/${id}`,
		options: (data as QuizQuestion).options.map(({ text, correct }) => ({ text, right: correct === true })),
	}));

const exerciseItems = (): Item[] =>
	readCollection('exercises').flatMap(({ id, data }) =>
		Object.entries((data as Exercise).nodes).map(([node, { choices }]) => {
			const best = Math.min(...choices.map(({ verdict }) => VERDICT_RANK[verdict]));
			return {
				where: `exercises/${id} ${node}`,
				options: choices.map(({ label, verdict }) => ({ text: label, right: VERDICT_RANK[verdict] === best })),
			};
		}),
	);

/** A right option is the longest, alone or jointly. */
const rightIsLongest = ({ options }: Item) => {
	const longest = Math.max(...options.map(({ text }) => text.length));
	return options.some(({ text, right }) => right && text.length === longest);
};
/** A right option is the shortest, alone or jointly. */
const rightIsShortest = ({ options }: Item) => {
	const shortest = Math.min(...options.map(({ text }) => text.length));
	return options.some(({ text, right }) => right && text.length === shortest);
};
const rightIsFirst = ({ options }: Item) => options[0]!.right;

/** The largest share of items a cue may point to the right answer in. */
const MAX_SHARE = 1 / 3;
/** Items of `items` for which `cue` points to a right option, and whether that is few enough. */
const judge = (items: Item[], cue: (item: Item) => boolean) => {
	const hits = items.filter(cue);
	return { hits: hits.length, of: items.length, fair: hits.length <= items.length * MAX_SHARE };
};

/** "R" for a right option, "-" for a wrong one, in the order written: "-R-R". */
const patternOf = ({ options }: Item) => options.map(({ right }) => (right ? 'R' : '-')).join('');
/** What is wrong with the multi-answer questions' patterns; empty when they vary enough. */
const multiAnswerProblems = (patterns: string[]): string[] => {
	const problems: string[] = [];
	const counts = new Set(patterns.map((pattern) => pattern.replaceAll('-', '').length));
	if (counts.size < 2) problems.push(`every one has ${[...counts].join()} right options`);
	if (patterns.every((pattern) => pattern.startsWith('R'))) problems.push('every one starts with a right option');
	if (new Set(patterns).size < 3) problems.push(`only ${new Set(patterns).size} position patterns`);
	return problems;
};

const items = [...quizItems(), ...exerciseItems()];
const longest = judge(items, rightIsLongest);
const shortest = judge(items, rightIsShortest);
const first = judge(items, rightIsFirst);
const multi = quizItems()
	.filter(({ options }) => options.filter(({ right }) => right).length > 1)
	.map(patternOf);

describe('the options do not give the answer away', () => {
	it('reads all 21 quiz questions and all 28 exercise decision points, each with a right option', () => {
		expect(items.length).toBe(49);
		for (const item of items) expect(item.options.some(({ right }) => right), item.where).toBe(true);
	});

	it(`has a right option as the longest in ${longest.hits} of ${longest.of} items: at most a third`, () => {
		expect(longest.fair, items.filter(rightIsLongest).map(({ where }) => where).join('\n')).toBe(true);
	});

	it(`has a right option as the shortest in ${shortest.hits} of ${shortest.of} items: at most a third, so the cue did not just flip`, () => {
		expect(shortest.fair, items.filter(rightIsShortest).map(({ where }) => where).join('\n')).toBe(true);
	});

	it(`writes a right option first in ${first.hits} of ${first.of} items: at most a third`, () => {
		expect(first.fair).toBe(true);
	});

	it(`varies the multi-answer questions in how many are right and where (${multi.join(' ')})`, () => {
		expect(multi.length).toBeGreaterThanOrEqual(3);
		expect(multiAnswerProblems(multi)).toEqual([]);
	});
});

describe('the checks can fail', () => {
	const made = (right: string, ...wrong: string[]): Item => ({
		where: 'made up',
		options: [{ text: right, right: true }, ...wrong.map((text) => ({ text, right: false }))],
	});

	it('rejects items whose right option is always the longest, or always first', () => {
		const leaky = [
			made('Ja, om det inte står klart att ingen lider men.', 'Nej.', 'Ibland.'),
			made('Skolan ska lämna alla uppgifter av betydelse.', 'Inget.', 'Bara närvaron.'),
			made('Samma längd', 'Samma läng!', 'Kort'),
		];
		expect(judge(leaky, rightIsLongest)).toEqual({ hits: 3, of: 3, fair: false });
		expect(judge(leaky, rightIsFirst).fair).toBe(false);
		// One in three is still allowed.
		expect(judge([leaky[0]!, made('a', 'bb', 'cc'), made('a', 'bb', 'cc')], rightIsLongest).fair).toBe(true);
	});

	it('rejects multi-answer questions that all have options 1–2 right', () => {
		expect(multiAnswerProblems(['RR-', 'RR--', 'RR---'])).toEqual([
			'every one has 2 right options',
			'every one starts with a right option',
		]);
		expect(multiAnswerProblems(['-RR', '-RR-', 'R-R'])).toEqual(['every one has 2 right options']);
		expect(multiAnswerProblems(['-RR', '-RR', 'R-RR'])).toEqual(['only 2 position patterns']);
	});

	it('ranks the best verdict present as right, so a decision without "god praxis" still has a right choice', () => {
		const ranks = (verdicts: Verdict[]) => {
			const best = Math.min(...verdicts.map((verdict) => VERDICT_RANK[verdict]));
			return verdicts.map((verdict) => VERDICT_RANK[verdict] === best);
		};
		expect(ranks(['god praxis', 'tillåtet', 'inte tillåtet'])).toEqual([true, true, false]);
		expect(ranks(['möjligt men olämpligt', 'inte tillåtet'])).toEqual([true, false]);
	});
});
