import { describe, expect, it } from 'vitest';
import { moveChosen, withChosen } from '../../../src/lib/session/questionOrder';

/** The material's question ids: themes A, B and C. */
const material = ['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2', 'b3', 'b4', 'c1'];

describe('changing the chosen questions', () => {
	it('puts a ticked question where the material has it, so an order never changed stays the material’s', () => {
		expect(withChosen(['a1', 'a3', 'b1'], 'a2', material)).toEqual(['a1', 'a2', 'a3', 'b1']);
		expect(withChosen(['a3', 'b1'], 'a1', material)).toEqual(['a1', 'a3', 'b1']);
		expect(withChosen(['a1', 'a3'], 'c1', material)).toEqual(['a1', 'a3', 'c1']);
		expect(withChosen([], 'b2', material)).toEqual(['b2']);
	});

	it('puts a ticked question after every chosen one the material has before it, when the order was changed', () => {
		expect(withChosen(['b1', 'a1'], 'a2', material)).toEqual(['b1', 'a1', 'a2']);
		expect(withChosen(['a3', 'b1', 'a1'], 'a2', material)).toEqual(['a3', 'b1', 'a1', 'a2']);
		expect(withChosen(['b1', 'a3'], 'a2', material)).toEqual(['a2', 'b1', 'a3']);
	});

	it('leaves a question already chosen where it is', () => {
		expect(withChosen(['b1', 'a1'], 'a1', material)).toEqual(['b1', 'a1']);
	});

	it('moves a question one place up or down, and not past either end', () => {
		expect(moveChosen(['a1', 'a2', 'b1'], 'b1', -1)).toEqual(['a1', 'b1', 'a2']);
		expect(moveChosen(['a1', 'a2', 'b1'], 'a1', 1)).toEqual(['a2', 'a1', 'b1']);
		expect(moveChosen(['a1', 'a2', 'b1'], 'a1', -1)).toEqual(['a1', 'a2', 'b1']);
		expect(moveChosen(['a1', 'a2', 'b1'], 'b1', 1)).toEqual(['a1', 'a2', 'b1']);
		expect(moveChosen(['a1', 'a2'], 'borttagen', 1)).toEqual(['a1', 'a2']);
	});
});
