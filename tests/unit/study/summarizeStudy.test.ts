import { describe, expect, it } from 'vitest';
import type { StudyRecords } from '../../../src/lib/db/studyProgress';
import { describeStep, summarizeStudy, toStepHref, type StudyScenario } from '../../../src/lib/study/summarizeStudy';

const scenarios: StudyScenario[] = [1, 2].map((number) => ({
	number,
	title: `Titel ${number}`,
	questionIds: ['q1', 'q2'],
	exercises: [
		{ id: `ovning-${number}`, title: `Övning ${number}`, endings: { bra: 'Ett bra slut', svart: 'Ett svårt slut' } },
	],
}));
const quiz = [{ id: 'quiz-1', topic: 'samtycke', correct: ['a'] }];
const empty = (): StudyRecords => ({ filmsSeen: {}, answers: [], notes: [], runs: [], quiz: {} });
const summarize = (records: StudyRecords) => summarizeStudy({ scenarios, quiz }, records);
const nextOf = (records: StudyRecords) => {
	const summary = summarize(records);
	return [toStepHref(summary.next), describeStep(summary.next, summary)];
};

describe('the self-study path', () => {
	it('starts with the first film, and says nothing is started', () => {
		expect(summarize(empty()).notStarted).toBe(true);
		expect(nextOf(empty())).toEqual(['/sjalvstudier/#steg-1-film', 'Scenario 1: se filmen']);
	});

	it('goes film → questions → exercise within a scenario', () => {
		const records = { ...empty(), filmsSeen: { 1: '2026-11-20T10:00:00.000Z' } };
		expect(nextOf(records)).toEqual([
			'/sjalvstudier/#steg-1-fragor',
			'Scenario 1: reflektionsfrågorna (0 av 2 besvarade)',
		]);
		records.answers = [
			{ scenario: 1, questionId: 'q1' },
			{ scenario: 1, questionId: 'q2' },
		];
		expect(nextOf(records)).toEqual(['/ovning/ovning-1/', 'Scenario 1: övningen ”Övning 1”']);
	});

	it('counts only the scenario’s own questions, and notes not at all', () => {
		const records: StudyRecords = {
			...empty(),
			answers: [
				{ scenario: 2, questionId: 'q2' },
				{ scenario: 1, questionId: 'q2' },
				{ scenario: 2, questionId: 'borttagen-fraga' },
			],
			notes: [2],
		};
		const [first, second] = summarize(records).scenarios;
		expect([first!.answered, second!.answered, second!.firstUnanswered, second!.hasNotes]).toEqual([1, 1, 'q1', true]);
	});

	it('names the ending of the latest completed run, and skips unfinished ones', () => {
		const records: StudyRecords = {
			...empty(),
			runs: [
				{ exerciseId: 'ovning-1', status: 'completed', endingId: 'svart', updatedAt: '2026-11-20T10:00:00.000Z' },
				{ exerciseId: 'ovning-1', status: 'completed', endingId: 'bra', updatedAt: '2026-11-21T10:00:00.000Z' },
				{ exerciseId: 'ovning-2', status: 'active', updatedAt: '2026-11-22T10:00:00.000Z' },
			],
		};
		const [first, second] = summarize(records).scenarios;
		expect(first!.exercises[0]).toMatchObject({ endingTitle: 'Ett bra slut', completedAt: '2026-11-21T10:00:00.000Z' });
		expect(second!.exercises[0]!.endingTitle).toBeUndefined();
	});

	it('ends with the quiz, then points to the certificate', () => {
		const done: StudyRecords = {
			...empty(),
			filmsSeen: { 1: '', 2: '' },
			answers: [1, 2].flatMap((scenario) => ['q1', 'q2'].map((questionId) => ({ scenario, questionId }))),
			runs: [1, 2].map((n) => ({
				exerciseId: `ovning-${n}`,
				status: 'completed',
				updatedAt: '2026-11-20T10:00:00.000Z',
			})),
		};
		expect(nextOf(done)).toEqual(['/sjalvstudier/quiz/', 'Testa dig själv: lagfrågorna (0 av 1 besvarade)']);
		done.quiz = { 'quiz-1': { selected: ['b'], answeredAt: '2026-11-21T10:00:00.000Z' } };
		expect(nextOf(done)).toEqual([
			'/sjalvstudier/genomfort/',
			'Du har gått igenom alla steg. Se vad du har genomfört.',
		]);
		expect(summarize(done).scenarios[0]!.exercises[0]!.endingTitle).toBe('Genomförd');
	});
});
