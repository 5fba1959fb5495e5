import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createExerciseMachine } from '../../../src/lib/exercise/createExerciseMachine';
import { isExerciseContext } from '../../../src/lib/exercise/isExerciseContext';
import { createSessionMachine } from '../../../src/lib/session/createSessionMachine';
import { createRestoredActor, toStoredSnapshot } from '../../../src/lib/state/createRestoredActor';
import { createExerciseSchema } from '../../../src/schemas/exercise';
import { readLawIds } from '../../helpers/content';

const exercise = createExerciseSchema(readLawIds()).parse(
	parse(readFileSync(join(import.meta.dirname, '../../fixtures/exercises/valid.yaml'), 'utf8')),
);
const machine = createExerciseMachine(exercise);
const options = { version: 1, isContext: isExerciseContext(exercise) };

/** A snapshot as the runner stores it: one choice made, its feedback showing. */
const storedAfterOneChoice = () => {
	const { actor } = createRestoredActor(machine, options);
	actor.start();
	actor.send({ type: 'exercise.choose', choice: 'a' });
	const stored = toStoredSnapshot(actor);
	actor.stop();
	return stored as Record<string, unknown>;
};

/** Starts the actor (a broken one would throw here) and reports where it stands. */
const startAndRead = (actor: ReturnType<typeof createRestoredActor<typeof machine>>['actor']) => {
	actor.start();
	const { value, context, status } = actor.getSnapshot();
	actor.stop();
	return { value, context, status };
};

const START = { value: 'forsta', status: 'active', context: { history: [], feedback: null } };

describe('restoring an actor from a stored snapshot', () => {
	it('starts fresh when nothing is stored', () => {
		const { actor, restore } = createRestoredActor(machine, options);
		expect(restore).toBe('fresh');
		expect(startAndRead(actor)).toEqual(START);
	});

	it('restores a snapshot of the same content version, with its history and the feedback showing', () => {
		const { actor, restore } = createRestoredActor(machine, {
			...options,
			saved: { version: 1, snapshot: storedAfterOneChoice() },
		});
		expect(restore).toBe('restored');
		expect(startAndRead(actor)).toEqual({
			value: 'andra',
			status: 'active',
			context: { history: [{ node: 'forsta', choice: 'a' }], feedback: { node: 'forsta', choice: 'a' } },
		});
	});

	it('starts afresh when the content version has changed', () => {
		const { actor, restore } = createRestoredActor(machine, {
			...options,
			saved: { version: 0, snapshot: storedAfterOneChoice() },
		});
		expect(restore).toBe('versionChanged');
		expect(startAndRead(actor)).toEqual(START);
	});

	const unreadable: [string, unknown][] = [
		['a state the machine lacks', { ...storedAfterOneChoice(), value: 'borttagen' }],
		['a stopped run', { ...storedAfterOneChoice(), status: 'error' }],
		['a finished actor', { ...storedAfterOneChoice(), status: 'done' }],
		[
			'a choice the exercise lacks',
			{ ...storedAfterOneChoice(), context: { history: [{ node: 'forsta', choice: 'x' }] } },
		],
		['a context of the wrong shape', { ...storedAfterOneChoice(), context: { history: 'forsta' } }],
		[
			'a reservation that is not text',
			{
				...storedAfterOneChoice(),
				context: { history: [{ node: 'forsta', choice: 'a', group: { votes: {}, reason: '', reservation: 1 } }] },
			},
		],
		['no children', { ...storedAfterOneChoice(), children: undefined }],
		['text', 'andra'],
		['nothing', null],
	];
	it.each(unreadable)('starts afresh, and says it could not read the snapshot, for %s', (_what, snapshot) => {
		const { actor, restore } = createRestoredActor(machine, { ...options, saved: { version: 1, snapshot } });
		expect(restore).toBe('unreadable');
		expect(startAndRead(actor)).toEqual(START);
	});

	it('reads a snapshot stored before feedback was part of the context as showing none', () => {
		const old = storedAfterOneChoice();
		const { feedback: _dropped, ...context } = old.context as Record<string, unknown>;
		const { actor, restore } = createRestoredActor(machine, {
			...options,
			saved: { version: 1, snapshot: { ...old, context } },
		});
		expect(restore).toBe('restored');
		expect(startAndRead(actor).context).toEqual({ history: [{ node: 'forsta', choice: 'a' }] });
	});

	it('gives a machine its input when it starts fresh', () => {
		const { actor, restore } = createRestoredActor(createSessionMachine(), {
			version: 'q1,q2',
			input: { questions: ['q1', 'q2'] },
			saved: { version: 'q1', snapshot: {} },
		});
		expect(restore).toBe('versionChanged');
		actor.start();
		expect(actor.getSnapshot().context).toEqual({ questions: ['q1', 'q2'], index: 0, skipped: [] });
		actor.stop();
	});
});

describe('the actor bridge', () => {
	const filesUnder = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? filesUnder(path) : [path];
		});

	it('is the only module in src/ that creates an actor', () => {
		const src = join(import.meta.dirname, '../../../src');
		const creating = filesUnder(src)
			.filter((path) => /createActor\(/.test(readFileSync(path, 'utf8')))
			.map((path) => path.slice(src.length + 1));
		expect(creating).toEqual(['lib/state/createRestoredActor.ts']);
	});
});
