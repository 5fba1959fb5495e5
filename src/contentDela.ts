import { getCollection, getEntry } from 'astro:content';
import { toIsoDate, toSwedishDate } from './lib/formatDate';
import { outcomeLinks } from './lib/dela/outcomeLinks';
import { toCitation } from './schemas/law';
import type { DelaData } from './components/dela/types';

/** The rules of "Får vi dela?" as the page and /granskning/ need them. */
export const getDelaRules = async () => {
	const entry = await getEntry('dela', 'rules');
	if (!entry) throw new Error('content/dela/rules.yaml saknas');
	return entry.data;
};

/** Everything the helper island gets: the rules, and each outcome's references as links with titles. */
export const getDelaData = async (): Promise<DelaData> => {
	const rules = await getDelaRules();
	const titles = {
		law: new Map((await getCollection('law')).map(({ id, data }) => [id, `${toCitation(data)} – ${data.title}`])),
		// The glossary collection comes with /ordlista/; until then the id is the link text.
		glossary: new Map(
			((await getCollection('glossary' as never).catch(() => [])) as { id: string; data: { term: string } }[]).map(({ id, data }) => [id, data.term]),
		),
		faq: new Map((await getCollection('faq')).map(({ id, data }) => [id, data.question])),
		exercises: new Map((await getCollection('exercises')).map(({ id, data }) => [id, data.title])),
	};
	return {
		questions: rules.questions,
		rules: rules.rules,
		outcomes: Object.fromEntries(
			Object.entries(rules.outcomes).map(([id, outcome]) => [
				id,
				{
					kind: outcome.kind,
					title: outcome.title,
					reason: outcome.reason,
					weighing: outcome.weighing,
					writeDown: outcome.writeDown,
					decides: outcome.decides,
					instead: outcome.instead,
					...outcomeLinks(outcome, titles),
				},
			]),
		),
		disclaimer: rules.disclaimer,
		friskola2027: rules.friskola2027.text,
		reviewedIso: toIsoDate(rules.reviewed),
		reviewedText: toSwedishDate(rules.reviewed),
		version: toIsoDate(rules.reviewed),
	};
};
