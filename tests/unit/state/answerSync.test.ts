import { afterEach, describe, expect, it, vi } from 'vitest';
import { getAnswer, saveAnswer } from '../../../src/lib/db/answers';
import { createDatabase, type AppDatabase } from '../../../src/lib/db/db';
import type { AnswerKey } from '../../../src/lib/db/schema';
import { readDraft, writeDraft, type DraftStore } from '../../../src/lib/state/answerDraft';
import { AnswerSync, SAVE_DELAY_MS } from '../../../src/lib/state/answerSync';
import { freshDatabase } from '../../helpers/db';

const KEY: AnswerKey = ['session:abc', 1, 'dela-varfor-viktigt'];

/** A localStorage stand-in: one per browser profile, shared by its tabs. */
const memoryDrafts = (): DraftStore & { items: Map<string, string> } => {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key),
	};
};

const cleanups: (() => void)[] = [];
afterEach(() => {
	vi.useRealTimers();
	cleanups.splice(0).forEach((cleanup) => cleanup());
});

/** A field in one tab, connected and loaded. */
const openField = async (db: AppDatabase, drafts: DraftStore = memoryDrafts()) => {
	const seen: string[] = [];
	const field = new AnswerSync(KEY, (view) => seen.push(view.status), db, drafts);
	cleanups.push(field.connect());
	await expect.poll(() => field.view.status).not.toBe('loading');
	return { field, seen };
};

/** Another tab: its own connection to the same database. */
const otherTab = (db: AppDatabase) => {
	const other = createDatabase(db.name);
	cleanups.push(() => other.close());
	return other;
};

describe('an answer field', () => {
	it('loads the stored text and saves what is typed with the next revision', async () => {
		const db = freshDatabase();
		await saveAnswer(KEY, 'Förra veckan', 0, db);
		const { field, seen } = await openField(db);
		expect(field.view).toMatchObject({ text: 'Förra veckan', status: 'saved' });

		field.edit('Förra veckan, och i dag');
		expect(field.view.status).toBe('unsaved');
		await field.flush();
		expect(field.view).toMatchObject({ status: 'saved', conflict: undefined });
		expect(await getAnswer(KEY, db)).toMatchObject({ text: 'Förra veckan, och i dag', rev: 2 });
		expect(seen).toContain('saving');
	});

	it('waits for a pause in the typing before saving', async () => {
		const db = freshDatabase();
		const { field } = await openField(db);
		// Only the debounce timer is faked: IndexedDB keeps its own.
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		field.edit('Först');
		await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 100);
		field.edit('Först och sist');
		await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 100);
		expect(await getAnswer(KEY, db)).toBeUndefined();
		await vi.advanceTimersByTimeAsync(100);
		vi.useRealTimers();
		await expect.poll(() => field.view.status).toBe('saved');
		expect(await getAnswer(KEY, db)).toMatchObject({ text: 'Först och sist', rev: 1 });
	});

	it('follows a change saved in another tab when nothing here is unsaved', async () => {
		const db = freshDatabase();
		const { field } = await openField(db);
		await saveAnswer(KEY, 'Skrivet i den andra fliken', 0, otherTab(db));
		await expect.poll(() => field.view.text).toBe('Skrivet i den andra fliken');
		expect(field.view).toMatchObject({ status: 'saved', conflict: undefined });
	});

	it('shows a conflict when another tab saves under unsaved text, and overwrites nothing', async () => {
		const db = freshDatabase();
		const { field } = await openField(db);
		field.edit('Min text');
		await saveAnswer(KEY, 'Deras text', 0, otherTab(db));
		await field.flush();
		await expect.poll(() => field.view.conflict?.text).toBe('Deras text');
		expect(field.view).toMatchObject({ text: 'Min text', status: 'unsaved' });
		await field.flush();
		expect(await getAnswer(KEY, db)).toMatchObject({ text: 'Deras text', rev: 1 });
	});

	it('keeps my text over theirs when I choose so', async () => {
		const db = freshDatabase();
		const { field } = await openField(db);
		field.edit('Min text');
		await saveAnswer(KEY, 'Deras text', 0, otherTab(db));
		await expect.poll(async () => (await field.flush(), field.view.conflict?.text)).toBe('Deras text');

		await field.keepMine();
		expect(field.view).toMatchObject({ text: 'Min text', status: 'saved', conflict: undefined });
		expect(await getAnswer(KEY, db)).toMatchObject({ text: 'Min text', rev: 2 });
	});

	it('takes their text when I choose so, and stops offering mine', async () => {
		const db = freshDatabase();
		const drafts = memoryDrafts();
		const { field } = await openField(db, drafts);
		field.edit('Min text');
		await saveAnswer(KEY, 'Deras text', 0, otherTab(db));
		await expect.poll(async () => (await field.flush(), field.view.conflict?.text)).toBe('Deras text');

		field.takeTheirs();
		expect(field.view).toMatchObject({ text: 'Deras text', status: 'saved', conflict: undefined });
		expect(drafts.items.size).toBe(0);
		await field.flush();
		expect(await getAnswer(KEY, db)).toMatchObject({ text: 'Deras text', rev: 1 });
	});
});

describe('leaving a field', () => {
	it('keeps the typing as a draft at once, and saves it when the field is left before the pause ends', async () => {
		const db = freshDatabase();
		const drafts = memoryDrafts();
		const { field } = await openField(db, drafts);
		field.edit('Skrivet, sedan nästa steg');
		expect(readDraft(drafts, KEY)).toEqual({ text: 'Skrivet, sedan nästa steg', baseRev: 0 });
		// The step changes: the field goes away before its save delay has passed.
		cleanups.splice(0).forEach((cleanup) => cleanup());
		await expect.poll(() => getAnswer(KEY, db)).toMatchObject({ text: 'Skrivet, sedan nästa steg', rev: 1 });
		expect(drafts.items.size).toBe(0);
	});

	it('saves a restored draft when the field is left before the pause ends', async () => {
		const db = freshDatabase();
		const drafts = memoryDrafts();
		writeDraft(drafts, KEY, { text: 'Återställt utkast', baseRev: 0 });
		const { field } = await openField(db, drafts);
		expect(field.view).toMatchObject({ text: 'Återställt utkast', status: 'unsaved' });
		cleanups.splice(0).forEach((cleanup) => cleanup());
		await expect.poll(() => getAnswer(KEY, db)).toMatchObject({ text: 'Återställt utkast', rev: 1 });
	});
});

describe('a draft left by a tab closed mid-save', () => {
	it('is restored and saved when nobody saved since', async () => {
		const db = freshDatabase();
		const drafts = memoryDrafts();
		// What a tab closed mid-save leaves behind: the draft, on the revision it had loaded.
		writeDraft(drafts, KEY, { text: 'Halvskriven mening', baseRev: 0 });

		const { field } = await openField(db, drafts);
		expect(field.view).toMatchObject({ text: 'Halvskriven mening', status: 'unsaved' });
		await field.flush();
		expect(await getAnswer(KEY, db)).toMatchObject({ text: 'Halvskriven mening', rev: 1 });
		expect(drafts.items.size).toBe(0);
	});

	it('becomes a conflict when another tab saved after it was written', async () => {
		const db = freshDatabase();
		const drafts = memoryDrafts();
		// What a tab closed mid-save leaves behind: the draft, on the revision it had loaded.
		writeDraft(drafts, KEY, { text: 'Halvskriven mening', baseRev: 0 });
		await saveAnswer(KEY, 'Sparat i en annan flik', 0, db);

		const { field } = await openField(db, drafts);
		expect(field.view).toMatchObject({ text: 'Halvskriven mening', status: 'unsaved' });
		expect(field.view.conflict).toMatchObject({ text: 'Sparat i en annan flik' });
	});

	it('is ignored when it is not a draft', async () => {
		const db = freshDatabase();
		const drafts = memoryDrafts();
		drafts.setItem(`samverkansrummet:utkast:${KEY.join('/')}`, '{"text": 42}');
		const { field } = await openField(db, drafts);
		expect(field.view).toMatchObject({ text: '', status: 'saved' });
	});
});
