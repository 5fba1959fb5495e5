// Text pasted from word processors writes numbers with other spaces and dashes than the keyboard's:
// "850709‑1234" (non-breaking hyphen), "850709–1234" (en dash), "850709 1234" (no-break space), or with an
// invisible soft hyphen where a line was once broken. The scanners only know ' ', '-' and '+', so the text is
// normalised first, and every offset found in the normalised text is mapped back to the original.

// No-break, figure, thin, narrow and other fixed-width spaces, and the ideographic space.
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, small and fullwidth
// hyphen-minus.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
// Invisible characters that never belong in a number: soft hyphen, zero-width space/joiners, word joiner, BOM.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** Text with ' ' for every kind of space, '-' for every dash and no invisible characters. */
export interface NormalisedText {
	text: string;
	/** Maps a span [start, end) of the normalised text to the span of the original text it came from. */
	toOriginal: (start: number, end: number) => { start: number; end: number };
}

const SPACES_ALL = new RegExp(SPACES.source, 'g');
const DASHES_ALL = new RegExp(DASHES.source, 'g');

export const normaliseForScan = (original: string): NormalisedText => {
	// Spaces and dashes are replaced one for one (each is a single UTF-16 unit), so offsets only move where an
	// invisible character is dropped; text without one (nearly all text) keeps every offset.
	const replaced = original.replace(SPACES_ALL, ' ').replace(DASHES_ALL, '-');
	if (!INVISIBLE.test(original)) return { text: replaced, toOriginal: (start, end) => ({ start, end }) };
	let text = '';
	// origin[i] is the offset in the original text of normalised character i; one extra entry marks the end.
	const origin: number[] = [];
	for (let i = 0; i < replaced.length; i++) {
		const char = replaced[i] as string;
		if (INVISIBLE.test(char)) continue;
		text += char;
		origin.push(i);
	}
	origin.push(original.length);
	return {
		text,
		// An empty span maps to the position it stands at; otherwise the span runs from its first character to
		// just after its last, so invisible characters inside a number go with it and those around it stay.
		toOriginal: (start, end) => ({
			start: origin[start] as number,
			end: end > start ? (origin[end - 1] as number) + 1 : (origin[start] as number),
		}),
	};
};
