/** What scoring needs of a quiz question: its id, topic and the ids of its right options. */
export interface ScoredQuestion {
	id: string;
	topic: string;
	correct: readonly string[];
}

/** Answered, right and total, for the whole quiz or one topic. */
export interface Tally {
	answered: number;
	correct: number;
	total: number;
}

export interface QuizScore extends Tally {
	/** Per topic, in the order the topics first appear among the questions. */
	byTopic: Map<string, Tally>;
	/** Ids of questions answered wrong, in question order. */
	wrong: string[];
	/** Id of the first question not yet answered, if any. */
	firstUnanswered?: string;
	/** When the last question was answered, once every question is. */
	completedAt?: string;
}

/** True when exactly the right options, and no others, were chosen. */
export const isRightAnswer = (selected: readonly string[], correct: readonly string[]): boolean =>
	selected.length === correct.length && correct.every((id) => selected.includes(id));

/** Scores stored answers against the questions; answers to questions no longer in the quiz are ignored. */
export const scoreQuiz = (
	questions: readonly ScoredQuestion[],
	answers: Readonly<Record<string, { selected: readonly string[]; answeredAt: string } | undefined>>,
): QuizScore => {
	const score: QuizScore = { answered: 0, correct: 0, total: questions.length, byTopic: new Map(), wrong: [] };
	let lastAnswer = '';
	for (const { id, topic, correct } of questions) {
		const tally = score.byTopic.get(topic) ?? { answered: 0, correct: 0, total: 0 };
		score.byTopic.set(topic, tally);
		tally.total++;
		const answer = answers[id];
		if (!answer) {
			score.firstUnanswered ??= id;
			continue;
		}
		score.answered++;
		tally.answered++;
		if (answer.answeredAt > lastAnswer) lastAnswer = answer.answeredAt;
		if (isRightAnswer(answer.selected, correct)) {
			score.correct++;
			tally.correct++;
		} else score.wrong.push(id);
	}
	if (score.total > 0 && score.answered === score.total) score.completedAt = lastAnswer;
	return score;
};
