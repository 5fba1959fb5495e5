import type { SessionScenario } from './components/session/types';
import { getExercises, getRunnerExercise, getScenarios, getThemesFor } from './contentQueries';

/** Everything the session pages need about each scenario: questions, film facts, its exercise. */
export const getSessionScenarios = async (): Promise<SessionScenario[]> => {
	const [scenarios, exercises] = await Promise.all([getScenarios(), getExercises()]);
	return Promise.all(
		scenarios.map(async ({ data }) => {
			const entry = exercises.find((exercise) => exercise.data.scenario === data.number);
			return {
				number: data.number,
				title: data.title,
				duration: data.duration,
				quote: data.quote,
				officialUrl: data.officialUrl,
				lookFor: data.lookFor,
				themes: (await getThemesFor(data.number)).map(({ id, title, questions }) => ({
					id,
					title,
					questions: questions.map(({ id: questionId, text }) => ({ id: questionId, text })),
				})),
				exercise: entry && (await getRunnerExercise(entry)),
			};
		}),
	);
};
