/**
 * The decision table of "Får vi dela?" as pure data and functions: which answers a question allows,
 * every combination of answers, the first matching row, and the check that the table is complete.
 * No Astro or Svelte imports: the schema, the island and the tests all use this module.
 */

/** One question: its id (also the address parameter), its options, and optionally a question whose answer it may not repeat. */
export interface Question {
	id: string;
	legend: string;
	notSameAs?: string;
	options: { value: string; label: string }[];
}

/** One row: answers it matches (a missing question matches anything) and the outcome it leads to. */
export interface Rule {
	when: Record<string, string[]>;
	outcome: string;
}

export type Answers = Record<string, string>;

/** The values `question` allows once the earlier answers are known (the sender is never the receiver). */
export const optionsFor = (question: Question, answers: Answers): string[] =>
	question.options
		.map((option) => option.value)
		.filter((value) => !question.notSameAs || answers[question.notSameAs] !== value);

/** Every full combination of answers the questions allow, in question order. */
export const allCombinations = (questions: readonly Question[]): Answers[] =>
	questions.reduce<Answers[]>(
		(partials, question) =>
			partials.flatMap((answers) =>
				optionsFor(question, answers).map((value) => ({ ...answers, [question.id]: value })),
			),
		[{}],
	);

export const matches = (rule: Rule, answers: Answers): boolean =>
	Object.entries(rule.when).every(([question, values]) => values.includes(answers[question] ?? ''));

/** The index of the first row that matches, or -1. */
export const firstMatch = (rules: readonly Rule[], answers: Answers): number =>
	rules.findIndex((rule) => matches(rule, answers));

/** The outcome id the table gives for complete answers, or undefined when no row matches. */
export const decide = (rules: readonly Rule[], answers: Answers): string | undefined =>
	rules[firstMatch(rules, answers)]?.outcome;

/** Whether `answers` answers every question with a value it allows (e.g. read from an address). */
export const isComplete = (questions: readonly Question[], answers: Answers): boolean =>
	questions.every((question) => optionsFor(question, answers).includes(answers[question.id] ?? ''));

/**
 * Problems with a table, in Swedish, empty when it is sound: each row names known questions and values;
 * every combination of answers reaches exactly one outcome (the first matching row); no row is
 * shadowed by the rows above it; every outcome named exists and every outcome is used.
 */
export const tableProblems = (
	questions: readonly Question[],
	rules: readonly Rule[],
	outcomeIds: ReadonlySet<string>,
): string[] => {
	const problems: string[] = [];
	const byId = new Map(questions.map((question) => [question.id, question]));
	rules.forEach((rule, index) => {
		for (const [id, values] of Object.entries(rule.when)) {
			const question = byId.get(id);
			if (!question) problems.push(`Rad ${index + 1}: okänd fråga "${id}"`);
			else
				for (const value of values)
					if (!question.options.some((option) => option.value === value))
						problems.push(`Rad ${index + 1}: frågan "${id}" har inget svar "${value}"`);
		}
		if (!outcomeIds.has(rule.outcome)) problems.push(`Rad ${index + 1}: okänt utfall "${rule.outcome}"`);
	});
	if (problems.length > 0) return problems;
	const used = new Set<number>();
	const missing: Answers[] = [];
	for (const answers of allCombinations(questions)) {
		const index = firstMatch(rules, answers);
		if (index < 0) missing.push(answers);
		else used.add(index);
	}
	if (missing.length > 0) {
		const example = Object.entries(missing[0]!)
			.map(([question, value]) => `${question}=${value}`)
			.join(', ');
		problems.push(`${missing.length} kombinationer av svar saknar utfall, till exempel ${example}`);
	}
	rules.forEach((rule, index) => {
		if (!used.has(index))
			problems.push(`Rad ${index + 1} (${rule.outcome}) nås aldrig: raderna ovanför tar alla dess fall`);
	});
	const reached = new Set([...used].map((index) => rules[index]!.outcome));
	for (const id of outcomeIds) if (!reached.has(id)) problems.push(`Utfallet "${id}" nås aldrig`);
	return problems;
};
