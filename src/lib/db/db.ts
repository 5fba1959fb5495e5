import { Dexie, type EntityTable, type Table } from 'dexie';
import {
	SCHEMA_VERSIONS,
	type SchemaVersion,
	type Answer,
	type AnswerKey,
	type ExerciseRun,
	type Film,
	type Group,
	type Meta,
	type Session,
	type Setting,
} from './schema';
import { loadRecordSchemas } from './guard';
import { flushPendingWrites } from './pendingWrites';
import {
	announceUnexpectedClose,
	announceWriteBlock,
	UpgradeFailedError,
	WriteBlockedError,
	type WriteBlock,
} from './status';

export type AppDatabase = Dexie & {
	groups: EntityTable<Group, 'id'>;
	sessions: EntityTable<Session, 'id'>;
	answers: Table<Answer, AnswerKey>;
	exerciseRuns: EntityTable<ExerciseRun, 'id'>;
	films: EntityTable<Film, 'scenario'>;
	settings: EntityTable<Setting, 'key'>;
	meta: EntityTable<Meta, 'key'>;
};

// Dexie turns on its debug mode for any page served from localhost, which is how `npm start` serves
// the app: every table operation then creates a console task for async stack traces, which costs a
// page tens of milliseconds as it opens the database. Debug mode is for development only.
Dexie.debug = import.meta.env.DEV;

export const DATABASE_NAME = 'samverkansrummet';
const SCHEMA_VERSION_KEY = 'schemaVersion';

const writeBlocks = new WeakMap<Dexie, WriteBlock>();

/** The reason this tab may not write, if any. */
export const getWriteBlock = (db: Dexie): WriteBlock | undefined => writeBlocks.get(db);

const block = (db: Dexie, reason: WriteBlock) => {
	if (writeBlocks.get(db) === 'newer-database') return;
	writeBlocks.set(db, reason);
	announceWriteBlock(reason);
};

// Pending saves, to finish before the tab is hidden or closed, lets another tab upgrade, or takes
// an update of the app.
export { flushPendingWrites, onBeforeClose } from './pendingWrites';
// The write block, the unexpected close and their errors live where no Dexie is loaded.
export { onUnexpectedClose, onWriteBlocked, UpgradeFailedError, WriteBlockedError, type WriteBlock } from './status';

/**
 * Opens (lazily) one database with every schema version declared in order, each with its upgrade.
 * `versions` is for tests of upgrades; the app always uses SCHEMA_VERSIONS.
 */
export const createDatabase = (
	name = DATABASE_NAME,
	versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): AppDatabase => {
	// Strict durability: a save is reported done only when it is on disk (Chromium; others ignore it).
	const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as AppDatabase;
	for (const { version, stores, upgrade } of versions) {
		const declared = db.version(version).stores(stores);
		// A throw aborts the version change: the database stays at the old version, data intact.
		if (upgrade)
			declared.upgrade(async (tx) => {
				try {
					await upgrade(tx);
				} catch (error) {
					throw new UpgradeFailedError(version, error);
				}
			});
	}
	const currentVersion = versions[versions.length - 1]!.version;

	// Sticky, so the check runs again whenever the database is reopened.
	db.on(
		'ready',
		async (vipDb) => {
			const meta = (vipDb as AppDatabase).meta;
			const stored = (await meta.get(SCHEMA_VERSION_KEY))?.value;
			if (typeof stored === 'number' && stored > currentVersion) {
				// Dexie 4 opens a newer database rather than failing; never write the old shape into it.
				block(db, 'newer-database');
			} else if (stored !== currentVersion) {
				await meta.put({ key: SCHEMA_VERSION_KEY, value: currentVersion });
			}
		},
		true,
	);

	// Our own closes happen after a write block is set; any other close came from the browser.
	// Dexie reopens on the next write, so what is on screen can still be saved.
	db.on('close', () => {
		if (getWriteBlock(db) || db.name !== DATABASE_NAME) return;
		announceUnexpectedClose();
	});

	db.on('versionchange', () => {
		// Another tab opens a newer schema: save what is pending, let go, and ask for a reload.
		// Returning false stops Dexie's default handler, which would close and silently reopen.
		void flushPendingWrites().then(() => {
			block(db, 'reload-needed');
			db.close({ disableAutoOpen: true });
		});
		return false;
	});

	return db;
};

const preloadOnFirstInteraction = () => {
	if (typeof window === 'undefined') return;
	const events = ['pointerdown', 'keydown', 'focusin'] as const;
	const preload = () => {
		for (const event of events) window.removeEventListener(event, preload, true);
		void loadRecordSchemas();
	};
	for (const event of events) window.addEventListener(event, preload, { capture: true, passive: true });
};

let instance: AppDatabase | undefined;

/** The app's one database. Created on first use, never during server rendering. */
export const getDatabase = (): AppDatabase => {
	if (!instance) {
		instance = createDatabase();
		// Fetch the write guard's schemas when the user first reaches for the page (a key, a tap, a
		// focus), so the first save does not wait for them. Not while the page loads: building them
		// takes tens of milliseconds, which a slow laptop would spend while the reader starts reading.
		preloadOnFirstInteraction();
	}
	return instance;
};

/** Opens the database and throws WriteBlockedError if this tab may not write to it. */
export const openForWriting = async (db: AppDatabase = getDatabase()): Promise<AppDatabase> => {
	await db.open();
	const reason = getWriteBlock(db);
	if (reason) throw new WriteBlockedError(reason);
	return db;
};
