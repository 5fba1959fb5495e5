import type { StudyRecords } from '../db/studyProgress';
import { byCodeUnits } from '../compare';
import { scoreQuiz, type QuizScore, type ScoredQuestion } from './scoreQuiz';

/** What the self-study path needs to know of one scenario (from validated content). */
export interface StudyScenario {
	number: number;
	title: string;
	/** Ids of the reflection questions asked with this scenario, in order. */
	questionIds: string[];
	/** Its exercises, with the title of each ending by id. */
	exercises: { id: string; title: string; endings: Record<string, string> }[];
}

export interface ExerciseProgress {
	id: string;
	title: string;
	/** Title of the ending of the latest completed run; undefined until one is completed. */
	endingTitle?: string;
	completedAt?: string;
}

export interface ScenarioProgress {
	number: number;
	title: string;
	/** When the film was marked as seen ('' if the date is unknown); undefined if not seen. */
	filmSeenAt?: string;
	answered: number;
	total: number;
	/** The first reflection question without an answer, if any. */
	firstUnanswered?: string;
	hasNotes: boolean;
	exercises: ExerciseProgress[];
}

/** The next unfinished step: film → questions → exercise, scenario by scenario, then the quiz. */
export type StudyStep =
	| { kind: 'film' | 'questions'; scenario: number }
	| { kind: 'exercise'; scenario: number; exerciseId: string; title: string }
	| { kind: 'quiz' };

export interface StudySummary {
	scenarios: ScenarioProgress[];
	quiz: QuizScore;
	/** Undefined when every step is done. */
	next?: StudyStep;
	/** True when nothing at all has been done yet. */
	notStarted: boolean;
}

const toExerciseProgress = (
	exercise: StudyScenario['exercises'][number],
	runs: StudyRecords['runs'],
): ExerciseProgress => {
	const latest = runs
		.filter((run) => run.exerciseId === exercise.id && run.status === 'completed')
		.sort((a, b) => byCodeUnits(b.updatedAt, a.updatedAt))[0];
	if (!latest) return { id: exercise.id, title: exercise.title };
	const endingTitle = (latest.endingId && exercise.endings[latest.endingId]) || 'Genomförd';
	return { id: exercise.id, title: exercise.title, endingTitle, completedAt: latest.updatedAt };
};

const findNextStep = (scenarios: ScenarioProgress[], quiz: QuizScore): StudyStep | undefined => {
	for (const scenario of scenarios) {
		if (scenario.filmSeenAt === undefined) return { kind: 'film', scenario: scenario.number };
		if (scenario.answered < scenario.total) return { kind: 'questions', scenario: scenario.number };
		const exercise = scenario.exercises.find(({ endingTitle }) => endingTitle === undefined);
		if (exercise)
			return { kind: 'exercise', scenario: scenario.number, exerciseId: exercise.id, title: exercise.title };
	}
	return quiz.completedAt === undefined ? { kind: 'quiz' } : undefined;
};

/** Where one person stands in the self-study path, from the content and what is stored. Pure. */
export const summarizeStudy = (
	content: { scenarios: readonly StudyScenario[]; quiz: readonly ScoredQuestion[] },
	records: StudyRecords,
): StudySummary => {
	const scenarios = content.scenarios.map((scenario): ScenarioProgress => {
		const answered = new Set(
			records.answers.filter((answer) => answer.scenario === scenario.number).map(({ questionId }) => questionId),
		);
		return {
			number: scenario.number,
			title: scenario.title,
			filmSeenAt: records.filmsSeen[scenario.number],
			answered: scenario.questionIds.filter((id) => answered.has(id)).length,
			total: scenario.questionIds.length,
			firstUnanswered: scenario.questionIds.find((id) => !answered.has(id)),
			hasNotes: records.notes.includes(scenario.number),
			exercises: scenario.exercises.map((exercise) => toExerciseProgress(exercise, records.runs)),
		};
	});
	const quiz = scoreQuiz(content.quiz, records.quiz);
	const notStarted =
		quiz.answered === 0 &&
		scenarios.every(
			(s) => s.filmSeenAt === undefined && s.answered === 0 && !s.hasNotes && s.exercises.every((e) => !e.endingTitle),
		);
	return { scenarios, quiz, next: findNextStep(scenarios, quiz), notStarted };
};

/** Where a step is done: a place on the self-study page, an exercise, or the quiz. */
export const toStepHref = (step: StudyStep | undefined): string => {
	if (!step) return '/sjalvstudier/genomfort/';
	if (step.kind === 'quiz') return '/sjalvstudier/quiz/';
	if (step.kind === 'exercise') return `/ovning/${step.exerciseId}/`;
	return `/sjalvstudier/#steg-${step.scenario}-${step.kind === 'film' ? 'film' : 'fragor'}`;
};

/** The step in a few Swedish words, e.g. "Scenario 2: reflektionsfrågorna (3 av 10 besvarade)". */
export const describeStep = (step: StudyStep | undefined, summary: StudySummary): string => {
	if (!step) return 'Du har gått igenom alla steg. Se vad du har genomfört.';
	if (step.kind === 'quiz')
		return `Testa dig själv: lagfrågorna (${summary.quiz.answered} av ${summary.quiz.total} besvarade)`;
	if (step.kind === 'film') return `Scenario ${step.scenario}: se filmen`;
	if (step.kind === 'exercise') return `Scenario ${step.scenario}: övningen ”${step.title}”`;
	const scenario = summary.scenarios.find(({ number }) => number === step.scenario)!;
	return `Scenario ${step.scenario}: reflektionsfrågorna (${scenario.answered} av ${scenario.total} besvarade)`;
};
