// Over 150 lines: one builder per kind of legal statement the review page lists (questions and answers, law cards, quiz, exercises, glossary, "Får vi dela?"), sharing the citation and date helpers.
import type { CollectionEntry } from './contentQueries';
import { getDelaRules, getExercises, getFaqs, getGlossary, getAllLaws, getQuizQuestions } from './contentQueries';
import { toSwedishDate } from './lib/format/dates';
import { OUTCOME_KINDS } from './schemas/delaLabels';
import { VERDICTS } from './schemas/exerciseLabels';
import { toCitation } from './schemas/law';

/** One legal statement the product makes, as the review list prints it. */
export interface ReviewItem {
	/** What the statement is, e.g. "Kort svar" or "Val: Ring socialtjänsten". */
	label: string;
	/** The statement word for word, as users read it. */
	text: string;
	/** A verdict or other context printed before the text, e.g. "Bedömning: Tillåtet". */
	context?: string;
	/** Statute citations it rests on ("OSL 10 kap. 21 §"); empty when it is a matter of practice. */
	citations: string[];
	/** When the source entry was last compared with the statute text. */
	reviewed: Date;
}

/** The statements of one content file. */
export interface ReviewGroup {
	/** The source file, e.g. "content/faq/vad-ar-samtycke.mdx". */
	file: string;
	/** The entry's title or question. */
	title: string;
	items: ReviewItem[];
}

/** One kind of content and its files. */
export interface ReviewKind {
	id: string;
	title: string;
	groups: ReviewGroup[];
}

const fileOf = (entry: { filePath?: string; id: string }, folder: string, extension: string) =>
	entry.filePath ?? `content/${folder}/${entry.id}.${extension}`;

/** Every legal statement of the law cards, answers, exercises, quiz and glossary, read from the content. */
export const getReviewKinds = async (): Promise<ReviewKind[]> => {
	const laws = await getAllLaws();
	const citation = new Map(laws.map(({ id, data }) => [id, toCitation(data)]));
	const cite = (ids: readonly string[]) => ids.map((id) => citation.get(id) ?? id);

	const lawGroup = ({ id, data, ...entry }: CollectionEntry<'law'>): ReviewGroup => ({
		file: fileOf({ id, ...entry }, 'law', 'yaml'),
		title: `${toCitation(data)} – ${data.title}`,
		items: [
			{
				label: 'Sammanfattning',
				context: data.inForce
					? `${data.law}. I denna lydelse från ${toSwedishDate(data.inForce)}${data.amendedBy ? ` (ändrad genom SFS ${data.amendedBy})` : ''}.`
					: `${data.law}. Lydelsens datum är inte kontrollerat mot lagtexten.`,
				text: data.summary,
				citations: [toCitation(data)],
				reviewed: data.reviewed,
			},
		],
	});
	const exerciseGroup = ({ id, data, ...entry }: CollectionEntry<'exercises'>): ReviewGroup => ({
		file: fileOf({ id, ...entry }, 'exercises', 'yaml'),
		title: data.title,
		items: Object.values(data.nodes).flatMap((node) =>
			node.choices.map((choice) => ({
				label: `Val: ”${choice.label}”`,
				context: `Bedömning: ${VERDICTS[choice.verdict]}. Frågan: ”${node.question}”`,
				text: choice.feedback,
				citations: cite(choice.law),
				reviewed: data.reviewed,
			})),
		),
	});
	const quizGroup = ({ id, data, ...entry }: CollectionEntry<'quiz'>): ReviewGroup => ({
		file: fileOf({ id, ...entry }, 'quiz', 'yaml'),
		title: data.question,
		items: [
			{
				label: 'Förklaring',
				context: `Rätt svar: ${data.options
					.filter(({ correct }) => correct)
					.map(({ text }) => `”${text}”`)
					.join(', ')}.`,
				text: data.explanation,
				citations: cite(data.law),
				reviewed: data.reviewed,
			},
			...data.options
				.filter(({ whyWrong }) => whyWrong)
				.map(({ text, whyWrong }) => ({
					label: `Fel alternativ: ”${text}”`,
					text: whyWrong!,
					citations: cite(data.law),
					reviewed: data.reviewed,
				})),
		],
	});

	return [
		{ id: 'lagkort', title: 'Lagkort', groups: laws.map(lawGroup) },
		{
			id: 'fragor-och-svar',
			title: 'Frågor och svar: korta svar',
			groups: (await getFaqs()).map(({ id, data, ...entry }) => ({
				file: fileOf({ id, ...entry }, 'faq', 'mdx'),
				title: data.question,
				items: [{ label: 'Kort svar', text: data.short, citations: cite(data.law), reviewed: data.reviewed }],
			})),
		},
		{
			id: 'ovningar',
			title: 'Övningar: varje val med bedömning och återkoppling',
			groups: (await getExercises()).map(exerciseGroup),
		},
		{
			id: 'testfragor',
			title: 'Testfrågor: förklaringar och fel alternativ',
			groups: (await getQuizQuestions()).map(quizGroup),
		},
		{
			id: 'ordlista',
			title: 'Ordlista',
			groups: (await getGlossary()).map(({ id, data, ...entry }) => ({
				file: fileOf({ id, ...entry }, 'glossary', 'yaml'),
				title: data.term,
				items: [{ label: 'Förklaring', text: data.text, citations: cite(data.law), reviewed: data.reviewed }],
			})),
		},
		await delaKind(cite),
	];
};

/** Every outcome of the "Får vi dela?" table (/dela/): reason, weighing, who decides and what to do instead. */
const delaKind = async (cite: (ids: readonly string[]) => string[]): Promise<ReviewKind> => {
	const { outcomes, friskola2027, reviewed } = await getDelaRules();
	const context = ({ weighing, decides, facts }: (typeof outcomes)[string]) =>
		`${weighing ? `En avvägning: ”${weighing.name}”. ${weighing.text} ` : ''}Vem bestämmer: ${decides} Faktabladet: ${facts.join(', ')}.`;
	const items = Object.values(outcomes).map((outcome) => ({
		label: `${OUTCOME_KINDS[outcome.kind]}: ${outcome.title}`,
		context: context(outcome),
		text: outcome.instead ? `${outcome.reason} Gör i stället: ${outcome.instead}` : outcome.reason,
		citations: cite(outcome.law),
		reviewed,
	}));
	const title = `Får vi dela? Varje svar; för fristående skolor visas också: ”${friskola2027.text}”`;
	return {
		id: 'fa-vi-dela',
		title: 'Får vi dela?: varje utfall av beslutstabellen',
		groups: [{ file: 'content/dela/rules.yaml', title, items }],
	};
};
