/**
 * Decides from a built page's HTML whether the page states law, so the law-note test needs no list
 * of pages that would go stale. A page states law when it has any of:
 * - a statute citation ("10 kap. 21 §"), in its text or in an island's props (the session runner
 *   and the minutes render exercise verdicts and rule cards from props);
 * - a link to a law card (`/lag/#…`);
 * - a sentence of its own prose (not a question, not a quote) that says how secrecy, consent or a
 *   duty works, e.g. "mellan dem gäller sekretess".
 */
const CITATION = /\d+(?: [a-z])? kap\. \d+(?: [a-z])?(?:–\d+(?: [a-z])?)? §/;
const LEGAL_TERM = /sekretess|tystnadsplikt|samtycke|uppgiftsskyldig|anmälningsskyldig/i;
const LEGAL_VERB = /\b(?:gäller|får|ska|krävs|kräver|bryter|hindrar|omfattas|lämnas|kan lämnas|förnyas|återkallas)\b/i;

const decode = (text: string) =>
	text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** The page's main element, without quotes (official texts quoted word for word state no law of ours). */
const mainOf = (html: string) => {
	const start = html.indexOf('<main');
	const end = html.indexOf('</main>');
	return (start >= 0 && end > start ? html.slice(start, end) : html).replace(/<blockquote[\s\S]*?<\/blockquote>/g, '');
};

/** Sentences of the page's own prose (paragraphs and list items) that state how the law works. */
export const findLegalSentences = (html: string): string[] =>
	[...mainOf(html).matchAll(/<(p|li|dd)\b[^>]*>([\s\S]*?)<\/\1>/g)]
		.map((match) =>
			decode(match[2]!.replace(/<[^>]+>/g, ' '))
				.replace(/\s+/g, ' ')
				.trim(),
		)
		.flatMap((block) => block.split(/(?<=[.!?…])\s+/))
		.filter((sentence) => !sentence.endsWith('?') && LEGAL_TERM.test(sentence) && LEGAL_VERB.test(sentence));

/** Why a built page counts as stating law, or undefined when it does not. */
export const whyStatesLaw = (html: string): string | undefined => {
	const main = decode(mainOf(html));
	const citation = CITATION.exec(main);
	if (citation) return `cites ${citation[0]}`;
	if (main.includes('href="/lag/#')) return 'links to a law card';
	const [sentence] = findLegalSentences(html);
	return sentence && `says "${sentence}"`;
};
