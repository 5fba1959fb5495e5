/**
 * How much one record may hold. The write guard (src/schemas/records.ts), the import and the input
 * fields all read these numbers, so whatever the app lets someone type it can also export and import.
 * Kept free of zod so that components can use them without loading the schema.
 */
export const LIMITS = {
	/** Characters in one reflection answer (the answer box's `maxlength`). */
	answerText: 20_000,
	/** Characters in a group's name. */
	groupName: 200,
	/** Characters in one agreed action. */
	actionText: 500,
	/** Agreed actions in one session. */
	actions: 100,
	/** Characters in a group's reason for a choice in an exercise. */
	reason: 2_000,
	/** Steps in one exercise run. */
	steps: 200,
	/** Highest revision of an answer; a save at the top stays there instead of overflowing. */
	rev: 1_000_000_000,
	/** Characters in an id, an owner or a setting's key. */
	id: 100,
	/** Characters in a setting's free value. */
	settingText: 1_000,
	/** Questions in one session's flow. */
	questions: 200,
} as const;
