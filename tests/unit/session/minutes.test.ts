import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredSession } from '../../../src/lib/db/sessions';
import { escapeMarkdown } from '../../../src/lib/format/markdown';
import { buildMinutes, type MinutesBlock, type MinutesInput } from '../../../src/lib/session/minutes';
import { toMarkdown } from '../../../src/lib/session/toMarkdown';

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

/** A session with a completed exercise run of one step, taken in group mode. */
const minutesWithExercise = {
	session: { ...session, actions: [] },
	groupName: 'G',
	scenario: { number: 1, title: 'T' },
	themes: [],
	answers: [],
	exercise: {
		title: 'Övningen',
		nodes: {
			n1: {
				who: 'Du är mentor.',
				question: 'Vad gör du?',
				choices: [
					{ id: 'a', label: 'Pratar', verdict: 'god praxis' },
					{ id: 'b', label: 'Väntar', verdict: 'möjligt men olämpligt' },
				],
			},
		},
		endings: { slut: { title: 'Bra slut' } },
	},
	run: {
		id: 'r',
		owner: 'session:s1',
		exerciseId: 'e',
		exerciseVersion: 1,
		status: 'completed',
		groupMode: true,
		history: [{ node: 'n1', choice: 'a', group: { votes: { a: 4 }, reason: '1. *Först* eleven' } }],
		endingId: 'slut',
		startedAt: session.createdAt,
		updatedAt: session.updatedAt,
	},
} satisfies MinutesInput;

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
		answers: [
			answer('q1', 'Svar ett'),
			answer('q3', 'Besvarad efteråt'),
			answer('vi-tar-med-oss', 'Vi ses igen'),
			answer('nasta-mote', '15 januari, film 2'),
		],
	});

	const ofKind = <K extends MinutesBlock['kind']>(kind: K) =>
		minutes.blocks.filter((block): block is Extract<MinutesBlock, { kind: K }> => block.kind === kind);

	it('list every question with its answer, marking skipped ones unless answered later', () => {
		expect(ofKind('paragraph').map(({ text, placeholder }) => [text, Boolean(placeholder)])).toEqual([
			['Svar ett', false],
			['Hoppades över.', true],
			['Besvarad efteråt', false],
			['Vi ses igen', false],
			['Inga öppna frågor antecknade.', true],
			['15 januari, film 2', false],
		]);
		expect(ofKind('facts')[0]!.items).toEqual([
			{ term: 'Datum', value: '23 november 2026' },
			{ term: 'Scenario', value: 'Scenario 1. Ett barn visar förändrat beteende i skolan' },
			{ term: 'Närvarande', value: 'Skola 2, Socialtjänst 1' },
		]);
		expect(ofKind('list')).toEqual([
			{ kind: 'list', ordered: false, items: [['Ring <script> (Skola), senast 2026-12-01']] },
		]);
	});

	it('are one document: the Markdown has every block of it, in order', () => {
		expect(toMarkdown(minutes)).toBe(
			[
				'# Minnesanteckningar – SSPF # Norra',
				'',
				'- Datum: 23 november 2026',
				'- Scenario: Scenario 1. Ett barn visar förändrat beteende i skolan',
				'- Närvarande: Skola 2, Socialtjänst 1',
				'',
				'## Reflektionsfrågor',
				'',
				'### Om att dela information',
				'',
				'**Fråga 1?**',
				'',
				'Svar ett',
				'',
				'**Fråga 2?**',
				'',
				'*Hoppades över.*',
				'',
				'**Fråga 3?**',
				'',
				'Besvarad efteråt',
				'',
				'## Det här tar vi med oss',
				'',
				'Vi ses igen',
				'',
				'## Åtgärder',
				'',
				'- Ring &lt;script&gt; (Skola), senast 2026-12-01',
				'',
				'## Öppna frågor',
				'',
				'*Inga öppna frågor antecknade.*',
				'',
				'## Nästa möte',
				'',
				'15 januari, film 2',
				'',
			].join('\n'),
		);
	});

	it('list the chosen questions in the order the meeting took them up, under their themes', () => {
		const reordered = buildMinutes({
			session: { ...session, questionIds: ['q3', 'b1', 'q1'] },
			groupName: 'G',
			scenario: { number: 1, title: 'T' },
			themes: [
				{
					title: 'Om att dela information',
					questions: [
						{ id: 'q1', text: 'Fråga 1?' },
						{ id: 'q2', text: 'Fråga 2?' },
						{ id: 'q3', text: 'Fråga 3?' },
					],
				},
				{ title: 'Om att involvera', questions: [{ id: 'b1', text: 'Fråga B?' }] },
			],
			answers: [],
		});
		const asked = reordered.blocks.flatMap((block) =>
			block.kind === 'heading'
				? [`${'#'.repeat(block.level)} ${block.text}`]
				: block.kind === 'question'
					? [block.text]
					: [],
		);
		expect(asked).toEqual([
			'## Reflektionsfrågor',
			'### Om att dela information',
			'Fråga 3?',
			'### Om att involvera',
			'Fråga B?',
			'### Om att dela information',
			'Fråga 1?',
			'## Det här tar vi med oss',
			'## Åtgärder',
			'## Öppna frågor',
			'## Nästa möte',
		]);
	});

	it('show the exercise path with votes and reasons, and how it ended', () => {
		const withExercise = buildMinutes(minutesWithExercise);
		const markdown = toMarkdown(withExercise);
		expect(markdown).toContain(
			'## Övning: Övningen\n\n1. Du är mentor. Vad gör du?  \n   Val: Pratar (God praxis)  \n   Röster: 4 valde ”Pratar”  \n   Motivering: 1. \\*Först\\* eleven\n\nSlut: Bra slut\n',
		);
		expect(markdown).toContain('*Inget antecknat.*');
		expect(markdown).toContain('*Inga åtgärder.*');
	});

	it('list a reservation under the decision it was made at, in the document and in Markdown', () => {
		const group = { votes: { a: 3, b: 2 }, reason: 'Flest ville prata med eleven', reservation: '2 ville <vänta>' };
		const withReservation = buildMinutes({
			...minutesWithExercise,
			run: { ...minutesWithExercise.run, history: [{ node: 'n1', choice: 'a', group }] },
		});
		const path = withReservation.blocks.find(
			(block) => block.kind === 'list' && block.ordered && block.items[0]?.[0] === 'Du är mentor. Vad gör du?',
		);
		expect(path).toMatchObject({
			items: [
				[
					'Du är mentor. Vad gör du?',
					'Val: Pratar (God praxis)',
					'Röster: 3 valde ”Pratar”, 2 valde ”Väntar”',
					'Motivering: Flest ville prata med eleven',
					'Reservation: 2 ville <vänta>',
				],
			],
		});
		expect(toMarkdown(withReservation)).toContain('   Reservation: 2 ville &lt;vänta&gt;\n');
		// A group that agreed has no reservation line.
		expect(toMarkdown(buildMinutes(minutesWithExercise))).not.toContain('Reservation');
	});

	it('become Markdown in which user text stays text', () => {
		const markdown = toMarkdown(minutes);
		expect(markdown).toContain('- Ring &lt;script&gt; (Skola), senast 2026-12-01');
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
