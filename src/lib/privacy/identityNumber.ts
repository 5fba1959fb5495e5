import Personnummer from 'personnummer';

const OPTIONS = { allowCoordinationNumber: true, allowInterimNumber: false };

// Luhn over YYMMDDNNNC with the weights 2, 1, 2, 1 …: the sum of digit sums ends in 0 (Skatteverket's rule).
const luhnValid = (tenDigits: string): boolean =>
	[...tenDigits]
		.map((digit, i) => Number(digit) * (i % 2 === 0 ? 2 : 1))
		.reduce((sum, product) => sum + Math.floor(product / 10) + (product % 10), 0) %
		10 ===
	0;

/**
 * Whether a candidate (YYMMDD or YYYYMMDD, an optional ' ', '-' or '+', then NNNC) is a personnummer or a
 * samordningsnummer, or neither.
 *
 * The personnummer package checks the date and the check digit. It refuses samordningsnummer whose birth
 * date is partly unknown, which Skatteverket issues (and lists among its test numbers): month 00, day 60 (day
 * 00 + 60), or a day the month does not have. Those are accepted here when the month is 00–12, the day 60–91
 * and the check digit is right; organisation numbers (month 20 or more) never are.
 */
export const classifyIdentityNumber = (candidate: string): 'personnummer' | 'samordningsnummer' | undefined => {
	// The package only knows '-' and '+' as separators, so a space is read as the ordinary '-'.
	const pin = candidate.replace(' ', '-');
	if (Personnummer.valid(pin, OPTIONS)) {
		return Personnummer.parse(pin, OPTIONS).isCoordinationNumber() ? 'samordningsnummer' : 'personnummer';
	}
	const ten = candidate.replace(/\D/g, '').slice(-10);
	const month = Number(ten.slice(2, 4));
	const day = Number(ten.slice(4, 6));
	return month <= 12 && day >= 60 && day <= 91 && luhnValid(ten) ? 'samordningsnummer' : undefined;
};
