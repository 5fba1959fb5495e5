import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData, PERSONAL_DATA_LABELS } from '../../../src/lib/privacy/findPersonalData';

// Numbers are generated here with the Luhn check digit; no fixed number of a real person appears in this file.
const luhn = (nineDigits: string): number => {
	const sum = [...nineDigits]
		.map((digit, i) => Number(digit) * (i % 2 === 0 ? 2 : 1))
		.reduce((total, product) => total + Math.floor(product / 10) + (product % 10), 0);
	return (10 - (sum % 10)) % 10;
};

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

interface Pin {
	year: number;
	month: number;
	day: number;
	birth: number;
}

// All the ways people write a personnummer; `check` overrides the computed digit.
const forms = ({ year, month, day, birth }: Pin, check?: number): string[] => {
	const date = `${pad(month)}${pad(day)}`;
	const short = `${pad(year % 100)}${date}`;
	const tail = `${pad(birth, 3)}${check ?? luhn(short + pad(birth, 3))}`;
	// '+' says the person is 100 or older, so 000229+ reads as 1900-02-29, a date that never existed.
	const plusExists = !(year === 2000 && month === 2 && day === 29);
	return [
		`${short}-${tail}`,
		...(plusExists ? [`${short}+${tail}`] : []),
		`${short}${tail}`,
		`${short} ${tail}`,
		`${year}${date}-${tail}`,
		`${year}${date}${tail}`,
		`${year}${date} ${tail}`,
	];
};

const pinArb = fc
	.record({
		date: fc.date({
			min: new Date('1900-01-01T00:00:00Z'),
			max: new Date('2025-12-31T00:00:00Z'),
			noInvalidDate: true,
		}),
		// The package (like Skatteverket) never uses birth number 000.
		birth: fc.integer({ min: 1, max: 999 }),
	})
	.map(({ date, birth }): Pin => ({
		year: date.getUTCFullYear(),
		month: date.getUTCMonth() + 1,
		day: date.getUTCDate(),
		birth,
	}));

// Letters and spaces only, so nothing else in the text can look like personal data.
const swedishText = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöÅÄÖ '), maxLength: 30 });

const isPinKind = (kind: string): boolean => kind === 'personnummer' || kind === 'samordningsnummer';

describe('findPersonalData with personnummer', () => {
	it('finds a valid personnummer in every form with its exact position', () => {
		fc.assert(
			fc.property(pinArb, swedishText, swedishText, (pin, before, after) => {
				for (const written of forms(pin)) {
					expect(findPersonalData(`${before}${written}${after}`)).toEqual([
						{ kind: 'personnummer', start: before.length, end: before.length + written.length, text: written },
					]);
				}
			}),
			{ numRuns: 500 },
		);
	});

	it('does not report a number with a wrong check digit as a personnummer', () => {
		fc.assert(
			fc.property(pinArb, swedishText, swedishText, (pin, before, after) => {
				const [first] = forms(pin);
				const right = Number(first?.at(-1));
				for (let offset = 1; offset <= 9; offset++) {
					for (const written of forms(pin, (right + offset) % 10)) {
						const found = findPersonalData(`${before}${written}${after}`);
						expect(found.filter((match) => isPinKind(match.kind))).toEqual([]);
					}
				}
			}),
			{ numRuns: 500 },
		);
	});

	it('reports a samordningsnummer (day + 60) as samordningsnummer', () => {
		fc.assert(
			fc.property(pinArb, swedishText, swedishText, (pin, before, after) => {
				for (const written of forms({ ...pin, day: pin.day + 60 })) {
					expect(findPersonalData(`${before}${written}${after}`)).toEqual([
						{ kind: 'samordningsnummer', start: before.length, end: before.length + written.length, text: written },
					]);
				}
			}),
			{ numRuns: 500 },
		);
	});

	it('ignores a valid personnummer inside a longer run of digits', () => {
		const [written] = forms({ year: 1912, month: 12, day: 12, birth: 981 });
		const digits = written?.replace('-', '') ?? '';
		expect(findPersonalData(`nr 7${digits} och ${digits}7`)).toEqual([]);
	});

	it('reports a personnummer, not a phone number, when ten digits starting with 0 fit both', () => {
		const written = forms({ year: 2007, month: 1, day: 23, birth: 456 }).find((form) => /^\d{10}$/.test(form)) ?? '';
		expect(written).toMatch(/^070123/);
		expect(findPersonalData(`ring ${written}`)).toEqual([{ kind: 'personnummer', start: 5, end: 15, text: written }]);
	});
});

describe('findPersonalData with phone numbers', () => {
	it.each([
		'070-123 45 67',
		'0701234567',
		'070 123 45 67',
		'08-123 456 78',
		'+46 70 123 45 67',
		'+4670-1234567',
		'031-12 34 56',
		'+46 (0)8-123 456 78',
		'(08) 123 45 67',
		'0046 70 123 45 67',
		'0771-123 123',
	])('finds %s', (phone) => {
		const text = `Ring mig på ${phone}, tack.`;
		expect(findPersonalData(text)).toEqual([{ kind: 'telefonnummer', start: 12, end: 12 + phone.length, text: phone }]);
	});

	it('stops before a number that follows the phone number', () => {
		expect(findPersonalData('070-123 45 67 12 gånger').map((match) => match.text)).toEqual(['070-123 45 67']);
	});

	it('finds two phone numbers written one after the other', () => {
		expect(findPersonalData('0701234567 0701234568').map((match) => match.text)).toEqual(['0701234567', '0701234568']);
	});
});

describe('findPersonalData with e-mail addresses', () => {
	it.each([
		['anna.andersson@skola.example.se', 'anna.andersson@skola.example.se'],
		['åsa.öberg@kommun.example.se.', 'åsa.öberg@kommun.example.se'],
		['kurator+elevhalsa@example.org', 'kurator+elevhalsa@example.org'],
		['(Örjan_Ek@exempel.se)', 'Örjan_Ek@exempel.se'],
	])('finds the address in %s', (written, address) => {
		const text = `Mejla ${written} i dag`;
		expect(findPersonalData(text)).toEqual([
			{
				kind: 'e-postadress',
				start: text.indexOf(address),
				end: text.indexOf(address) + address.length,
				text: address,
			},
		]);
	});

	it('reports digits inside an address as part of the address', () => {
		expect(findPersonalData('elev0701234567@example.se').map((match) => match.kind)).toEqual(['e-postadress']);
	});
});

describe('findPersonalData with text that is not personal data', () => {
	it.each([
		'Mötet hölls 2025-04-01.',
		'Se SFS 2009:400 om offentlighet och sekretess.',
		'Larmet kom klockan 03:55.',
		'Enligt 10 kap. 18 a § OSL får uppgiften lämnas ut.',
		'Eleven går i årskurs 8.',
		'Det kostade 12 000 kr.',
		'Budgeten är 1 050 000 000 kr.',
		'Datum 01-04-2025.',
		'Öppet 0800-1600 och kl. 08.00–16.00.',
		'Det var 2024, inte 2025.',
	])('finds nothing in "%s"', (text) => {
		expect(findPersonalData(text)).toEqual([]);
	});
});

describe('PERSONAL_DATA_LABELS', () => {
	it('names every kind in Swedish', () => {
		expect(PERSONAL_DATA_LABELS).toEqual({
			personnummer: 'personnummer',
			samordningsnummer: 'samordningsnummer',
			telefonnummer: 'telefonnummer',
			'e-postadress': 'e-postadress',
		});
	});
});
