import { toAnswerKey } from '../db/answers';
import type { Answer } from '../db/schema';
import { AnswerSync, type SaveStatus } from './answerSync';
import { installFlushOnHide } from './flushOnHide';

export type { SaveStatus };

/**
 * One reflection answer being edited, as reactive state for AnswerField.svelte. The logic (saving,
 * drafts, other tabs, conflicts) is AnswerSync's; this class only mirrors what it shows into runes.
 */
export class AnswerFieldState {
	text = $state('');
	status = $state<SaveStatus>('loading');
	errorMessage = $state('');
	quotaFull = $state(false);
	/** The other tab's answer, when it changed under unsaved local edits. */
	conflict = $state<Answer | undefined>(undefined);

	#sync: AnswerSync;

	constructor(owner: string, scenario: number, questionId: string) {
		this.#sync = new AnswerSync(toAnswerKey({ owner, scenario, questionId }), (view) => {
			this.text = view.text;
			this.status = view.status;
			this.errorMessage = view.errorMessage;
			this.quotaFull = view.quotaFull;
			this.conflict = view.conflict;
		});
	}

	get loaded(): boolean {
		return this.status !== 'loading';
	}

	/** Starts following the stored answer; returns the cleanup for `$effect`. */
	connect(): () => void {
		installFlushOnHide();
		return this.#sync.connect();
	}

	/** The user typed (or removed personal data): keep it safe now, save it soon. */
	edit = (text: string): void => this.#sync.edit(text);
	/** Saves pending text now. */
	flush = (): Promise<void> => this.#sync.flush();
	/** Resolves a conflict by keeping this tab's text. */
	keepMine = (): Promise<void> => this.#sync.keepMine();
	/** Resolves a conflict by taking the other tab's text. */
	takeTheirs = (): void => this.#sync.takeTheirs();
}
