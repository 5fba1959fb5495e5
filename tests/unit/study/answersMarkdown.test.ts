import { describe, expect, it } from 'vitest';
import { answersToMarkdown } from '../../../src/lib/study/answersMarkdown';

const THEMES = [
	{
		title: 'Om att dela information',
		questions: [
			{ id: 'varfor-dela', text: 'Varför är det viktigt att dela information om barnets situation?' },
			{ id: 'kontaktvagar', text: 'Vilka olika kontaktvägar har ni till varandra?' },
		],
	},
	{ title: 'Om samtycke', questions: [{ id: 'samtycke', text: 'Vad betyder samtycket?' }] },
];

const answer = (questionId: string, text: string, scenario = 1) => ({
	scenario,
	questionId,
	text,
	updatedAt: '2026-11-30T09:15:00.000Z',
});

describe('the answers of a scenario page as Markdown', () => {
	it('names the scenario and the date, and lists each answered question with its answer and when it changed', () => {
		const markdown = answersToMarkdown({
			scenario: { number: 1, title: 'Ett barn visar förändrat beteende i skolan' },
			themes: THEMES,
			answers: [answer('varfor-dela', 'För att se hela bilden.\nTidigt.'), answer('samtycke', 'Frivilligt.')],
			now: new Date('2026-12-02T10:00:00Z'),
		});
		expect(markdown).toBe(
			[
				'# Svar till scenario 1: Ett barn visar förändrat beteende i skolan',
				'',
				'Hämtat ur Samverkansrummet 2 december 2026. Svaren skrevs på den enhet de hämtades från.',
				'',
				'## Om att dela information',
				'',
				'**Varför är det viktigt att dela information om barnets situation?**',
				'',
				'För att se hela bilden.  \nTidigt.',
				'',
				'*Senast ändrat 30 november 2026 kl. 10:15.*',
				'',
				'## Om samtycke',
				'',
				'**Vad betyder samtycket?**',
				'',
				'Frivilligt.',
				'',
				'*Senast ändrat 30 november 2026 kl. 10:15.*',
				'',
			].join('\n'),
		);
	});

	it('leaves out empty answers and other scenarios’ answers, and says when there are none', () => {
		const markdown = answersToMarkdown({
			scenario: { number: 2, title: 'Bråk på fritiden' },
			themes: THEMES,
			answers: [answer('varfor-dela', 'Från scenario 1'), answer('kontaktvagar', '   ', 2)],
			now: new Date('2026-12-02T10:00:00Z'),
		});
		expect(markdown).not.toContain('Från scenario 1');
		expect(markdown).not.toContain('##');
		expect(markdown).toContain('*Inga svar ännu.*');
	});

	it('shows typed text as text: no heading, link or HTML can come from an answer', () => {
		const markdown = answersToMarkdown({
			scenario: { number: 1, title: 'T' },
			themes: THEMES,
			answers: [answer('varfor-dela', '# Rubrik\n[länk](https://example.com) <img src=x>')],
			now: new Date('2026-12-02T10:00:00Z'),
		});
		expect(markdown).toContain('\\# Rubrik  \n\\[länk\\](https://example.com) &lt;img src=x&gt;');
	});
});
