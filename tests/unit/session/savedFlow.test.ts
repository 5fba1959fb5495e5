import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createSessionMachine } from '../../../src/lib/session/createSessionMachine';
import { flowVersion, isSessionContext, toSavedFlow } from '../../../src/lib/session/savedFlow';
import { createRestoredActor } from '../../../src/lib/state/createRestoredActor';

const QUESTIONS = ['q1', 'q2', 'q3'];

/** A flow stored after moving to the second question, under `questions`. */
const storedFlow = (questions: string[]) => {
	const actor = createActor(createSessionMachine(), { input: { questions } }).start();
	actor.send({ type: 'session.goto', step: 'questions', question: 1 });
	const flow = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
	actor.stop();
	return flow as Record<string, unknown>;
};

/** Resumes a stored flow the way the session runner does. */
const resume = (flow: unknown, questions = QUESTIONS) => {
	const { actor, restore } = createRestoredActor(createSessionMachine(), {
		input: { questions },
		version: flowVersion(questions),
		saved: toSavedFlow(flow, questions),
		isContext: isSessionContext(questions),
	});
	actor.start();
	const { value, context } = actor.getSnapshot();
	actor.stop();
	return { restore, value, index: context.index };
};

describe('resuming a session', () => {
	it('starts fresh when the session has no stored flow yet', () => {
		expect(resume(undefined)).toEqual({ restore: 'fresh', value: 'intro', index: 0 });
	});

	it('comes back to the same question when the questions are the same', () => {
		expect(resume(storedFlow(QUESTIONS))).toEqual({ restore: 'restored', value: 'questions', index: 1 });
	});

	it('starts from the beginning when the content changed the questions since', () => {
		expect(resume(storedFlow(['q1', 'q9', 'q3']))).toEqual({ restore: 'versionChanged', value: 'intro', index: 0 });
		expect(resume(storedFlow(['q1', 'q2']))).toMatchObject({ restore: 'versionChanged', value: 'intro' });
	});

	it('starts from the beginning when the stored flow cannot be read', () => {
		const flow = storedFlow(QUESTIONS);
		for (const broken of [
			{ ...flow, value: 'paus' },
			{ ...flow, context: { ...(flow.context as object), index: 7 } },
			{ ...flow, context: { ...(flow.context as object), skipped: 'q1' } },
			{ ...flow, context: { questions: 'q1 q2 q3', index: 0, skipped: [] } },
			'questions',
		])
			expect(resume(broken)).toEqual({ restore: 'unreadable', value: 'intro', index: 0 });
	});
});
