import type { QuizOption, QuizQuestion } from '../../schemas/quiz';

/** A quiz question as the island gets it: validated content with its law and FAQ references resolved. */
export interface QuizViewQuestion extends Pick<QuizQuestion, 'topic' | 'question' | 'explanation'> {
	id: string;
	options: QuizOption[];
	/** The statutes the answer rests on. */
	law: { id: string; citation: string; title: string }[];
	/** Questions and answers to read more in. */
	faq: { id: string; question: string }[];
}
