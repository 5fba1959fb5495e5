import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from './content';

/** The consolidated statute texts kept in the project, by the SFS number of the law. */
export const STATUTE_FILES: Readonly<Record<string, string>> = {
	'2009:400': 'osl-2009-400.md',
	'2010:800': 'skollag-2010-800.md',
	'2025:400': 'socialtjanstlag-2025-400.md',
};

/** One wording of one section, as the statute text gives it. */
export interface Wording {
	/** Section id in the text, e.g. `kap10.21`. */
	id: string;
	/** The wording's text (Markdown), without the section markup. */
	text: string;
	/** First day in force, from this section or an enclosing one; undefined when the text gives none. */
	from?: string;
	/** First day no longer in force; undefined when open-ended. */
	until?: string;
	/** True when the section is marked as repealed. */
	repealed: boolean;
}

/** A parsed statute: its header dates and every wording of every section. */
export interface Statute {
	sfs: string;
	/** The law's own in-force date. */
	inForce: string;
	/** Amending SFS → its in-force date, from the header. */
	amendments: ReadonlyMap<string, string>;
	wordings: Wording[];
}

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
const later = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);
const earlier = (a?: string, b?: string) => (!a ? b : !b ? a : a < b ? a : b);

/** Reads the `andringsforfattningar` list of the front matter: SFS number → in-force date. */
const readAmendments = (header: string) => {
	const amendments = new Map<string, string>();
	for (const [, sfs, date] of header.matchAll(
		/beteckning: "(\d{4}:\d+)"\n\s+rubrik:[^\n]*\n\s+ikraft_datum: (\d{4}-\d{2}-\d{2})/g,
	))
		amendments.set(sfs!, date!);
	return amendments;
};

/** Parses one statute file: sections nest, and an enclosing section's dates limit the ones inside it. */
export const parseStatute = (text: string): Statute => {
	const header = text.slice(0, text.indexOf('\n---', 4));
	const sfs = /^beteckning: "([^"]+)"/m.exec(header)?.[1];
	const inForce = /^ikraft_datum: (\S+)/m.exec(header)?.[1];
	if (!sfs || !inForce) throw new Error('The statute text has no beteckning or ikraft_datum in its header');
	const wordings: Wording[] = [];
	const stack: { id?: string; from?: string; until?: string; repealed: boolean; start: number }[] = [];
	for (const match of text.matchAll(/<section\b[^>]*>|<\/section>/g)) {
		const tag = match[0];
		if (tag.startsWith('</')) {
			const open = stack.pop();
			if (open?.id && /^kap[0-9a-z]+\.[0-9a-z]+$/.test(open.id))
				wordings.push({
					id: open.id,
					text: text.slice(open.start, match.index).trim(),
					from: open.from,
					until: open.until,
					repealed: open.repealed,
				});
			continue;
		}
		const parent = stack.at(-1);
		stack.push({
			id: attr(tag, 'id'),
			from: later(parent?.from, attr(tag, 'selex:ikraft_datum')),
			until: earlier(parent?.until, attr(tag, 'selex:upphor_datum')),
			repealed: (parent?.repealed ?? false) || attr(tag, 'selex:upphavd') === 'true',
			start: match.index + tag.length,
		});
	}
	return { sfs, inForce, amendments: readAmendments(header), wordings };
};

/** Reads a statute kept in `content/statutes/`. */
export const readStatute = (sfs: string): Statute => {
	const file = STATUTE_FILES[sfs];
	if (!file) throw new Error(`No statute text for SFS ${sfs} in content/statutes/`);
	return parseStatute(readFileSync(join(CONTENT_DIR, 'statutes', file), 'utf8'));
};

/** The id a section has in the statute text: chapter "6 a", section "12 j" → `kap6a.12j`. */
export const toSectionId = (chapter: string, section: string) =>
	`kap${chapter.replace(/\s/g, '')}.${section.replace(/\s/g, '')}`;

/** The wording of a section in force on `date` (YYYY-MM-DD); throws unless there is exactly one. */
export const findWordingOn = (statute: Statute, id: string, date: string): Wording => {
	const found = statute.wordings.filter(
		(w) => w.id === id && !w.repealed && (!w.from || w.from <= date) && (!w.until || w.until > date),
	);
	if (found.length !== 1) throw new Error(`${statute.sfs} ${id}: ${found.length} wordings in force on ${date}`);
	return found[0]!;
};

/** The SFS that gave a wording, from its closing "Lag (2025:965)."; undefined for the law's first wording. */
export const findAmendingSfs = (wording: Wording): string | undefined =>
	[...wording.text.matchAll(/Lag \(\[?(\d{4}:\d+)\]?/g)].at(-1)?.[1];

/** When a wording came into force: its own date, else its amending SFS's, else the law's. */
export const findInForceDate = (statute: Statute, wording: Wording): string => {
	if (wording.from) return wording.from;
	const sfs = findAmendingSfs(wording);
	if (!sfs) return statute.inForce;
	const date = statute.amendments.get(sfs);
	if (!date) throw new Error(`${statute.sfs} ${wording.id}: SFS ${sfs} is not in the header's list of amendments`);
	return date;
};

/** The wording as plain text: Markdown links, headings and line breaks removed, so quotes can be found in it. */
export const toPlainText = (markdown: string) =>
	markdown
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^#+ .*$/gm, '')
		.replace(/\s+/g, ' ')
		.trim();
