import { describe, expect, it } from 'vitest';
import { chosenThemes, recommendedQuestions } from '../../../src/lib/session/questionChoice';

const themes = [
	{ title: 'A', questions: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }, { id: 'a4' }, { id: 'a5' }] },
	{ title: 'B', questions: [{ id: 'b1' }, { id: 'b2' }, { id: 'b3' }, { id: 'b4' }] },
	{ title: 'C', questions: [{ id: 'c1' }] },
];

describe('the questions of a meeting', () => {
	it('start as the guide advises: three for 45 minutes, four from one theme for 60, two themes for 90', () => {
		expect(recommendedQuestions(themes, 45)).toEqual(['a1', 'a2', 'a3']);
		expect(recommendedQuestions(themes, 60)).toEqual(['a1', 'a2', 'a3', 'a4']);
		expect(recommendedQuestions(themes, 90)).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3']);
	});

	it('are only the chosen ones, by theme, with empty themes left out', () => {
		expect(chosenThemes(themes, ['b2', 'a5'])).toEqual([
			{ title: 'A', questions: [{ id: 'a5' }] },
			{ title: 'B', questions: [{ id: 'b2' }] },
		]);
	});

	it('are all of them for a session from before the choice, or when no chosen question exists any more', () => {
		expect(chosenThemes(themes, undefined)).toEqual(themes);
		expect(chosenThemes(themes, ['borttagen'])).toEqual(themes);
	});
});
