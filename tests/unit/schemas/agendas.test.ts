import { describe, expect, it } from 'vitest';
import { TIMED_STEPS } from '../../../src/lib/session/agenda';
import { AgendasSchema } from '../../../src/schemas/agendas';
import { readCollection } from '../../helpers/content';

const agendas = readCollection('agendas').find(({ id }) => id === 'templates')!.data as Record<
	string,
	Record<string, number>
>;

/** The issues of a failed parse as `path: message` lines, the way a build error lists them. */
const issuesOf = (data: unknown) => {
	const result = AgendasSchema.safeParse(data);
	expect(result.success).toBe(false);
	return result.error!.issues.map(({ path, message }) => `${path.map(String).join('.')}: ${message}`);
};

describe('AgendasSchema', () => {
	it('accepts the real agendas, one for each meeting length, each with the five timed steps', () => {
		const parsed = AgendasSchema.parse(agendas);
		expect(Object.keys(parsed)).toEqual(['45', '60', '90']);
		for (const agenda of Object.values(parsed)) expect(Object.keys(agenda)).toEqual([...TIMED_STEPS]);
	});

	it('rejects an agenda that does not add up to its length, naming the length', () => {
		expect(issuesOf({ ...agendas, 60: { ...agendas[60], questions: 35 } })).toMatchInlineSnapshot(`
			[
			  "60: Dagordningen för 60 minuter räknar till 65 minuter",
			]
		`);
	});

	it('rejects a wrap-up shorter than ten minutes', () => {
		expect(issuesOf({ ...agendas, 45: { ...agendas[45], questions: 30, wrapUp: 5 } })).toMatchInlineSnapshot(`
			[
			  "45.wrapUp: Avslutningen behöver minst tio minuter",
			]
		`);
	});

	it('rejects an agenda missing a step or with a misspelt one, and a missing meeting length', () => {
		const { exercise: _exercise, ...withoutExercise } = agendas[90]!;
		const { 45: _short, ...withoutShort } = agendas;
		expect(issuesOf({ ...withoutShort, 90: { ...withoutExercise, exercize: 20 } })).toMatchInlineSnapshot(`
			[
			  "45: Invalid input: expected object, received undefined",
			  "90.exercise: Invalid input: expected number, received undefined",
			  "90: Unrecognized key: "exercize"",
			]
		`);
	});
});
