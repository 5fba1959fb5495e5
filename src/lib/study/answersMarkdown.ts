import { toSwedishDate, toSwedishDateTime } from '../format/dates';
import { escapeMarkdown as text } from '../format/markdown';

interface Theme {
	title: string;
	questions: { id: string; text: string }[];
}

/** The answers one page holds, as they leave the device: readable, with their questions and dates. */
export interface AnswersExport {
	scenario: { number: number; title: string };
	themes: readonly Theme[];
	/** The page's stored answers (other scenarios' are left out). */
	answers: readonly { scenario: number; questionId: string; text: string; updatedAt: string }[];
	/** When the file is made. */
	now: Date;
}

/** The questions answered, by theme, each with its answer and when it was last changed. */
export const answeredQuestions = ({ scenario, themes, answers }: AnswersExport) =>
	themes
		.map(({ title, questions }) => ({
			title,
			questions: questions.flatMap((question) => {
				const answer = answers.find((a) => a.scenario === scenario.number && a.questionId === question.id);
				return answer?.text.trim() ? [{ ...question, answer: answer.text, updatedAt: answer.updatedAt }] : [];
			}),
		}))
		.filter(({ questions }) => questions.length > 0);

/** The answers as a Markdown document: every typed text escaped, questions in bold, dates in Swedish. */
export const answersToMarkdown = (input: AnswersExport): string => {
	const themes = answeredQuestions(input);
	const lines = [
		`# Svar till scenario ${input.scenario.number}: ${text(input.scenario.title)}`,
		'',
		`Hämtat ur Samverkansrummet ${toSwedishDate(input.now)}. Svaren skrevs på den enhet de hämtades från.`,
		'',
	];
	if (themes.length === 0) lines.push('*Inga svar ännu.*', '');
	for (const theme of themes) {
		lines.push(`## ${text(theme.title)}`, '');
		for (const question of theme.questions)
			lines.push(
				`**${text(question.text)}**`,
				'',
				text(question.answer),
				'',
				`*Senast ändrat ${toSwedishDateTime(question.updatedAt)}.*`,
				'',
			);
	}
	return lines.join('\n');
};
