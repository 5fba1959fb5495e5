import { describe, expect, it } from 'vitest';
import { isRightAnswer, scoreQuiz } from '../../../src/lib/study/scoreQuiz';

const questions = [
	{ id: 'q1', topic: 'samtycke', correct: ['a'] },
	{ id: 'q2', topic: 'samtycke', correct: ['a', 'b'] },
	{ id: 'q3', topic: 'sekretess', correct: ['c'] },
];

describe('scoring the quiz', () => {
	it('counts an answer right only when exactly the right options are chosen', () => {
		expect(isRightAnswer(['b', 'a'], ['a', 'b'])).toBe(true);
		expect(isRightAnswer(['a'], ['a', 'b'])).toBe(false);
		expect(isRightAnswer(['a', 'b', 'c'], ['a', 'b'])).toBe(false);
		expect(isRightAnswer([], ['a'])).toBe(false);
	});

	it('tallies per topic, lists wrong answers and finds the first unanswered question', () => {
		const score = scoreQuiz(questions, {
			q1: { selected: ['a'], answeredAt: '2026-11-20T10:00:00.000Z' },
			q2: { selected: ['a'], answeredAt: '2026-11-20T10:01:00.000Z' },
			old: { selected: ['x'], answeredAt: '2026-11-20T10:02:00.000Z' },
		});
		expect(score).toMatchObject({ answered: 2, correct: 1, total: 3, wrong: ['q2'], firstUnanswered: 'q3' });
		expect(score.completedAt).toBeUndefined();
		expect(Object.fromEntries(score.byTopic)).toEqual({
			samtycke: { answered: 2, correct: 1, total: 2 },
			sekretess: { answered: 0, correct: 0, total: 1 },
		});
	});

	it('is complete when every question is answered, at the time of the last answer', () => {
		const score = scoreQuiz(questions, {
			q1: { selected: ['a'], answeredAt: '2026-11-20T10:00:00.000Z' },
			q2: { selected: ['b', 'a'], answeredAt: '2026-11-21T09:00:00.000Z' },
			q3: { selected: ['c'], answeredAt: '2026-11-20T11:00:00.000Z' },
		});
		expect(score).toMatchObject({ answered: 3, correct: 3, wrong: [], completedAt: '2026-11-21T09:00:00.000Z' });
		expect(score.firstUnanswered).toBeUndefined();
	});
});
