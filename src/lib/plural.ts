// Made on first use: loading a locale's rules costs milliseconds that a page's start can do without.
let rules: Intl.PluralRules | undefined;
const swedishRules = () => (rules ??= new Intl.PluralRules('sv'));

/** The Swedish form a noun takes after `count`: `pluralForm(1, 'grupp', 'grupper')` is "grupp". */
export const pluralForm = (count: number, one: string, other: string): string =>
	swedishRules().select(count) === 'one' ? one : other;

/** A count with its noun in the right form: "1 grupp", "0 grupper", "2 grupper". */
export const countOf = (count: number, one: string, other: string): string =>
	`${count} ${pluralForm(count, one, other)}`;
