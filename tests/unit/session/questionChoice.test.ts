import { describe, expect, it } from 'vitest';
import { chosenQuestions, chosenThemes, recommendedQuestions } from '../../../src/lib/session/questionChoice';

const themes = [
	{ title: 'A', questions: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }, { id: 'a4' }, { id: 'a5' }] },
	{ title: 'B', questions: [{ id: 'b1' }, { id: 'b2' }, { id: 'b3' }, { id: 'b4' }] },
	{ title: 'C', questions: [{ id: 'c1' }] },
];
const material = themes.flatMap(({ questions }) => questions.map(({ id }) => id));

describe('the questions of a meeting', () => {
	it('start as the guide advises: three for 45 minutes, four from one theme for 60, two themes for 90', () => {
		expect(recommendedQuestions(themes, 45)).toEqual(['a1', 'a2', 'a3']);
		expect(recommendedQuestions(themes, 60)).toEqual(['a1', 'a2', 'a3', 'a4']);
		expect(recommendedQuestions(themes, 90)).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3']);
	});

	it('are only the chosen ones, in the chosen order, each knowing its theme', () => {
		expect(chosenQuestions(themes, ['b2', 'a5', 'a1'])).toEqual([
			{ id: 'b2', theme: 'B' },
			{ id: 'a5', theme: 'A' },
			{ id: 'a1', theme: 'A' },
		]);
	});

	it('keep the material’s order for a choice made in it, as every session stored before could be', () => {
		expect(chosenQuestions(themes, ['a2', 'a4', 'b1']).map(({ id }) => id)).toEqual(['a2', 'a4', 'b1']);
		expect(chosenThemes(themes, ['a2', 'a4', 'b1'])).toEqual([
			{
				title: 'A',
				questions: [
					{ id: 'a2', theme: 'A' },
					{ id: 'a4', theme: 'A' },
				],
			},
			{ title: 'B', questions: [{ id: 'b1', theme: 'B' }] },
		]);
	});

	it('fall under their themes in the chosen order, a theme heading again when the order returns to it', () => {
		expect(
			chosenThemes(themes, ['b2', 'a5', 'a1', 'b1']).map(({ title, questions }) => [title, questions.length]),
		).toEqual([
			['B', 1],
			['A', 2],
			['B', 1],
		]);
	});

	it('are all of them, in the material’s order, for a session from before the choice, or when no chosen question exists any more', () => {
		const all = material.map((id) => expect.objectContaining({ id }));
		expect(chosenQuestions(themes, undefined)).toEqual(all);
		expect(chosenQuestions(themes, [])).toEqual(all);
		expect(chosenQuestions(themes, ['borttagen'])).toEqual(all);
		expect(chosenThemes(themes, undefined).map(({ title }) => title)).toEqual(['A', 'B', 'C']);
	});

	it('leave out chosen questions that no longer exist, and take up a question chosen twice once', () => {
		expect(chosenQuestions(themes, ['a3', 'borttagen', 'a1', 'a3']).map(({ id }) => id)).toEqual(['a3', 'a1']);
	});
});
