import { describe, expect, it } from 'vitest';
import { findPersonalData, type PersonalDataMatch } from '../../../src/lib/privacy/findPersonalData';
import { describeFindings, removePersonalData } from '../../../src/lib/privacy/redact';

// Luhn check digit over YYMMDDNNN, so the test number is generated rather than copied from anywhere.
const luhn = (nineDigits: string): number => {
	const sum = [...nineDigits]
		.map((digit, i) => Number(digit) * (i % 2 === 0 ? 2 : 1))
		.reduce((total, product) => total + Math.floor(product / 10) + (product % 10), 0);
	return (10 - (sum % 10)) % 10;
};

const PIN = `121212-982${luhn('121212982')}`;
const COORDINATION = `121272-982${luhn('121272982')}`;

const match = (kind: PersonalDataMatch['kind']): PersonalDataMatch => ({ kind, start: 0, end: 1, text: 'x' });

describe('removePersonalData', () => {
	it('replaces every match and keeps the rest of the sentence', () => {
		const text = `Eleven (${PIN}) nås på 070-123 45 67 eller elev@skola.example.se.`;
		expect(removePersonalData(text)).toBe('Eleven ([borttaget]) nås på [borttaget] eller [borttaget].');
	});

	it('leaves text without personal data unchanged', () => {
		const text = 'Enligt 10 kap. 18 a § OSL, se SFS 2009:400.';
		expect(removePersonalData(text)).toBe(text);
	});

	it('uses the matches it is given', () => {
		const text = `Samordningsnummer ${COORDINATION} och ${PIN}.`;
		const [first] = findPersonalData(text);
		expect(first?.kind).toBe('samordningsnummer');
		expect(removePersonalData(text, first ? [first] : [])).toBe(`Samordningsnummer [borttaget] och ${PIN}.`);
	});

	it('removes nothing when given no matches', () => {
		expect(removePersonalData(`pnr ${PIN}`, [])).toBe(`pnr ${PIN}`);
	});
});

describe('describeFindings', () => {
	it.each([
		[[match('personnummer')], 'Texten verkar innehålla ett personnummer.'],
		[[match('samordningsnummer')], 'Texten verkar innehålla ett samordningsnummer.'],
		[[match('telefonnummer')], 'Texten verkar innehålla ett telefonnummer.'],
		[[match('e-postadress')], 'Texten verkar innehålla en e-postadress.'],
		[[match('e-postadress'), match('personnummer')], 'Texten verkar innehålla ett personnummer och en e-postadress.'],
		[
			[match('telefonnummer'), match('personnummer'), match('e-postadress'), match('telefonnummer')],
			'Texten verkar innehålla ett personnummer, ett telefonnummer och en e-postadress.',
		],
	])('describes %j', (matches, sentence) => {
		expect(describeFindings(matches)).toBe(sentence);
	});

	it('returns an empty string when nothing was found', () => {
		expect(describeFindings([])).toBe('');
	});

	it('describes what findPersonalData found', () => {
		expect(describeFindings(findPersonalData(`${PIN}, anna@example.se`))).toBe(
			'Texten verkar innehålla ett personnummer och en e-postadress.',
		);
	});
});
