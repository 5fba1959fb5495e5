import { createActor } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { allCombinations, decide, type Question } from '../../../src/lib/dela/decisionTable';
import { createDelaMachine, RESULT, type DelaEvent } from '../../../src/lib/dela/createDelaMachine';
import { parsedRules } from './helpers';

const SMALL: Question[] = [
	{ id: 'fran', legend: 'Vem är du?', options: ['a', 'b'].map((value) => ({ value, label: value })) },
	{ id: 'till', legend: 'Till vem?', notSameAs: 'fran', options: ['a', 'b'].map((value) => ({ value, label: value })) },
];
const eventsFor = (questions: readonly Question[]): DelaEvent[] =>
	[...new Set(questions.flatMap((question) => question.options.map((option) => option.value)))]
		.map((value): DelaEvent => ({ type: 'dela.answer', value }))
		.concat([{ type: 'dela.back' }, { type: 'dela.restart' }]);

describe('the machine of "Får vi dela?", built from the question list', () => {
	it('has one state per question and a result, all reached; each question reached after the one before', () => {
		const { questions } = parsedRules();
		const machine = createDelaMachine(questions);
		const paths = getShortestPaths(machine, {
			events: eventsFor(questions),
			serializeState: (snapshot) => String(snapshot.value),
		});
		const reached = paths.map(({ state }) => String(state.value));
		expect(reached.sort()).toEqual([...questions.map(({ id }) => id), RESULT].sort());
		for (const path of paths)
			expect(path.steps.length - 1).toBe([...questions.map(({ id }) => id), RESULT].indexOf(String(path.state.value)));
	});

	it('walks a small question list: answers only what is allowed, back keeps the answers, restart clears them', () => {
		const adjacency = getAdjacencyMap(createDelaMachine(SMALL), {
			events: eventsFor(SMALL),
			serializeState: (snapshot) => `${String(snapshot.value)} ${JSON.stringify(snapshot.context.answers)}`,
		});
		const moves = new Set<string>();
		for (const { state, transitions } of Object.values(adjacency))
			for (const { event, state: next } of Object.values(transitions) as { event: DelaEvent; state: typeof state }[]) {
				const from = `${String(state.value)} ${JSON.stringify(state.context.answers)}`;
				const to = `${String(next.value)} ${JSON.stringify(next.context.answers)}`;
				if (from !== to)
					moves.add(`${from} -${event.type.slice(5)}${'value' in event ? `:${event.value}` : ''}-> ${to}`);
			}
		expect([...moves].filter((move) => move.startsWith('till') && move.includes('answer'))).toEqual([
			'till {"fran":"a"} -answer:b-> resultat {"fran":"a","till":"b"}',
			'till {"fran":"b"} -answer:a-> resultat {"fran":"b","till":"a"}',
			'till {"fran":"a","till":"b"} -answer:b-> resultat {"fran":"a","till":"b"}',
			'till {"fran":"b","till":"a"} -answer:a-> resultat {"fran":"b","till":"a"}',
		]);
		expect(moves).toContain('resultat {"fran":"a","till":"b"} -back-> till {"fran":"a","till":"b"}');
		// Changing the sender to the old receiver drops the receiver.
		expect(moves).toContain('fran {"fran":"a","till":"b"} -answer:b-> till {"fran":"b"}');
		expect(moves).toContain('resultat {"fran":"a","till":"b"} -restart-> fran {}');
	});

	it('reaches the result with exactly the answers given (every 7th combination), and the table decides it', () => {
		const { questions, rules } = parsedRules();
		const machine = createDelaMachine(questions);
		for (const answers of allCombinations(questions).filter((_, index) => index % 7 === 0)) {
			const actor = createActor(machine).start();
			for (const question of questions) actor.send({ type: 'dela.answer', value: answers[question.id]! });
			expect(actor.getSnapshot().value).toBe(RESULT);
			expect(actor.getSnapshot().context.answers).toEqual(answers);
			expect(decide(rules, actor.getSnapshot().context.answers)).toBeDefined();
			actor.stop();
		}
	}, 30_000);
});
