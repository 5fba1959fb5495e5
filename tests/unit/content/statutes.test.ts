import { describe, expect, it } from 'vitest';
import type { Law } from '../../../src/schemas/law';
import { readCollection } from '../../helpers/content';
import {
	findAmendingSfs,
	findInForceDate,
	findWordingOn,
	readStatute,
	STATUTE_FILES,
	toPlainText,
	toSectionId,
	type Wording,
} from '../../helpers/statutes';

/** The legal cut-off the product states: the law as it stands on this day. */
const CUT_OFF = '2026-12-01';

/** Cards whose statute text is not in content/statutes/, and why; they must not claim a wording date. */
const NOT_IN_PROJECT: Readonly<Record<string, string>> = {
	'lag-2023-196': 'Lag (2023:196) is not among the consolidated texts we have; FACTS 3e verifies only its 1–4 §§ and in-force date.',
	'lag-2025-170': 'Lag (2025:170) has not been found (FACTS 3b, 0j); only its in-force date and the rektor rule are verified.',
};

const cards = readCollection('law').map(({ id, data }) => ({ id, ...(data as Record<string, unknown>) }) as { id: string } & Law & { inForce?: string | Date; quotes?: string[] });
const isoDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** "1–2" → ["1", "2"]; "18 a" → ["18 a"]. */
const expandSections = (section: string) => {
	const [from, to] = section.split('–');
	if (!to) return [from!];
	return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => String(Number(from) + i));
};

/** For comparing quotes: one kind of dash, no line-break hyphens, single spaces, lower case. */
const normalise = (text: string) =>
	text
		.replace(/[–—]/g, '-')
		.replace(/(\p{L})- (\p{L})/gu, '$1$2')
		.replace(/\s+/g, ' ')
		.toLowerCase();

/** Words a card quotes: its `quotes` list and everything inside ”…” or "…" in its summary. */
const quotedIn = (card: { summary: string; quotes?: string[] }) => [
	...(card.quotes ?? []),
	...[...card.summary.matchAll(/[”"“]([^”"“]+)[”"“]/g)].map((match) => match[1]!),
];

describe('law cards against the statute texts in content/statutes/', () => {
	it('has a statute text or a stated reason for every card', () => {
		for (const card of cards) {
			const known = card.sfs in STATUTE_FILES || card.id in NOT_IN_PROJECT;
			expect(known, `${card.id}: statute ${card.sfs} is neither in content/statutes/ nor listed with a reason`).toBe(true);
		}
	});

	it('claims no wording date for a law whose text is not in the project', () => {
		for (const id of Object.keys(NOT_IN_PROJECT)) {
			const card = cards.find((c) => c.id === id);
			expect(card, `${id} is listed but has no card`).toBeDefined();
			expect(card!.sfs in STATUTE_FILES, `${id}: its statute is in the project, so check it`).toBe(false);
			expect(card!.inForce, `${id}: inForce`).toBeUndefined();
			expect(card!.amendedBy, `${id}: amendedBy`).toBeUndefined();
		}
	});

	for (const card of cards.filter(({ sfs }) => sfs in STATUTE_FILES)) {
		describe(card.id, () => {
			const statute = readStatute(card.sfs);
			const wordings: Wording[] = expandSections(card.section ?? '').map((section) =>
				findWordingOn(statute, toSectionId(card.chapter ?? '', section), CUT_OFF),
			);
			const newest = wordings
				.map((wording) => ({ date: findInForceDate(statute, wording), sfs: findAmendingSfs(wording) }))
				.sort((a, b) => a.date.localeCompare(b.date))
				.at(-1)!;

			it('shows the in-force date of the wording in force on the cut-off date', () => {
				expect(isoDate(card.inForce)).toBe(newest.date);
			});

			it('names the SFS that gave that wording', () => {
				expect(card.amendedBy).toBe(newest.sfs);
			});

			it('quotes only words that occur in that wording', () => {
				const text = normalise(wordings.map(({ text }) => toPlainText(text)).join(' '));
				const quotes = quotedIn(card);
				expect(quotes.length, 'quotes at least a few words, so the check means something').toBeGreaterThan(0);
				for (const quote of quotes) expect(text, `quote: ${quote}`).toContain(normalise(quote));
			});

			it(`was compared with the statute text on or after the cut-off ${CUT_OFF}`, () => {
				expect(isoDate(card.reviewed) >= CUT_OFF, isoDate(card.reviewed)).toBe(true);
			});
		});
	}
});
