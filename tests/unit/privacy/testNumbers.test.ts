import { describe, expect, it } from 'vitest';
import coords from '../../fixtures/personnummer/coords.json';
import list from '../../fixtures/personnummer/list.json';
import pins from '../../fixtures/personnummer/pins.json';
import { findPersonalData, type PersonalDataMatch } from '../../../src/lib/privacy/findPersonalData';
import { removePersonalData } from '../../../src/lib/privacy/redact';

// Public test numbers (Skatteverket's lists and the personnummer libraries' shared vectors); see the fixtures' README.

// Every character people (or their word processors) put between the date and the last four digits.
const SEPARATORS: Record<string, string> = {
	'no separator': '',
	'hyphen-minus': '-',
	space: ' ',
	'no-break space': '\u00A0',
	'figure space': '\u2007',
	'narrow no-break space': '\u202F',
	hyphen: '\u2010',
	'non-breaking hyphen': '\u2011',
	'en dash': '\u2013',
	'em dash': '\u2014',
	'minus sign': '\u2212',
	'soft hyphen': '\u00AD',
};

// '+' says the person has turned 100, so it is written only for numbers old enough (with a year's margin).
const plusAllowed = (twelve: string): boolean => Number(twelve.slice(0, 4)) <= new Date().getFullYear() - 101;

/** The 12-digit and the 10-digit form with `separator`, and with '+' too when `separator` is '-' and it fits. */
const writtenForms = (twelve: string, separator: string): string[] => {
	const [century, short, tail] = [twelve.slice(0, 2), twelve.slice(2, 8), twelve.slice(8)];
	const forms = [`${century}${short}${separator}${tail}`, `${short}${separator}${tail}`];
	if (separator === '-' && plusAllowed(twelve)) forms.push(`${century}${short}+${tail}`, `${short}+${tail}`);
	return forms;
};

// Three places in a sentence: mid-sentence, in parentheses, before a full stop.
const SENTENCES = [
	(n: string) => `Eleven har nummer ${n} enligt anteckningen.`,
	(n: string) => `Pappan (${n}) ringde i går.`,
	(n: string) => `Hennes samordningsnummer är ${n}.`,
];

const expectFound = (twelve: string, kind: PersonalDataMatch['kind'], separator: string, index: number): void => {
	for (const written of writtenForms(twelve, separator)) {
		const sentence = SENTENCES[index % SENTENCES.length] as (n: string) => string;
		const text = sentence(written);
		const start = text.indexOf(written);
		expect(findPersonalData(text), `${JSON.stringify(written)} in "${text}"`).toEqual([
			{ kind, start, end: start + written.length, text: written },
		]);
	}
};

describe.each(Object.entries(SEPARATORS))('a test number written with %s', (_name, separator) => {
	it(`finds each of the ${pins.length} test personnummer, in the 12- and 10-digit form, at its exact place`, () => {
		pins.forEach((pin, i) => expectFound(pin, 'personnummer', separator, i));
	});

	it(`finds each of Skatteverket's ${coords.length} test samordningsnummer, day 60 and month 00 included`, () => {
		coords.forEach((coord, i) => expectFound(coord, 'samordningsnummer', separator, i));
	});

	it('finds the valid numbers of the shared list and none of the invalid ones', () => {
		// Entry 0 of the list is "19090527 1474", which the libraries refuse for its space; the guard takes a
		// space on purpose (people write it), so that entry is left out.
		list
			.filter((entry) => entry.integer !== 0)
			.forEach((entry, i) => {
				const twelve = String(entry.integer);
				if (entry.valid) {
					expectFound(twelve, entry.type === 'con' ? 'samordningsnummer' : 'personnummer', separator, i);
				} else {
					for (const written of writtenForms(twelve, separator)) expect(findPersonalData(`Nr ${written}.`)).toEqual([]);
				}
			});
	});
});

describe('samordningsnummer with a partly unknown birth date', () => {
	it.each([
		['191711602399', 'day 60 (day 00 + 60)'],
		['191500722390', 'month 00'],
		['192004912388', 'day 91 in a month of 30 days'],
	])('finds %s (%s)', (twelve) => {
		expect(coords).toContain(twelve);
		expect(findPersonalData(`Nr ${twelve.slice(2, 8)}-${twelve.slice(8)}.`)).toMatchObject([
			{ kind: 'samordningsnummer' },
		]);
	});
});

describe('positions after normalising', () => {
	const [pin] = pins as [string];
	const dashed = `${pin.slice(2, 8)}\u2013${pin.slice(8)}`;

	it('keeps offsets right when invisible characters come before the number', () => {
		const text = `För\u00ADskole\u00ADklass\u200B: ${dashed}, se ovan.`;
		const start = text.indexOf(dashed);
		expect(findPersonalData(text)).toEqual([{ kind: 'personnummer', start, end: start + dashed.length, text: dashed }]);
	});

	it('takes a soft hyphen inside the number with it, and leaves one around it', () => {
		const inside = `${pin.slice(2, 5)}\u00AD${pin.slice(5, 8)}-${pin.slice(8)}`;
		const text = `Nr \u00AD${inside}\u00AD i texten.`;
		expect(findPersonalData(text)).toEqual([{ kind: 'personnummer', start: 4, end: 4 + inside.length, text: inside }]);
	});

	it('redacts exactly the number written with a no-break space or an en dash', () => {
		const spaced = `${pin.slice(0, 8)}\u00A0${pin.slice(8)}`;
		expect(removePersonalData(`Eleven (${dashed}) och\u00ADsyskon ${spaced}.`)).toBe(
			'Eleven ([borttaget]) och\u00ADsyskon [borttaget].',
		);
	});
});

describe('phone numbers written with other spaces and dashes', () => {
	it.each(['070\u2011123\u00A045\u00A067', '08\u2013123\u202F456\u202F78', '+46\u00A070\u00A0123\u00A045\u00A067'])(
		'finds %j',
		(phone) => {
			const text = `Ring ${phone} i kväll.`;
			expect(findPersonalData(text)).toEqual([{ kind: 'telefonnummer', start: 5, end: 5 + phone.length, text: phone }]);
		},
	);
});

// Organisation numbers have the check digit of a personnummer but a "month" of 20 or more.
const luhnValid = (digits: string): boolean =>
	[...digits]
		.map((digit, i) => Number(digit) * (i % 2 === 0 ? 2 : 1))
		.reduce((sum, product) => sum + Math.floor(product / 10) + (product % 10), 0) %
		10 ===
	0;

describe('numbers that are not personal data stay quiet', () => {
	it.each([
		'Mötet hölls 2024-05-12.',
		'Mötet hölls 2024\u201305\u201312.',
		'Mötet hölls 2024\u201105\u201112 kl. 08.00\u201316.00.',
		'Det kostade 1 234 567 kr.',
		'Det kostade 1\u00A0234\u00A0567 kr.',
		'Det kostade 1\u202F234\u202F567 kr.',
		'Det kostade 1\u2009234\u2009567\u00A0kr.',
		`Det kostade ${new Intl.NumberFormat('sv-SE').format(1234567890)} kr.`,
		'Budgeten var 12 345 678 901 kr.',
	])('finds nothing in %j', (text) => {
		expect(findPersonalData(text)).toEqual([]);
	});

	it.each(['5560004615', '2120000142', '2021005448', '8024811658'])(
		'finds nothing in organisation number %s, in any written form',
		(org) => {
			expect(luhnValid(org)).toBe(true);
			const forms = Object.values(SEPARATORS).flatMap((separator) => [
				`${org.slice(0, 6)}${separator}${org.slice(6)}`,
				`16${org.slice(0, 6)}${separator}${org.slice(6)}`,
			]);
			for (const written of forms) expect(findPersonalData(`Bolaget har org.nr ${written}.`), written).toEqual([]);
		},
	);
});
