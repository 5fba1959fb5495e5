import type { Transaction } from 'dexie';
/**
 * The shape of what Samverkansrummet keeps on the device. A group, never a named person, is the
 * actor: no table has a field for a person's name. Dates are ISO strings so a backup round-trips
 * exactly.
 */

/** Owner of self-study answers: the one person using this device alone. */
export const SELF_STUDY_OWNER = 'sjalvstudier';

// Record types come from the one record schema; no parallel interfaces here.
export type { Answer, ExerciseRun, Group, Session, Setting } from '../../schemas/records';

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

/** Bookkeeping: the schema version that last wrote this database. */
export interface Meta {
	key: string;
	value: unknown;
}

export type AnswerKey = [owner: string, scenario: number, questionId: string];

/** One released schema version: its stores and, when rows need changing, the upgrade that does it. */
export interface SchemaVersion {
	version: number;
	description: string;
	stores: Record<string, string | null>;
	/**
	 * Changes existing rows to the new shape inside the version-change transaction. If it throws,
	 * IndexedDB aborts the whole upgrade and the database stays at the old version, data intact.
	 */
	upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Every schema version ever released, oldest first. Never edit or remove a released entry: add a new
 * one, with an `upgrade` when rows need changing, and a fixture and test in tests/unit/db/upgrades.test.ts
 * (a guard there fails for a version without one, and for an upgrade that no test calls).
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
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
		// The first version has no older rows to change.
		upgrade: undefined,
	},
	{
		version: 2,
		description:
			'Sessions indexed by meeting date and creation time, so the sessions list reads only the page it shows.',
		stores: { sessions: 'id, groupId, updatedAt, [date+createdAt]' },
		// IndexedDB builds the new index from the stored rows; no row changes.
		upgrade: undefined,
	},
];

/** The schema version this code writes. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Tables that hold user data (everything but bookkeeping). */
export const DATA_TABLES = ['groups', 'sessions', 'answers', 'exerciseRuns', 'films', 'settings'] as const;
export type DataTable = (typeof DATA_TABLES)[number];
