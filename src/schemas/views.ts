/**
 * Content as the islands receive it from the pages: each shape derived from a content schema, so a
 * change to the schema reaches every island. Built by src/contentQueries.ts; components import these
 * types from here (their own types.ts files only re-export them).
 */
import type { StudyScenario } from '../lib/study/summarizeStudy';
import type { Question, Rule } from '../lib/dela/decisionTable';
import type { Agendas } from './agendas';
import type { DelaOutcome } from './dela';
import type { Exercise } from './exercise';
import type { Law } from './law';
import type { QuizOption, QuizQuestion } from './quiz';
import type { ReflectionQuestion } from './reflection';
import type { Scenario } from './scenario';

/** What the runner needs of an exercise: the validated content plus its id. */
export type RunnerExercise = Pick<Exercise, 'title' | 'version' | 'start' | 'nodes' | 'endings'> & { id: string };

/** A law entry as the rule card shows it. */
export type RuleLaw = Pick<Law, 'title' | 'summary' | 'url'> & { citation: string };

/** An exercise with the rule cards of the laws its choices cite. */
export interface ExerciseWithLaws {
	exercise: RunnerExercise;
	laws: Record<string, RuleLaw>;
}

/** A reflection theme with the questions asked with one scenario. */
export interface ThemeView {
	id: string;
	title: string;
	questions: Pick<ReflectionQuestion, 'id' | 'text'>[];
}

/** Everything a session needs about one scenario, passed from the page at build time. */
export interface SessionScenario extends Pick<
	Scenario,
	'number' | 'title' | 'duration' | 'quote' | 'officialUrl' | 'lookFor'
> {
	themes: ThemeView[];
	exercise?: ExerciseWithLaws;
}

/** The agendas the new-session form starts from, by meeting length, as the page passes them. */
export type AgendaTemplates = Agendas;

/** One scenario as the self-study page shows it: what progress needs, plus film and questions. */
export interface StudyScenarioView extends StudyScenario, Pick<Scenario, 'duration' | 'officialUrl'> {
	themes: ThemeView[];
}

/** A quiz question as the island gets it: validated content with its law and FAQ references resolved. */
export interface QuizViewQuestion extends Pick<QuizQuestion, 'topic' | 'question' | 'explanation'> {
	id: string;
	options: QuizOption[];
	/** The statutes the answer rests on. */
	law: { id: string; citation: string; title: string }[];
	/** Questions and answers to read more in. */
	faq: { id: string; question: string }[];
}

/** A link a "Får vi dela?" result shows: where it goes and what it says. */
export interface DelaLink {
	href: string;
	text: string;
}

/** An outcome of "Får vi dela?" as the island shows it, its references already turned into links. */
export interface DelaOutcomeView extends Pick<
	DelaOutcome,
	'kind' | 'title' | 'reason' | 'weighing' | 'writeDown' | 'decides' | 'instead'
> {
	law: DelaLink[];
	more: DelaLink[];
}

/** Everything the /dela/ page hands its island, as plain JSON. */
export interface DelaData {
	questions: Question[];
	rules: Rule[];
	outcomes: Record<string, DelaOutcomeView>;
	disclaimer: string;
	friskola2027: string;
	reviewedIso: string;
	reviewedText: string;
	version: string;
}
