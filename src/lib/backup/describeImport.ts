import { formatCount } from '../format/bytes';
import { pluralForm } from '../plural';
import { BACKUP_TABLES, type BackupTable } from './backupFormat';
import type { ImportSummary } from './mergeBackup';

/** Each kind of record in the singular and the plural, for counts ("1 grupp", "2 grupper"). */
const NOUNS: Record<BackupTable, [one: string, other: string]> = {
	groups: ['grupp', 'grupper'],
	sessions: ['samtal', 'samtal'],
	answers: ['svar', 'svar'],
	exerciseRuns: ['övning', 'övningar'],
	settings: ['inställning', 'inställningar'],
};

/** What an import would change, one Swedish sentence per kind of record and outcome. */
export const describeImport = (summary: ImportSummary): string[] =>
	BACKUP_TABLES.flatMap((table) => {
		const { added, conflicts } = summary[table];
		const [one, other] = NOUNS[table];
		return [
			...(added > 0 ? [`${formatCount(added)} ${pluralForm(added, one, other)} läggs till.`] : []),
			...(conflicts > 0
				? [
						table === 'settings'
							? `${formatCount(conflicts)} ${pluralForm(conflicts, one, other)} finns redan med ett annat värde: det senast sparade värdet gäller.`
							: `${formatCount(conflicts)} ${pluralForm(conflicts, one, other)} finns redan med annat innehåll: båda versionerna behålls.`,
					]
				: []),
		];
	});
