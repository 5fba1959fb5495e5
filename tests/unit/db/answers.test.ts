import { describe, expect, it } from 'vitest';
import { getAnswer, listAnswers, saveAnswer, watchAnswer } from '../../../src/lib/db/answers';
import { createDatabase } from '../../../src/lib/db/db';
import type { AnswerKey } from '../../../src/lib/db/schema';
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

	it('deletes everything when asked', async () => {
		const db = freshDatabase();
		await saveAnswer(KEY, 'Något', 0, db);
		await deleteAllData(db);
		expect(Object.values(await countAll(db)).every((count) => count === 0)).toBe(true);
	});
});
