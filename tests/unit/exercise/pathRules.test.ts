// Endings are earned by the path: the rules an exercise's graph must keep, checked on small exercises.
import { describe, expect, it } from 'vitest';
import { findPathRuleProblems, type PathRuleExercise } from '../../../src/lib/exercise/pathRules';

/** Share without consent (not allowed) or ask first; after sharing, own up (a repair) or keep quiet. */
const exercise = (overrides: { repairs?: boolean; goodAfterQuiet?: boolean } = {}): PathRuleExercise => ({
	start: 'forsta',
	nodes: {
		forsta: {
			choices: [
				{ id: 'a', target: 'fraga', verdict: 'god praxis' },
				{ id: 'b', target: 'foljd', verdict: 'inte tillåtet' },
			],
		},
		fraga: {
			choices: [
				{ id: 'a', target: 'bra', verdict: 'kräver samtycke' },
				{ id: 'b', target: 'sent', verdict: 'möjligt men olämpligt' },
			],
		},
		foljd: {
			choices: [
				{ id: 'a', target: 'bra', verdict: 'god praxis', repairs: overrides.repairs ?? true },
				{ id: 'b', target: overrides.goodAfterQuiet ? 'bra' : 'sent', verdict: 'möjligt men olämpligt' },
			],
		},
	},
	endings: { bra: { good: true }, sent: {} },
});

describe('the path rules of an exercise', () => {
	it('accept an exercise whose not-allowed choice reaches the good ending only through a repair', () => {
		expect(findPathRuleProblems(exercise())).toEqual([]);
	});

	it('reject a not-allowed choice that reaches a good ending without a repair', () => {
		const problems = findPathRuleProblems(exercise({ goodAfterQuiet: true }));
		expect(problems).toEqual([
			'Vägen forsta/b → foljd/b når det goda slutet "bra" fast valet forsta/b inte är tillåtet och aldrig rättas',
		]);
		expect(findPathRuleProblems(exercise({ repairs: false }))).toHaveLength(1);
	});

	it('reject an exercise in which fewer than half of the decision points branch', () => {
		const straight: PathRuleExercise = {
			start: 'ett',
			nodes: {
				ett: {
					choices: [
						{ id: 'a', target: 'tva', verdict: 'tillåtet' },
						{ id: 'b', target: 'tva', verdict: 'god praxis' },
					],
				},
				tva: {
					choices: [
						{ id: 'a', target: 'tre', verdict: 'tillåtet' },
						{ id: 'b', target: 'tre', verdict: 'god praxis' },
					],
				},
				tre: {
					choices: [
						{ id: 'a', target: 'bra', verdict: 'tillåtet' },
						{ id: 'b', target: 'sent', verdict: 'möjligt men olämpligt' },
					],
				},
			},
			endings: { bra: { good: true }, sent: {} },
		};
		expect(findPathRuleProblems(straight)).toEqual([
			'Bara 1 av 3 beslutspunkter leder till olika ställen beroende på valet; minst hälften ska göra det',
		]);
	});
});
