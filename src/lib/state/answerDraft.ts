import type { AnswerKey } from '../db/schema';

/** The text being typed and the revision it was based on, kept until IndexedDB has it. */
export interface Draft {
	text: string;
	baseRev: number;
}

/** Where drafts are kept: localStorage in the browser, anything with the same three methods in tests. */
export type DraftStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's localStorage, or undefined where there is none (or it is blocked). */
export const browserDrafts = (): DraftStore | undefined => {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
};

const draftKey = (key: AnswerKey) => `samverkansrummet:utkast:${key.join('/')}`;

/** The draft left for `key`, if a well-formed one is there. */
export const readDraft = (store: DraftStore | undefined, key: AnswerKey): Draft | undefined => {
	try {
		const raw = store?.getItem(draftKey(key));
		const draft = raw ? (JSON.parse(raw) as Partial<Draft>) : undefined;
		return typeof draft?.text === 'string' && typeof draft.baseRev === 'number'
			? { text: draft.text, baseRev: draft.baseRev }
			: undefined;
	} catch {
		return undefined;
	}
};

/** Keeps `draft` for `key` (synchronously, on every change), or removes it when undefined. */
export const writeDraft = (store: DraftStore | undefined, key: AnswerKey, draft: Draft | undefined): void => {
	try {
		if (draft) store?.setItem(draftKey(key), JSON.stringify(draft));
		else store?.removeItem(draftKey(key));
	} catch {
		// Storage full or blocked: the IndexedDB save is still the real one.
	}
};
