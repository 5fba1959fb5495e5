import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredSession } from '../../../src/lib/db/sessions';
import { buildMinutes, escapeMarkdown, toMarkdown } from '../../../src/lib/session/minutes';

const session: StoredSession = {
	id: 's1',
	groupId: 'g1',
	scenario: 1,
	date: '2026-11-23',
	createdAt: '2026-11-23T08:00:00.000Z',
	updatedAt: '2026-11-23T09:00:00.000Z',
	roles: { skola: 2, socialtjänst: 1, polis: 0, fritid: 0, annan: 0 },
	agenda: { intro: 5, film: 8, questions: 22, exercise: 18, wrapUp: 7 },
	flow: {
		status: 'active',
		value: 'summary',
		historyValue: {},
		context: { questions: ['q1', 'q2', 'q3'], index: 2, skipped: ['q2', 'q3'] },
		children: {},
	},
	step: 'summary',
	questionIndex: 2,
	questionCount: 3,
	actions: [{ id: 'a1', text: 'Ring <script>', ownerRole: 'skola', due: '2026-12-01' }],
	status: 'completed',
};
const answer = (questionId: string, text: string) => ({
	owner: 'session:s1',
	scenario: 1,
	questionId,
	text,
	rev: 1,
	updatedAt: session.updatedAt,
});

describe('the minutes', () => {
	const minutes = buildMinutes({
		session,
		groupName: 'SSPF # Norra',
		scenario: { number: 1, title: 'Ett barn visar förändrat beteende i skolan' },
		themes: [
			{
				title: 'Om att dela information',
				questions: [
					{ id: 'q1', text: 'Fråga 1?' },
					{ id: 'q2', text: 'Fråga 2?' },
					{ id: 'q3', text: 'Fråga 3?' },
				],
			},
		],
		answers: [answer('q1', 'Svar ett'), answer('q3', 'Besvarad efteråt'), answer('vi-tar-med-oss', 'Vi ses igen')],
	});

	it('list every question with its answer, marking skipped ones unless answered later', () => {
		expect(minutes.questions.map(({ answer: text, skipped }) => [text, skipped])).toEqual([
			['Svar ett', false],
			['', true],
			['Besvarad efteråt', false],
		]);
		expect(minutes.roles).toEqual([
			{ label: 'Skola', count: 2 },
			{ label: 'Socialtjänst', count: 1 },
		]);
		expect(minutes.takeaways).toBe('Vi ses igen');
		expect(minutes.actions).toEqual([{ text: 'Ring <script>', owner: 'Skola', due: '2026-12-01' }]);
	});

	it('become Markdown in which user text stays text', () => {
		const markdown = toMarkdown(minutes);
		expect(markdown).toContain('# Minnesanteckningar – SSPF # Norra');
		expect(markdown).toContain('- Ring &lt;script&gt; (Skola), senast 2026-12-01');
		expect(markdown).toContain('*Hoppades över.*');
		expect(markdown).not.toContain('<script>');
	});

	it('escape anything a Markdown reader would turn into markup, for any text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (text) => {
				const escaped = escapeMarkdown(text);
				expect(escaped).not.toMatch(/<|>/);
				expect(escaped).not.toMatch(/(^|[^\\])[[\]`*_|~]/);
				for (const line of escaped.split('  \n')) expect(line).not.toMatch(/^\s*([#+=-]|\d+[.)])/);
			}),
			{ numRuns: 500 },
		);
	});
});
