import type { StudyScenario } from '../../lib/study/summarizeStudy';

/** A reflection theme with the questions asked with one scenario. */
export interface StudyTheme {
	id: string;
	title: string;
	questions: { id: string; text: string }[];
}

/** One scenario as the self-study page shows it: what progress needs, plus film and questions. */
export interface StudyScenarioView extends StudyScenario {
	/** Film length, mm:ss. */
	duration: string;
	/** The official page where the film is published. */
	officialUrl: string;
	themes: StudyTheme[];
}
