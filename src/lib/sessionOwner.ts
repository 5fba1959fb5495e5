/**
 * The owner key of what a session's group writes: answers and exercise runs are stored under
 * `session:<session id>` (self-study uses `sjalvstudier`). The only place the key is built or read.
 */
const PREFIX = 'session:';

/** `session:<id>`: the owner of a session's answers and runs. */
export const sessionOwner = (sessionId: string): string => `${PREFIX}${sessionId}`;

/** The session id in an owner key, or undefined when the owner is not a session. */
export const sessionIdOf = (owner: string): string | undefined =>
	owner.startsWith(PREFIX) && owner.length > PREFIX.length ? owner.slice(PREFIX.length) : undefined;
