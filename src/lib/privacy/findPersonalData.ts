import { classifyIdentityNumber } from './identityNumber';
import { normaliseForScan } from './normalise';

export type PersonalDataKind = 'personnummer' | 'samordningsnummer' | 'telefonnummer' | 'e-postadress';

/** One piece of personal data found in a text; `start`/`end` are string offsets (end exclusive). */
export interface PersonalDataMatch {
	kind: PersonalDataKind;
	start: number;
	end: number;
	text: string;
}

/** Swedish label for a kind, e.g. 'personnummer', 'samordningsnummer', 'telefonnummer', 'e-postadress'. */
export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
	personnummer: 'personnummer',
	samordningsnummer: 'samordningsnummer',
	telefonnummer: 'telefonnummer',
	'e-postadress': 'e-postadress',
};

// YYMMDD or YYYYMMDD, optional -, + or space, then NNNC; never part of a longer run of digits.
const PIN = /(?<!\d)(?:(?:18|19|20)\d{6}|\d{6})[-+ ]?\d{4}(?!\d)/g;

// Swedish numbers start with 0, +46 or 0046 (sometimes "+46 (0)8"); then digit groups split by a space or dash
// (at most six groups, which every real layout fits, so long runs of numbers cannot make the scan slow).
// The lookbehind keeps us out of other numbers: not after a digit or '+', not after "2025-" or "1,", and not
// after a short group like "1 " (amounts such as "1 050 000 000 kr").
const PHONE =
	/(?<![\d+]|\d[.,:\-]|(?<!\d)\d{1,3} )(?:(?:\+|00)46[ -]?(?:\(0\)[ -]?)?0?[1-9]\d{0,2}|\(0[1-9]\d{0,2}\)|0[1-9]\d{0,2})[ -]?\d{2,}(?:[ -]\d{2,}){0,5}/g;

// Shapes that fit PHONE but are written dates ("01-04-2025") or opening hours ("0800-1600").
const NOT_PHONE = [/^0[1-9][ -](?:0[1-9]|1[0-2])[ -](?:19|20)\d\d$/, /^0\d[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d$/];

// local@domain.tld; \p{L} lets Swedish (and other) letters through.
const EMAIL =
	/(?<![\p{L}\p{N}_%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}/gu;

// Scans with a global regex; `accept` returns the (possibly shortened) match or undefined to reject.
// After a rejection the scan resumes one character later, so a rejected candidate never hides a real one.
const scan = (
	text: string,
	regex: RegExp,
	accept: (raw: string, start: number) => PersonalDataMatch | undefined,
): PersonalDataMatch[] => {
	const found: PersonalDataMatch[] = [];
	regex.lastIndex = 0;
	for (let m = regex.exec(text); m; m = regex.exec(text)) {
		const match = accept(m[0], m.index);
		if (match) found.push(match);
		regex.lastIndex = match ? match.end : m.index + 1;
	}
	return found;
};

const toPin = (raw: string, start: number): PersonalDataMatch | undefined => {
	const kind = classifyIdentityNumber(raw);
	return kind ? { kind, start, end: start + raw.length, text: raw } : undefined;
};

// Digits after the trunk 0 or the country code: 7 to 9 for Swedish numbers (8 to 10 with the leading 0).
const subscriberDigits = (raw: string): number => {
	const digits = raw.replace(/\D/g, '');
	const national = raw.startsWith('+') ? digits.slice(2) : digits.startsWith('0046') ? digits.slice(4) : digits;
	return national.replace(/^0/, '').length;
};

const toPhone = (raw: string, start: number): PersonalDataMatch | undefined => {
	let phone = raw;
	// The greedy groups may swallow a following number ("070-123 45 67 12 barn"): drop trailing groups.
	while (subscriberDigits(phone) > 9) {
		const shorter = phone.replace(/[ -]\d+$/, '');
		if (shorter === phone) return undefined;
		phone = shorter;
	}
	if (subscriberDigits(phone) < 7 || NOT_PHONE.some((shape) => shape.test(phone))) return undefined;
	return { kind: 'telefonnummer', start, end: start + phone.length, text: phone };
};

const toEmail = (raw: string, start: number): PersonalDataMatch => ({
	kind: 'e-postadress',
	start,
	end: start + raw.length,
	text: raw,
});

/**
 * Finds personnummer and samordningsnummer (valid check digit only), phone numbers and e-mail addresses.
 * Other spaces and dashes count as ' ' and '-' and invisible characters are skipped (see normalise.ts);
 * `start`/`end` are offsets in `text` as given, and `text` of a match is the original characters.
 */
export const findPersonalData = (text: string): PersonalDataMatch[] => {
	const normalised = normaliseForScan(text);
	const scanned = normalised.text;
	// Earlier kinds win overlaps: an e-mail address contains everything in it, and a valid personnummer
	// beats a phone number because ten digits starting with 0 fit both.
	const candidates = [...scan(scanned, EMAIL, toEmail), ...scan(scanned, PIN, toPin), ...scan(scanned, PHONE, toPhone)];
	const kept: PersonalDataMatch[] = [];
	for (const candidate of candidates) {
		if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
	}
	return kept
		.sort((a, b) => a.start - b.start)
		.map((match) => {
			const { start, end } = normalised.toOriginal(match.start, match.end);
			return { ...match, start, end, text: text.slice(start, end) };
		});
};
