import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRightAnswer } from '../../../src/lib/study/scoreQuiz';
import { newShuffleSeed, readShuffleSeed, shuffleFor } from '../../../src/lib/study/shuffle';
import { readCollection } from '../../helpers/content';

interface QuizFile {
	options: { id: string; correct?: boolean }[];
}
const QUIZ = readCollection('quiz').map(({ id, data }) => ({ id, options: (data as QuizFile).options }));

describe('shuffled option orders', () => {
	it('are the same for one attempt and question, whatever else happens', () => {
		fc.assert(
			fc.property(fc.array(fc.integer(), { maxLength: 8 }), fc.string(), fc.string(), (items, seed, key) => {
				const order = shuffleFor(items, seed, key);
				expect(shuffleFor(items, seed, key)).toEqual(order);
				// Every option is there once: an order, nothing lost or doubled.
				expect([...order].sort()).toEqual([...items].sort());
			}),
		);
	});

	it('put each option first about equally often', () => {
		const firsts = { a: 0, b: 0, c: 0 };
		for (let attempt = 0; attempt < 3000; attempt++)
			firsts[shuffleFor(['a', 'b', 'c'] as const, `s${attempt}`, 'samtycke-delvis')[0]!]++;
		for (const count of Object.values(firsts)) (expect(count).toBeGreaterThan(850), expect(count).toBeLessThan(1150));
	});

	it('change with a new attempt and from question to question', () => {
		const options = ['a', 'b', 'c', 'd'];
		const orders = new Set(
			Array.from({ length: 40 }, (_, attempt) => shuffleFor(options, `s${attempt}`, 'q').join('')),
		);
		expect(orders.size).toBeGreaterThan(10);
		const perQuestion = new Set(QUIZ.map(({ id }) => shuffleFor(options, 'same', id).join('')));
		expect(perQuestion.size).toBeGreaterThan(5);
	});

	it('take only a seed the app could have made', () => {
		const seed = newShuffleSeed();
		expect(readShuffleSeed(seed)).toBe(seed);
		for (const junk of ['', 'A B', 'x'.repeat(17), 42, null, { seed }, ['abc']])
			expect(readShuffleSeed(junk)).toBeUndefined();
	});
});

describe('the quiz, answered without reading', () => {
	it('scores at most 40 % on average over ten attempts by always taking the first option (the first two where several are right)', () => {
		const scores = Array.from({ length: 10 }, (_, attempt) => {
			const seed = `forsok${attempt}`;
			const right = QUIZ.filter(({ id, options }) => {
				const correct = options.filter((option) => option.correct).map((option) => option.id);
				const shown = shuffleFor(options, seed, id);
				const taken = shown.slice(0, correct.length > 1 ? 2 : 1).map((option) => option.id);
				return isRightAnswer(taken, correct);
			});
			return right.length / QUIZ.length;
		});
		const average = scores.reduce((sum, score) => sum + score, 0) / scores.length;
		expect(average).toBeLessThanOrEqual(0.4);
	});

	it('would score far more if the right options were shown first (the check can fail)', () => {
		const right = QUIZ.filter(({ options }) => {
			const correct = options.filter((option) => option.correct).map((option) => option.id);
			// The content no longer writes the right options first (see tests/unit/content/fairOptions.test.ts).
			const rightFirst = [...options].sort((a, b) => Number(b.correct ?? false) - Number(a.correct ?? false));
			const taken = rightFirst.slice(0, correct.length > 1 ? 2 : 1).map((option) => option.id);
			return isRightAnswer(taken, correct);
		});
		expect(right.length / QUIZ.length).toBeGreaterThan(0.4);
	});
});
