/** What the linker needs of a glossary term: its anchor and the words that mean it in running text. */
export interface TermForms {
	/** The term's id, which is also its anchor on `/ordlista/`. */
	id: string;
	/** Forms of the term in running text, matched as whole words, case-insensitively. */
	forms: readonly string[];
}

/** A piece of text; `termId` is set on the first use of a glossary term. */
export interface Segment {
	text: string;
	termId?: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Forms with a capital (SSPF, SIG) match only as written, so "sig" in running text stays plain. */
const isExact = (form: string) => form !== form.toLocaleLowerCase('sv');

/** One pattern for every form of every term, longest first, matched only as a whole word. */
export const createTermPattern = (terms: readonly TermForms[]): RegExp | undefined => {
	const forms = terms.flatMap(({ forms }) => forms).sort((a, b) => b.length - a.length);
	if (forms.length === 0) return undefined;
	const alternatives = forms.map((form) => (isExact(form) ? escape(form) : `(?i:${escape(form)})`));
	return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
};

/** The term a matched word belongs to: exact forms as written, the others in any case. */
const createLookup = (terms: readonly TermForms[]) => {
	const exact = new Map<string, string>();
	const anyCase = new Map<string, string>();
	for (const { id, forms } of terms)
		for (const form of forms) {
			if (isExact(form)) exact.set(form, id);
			else anyCase.set(form, id);
		}
	return (word: string) => exact.get(word) ?? anyCase.get(word.toLocaleLowerCase('sv'));
};

/**
 * Splits `text` into plain segments and the first use of each term that `used` does not hold yet.
 * `used` is updated, so calling this on each text of one card or answer links each term once.
 */
export const splitFirstUses = (text: string, terms: readonly TermForms[], used: Set<string>): Segment[] => {
	const pattern = createTermPattern(terms);
	if (!pattern) return [{ text }];
	const termOf = createLookup(terms);
	const segments: Segment[] = [];
	let from = 0;
	for (const match of text.matchAll(pattern)) {
		const termId = termOf(match[0]);
		if (!termId || used.has(termId)) continue;
		used.add(termId);
		if (match.index > from) segments.push({ text: text.slice(from, match.index) });
		segments.push({ text: match[0], termId });
		from = match.index + match[0].length;
	}
	if (from < text.length) segments.push({ text: text.slice(from) });
	return segments;
};

/** The glossary address of a term. */
export const toGlossaryHref = (termId: string): string => `/ordlista/#${termId}`;
