// One test per finding of issue 12 (the films and the sessions-list timing are tested elsewhere).
import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../../src/lib/backup/backupFormat';
import type { BackupData } from '../../../src/lib/backup/backupSchema';
import { createBackup, sealBackup, toBackupFile } from '../../../src/lib/backup/exportBackup';
import { importBackup } from '../../../src/lib/backup/mergeBackup';
import { parseBackup } from '../../../src/lib/backup/parseBackup';
import { getAnswer, listAnswers, saveAnswer } from '../../../src/lib/db/answers';
import { InvalidRecordError } from '../../../src/lib/db/guard';
import { LIMITS } from '../../../src/lib/db/limits';
import { dumpDatabase, freshDatabase } from '../../helpers/db';
import { answer, fileText, group, KNOWN, oneOfEach, pagesStillWork, run, session, T } from '../../helpers/records';

const parse = (text: string | Uint8Array) => parseBackup(text, { exercises: KNOWN });
const withData = (change: (data: Record<string, Record<string, unknown>[]>) => void) => {
	const data = structuredClone(oneOfEach()) as unknown as Record<string, Record<string, unknown>[]>;
	change(data);
	return fileText(data);
};
const messageOf = async (text: string | Uint8Array) => {
	const result = await parse(text);
	expect(result.ok).toBe(false);
	return result.ok ? '' : result.message;
};

describe('1. a record that is wrong inside is refused, naming the record in Swedish', () => {
	it.each([
		['a session without an agenda', (d) => delete d.sessions![0]!.agenda, 'Samtal 1 saknar dagordning.'],
		['a session without roles', (d) => delete d.sessions![0]!.roles, 'Samtal 1 saknar verksamheter.'],
		[
			'actions as a string',
			(d) => (d.sessions![0]!.actions = 'ring'),
			'Samtal 1 har fel slags värde i fältet åtgärder.',
		],
		[
			'a session flow in an unknown state',
			(d) => ((d.sessions![0]!.flow as { value: string }).value = 'nowhere'),
			'Samtal 1 har ett fel i fältet läge i samtalet: ett värde är ogiltigt.',
		],
		[
			'a run snapshot in a state the exercise lacks',
			(d) => ((d.exerciseRuns![0]!.snapshot as { value: string }).value = 'nowhere'),
			'Övningsomgång 1 står i ett läge som övningen inte har.',
		],
		[
			'a run status of {"toString":1}',
			(d) => (d.exerciseRuns![0]!.status = { toString: 1 } as never),
			'Övningsomgång 1 har ett okänt värde i fältet status.',
		],
	] satisfies [string, (d: Record<string, Record<string, unknown>[]>) => void, string][])(
		'%s',
		async (_name, change, expected) => {
			expect(await messageOf(await withData(change))).toBe(`Filen kan inte läsas in. ${expected}`);
		},
	);

	it('the valid file they were made from is accepted, and every page works with it', async () => {
		const parsed = await parse(await fileText(oneOfEach()));
		expect(parsed).toMatchObject({ ok: true });
		const db = freshDatabase();
		if (parsed.ok) await importBackup(parsed.backup, db);
		await pagesStillWork(db);
	});
});

describe('2. a conflict never overwrites, and ids never grow', () => {
	it('a conflicting group with a 100-character id is kept beside the stored one', async () => {
		const db = freshDatabase();
		const long = 'x'.repeat(100);
		await importBackup(await sealBackup({ ...oneOfEach(), groups: [group({ id: long })] }), db);
		await importBackup(await sealBackup({ ...oneOfEach(), groups: [group({ id: long, name: 'Annan' })] }), db);
		const groups = (await createBackup(db)).data.groups;
		expect(groups.map(({ name }) => name).sort()).toEqual(['Annan', 'SSPF Norra']);
		expect(groups.every(({ id }) => id.length <= 100)).toBe(true);
	});
});

describe('3 and 4. exchanges settle, and a real conflict is never taken for a substring', () => {
	it('ten rounds of exchange without edits change nothing after the first', async () => {
		const [a, b] = [freshDatabase(), freshDatabase()];
		await saveAnswer(['sjalvstudier', 1, 'q1'], 'Text på dator A', 0, a);
		await saveAnswer(['sjalvstudier', 1, 'q1'], 'Text på dator B', 0, b);
		const sizes: number[] = [];
		for (let round = 0; round < 10; round++) {
			await importBackup((await createBackup(a)) as never, b);
			await importBackup((await createBackup(b)) as never, a);
			sizes.push((await toBackupFile(await createBackup(a)).blob.text()).length);
		}
		expect(new Set(sizes.slice(1)).size).toBe(1);
		expect((await listAnswers('sjalvstudier', a)).map(({ text }) => text).sort()).toEqual([
			'Text på dator A',
			'Text på dator B',
		]);
	});

	it('an imported "ja" against a stored "Nej, jag …" is a conflict, and both are kept', async () => {
		const db = freshDatabase();
		await saveAnswer(['sjalvstudier', 1, 'q1'], 'Nej, jag tror inte det', 0, db);
		const summary = await importBackup(
			await sealBackup({
				...oneOfEach(),
				answers: [answer({ owner: 'sjalvstudier', text: 'ja', rev: 1 })],
			} as BackupData),
			db,
		);
		expect(summary.answers).toMatchObject({ conflicts: 1, unchanged: 0 });
		expect((await listAnswers('sjalvstudier', db)).map(({ text }) => text).sort()).toEqual([
			'Nej, jag tror inte det',
			'ja',
		]);
	});
});

describe('5. the app never stores or exports what its import refuses', () => {
	it('an answer over the limit is not saved, and nothing is written', async () => {
		const db = freshDatabase();
		const save = saveAnswer(['sjalvstudier', 1, 'q1'], 'x'.repeat(LIMITS.answerText + 1), 0, db);
		await expect(save).rejects.toBeInstanceOf(InvalidRecordError);
		expect(await getAnswer(['sjalvstudier', 1, 'q1'], db)).toBeUndefined();
		await saveAnswer(['sjalvstudier', 1, 'q1'], 'x'.repeat(LIMITS.answerText), 0, db);
		expect(await parse(await toBackupFile(await createBackup(db)).blob.text())).toMatchObject({ ok: true });
	});

	it('a revision at the top stays there instead of overflowing, and the export imports', async () => {
		const db = freshDatabase();
		await importBackup(
			await sealBackup({ ...oneOfEach(), answers: [answer({ owner: 'sjalvstudier', rev: LIMITS.rev })] } as BackupData),
			db,
		);
		expect(await saveAnswer(['sjalvstudier', 1, 'q1'], 'Ändrat', LIMITS.rev, db)).toMatchObject({
			status: 'saved',
			answer: { rev: LIMITS.rev },
		});
		expect(await parse(await toBackupFile(await createBackup(db)).blob.text())).toMatchObject({ ok: true });
	});

	it('an export bigger than the import accepts is refused with a Swedish message instead of written', async () => {
		const long = 'x'.repeat(LIMITS.answerText);
		const texts = Array.from({ length: Math.ceil(MAX_BACKUP_BYTES / LIMITS.answerText) + 5 }, (_, index) =>
			answer({ owner: 'sjalvstudier', questionId: `q${index}`, text: long }),
		);
		// Sealing 50 MB is slow, and the size check comes before anything reads the hash.
		const backup = { format: 'samverkansrummet', formatVersion: 2, exportedAt: T, sha256: '0'.repeat(64) } as const;
		const big = { ...backup, data: { ...oneOfEach(), answers: texts } as BackupData };
		expect(() => toBackupFile(big)).toThrow(/Datan är för stor för en säkerhetskopia/);
	}, 60_000);
});

describe('6. deep nesting gives a message, never a crash', () => {
	it.each([20_000, 100_000, 5_000, 10_000])('depth %i', async (depth) => {
		const db = freshDatabase();
		const before = await dumpDatabase(db);
		const data = oneOfEach() as unknown as Record<string, Record<string, unknown>[]>;
		const nested = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
		const text = (await fileText(data)).replace('"Eniga"', () => nested);
		expect(await messageOf(text)).toMatch(/för många nivåer/);
		expect(await dumpDatabase(db)).toEqual(before);
	});
});

describe('7. messages are Swedish sentences without paths, and UTF-16 files are read', () => {
	it('no rejection message holds a path or the validator’s English', async () => {
		const changes: ((d: Record<string, Record<string, unknown>[]>) => void)[] = [
			(d) => (d.answers![0]!.text = 'x'.repeat(LIMITS.answerText + 1)),
			(d) => (d.answers![0]!.rev = -1),
			(d) => (d.answers![0]!.extra = 1),
			(d) => (d.groups![0]!.createdAt = 'igår'),
			(d) => (d.sessions![0]!.agenda = { intro: 'fem' }),
			(d) => (d.exerciseRuns![0]!.history = [{ node: 'x' }]),
			(d) => (d.settings![0]!.value = { selected: 'a' }),
			(d) => (d.answers = {} as never),
			(d) => ((d as Record<string, unknown>).films = []),
		];
		for (const change of changes) {
			const message = await messageOf(await withData(change));
			expect(message).not.toMatch(/data\.|\.\d+\.|Invalid|expected|received|Required|Unrecognized|Too (big|small)/);
			expect(message).toMatch(/^Filen /);
		}
		expect(await messageOf(await withData((d) => (d.answers![0]!.text = 'x'.repeat(LIMITS.answerText + 1))))).toBe(
			'Filen kan inte läsas in. Svar 1 (fråga q1) är för långt (högst 20\u00a0000 tecken).',
		);
	});

	it('a UTF-16 file with a byte-order mark, little- or big-endian, is read like UTF-8', async () => {
		const text = await fileText(oneOfEach());
		const le = new Uint8Array(2 + text.length * 2);
		le.set([0xff, 0xfe]);
		const be = new Uint8Array(le.length);
		be.set([0xfe, 0xff]);
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			le.set([code & 0xff, code >> 8], 2 + i * 2);
			be.set([code >> 8, code & 0xff], 2 + i * 2);
		}
		const expected = await parse(text);
		expect(await parse(le)).toEqual(expected);
		expect(await parse(be)).toEqual(expected);
		expect(expected).toMatchObject({ ok: true });
	});
});

describe('8. integrity: the export carries a SHA-256 of its content', () => {
	it('no single-byte change to a valid export is accepted with changed content', async () => {
		const text = await fileText(oneOfEach());
		const original = await parse(text);
		const bytes = new TextEncoder().encode(text);
		let accepted = 0;
		for (let at = 0; at < bytes.length; at += Math.max(1, Math.floor(bytes.length / 600))) {
			const flipped = bytes.slice();
			flipped[at] = flipped[at]! ^ (1 << (at % 7));
			const result = await parse(flipped);
			if (result.ok) {
				accepted++;
				expect(result).toEqual(original);
			}
		}
		// Only flips in the layout (spaces and line breaks) leave the content as it was.
		expect(accepted).toBeLessThan(bytes.length / 4);
	});

	it('says the file was changed after the export; older files without a hash are still read', async () => {
		const text = (await fileText(oneOfEach())).replace('Vi börjar med samtycke.', 'Vi börjar med samtycke!');
		expect(await messageOf(text)).toBe('Filen har ändrats eller skadats efter exporten.');
		const old = { format: 'samverkansrummet', formatVersion: 1, exportedAt: T, data: oneOfEach() };
		expect(await parse(JSON.stringify(old))).toMatchObject({ ok: true });
		expect(await messageOf(JSON.stringify({ ...old, formatVersion: 2 }))).toMatch(/Kontrollsumman saknas/);
	});
});

describe('a run of an older exercise version is never resumed, so only its shape is checked', () => {
	it('accepts it with states the current version lacks', async () => {
		const old = run({ exerciseVersion: 9, snapshot: { ...run().snapshot, value: 'borttagen' } });
		expect(await parse(await fileText({ ...oneOfEach(), exerciseRuns: [old] }))).toMatchObject({ ok: true });
		expect(await parse(await fileText({ ...oneOfEach(), sessions: [session({ flow: undefined })] }))).toMatchObject({
			ok: true,
		});
	});
});
