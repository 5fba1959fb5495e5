import { createActor } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { SESSION_STEPS, type SessionStep } from '../../../src/lib/session/agenda';
import { createSessionMachine, type SessionFlowEvent } from '../../../src/lib/session/createSessionMachine';

const QUESTIONS = ['q1', 'q2', 'q3'];
const machine = createSessionMachine();
const EVENTS: SessionFlowEvent[] = [
	{ type: 'session.next' },
	{ type: 'session.back' },
	{ type: 'session.skipQuestion' },
	...SESSION_STEPS.map((step): SessionFlowEvent => ({ type: 'session.goto', step })),
	{ type: 'session.goto', step: 'questions', question: 2 },
];
const traversal = {
	input: { questions: QUESTIONS },
	events: EVENTS,
	serializeState: (snapshot: { value: unknown; context: { index: number; skipped: string[] } }) =>
		`${String(snapshot.value)}#${snapshot.context.index}#${snapshot.context.skipped.join(',')}`,
};

const at = (step: SessionStep, index = 0) => {
	const actor = createActor(machine, { input: { questions: QUESTIONS } }).start();
	actor.send({ type: 'session.goto', step, question: index });
	return actor;
};
const where = (actor: ReturnType<typeof at>) =>
	`${String(actor.getSnapshot().value)}#${actor.getSnapshot().context.index}`;

/** A state as the facilitator sees it: the step, and within the questions which one. */
const label = ({ value, context }: { value: unknown; context: { index: number } }) =>
	value === 'questions' ? `questions#${context.index}` : String(value);

describe('the session flow', () => {
	it('reaches every step, and every question within the questions step', () => {
		const reached = new Set(
			getShortestPaths(machine, traversal).map(({ state }) => `${String(state.value)}#${state.context.index}`),
		);
		for (const step of SESSION_STEPS)
			expect(
				[...reached].some((key) => key.startsWith(`${step}#`)),
				step,
			).toBe(true);
		for (const index of [0, 1, 2]) expect(reached).toContain(`questions#${index}`);
	});

	it('has exactly the transitions of the table below, from every state the facilitator can be in', () => {
		const adjacency = getAdjacencyMap(machine, traversal);
		const moves = new Set<string>();
		for (const { state, transitions } of Object.values(adjacency)) {
			for (const { event, state: next } of Object.values(transitions) as {
				event: SessionFlowEvent;
				state: typeof state;
			}[]) {
				const from = label(state);
				const to = label(next);
				if (from !== to && event.type !== 'session.goto') moves.add(`${from} -${event.type.slice(8)}-> ${to}`);
			}
		}
		expect([...moves].sort()).toEqual(
			[
				'intro -next-> film',
				'film -back-> intro',
				'film -next-> questions#0',
				'questions#0 -next-> questions#1',
				'questions#0 -skipQuestion-> questions#1',
				'questions#0 -back-> film',
				'questions#1 -next-> questions#2',
				'questions#1 -skipQuestion-> questions#2',
				'questions#1 -back-> questions#0',
				'questions#2 -next-> exercise',
				'questions#2 -skipQuestion-> exercise',
				'questions#2 -back-> questions#1',
				'exercise -back-> questions#2',
				'exercise -next-> wrapUp',
				'wrapUp -back-> exercise',
				'wrapUp -next-> summary',
				'summary -back-> wrapUp',
			].sort(),
		);
	});

	it('jumps from any step to any other, and to a given question', () => {
		for (const from of SESSION_STEPS) {
			for (const to of SESSION_STEPS) {
				const actor = at(from);
				actor.send({ type: 'session.goto', step: to });
				expect(actor.getSnapshot().value, `${from} → ${to}`).toBe(to);
			}
		}
		const actor = at('summary');
		actor.send({ type: 'session.goto', step: 'questions', question: 1 });
		expect(where(actor)).toBe('questions#1');
	});

	it('remembers skipped questions, also when the group goes back to them', () => {
		const actor = at('questions', 0);
		actor.send({ type: 'session.skipQuestion' });
		expect(actor.getSnapshot().context.skipped).toEqual(['q1']);
		actor.send({ type: 'session.back' });
		actor.send({ type: 'session.next' });
		actor.send({ type: 'session.skipQuestion' });
		expect(actor.getSnapshot().context.skipped).toEqual(['q1', 'q2']);
	});

	it('goes from the film straight to the exercise when there are no questions', () => {
		const actor = createActor(machine, { input: { questions: [] } }).start();
		actor.send({ type: 'session.next' });
		actor.send({ type: 'session.next' });
		expect(actor.getSnapshot().value).toBe('exercise');
		actor.send({ type: 'session.back' });
		expect(actor.getSnapshot().value).toBe('film');
	});

	it('resumes from a persisted snapshot at the same step and question', () => {
		const actor = at('questions', 2);
		const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		const resumed = createActor(machine, { snapshot: saved, input: { questions: QUESTIONS } }).start();
		expect(where(resumed)).toBe('questions#2');
	});
});
