import { splitFirstUses, toGlossaryHref, type TermForms } from './splitFirstUses';

/** Text inside these stays as it is: links stay single, headings and code stay as written. */
const SKIP = /^<(\/?)(a|code|pre|h[1-6])\b/i;

/**
 * Links the first use of each glossary term in a piece of rendered HTML (an answer's body), at build
 * time, so the content files are never edited by hand. Works on the text between tags only.
 */
export const linkTermsInHtml = (html: string, terms: readonly TermForms[], used: Set<string>): string => {
	let skipDepth = 0;
	return html
		.split(/(<[^>]*>)/)
		.map((part) => {
			if (part.startsWith('<')) {
				const skip = SKIP.exec(part);
				if (skip && !part.endsWith('/>')) skipDepth = Math.max(0, skipDepth + (skip[1] ? -1 : 1));
				return part;
			}
			if (skipDepth > 0 || part.trim() === '') return part;
			return splitFirstUses(part, terms, used)
				.map(({ text, termId }) =>
					termId ? `<a class="term-link" href="${toGlossaryHref(termId)}">${text}</a>` : text,
				)
				.join('');
		})
		.join('');
};
