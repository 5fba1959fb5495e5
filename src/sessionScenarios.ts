import type { SessionScenario } from './components/session/types';
import { getExercises, getLaws, getReflection, getScenarios } from './contentQueries';
import { toCitation } from './schemas/law';

/** Everything the session pages need about each scenario: questions, film facts, its exercise. */
export const getSessionScenarios = async (): Promise<SessionScenario[]> => {
	const [scenarios, reflection, exercises] = await Promise.all([getScenarios(), getReflection(), getExercises()]);
	return Promise.all(
		scenarios.map(async ({ data }) => {
			const entry = exercises.find((exercise) => exercise.data.scenario === data.number);
			const lawIds = entry
				? [...new Set(Object.values(entry.data.nodes).flatMap(({ choices }) => choices.flatMap(({ law }) => law)))]
				: [];
			const laws = Object.fromEntries(
				(await getLaws(lawIds)).map(({ id, data: law }) => [
					id,
					{ citation: toCitation(law), title: law.title, summary: law.summary, url: law.url },
				]),
			);
			return {
				number: data.number,
				title: data.title,
				duration: data.duration,
				quote: data.quote,
				officialUrl: data.officialUrl,
				lookFor: data.lookFor,
				themes: reflection.themes.map((theme) => ({
					id: theme.id,
					title: theme.title,
					questions: theme.questions
						.filter((question) => question.scenario === undefined || question.scenario === data.number)
						.map(({ id, text }) => ({ id, text })),
				})),
				exercise: entry && {
					exercise: {
						id: entry.id,
						title: entry.data.title,
						version: entry.data.version,
						start: entry.data.start,
						nodes: entry.data.nodes,
						endings: entry.data.endings,
					},
					laws,
				},
			};
		}),
	);
};
