import type { SavedSnapshot } from '../state/createRestoredActor';

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The content version of a session's flow: the reflection questions it walks through, in order. When
 * the content changes them, a stored position (question 4 of 11) no longer means the same question.
 */
export const flowVersion = (questions: readonly string[]): string => questions.join(' ');

/**
 * A session's stored flow with the version it was taken under, read from the questions its context
 * lists. A flow whose questions cannot be read keeps the current version, so the context check
 * (`isSessionContext`) is what turns it away, as unreadable.
 */
export const toSavedFlow = (flow: unknown, questions: readonly string[]): SavedSnapshot | undefined => {
	if (flow === undefined || flow === null) return undefined;
	const stored = isRecord(flow) && isRecord(flow.context) ? flow.context.questions : undefined;
	return { version: isStrings(stored) ? flowVersion(stored) : flowVersion(questions), snapshot: flow };
};

/** Whether a stored flow context is one the session machine can run on for these questions. */
export const isSessionContext =
	(questions: readonly string[]) =>
	(context: unknown): boolean =>
		isRecord(context) &&
		isStrings(context.questions) &&
		flowVersion(context.questions) === flowVersion(questions) &&
		Number.isInteger(context.index) &&
		(context.index as number) >= 0 &&
		(context.index as number) < Math.max(1, questions.length) &&
		isStrings(context.skipped);
