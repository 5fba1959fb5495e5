import type { Answer, ExerciseRun, Group, Session, Setting } from '../../schemas/records';

type Schemas = typeof import('../../schemas/records');
let loading: Promise<Schemas> | undefined;

/**
 * The record schemas, loaded on the first write rather than with the page, so that pages which only
 * read stay small. Load before opening a transaction: awaiting an import inside one commits it.
 */
export const loadRecordSchemas = (): Promise<Schemas> => (loading ??= import('../../schemas/records'));

interface Records {
	groups: Group;
	sessions: Session;
	answers: Answer;
	exerciseRuns: ExerciseRun;
	settings: Setting;
}

/** Thrown by a write whose record does not fit its schema: nothing is written. */
export class InvalidRecordError extends Error {
	constructor(readonly table: keyof Records) {
		super('Det gick inte att spara: uppgifterna har fel form eller är för långa.');
		this.name = 'InvalidRecordError';
	}
}

/** Checks `record` against its kind's schema and returns the checked copy to write (sync). */
export const checkRecord = <T extends keyof Records>(schemas: Schemas, table: T, record: unknown): Records[T] => {
	const result = schemas.RECORD_SCHEMAS[table].safeParse(record);
	if (!result.success) throw new InvalidRecordError(table);
	return result.data as Records[T];
};
