/**
 * The one way pages read content: every `getCollection`/`getEntry` of the site is in this file, and
 * the shapes islands receive are built here from validated entries (types in src/schemas/views.ts).
 * Pages import `render` and `CollectionEntry` from here too, never from `astro:content`.
 * Longer than 150 lines on purpose: it is the single door to content, and a second file would give
 * pages two places to read from. Each export is a short query; add new ones here.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { ScoredQuestion } from './lib/study/scoreQuiz';
import type { StudyScenario } from './lib/study/summarizeStudy';
import { oldestDate } from './lib/law/legalCutoff';
import { FAQ_TOPICS } from './schemas/faq';
import { toCitation } from './schemas/law';
import { QUIZ_TOPICS } from './schemas/quizLabels';
import type { DelaData, ExerciseWithLaws, QuizViewQuestion, SessionScenario, StudyScenarioView } from './schemas/views';
import { outcomeLinks } from './lib/dela/outcomeLinks';
import { toIsoDate, toSwedishDate } from './lib/format/dates';

export { render, type CollectionEntry };

/** The three scenarios in their order. */
export const getScenarios = async (): Promise<CollectionEntry<'scenarios'>[]> =>
	(await getCollection('scenarios')).sort((a, b) => a.data.number - b.data.number);

/** The reflection questions (one entry holds every theme). */
export const getReflection = async (): Promise<CollectionEntry<'reflection'>['data']> => {
	const entry = await getEntry('reflection', 'questions');
	if (!entry) throw new Error('content/reflection/questions.yaml is missing');
	return entry.data;
};

/** The reflection questions asked with one scenario: those naming no scenario, or this one. */
export const getThemesFor = async (scenario: number) =>
	(await getReflection()).themes.map(({ id, title, questions }) => ({
		id,
		title,
		questions: questions
			.filter((question) => question.scenario === undefined || question.scenario === scenario)
			.map(({ id: questionId, text }) => ({ id: questionId, text })),
	}));

/** The agendas a new session starts from, by meeting length (one entry holds all three). */
export const getAgendas = async (): Promise<CollectionEntry<'agendas'>['data']> =>
	(await getEntry('agendas', 'templates'))?.data ?? raise('content/agendas/templates.yaml is missing');

/** Law entries by id, in the order they were asked for. */
export const getLaws = async (ids: readonly string[]): Promise<CollectionEntry<'law'>[]> => {
	const all = new Map((await getCollection('law')).map((entry) => [entry.id, entry]));
	return ids.map((id) => all.get(id) ?? raise(`Unknown law id "${id}"`));
};

/** Every law entry, by citation ("BrB", then "OSL 10 kap. 2 §" before "OSL 10 kap. 18 a §"). */
export const getAllLaws = async (): Promise<CollectionEntry<'law'>[]> =>
	(await getCollection('law')).sort((a, b) =>
		toCitation(a.data).localeCompare(toCitation(b.data), 'sv', { numeric: true }),
	);

/** Questions and answers by topic (in FAQ_TOPICS order), each topic by `order`. */
export const getFaqByTopic = async () => {
	const entries = await getCollection('faq');
	return Object.entries(FAQ_TOPICS).map(([topic, title]) => ({
		topic,
		title,
		entries: entries.filter((entry) => entry.data.topic === topic).sort((a, b) => a.data.order - b.data.order),
	}));
};

/** Knowledge pages in their list order. */
export const getKnowledgePages = async (): Promise<CollectionEntry<'knowledge'>[]> =>
	(await getCollection('knowledge')).sort((a, b) => a.data.order - b.data.order);

/** One knowledge page; the build stops when it is missing. */
export const getKnowledgePage = async (id: string): Promise<CollectionEntry<'knowledge'>> =>
	(await getEntry('knowledge', id)) ?? raise(`content/knowledge/${id}.mdx is missing`);

/** Exercises in scenario order, then by title. */
export const getExercises = async (): Promise<CollectionEntry<'exercises'>[]> =>
	(await getCollection('exercises')).sort(
		(a, b) => a.data.scenario - b.data.scenario || a.data.title.localeCompare(b.data.title, 'sv'),
	);

/** What the exercise runner needs: the exercise as data, and the rule cards of the laws its choices cite. */
export const getRunnerExercise = async (entry: CollectionEntry<'exercises'>): Promise<ExerciseWithLaws> => {
	const { title, version, start, nodes, endings } = entry.data;
	const lawIds = [...new Set(Object.values(nodes).flatMap(({ choices }) => choices.flatMap(({ law }) => law)))];
	const laws = Object.fromEntries(
		(await getLaws(lawIds)).map(({ id, data }) => [
			id,
			{ citation: toCitation(data), title: data.title, summary: data.summary, url: data.url },
		]),
	);
	return { exercise: { id: entry.id, title, version, start, nodes, endings }, laws };
};

/** Quiz questions in topic order (as QUIZ_TOPICS lists them), then by `order`. */
export const getQuizQuestions = async (): Promise<CollectionEntry<'quiz'>[]> => {
	const topics = Object.keys(QUIZ_TOPICS);
	return (await getCollection('quiz')).sort(
		(a, b) => topics.indexOf(a.data.topic) - topics.indexOf(b.data.topic) || a.data.order - b.data.order,
	);
};

/** The quiz as its island gets it: plain data with law citations and FAQ questions resolved. */
export const getQuizView = async (entries: CollectionEntry<'quiz'>[]): Promise<QuizViewQuestion[]> => {
	const faqs = new Map((await getCollection('faq')).map((entry) => [entry.id, entry.data.question]));
	return Promise.all(
		entries.map(async ({ id, data }) => ({
			...{ id, topic: data.topic, question: data.question, options: data.options, explanation: data.explanation },
			law: (await getLaws(data.law)).map((law) => ({
				id: law.id,
				citation: toCitation(law.data),
				title: law.data.title,
			})),
			faq: data.faq.map((faqId) => ({ id: faqId, question: faqs.get(faqId) ?? raise(`Unknown FAQ id "${faqId}"`) })),
		})),
	);
};

/** What the self-study islands need to work out progress: scenarios with their questions and exercises, the quiz. */
export const getStudyContent = async (): Promise<{ scenarios: StudyScenario[]; quiz: ScoredQuestion[] }> => {
	const exercises = await getExercises();
	const scenarios = await Promise.all(
		(await getScenarios()).map(async ({ data }) => ({
			number: data.number,
			title: data.title,
			questionIds: (await getThemesFor(data.number)).flatMap(({ questions }) => questions.map(({ id }) => id)),
			exercises: exercises
				.filter((exercise) => exercise.data.scenario === data.number)
				.map(({ id, data: { title, endings } }) => ({
					id,
					title,
					endings: Object.fromEntries(Object.entries(endings).map(([key, ending]) => [key, ending.title])),
				})),
		})),
	);
	const quiz = (await getQuizQuestions()).map(({ id, data }) => ({
		id,
		topic: data.topic,
		correct: data.options.filter(({ correct }) => correct).map((option) => option.id),
	}));
	return { scenarios, quiz };
};

/** The self-study page's scenarios: progress content plus film facts and questions. */
export const getStudyScenarios = async (progress: StudyScenario[]): Promise<StudyScenarioView[]> =>
	Promise.all(
		(await getScenarios()).map(async ({ data }) => ({
			...(progress.find(({ number }) => number === data.number) ?? raise(`No progress for scenario ${data.number}`)),
			duration: data.duration,
			officialUrl: data.officialUrl,
			themes: await getThemesFor(data.number),
		})),
	);

/** Everything the session pages need about each scenario: questions, film facts, its exercise. */
export const getSessionScenarios = async (): Promise<SessionScenario[]> => {
	const [scenarios, exercises] = await Promise.all([getScenarios(), getExercises()]);
	return Promise.all(
		scenarios.map(async ({ data: { number, title, duration, quote, officialUrl, lookFor } }) => {
			const entry = exercises.find((exercise) => exercise.data.scenario === number);
			const themes = await getThemesFor(number);
			return {
				number,
				title,
				duration,
				quote,
				officialUrl,
				lookFor,
				themes,
				exercise: entry && (await getRunnerExercise(entry)),
			};
		}),
	);
};

/** The oldest `reviewed` date of some entries: when the whole set was last checked. */
export const oldestReviewed = (entries: { data: { reviewed: Date } }[]): Date =>
	oldestDate(entries.map(({ data }) => data.reviewed));

const raise = (message: string): never => {
	throw new Error(message);
};

/** The glossary in alphabetical order (Swedish). */
export const getGlossary = async (): Promise<CollectionEntry<'glossary'>[]> =>
	(await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'sv'));

/** Questions and answers by topic (in FAQ_TOPICS order), then by `order`. */
export const getFaqs = async (): Promise<CollectionEntry<'faq'>[]> =>
	(await getFaqByTopic()).flatMap(({ entries }) => entries);

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
		glossary: new Map((await getGlossary()).map(({ id, data }) => [id, data.term])),
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
