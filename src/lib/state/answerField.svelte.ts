import { saveAnswer, toAnswerKey, watchAnswer } from '../db/answers';
import { onBeforeClose } from '../db/db';
import { installFlushOnHide } from './flushOnHide';
import { describeSaveError, isQuotaError } from '../db/errors';
import type { Answer, AnswerKey } from '../db/schema';
import { requestPersistence } from '../db/storage';

/** How long typing may pause before the text is saved. */
const SAVE_DELAY_MS = 600;

export type SaveStatus = 'loading' | 'saved' | 'unsaved' | 'saving' | 'error';

/** Safety net for a tab closed mid-save: the latest text, written synchronously on every change. */
const draftKey = (key: AnswerKey) => `samverkansrummet:utkast:${key.join('/')}`;
interface Draft {
	text: string;
	baseRev: number;
}
const readDraft = (key: AnswerKey): Draft | undefined => {
	try {
		const raw = localStorage.getItem(draftKey(key));
		const draft = raw ? (JSON.parse(raw) as Draft) : undefined;
		return typeof draft?.text === 'string' && typeof draft.baseRev === 'number' ? draft : undefined;
	} catch {
		return undefined;
	}
};
const writeDraft = (key: AnswerKey, draft: Draft | undefined) => {
	try {
		if (draft) localStorage.setItem(draftKey(key), JSON.stringify(draft));
		else localStorage.removeItem(draftKey(key));
	} catch {
		// Storage full or blocked: the IndexedDB save is still the real one.
	}
};

/**
 * One reflection answer being edited: loads the stored text, saves as the user types (debounced),
 * flushes when asked, follows changes made in other tabs, and never overwrites another tab's text
 * silently: a save based on an old revision becomes a visible conflict.
 */
export class AnswerFieldState {
	text = $state('');
	status = $state<SaveStatus>('loading');
	errorMessage = $state('');
	quotaFull = $state(false);
	/** The other tab's answer, when it changed under unsaved local edits. */
	conflict = $state<Answer | undefined>(undefined);

	#key: AnswerKey;
	#rev = 0;
	#savedText = '';
	#timer: ReturnType<typeof setTimeout> | undefined;
	#saving: Promise<void> | undefined;

	constructor(owner: string, scenario: number, questionId: string) {
		this.#key = toAnswerKey({ owner, scenario, questionId });
	}

	get loaded(): boolean {
		return this.status !== 'loading';
	}

	/** Starts following the stored answer; returns the cleanup for `$effect`. */
	connect(): () => void {
		installFlushOnHide();
		const stopWatching = watchAnswer(
			this.#key,
			(answer) => this.#onStored(answer),
			(error) => this.#fail(error),
		);
		const stopFlushOnClose = onBeforeClose(() => this.flush());
		return () => {
			stopWatching();
			stopFlushOnClose();
			clearTimeout(this.#timer);
		};
	}

	/** The user typed (or removed personal data): keep it safe now, save it soon. */
	edit(text: string): void {
		this.text = text;
		this.status = text === this.#savedText ? 'saved' : 'unsaved';
		writeDraft(this.#key, text === this.#savedText ? undefined : { text, baseRev: this.#rev });
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	/** Saves pending text now (on blur, when the tab is hidden or closed, before another tab upgrades). */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		await this.#saving;
		if (!this.loaded || this.conflict || this.text === this.#savedText) return;
		this.#saving = this.#save(this.text);
		await this.#saving;
		this.#saving = undefined;
	}

	/** Resolves a conflict by keeping this tab's text over the other tab's. */
	async keepMine(): Promise<void> {
		if (!this.conflict) return;
		this.#rev = this.conflict.rev;
		this.#savedText = this.conflict.text;
		this.conflict = undefined;
		await this.flush();
	}

	/** Resolves a conflict by taking the other tab's text. */
	takeTheirs(): void {
		if (!this.conflict) return;
		this.#accept(this.conflict);
		this.conflict = undefined;
	}

	async #save(text: string): Promise<void> {
		this.status = 'saving';
		try {
			const result = await saveAnswer(this.#key, text, this.#rev);
			if (result.status === 'conflict') {
				this.conflict = result.current;
				this.status = 'unsaved';
				return;
			}
			this.#rev = result.answer.rev;
			this.#savedText = text;
			this.errorMessage = '';
			this.quotaFull = false;
			this.status = this.text === text ? 'saved' : 'unsaved';
			if (this.text === text) writeDraft(this.#key, undefined);
			void requestPersistence();
		} catch (error) {
			this.#fail(error);
		}
	}

	#onStored(answer: Answer | undefined): void {
		if (this.status === 'loading') {
			// A draft left by a tab closed mid-save: restore it, unless someone saved since it was written.
			const draft = readDraft(this.#key);
			this.#accept(answer);
			if (draft && draft.text !== this.#savedText) {
				if (draft.baseRev === this.#rev) this.edit(draft.text);
				else {
					this.text = draft.text;
					this.status = 'unsaved';
					if (answer) this.conflict = answer;
				}
			}
			return;
		}
		if (!answer || answer.rev <= this.#rev) return;
		// Another tab saved. Follow it if nothing here is unsaved; otherwise let the user choose.
		if (this.text === this.#savedText) this.#accept(answer);
		else this.conflict = answer;
	}

	#accept(answer: Answer | undefined): void {
		this.#rev = answer?.rev ?? 0;
		this.#savedText = answer?.text ?? '';
		this.text = this.#savedText;
		this.status = 'saved';
		writeDraft(this.#key, undefined);
	}

	#fail(error: unknown): void {
		this.status = 'error';
		this.quotaFull = isQuotaError(error);
		this.errorMessage = describeSaveError(error);
	}
}
