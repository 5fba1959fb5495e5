// How much one record may hold. The write guard (src/schemas/records.ts), the import and the input
// fields all read these numbers, so whatever the app lets someone type it can also export and import.
// Free of zod, and one export per number, so a component pays only for the number it uses.

/** Characters in one reflection answer (the answer box's `maxlength`). */
export const MAX_ANSWER_TEXT = 20_000;
/** Characters in a group's reason for a choice in an exercise (the reason box's `maxlength`). */
export const MAX_REASON = 2_000;
/** Highest revision of an answer; a save at the top stays there instead of overflowing. */
export const MAX_REV = 1_000_000_000;

export const LIMITS = {
	answerText: MAX_ANSWER_TEXT,
	/** Characters in a group's name (the name field's `maxlength`). */
	groupName: 200,
	/** Characters in one agreed action (the action field's `maxlength`). */
	actionText: 500,
	/** Agreed actions in one session. */
	actions: 100,
	reason: MAX_REASON,
	/** Characters in a group's reservation at a decision point (its box's `maxlength`, as the reason's). */
	reservation: MAX_REASON,
	/** Steps in one exercise run. */
	steps: 200,
	rev: MAX_REV,
	/** Characters in an id, an owner or a setting's key. */
	id: 100,
	/** Characters in a setting's free value. */
	settingText: 1_000,
	/** Questions in one session's flow. */
	questions: 200,
} as const;
