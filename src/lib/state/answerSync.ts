import { saveAnswer } from '../db/answers';
import { watchAnswer } from '../db/answerWatch';
import { getDatabase, onBeforeClose, type AppDatabase } from '../db/db';
import { describeSaveError, isQuotaError } from '../db/errors';
import type { Answer, AnswerKey } from '../db/schema';
import { requestPersistence } from '../db/storage';
import { browserDrafts, readDraft, writeDraft, type DraftStore } from './answerDraft';

/** How long typing may pause before the text is saved. */
export const SAVE_DELAY_MS = 600;

export type SaveStatus = 'loading' | 'saved' | 'unsaved' | 'saving' | 'error';

/** What the answer field shows. */
export interface AnswerView {
	text: string;
	status: SaveStatus;
	errorMessage: string;
	quotaFull: boolean;
	/** The other tab's answer, when it changed under unsaved local edits. */
	conflict: Answer | undefined;
}

/**
 * One reflection answer being edited, without Svelte: loads the stored text, saves as the user types
 * (debounced), flushes when asked, follows changes made in other tabs, and never overwrites another
 * tab's text silently: a save based on an old revision becomes a visible conflict. Every change of
 * what is shown is handed to `onchange`.
 */
export class AnswerSync {
	view: AnswerView = { text: '', status: 'loading', errorMessage: '', quotaFull: false, conflict: undefined };
	#rev = 0;
	#savedText = '';
	#timer: ReturnType<typeof setTimeout> | undefined;
	#saving: Promise<void> | undefined;

	constructor(
		readonly key: AnswerKey,
		private readonly onchange: (view: AnswerView) => void = () => {},
		private readonly db: AppDatabase = getDatabase(),
		private readonly drafts: DraftStore | undefined = browserDrafts(),
	) {}

	/** Starts following the stored answer; returns the cleanup. */
	connect(): () => void {
		const stopWatching = watchAnswer(
			this.key,
			(answer) => this.#onStored(answer),
			(error) => this.#fail(error),
			this.db,
		);
		const stopFlushOnClose = onBeforeClose(() => this.flush());
		return () => {
			stopWatching();
			stopFlushOnClose();
			// The field goes away (another step, another view): what it holds is saved now, not left as a
			// draft until the question is opened again. A restored draft would otherwise never reach the
			// minutes.
			void this.flush();
		};
	}

	/** The user typed (or removed personal data): keep it safe now, save it soon. */
	edit(text: string): void {
		this.#set({ text, status: text === this.#savedText ? 'saved' : 'unsaved' });
		writeDraft(this.drafts, this.key, text === this.#savedText ? undefined : { text, baseRev: this.#rev });
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	/** Saves pending text now (on blur, when the tab is hidden or closed, before another tab upgrades). */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		await this.#saving;
		const { status, conflict, text } = this.view;
		if (status === 'loading' || conflict || text === this.#savedText) return;
		this.#saving = this.#save(text);
		await this.#saving;
		this.#saving = undefined;
	}

	/** Resolves a conflict by keeping this tab's text over the other tab's. */
	async keepMine(): Promise<void> {
		const { conflict } = this.view;
		if (!conflict) return;
		this.#rev = conflict.rev;
		this.#savedText = conflict.text;
		this.#set({ conflict: undefined });
		await this.flush();
	}

	/** Resolves a conflict by taking the other tab's text. */
	takeTheirs(): void {
		const { conflict } = this.view;
		if (!conflict) return;
		this.#accept(conflict, { conflict: undefined });
	}

	async #save(text: string): Promise<void> {
		this.#set({ status: 'saving' });
		try {
			const result = await saveAnswer(this.key, text, this.#rev, this.db);
			if (result.status === 'conflict') return this.#set({ conflict: result.current, status: 'unsaved' });
			this.#rev = result.answer.rev;
			this.#savedText = text;
			const current = this.view.text === text;
			this.#set({ errorMessage: '', quotaFull: false, status: current ? 'saved' : 'unsaved' });
			if (current) writeDraft(this.drafts, this.key, undefined);
			void requestPersistence();
		} catch (error) {
			this.#fail(error);
		}
	}

	#onStored(answer: Answer | undefined): void {
		if (this.view.status === 'loading') {
			// A draft left by a tab closed mid-save: restore it, unless someone saved since it was written.
			const draft = readDraft(this.drafts, this.key);
			this.#accept(answer);
			if (!draft || draft.text === this.#savedText) return;
			if (draft.baseRev === this.#rev) this.edit(draft.text);
			else this.#set({ text: draft.text, status: 'unsaved', ...(answer ? { conflict: answer } : {}) });
			return;
		}
		if (!answer || answer.rev <= this.#rev) return;
		// Another tab saved. Follow it if nothing here is unsaved; otherwise let the user choose.
		if (this.view.text === this.#savedText) this.#accept(answer);
		else this.#set({ conflict: answer });
	}

	#accept(answer: Answer | undefined, also: Partial<AnswerView> = {}): void {
		this.#rev = answer?.rev ?? 0;
		this.#savedText = answer?.text ?? '';
		this.#set({ ...also, text: this.#savedText, status: 'saved' });
		writeDraft(this.drafts, this.key, undefined);
	}

	#fail(error: unknown): void {
		this.#set({ status: 'error', quotaFull: isQuotaError(error), errorMessage: describeSaveError(error) });
	}

	#set(change: Partial<AnswerView>): void {
		this.view = { ...this.view, ...change };
		this.onchange(this.view);
	}
}
