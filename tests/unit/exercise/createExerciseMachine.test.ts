import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	createExerciseMachine,
	type ExerciseEvent,
	type ExerciseGraph,
} from '../../../src/lib/exercise/createExerciseMachine';
import { createExerciseSchema, type Exercise } from '../../../src/schemas/exercise';
import { readCollection, readLawIds } from '../../helpers/content';

const schema = createExerciseSchema(readLawIds());
const fixture = schema.parse(
	parse(readFileSync(join(import.meta.dirname, '../../fixtures/exercises/valid.yaml'), 'utf8')),
);
const exercises: [string, Exercise][] = [
	['fixture', fixture],
	...readCollection('exercises').map(({ id, data }): [string, Exercise] => [id, schema.parse(data)]),
];

/** Every path from the start, enumerated (not sampled): at each node, every choice. */
const allPaths = (exercise: ExerciseGraph) =>
	getSimplePaths(createExerciseMachine(exercise), {
		events: (snapshot) =>
			(exercise.nodes[snapshot.value as string]?.choices ?? []).map(({ id }): ExerciseEvent => ({
				type: 'exercise.choose',
				choice: id,
			})),
		serializeState: (snapshot) => `${String(snapshot.value)}|${JSON.stringify(snapshot.context.history)}`,
	});

describe.each(exercises)('exercise %s', (_id, exercise) => {
	const paths = allPaths(exercise);
	const complete = paths.filter(({ state }) => state.hasTag('ending'));

	it('has every path end in an ending', () => {
		const stuck = paths.filter(
			({ state }) => state.hasTag('decision') && (exercise.nodes[state.value as string]?.choices.length ?? 0) === 0,
		);
		expect(stuck).toEqual([]);
		expect(complete.length).toBeGreaterThan(0);
	});

	it('reaches every ending and every decision point', () => {
		expect(new Set(complete.map(({ state }) => state.value))).toEqual(new Set(Object.keys(exercise.endings)));
		const visited = new Set(paths.flatMap(({ steps }) => steps.map(({ state }) => state.value as string)));
		for (const node of Object.keys(exercise.nodes)) expect(visited, node).toContain(node);
	});

	it('records each step of a path in its history', () => {
		for (const { state, steps } of complete) {
			expect(state.context.history.map(({ node }) => node)).toEqual(steps.slice(0, -1).map(({ state: s }) => s.value));
		}
	});
});

describe('the exercise machine', () => {
	it('goes back one step, undoing the last choice, and restarts from the beginning', () => {
		const actor = createActor(createExerciseMachine(fixture)).start();
		actor.send({ type: 'exercise.choose', choice: 'a' });
		actor.send({ type: 'exercise.choose', choice: 'b', group: { votes: { a: 2, b: 3 }, reason: 'Oro för eleven' } });
		expect(actor.getSnapshot().value).toBe('sent');
		expect(actor.getSnapshot().context.history).toEqual([
			{ node: 'forsta', choice: 'a' },
			{ node: 'andra', choice: 'b', group: { votes: { a: 2, b: 3 }, reason: 'Oro för eleven' } },
		]);
		actor.send({ type: 'exercise.back' });
		expect(actor.getSnapshot().value).toBe('andra');
		expect(actor.getSnapshot().context.history).toEqual([{ node: 'forsta', choice: 'a' }]);
		actor.send({ type: 'exercise.restart' });
		expect(actor.getSnapshot().value).toBe('forsta');
		expect(actor.getSnapshot().context.history).toEqual([]);
	});

	it('ignores back at the start and unknown choices', () => {
		const actor = createActor(createExerciseMachine(fixture)).start();
		actor.send({ type: 'exercise.back' });
		actor.send({ type: 'exercise.choose', choice: 'z' });
		expect(actor.getSnapshot().value).toBe('forsta');
	});

	it('resumes from a persisted snapshot with the same node and history', () => {
		const machine = createExerciseMachine(fixture);
		const actor = createActor(machine).start();
		actor.send({ type: 'exercise.choose', choice: 'a' });
		const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		const resumed = createActor(machine, { snapshot: saved }).start();
		expect(resumed.getSnapshot().value).toBe('andra');
		expect(resumed.getSnapshot().context.history).toEqual([{ node: 'forsta', choice: 'a' }]);
	});

	it('holds the feedback of the last choice in its context, so a stored snapshot keeps it', () => {
		const machine = createExerciseMachine(fixture);
		const actor = createActor(machine).start();
		expect(actor.getSnapshot().context.feedback).toBeNull();
		actor.send({ type: 'exercise.choose', choice: 'a' });
		actor.send({ type: 'exercise.choose', choice: 'b' });
		expect(actor.getSnapshot().context.feedback).toEqual({ node: 'andra', choice: 'b' });
		const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		const resumed = createActor(machine, { snapshot: saved }).start();
		expect(resumed.getSnapshot().context.feedback).toEqual({ node: 'andra', choice: 'b' });
		resumed.send({ type: 'exercise.back' });
		expect(resumed.getSnapshot().context.feedback).toBeNull();
		resumed.send({ type: 'exercise.choose', choice: 'a' });
		resumed.send({ type: 'exercise.restart' });
		expect(resumed.getSnapshot().context).toEqual({ history: [], feedback: null });
	});

	it('keeps the feedback until the user goes on, and going on changes nothing else', () => {
		const machine = createExerciseMachine(fixture);
		const actor = createActor(machine).start();
		actor.send({ type: 'exercise.choose', choice: 'a' });
		const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		const resumed = createActor(machine, { snapshot: saved }).start();
		expect(resumed.getSnapshot().context.feedback).toEqual({ node: 'forsta', choice: 'a' });
		resumed.send({ type: 'exercise.continue' });
		expect(resumed.getSnapshot().value).toBe('andra');
		expect(resumed.getSnapshot().context).toEqual({ history: [{ node: 'forsta', choice: 'a' }], feedback: null });
	});
});
