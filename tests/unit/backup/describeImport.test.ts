import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../../../src/lib/backup/backupFormat';
import { describeImport } from '../../../src/lib/backup/describeImport';
import type { ImportSummary } from '../../../src/lib/backup/mergeBackup';

const summary = (changes: Partial<Record<keyof ImportSummary, { added: number; conflicts: number }>>) =>
	Object.fromEntries(
		BACKUP_TABLES.map((table) => [table, changes[table] ?? { added: 0, conflicts: 0 }]),
	) as ImportSummary;

describe('describeImport', () => {
	it('says "1 grupp" and "1 övning", not "1 grupper" and "1 övningar"', () => {
		expect(
			describeImport(summary({ groups: { added: 1, conflicts: 0 }, exerciseRuns: { added: 1, conflicts: 1 } })),
		).toEqual([
			'1 grupp läggs till.',
			'1 övning läggs till.',
			'1 övning finns redan med annat innehåll: båda versionerna behålls.',
		]);
	});

	it('writes large counts as Swedish readers do, with a space between thousands', () => {
		expect(describeImport(summary({ answers: { added: 25_000, conflicts: 1_200 } }))).toEqual([
			'25\u00a0000 svar läggs till.',
			'1\u00a0200 svar finns redan med annat innehåll: båda versionerna behålls.',
		]);
	});

	it('uses the plural from two, and says the newest setting wins', () => {
		expect(
			describeImport(summary({ groups: { added: 2, conflicts: 0 }, settings: { added: 0, conflicts: 1 } })),
		).toEqual([
			'2 grupper läggs till.',
			'1 inställning finns redan med ett annat värde: det senast sparade värdet gäller.',
		]);
		expect(describeImport(summary({ settings: { added: 0, conflicts: 3 } }))).toEqual([
			'3 inställningar finns redan med ett annat värde: det senast sparade värdet gäller.',
		]);
	});
});
