/**
 * The Swedish form a noun takes after `count`: `pluralForm(1, 'grupp', 'grupper')` is "grupp".
 * Swedish (CLDR) has two forms: "one" for exactly 1, "other" for everything else. Written out rather
 * than asked of Intl.PluralRules, whose first use loads the locale's data as a page starts; a unit test
 * holds it to what Intl.PluralRules('sv') says.
 */
export const pluralForm = (count: number, one: string, other: string): string => (count === 1 ? one : other);

/** A count with its noun in the right form: "1 grupp", "0 grupper", "2 grupper". */
export const countOf = (count: number, one: string, other: string): string =>
	`${count} ${pluralForm(count, one, other)}`;
