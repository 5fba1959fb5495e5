import { describe, expect, it } from 'vitest';
import { getAnswer, listAnswers, saveAnswer } from '../../../src/lib/db/answers';
import { watchAnswer, watchAnswerCopies } from '../../../src/lib/db/answerWatch';
import { createDatabase } from '../../../src/lib/db/db';
import type { Answer, AnswerKey } from '../../../src/lib/db/schema';
import { deleteAllData, countAll } from '../../../src/lib/db/storage';
import { freshDatabase } from '../../helpers/db';

const KEY: AnswerKey = ['sjalvstudier', 3, 'samtycke-successivt'];

describe('saving answers', () => {
	it('stores the text with a rising revision', async () => {
		const db = freshDatabase();
		expect(await saveAnswer(KEY, 'Steg för steg', 0, db)).toMatchObject({ status: 'saved', answer: { rev: 1 } });
		expect(await saveAnswer(KEY, 'Steg för steg, med vårdnadshavarna', 1, db)).toMatchObject({
			status: 'saved',
			answer: { rev: 2 },
		});
		expect(await getAnswer(KEY, db)).toMatchObject({ text: 'Steg för steg, med vårdnadshavarna', rev: 2 });
		expect(await listAnswers('sjalvstudier', db)).toHaveLength(1);
	});

	it('refuses a save based on an older revision, so two tabs never overwrite each other silently', async () => {
		const db = freshDatabase();
		const otherTab = createDatabase(db.name);
		await saveAnswer(KEY, 'Från flik A', 0, db);
		const result = await saveAnswer(KEY, 'Från flik B', 0, otherTab);
		expect(result).toMatchObject({ status: 'conflict', current: { text: 'Från flik A', rev: 1 } });
		expect(await getAnswer(KEY, db)).toMatchObject({ text: 'Från flik A' });
		otherTab.close();
	});

	it('tells a watcher in another tab about every change', async () => {
		const db = freshDatabase();
		const otherTab = createDatabase(db.name);
		const seen: (string | undefined)[] = [];
		const stop = watchAnswer(
			KEY,
			(answer) => seen.push(answer?.text),
			(error) => {
				throw error;
			},
			otherTab,
		);
		await expect.poll(() => seen).toEqual([undefined]);
		await saveAnswer(KEY, 'Ny text', 0, db);
		await expect.poll(() => seen.at(-1)).toBe('Ny text');
		stop();
		otherTab.close();
	});

	it('gives each field of a scenario its own answer, however many follow the scenario together', async () => {
		const db = freshDatabase();
		const other: AnswerKey = ['sjalvstudier', 3, 'vem-bestammer'];
		const elsewhere: AnswerKey = ['sjalvstudier', 2, 'samtycke-successivt'];
		const seen = {
			first: [] as (string | undefined)[],
			second: [] as (string | undefined)[],
			late: [] as (string | undefined)[],
		};
		const fail = (error: unknown) => {
			throw error;
		};
		const stopFirst = watchAnswer(KEY, (answer) => seen.first.push(answer?.text), fail, db);
		const stopSecond = watchAnswer(other, (answer) => seen.second.push(answer?.text), fail, db);
		await expect.poll(() => [seen.first, seen.second]).toEqual([[undefined], [undefined]]);

		await saveAnswer(KEY, 'Första', 0, db);
		await saveAnswer(elsewhere, 'Annat scenario', 0, db);
		await expect.poll(() => seen.first.at(-1)).toBe('Första');
		expect(seen.second.every((text) => text === undefined)).toBe(true);

		// A field that starts later gets the stored answer at once, and stopping one field leaves the rest following.
		const stopLate = watchAnswer(KEY, (answer) => seen.late.push(answer?.text), fail, db);
		await expect.poll(() => seen.late).toEqual(['Första']);
		stopFirst();
		await saveAnswer(other, 'Andra', 0, db);
		await expect.poll(() => seen.second.at(-1)).toBe('Andra');
		await saveAnswer(KEY, 'Första, ändrad', 1, db);
		await expect.poll(() => seen.late.at(-1)).toBe('Första, ändrad');
		expect(seen.first.at(-1)).toBe('Första');
		stopSecond();
		stopLate();
	});

	it('follows the copies an import kept of one answer, newest first, and never the answer itself', async () => {
		const db = freshDatabase();
		const copy = (suffix: string, text: string, updatedAt: string): Answer => ({
			owner: KEY[0],
			scenario: KEY[1],
			questionId: `${KEY[2]}--kopia-${suffix}`,
			text,
			rev: 1,
			updatedAt,
		});
		await saveAnswer(KEY, 'Svaret', 0, db);
		await db.answers.put(copy('aaaaaaaaaaaa', 'Äldre kopia', '2026-11-01T10:00:00.000Z'));
		let seen: string[] = [];
		const stop = watchAnswerCopies(KEY, (copies) => (seen = copies.map(({ text }) => text)), undefined, db);
		await expect.poll(() => seen).toEqual(['Äldre kopia']);
		await db.answers.put(copy('bbbbbbbbbbbb', 'Nyare kopia', '2026-11-20T10:00:00.000Z'));
		await expect.poll(() => seen).toEqual(['Nyare kopia', 'Äldre kopia']);
		stop();
	});

	it('deletes everything when asked', async () => {
		const db = freshDatabase();
		await saveAnswer(KEY, 'Något', 0, db);
		await deleteAllData(db);
		expect(Object.values(await countAll(db)).every((count) => count === 0)).toBe(true);
	});
});
