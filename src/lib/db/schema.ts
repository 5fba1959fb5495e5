/**
 * The shape of what Samverkansrummet keeps on the device. A group, never a named person, is the
 * actor: no table has a field for a person's name. Dates are ISO strings so a backup round-trips
 * exactly.
 */

/** Owner of self-study answers: the one person using this device alone. */
export const SELF_STUDY_OWNER = 'sjalvstudier';

/** A group that meets (an SSPF group, a samverkansgrupp): only a name the group chooses. */
export interface Group {
	id: string;
	name: string;
	createdAt: string;
	updatedAt: string;
}

/** A facilitated meeting. Later versions add fields; unknown fields are kept as they are. */
export interface Session {
	id: string;
	groupId: string;
	scenario: number;
	/** Meeting date, YYYY-MM-DD. */
	date: string;
	createdAt: string;
	updatedAt: string;
	[field: string]: unknown;
}

/** One answer to one reflection question, by one owner (self-study or a session). */
export interface Answer {
	/** `sjalvstudier`, or `session:<id>`. */
	owner: string;
	scenario: number;
	questionId: string;
	text: string;
	/** Revision, raised on every save; a save based on an older revision is a conflict. */
	rev: number;
	updatedAt: string;
}

/** A run through a branching exercise (the exercise issue fills in `state`). */
export interface ExerciseRun {
	id: string;
	owner: string;
	exerciseId: string;
	updatedAt: string;
	[field: string]: unknown;
}

/** WebVTT captions for a stored film, kept as text (small, and shown as a `<track>`). */
export interface FilmCaptions {
	name: string;
	text: string;
	/** Size of the text in bytes. */
	size: number;
	addedAt: string;
}

/**
 * A film file a facilitator added for offline use, one per scenario. Never exported: it is a large
 * binary. `captions` came after version 1 without a schema version: it is not indexed.
 */
export interface Film {
	scenario: number;
	name: string;
	type: string;
	size: number;
	file: Blob;
	addedAt: string;
	captions?: FilmCaptions;
}

/** A preference (key/value). */
export interface Setting {
	key: string;
	value: unknown;
}

/** Bookkeeping: the schema version that last wrote this database. */
export interface Meta {
	key: string;
	value: unknown;
}

export type AnswerKey = [owner: string, scenario: number, questionId: string];

/**
 * Every schema version ever released, oldest first. Never edit or remove a released entry: add a new
 * one, with an `upgrade` when rows need changing, and a fixture and test in tests/unit/db/upgrades.test.ts
 * (a guard there fails for a version without one).
 */
export const SCHEMA_VERSIONS = [
	{
		version: 1,
		description: 'First release: groups, sessions, answers, exercise runs, films, settings, meta.',
		stores: {
			groups: 'id, name',
			sessions: 'id, groupId, updatedAt',
			answers: '[owner+scenario+questionId], owner, updatedAt',
			exerciseRuns: 'id, owner, exerciseId, updatedAt',
			films: 'scenario',
			settings: 'key',
			meta: 'key',
		},
	},
] as const satisfies readonly {
	version: number;
	description: string;
	stores: Record<string, string | null>;
}[];

/** The schema version this code writes. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Tables that hold user data (everything but bookkeeping). */
export const DATA_TABLES = ['groups', 'sessions', 'answers', 'exerciseRuns', 'films', 'settings'] as const;
export type DataTable = (typeof DATA_TABLES)[number];
