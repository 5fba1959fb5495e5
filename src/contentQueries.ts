import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { RuleLaw, RunnerExercise } from './components/exercise/types';
import type { ScoredQuestion } from './lib/study/scoreQuiz';
import type { StudyScenario } from './lib/study/summarizeStudy';
import { FAQ_TOPICS } from './schemas/faq';
import { toCitation } from './schemas/law';
import { QUIZ_TOPICS } from './schemas/quizLabels';

/** The three scenarios in their order. */
export const getScenarios = async (): Promise<CollectionEntry<'scenarios'>[]> =>
	(await getCollection('scenarios')).sort((a, b) => a.data.number - b.data.number);

/** The reflection questions (one entry holds every theme). */
export const getReflection = async (): Promise<CollectionEntry<'reflection'>['data']> => {
	const entry = await getEntry('reflection', 'questions');
	if (!entry) throw new Error('content/reflection/questions.yaml is missing');
	return entry.data;
};

/** Law entries by id, in the order they were asked for. */
export const getLaws = async (ids: readonly string[]): Promise<CollectionEntry<'law'>[]> => {
	const all = new Map((await getCollection('law')).map((entry) => [entry.id, entry]));
	return ids.map((id) => {
		const entry = all.get(id);
		if (!entry) throw new Error(`Unknown law id "${id}"`);
		return entry;
	});
};

/** Knowledge pages in their list order. */
export const getKnowledgePages = async (): Promise<CollectionEntry<'knowledge'>[]> =>
	(await getCollection('knowledge')).sort((a, b) => a.data.order - b.data.order);

/** Exercises in scenario order, then by title. */
export const getExercises = async (): Promise<CollectionEntry<'exercises'>[]> =>
	(await getCollection('exercises')).sort(
		(a, b) => a.data.scenario - b.data.scenario || a.data.title.localeCompare(b.data.title, 'sv'),
	);

/** What the exercise runner needs: the exercise as data, and the rule cards of the laws its choices cite. */
export const getRunnerExercise = async (
	entry: CollectionEntry<'exercises'>,
): Promise<{ exercise: RunnerExercise; laws: Record<string, RuleLaw> }> => {
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

/** The reflection questions asked with one scenario: those naming no scenario, or this one. */
export const getThemesFor = async (scenario: number) =>
	(await getReflection()).themes.map((theme) => ({
		...theme,
		questions: theme.questions.filter((question) => question.scenario === undefined || question.scenario === scenario),
	}));

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
				.map(({ id, data: exercise }) => ({
					id,
					title: exercise.title,
					endings: Object.fromEntries(Object.entries(exercise.endings).map(([key, { title }]) => [key, title])),
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

/** The glossary in alphabetical order (Swedish). */
export const getGlossary = async (): Promise<CollectionEntry<'glossary'>[]> =>
	(await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'sv'));

/** Every law card, in citation order (OSL before SoL, chapters and sections numerically). */
export const getLawCards = async (): Promise<CollectionEntry<'law'>[]> =>
	(await getCollection('law')).sort((a, b) =>
		toCitation(a.data).localeCompare(toCitation(b.data), 'sv', { numeric: true }),
	);

/** Questions and answers by topic (in FAQ_TOPICS order), then by `order`. */
export const getFaqs = async (): Promise<CollectionEntry<'faq'>[]> => {
	const topics = Object.keys(FAQ_TOPICS);
	return (await getCollection('faq')).sort(
		(a, b) => topics.indexOf(a.data.topic) - topics.indexOf(b.data.topic) || a.data.order - b.data.order,
	);
};
