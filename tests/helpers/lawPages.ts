import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Decides from a built page's HTML whether the page states law, so the law-note test needs no list
 * of pages that would go stale. A page states law when it has any of:
 * - a statute citation ("10 kap. 21 §"), in its text or in an island's props;
 * - a data file its islands' scripts read at run time that cites a statute (the session runner and the
 *   minutes render exercise verdicts and rule cards from `/samtal/scenarier/<n>.json`);
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

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g;

/** The code of an island's module and everything it imports statically. */
const codeOf = (dist: string, url: string, seen = new Set<string>()): string => {
	if (seen.has(url) || !existsSync(join(dist, url))) return '';
	seen.add(url);
	const code = readFileSync(join(dist, url), 'utf8');
	const imports = [...code.matchAll(STATIC_IMPORT)].map(([, spec]) => new URL(spec!, `http://x${url}`).pathname);
	return [code, ...imports.map((next) => codeOf(dist, next, seen))].join('\n');
};

/** A statute citation in a session-scenario data file the page's islands read, if they read one. */
const citationInData = (html: string, dist: string): string | undefined => {
	const islands = [...html.matchAll(/<astro-island[^>]*?\scomponent-url=["']([^"']+)["']/g)].map(([, url]) => url!);
	if (!islands.some((url) => codeOf(dist, url).includes('samtal/scenarier/'))) return undefined;
	const folder = join(dist, 'samtal/scenarier');
	for (const file of readdirSync(folder)) {
		const citation = CITATION.exec(readFileSync(join(folder, file), 'utf8'));
		if (citation) return `reads /samtal/scenarier/${file}, which cites ${citation[0]}`;
	}
	return undefined;
};

/** Why a built page counts as stating law, or undefined when it does not. */
export const whyStatesLaw = (html: string, dist?: string): string | undefined => {
	const main = decode(mainOf(html));
	const citation = CITATION.exec(main);
	if (citation) return `cites ${citation[0]}`;
	const read = dist === undefined ? undefined : citationInData(html, dist);
	if (read) return read;
	if (main.includes('href="/lag/#')) return 'links to a law card';
	const [sentence] = findLegalSentences(html);
	return sentence && `says "${sentence}"`;
};
