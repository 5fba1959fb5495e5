import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createExerciseSchema } from '../../../src/schemas/exercise';

const FIXTURE = parse(readFileSync(join(import.meta.dirname, '../../fixtures/exercises/valid.yaml'), 'utf8'));
const schema = createExerciseSchema(new Set(['osl-12-2', 'osl-26-1']));

/** The fixture with one change applied, and the messages a build would print for it. */
const messagesFor = (change: (exercise: typeof FIXTURE) => void) => {
	const broken = structuredClone(FIXTURE);
	change(broken);
	const result = schema.safeParse(broken);
	expect(result.success).toBe(false);
	return result.error!.issues.map(({ path, message }) => `${path.map(String).join('.')}: ${message}`);
};

describe('the exercise schema', () => {
	it('accepts the valid fixture', () => expect(schema.safeParse(FIXTURE).success).toBe(true));

	it('rejects a choice leading to an unknown node, naming the choice', () => {
		expect(messagesFor((e) => (e.nodes.andra.choices[0].target = 'finns-inte'))).toMatchInlineSnapshot(`
			[
			  "nodes.andra.choices.0.target: Okänt mål "finns-inte": det finns ingen sådan beslutspunkt eller slut",
			]
		`);
	});

	it('rejects a node that cannot be reached from the start', () => {
		expect(messagesFor((e) => (e.nodes.ensam = { ...structuredClone(e.nodes.andra), who: 'Ingen kommer hit.' })))
			.toMatchInlineSnapshot(`
			[
			  "nodes.ensam: Beslutspunkten "ensam" går inte att nå från start",
			]
		`);
	});

	it('rejects a node with no way to an ending (a loop)', () => {
		expect(messagesFor((e) => (e.nodes.andra.choices[1].target = 'forsta'))).toMatchInlineSnapshot(`
			[
			  "nodes.forsta: Vägen forsta → andra → forsta går i cirkel: varje väg måste nå ett slut",
			]
		`);
	});

	it('rejects an ending that no path reaches', () => {
		expect(
			messagesFor(
				(e) => (e.endings.aldrig = { title: 'Aldrig', text: 'Hit kommer ingen väg alls.', keyPoints: ['Ingen.'] }),
			),
		).toMatchInlineSnapshot(`
			[
			  "endings.aldrig: Slutet "aldrig" går inte att nå från start",
			]
		`);
	});

	it('rejects an unknown law id', () => {
		expect(messagesFor((e) => (e.nodes.andra.choices[1].law = ['osl-99-9']))).toMatchInlineSnapshot(`
			[
			  "nodes.andra.choices.1.law.0: Okänt lag-id "osl-99-9": det finns ingen fil content/law/osl-99-9.yaml",
			]
		`);
	});

	it('rejects a missing start, a single option and a single ending', () => {
		expect(
			messagesFor((e) => {
				e.start = 'borta';
				e.nodes.forsta.choices.pop();
				delete e.endings.sent;
				e.nodes.forsta.choices[0].target = 'bra';
				e.nodes.andra.choices[1].target = 'bra';
			}),
		).toMatchInlineSnapshot(`
			[
			  "nodes.forsta.choices: En beslutspunkt behöver minst två val",
			  "endings: En övning behöver minst två slut",
			  "start: Startpunkten "borta" finns inte bland nodes",
			]
		`);
	});

	it('rejects a misspelled key and an unknown verdict', () => {
		expect(
			messagesFor((e) => {
				e.nodes.forsta.choices[0].feedbak = 'x';
				e.nodes.forsta.choices[1].verdict = 'kanske';
			}),
		).toMatchInlineSnapshot(`
			[
			  "nodes.forsta.choices.0: Unrecognized key: "feedbak"",
			  "nodes.forsta.choices.1.verdict: Invalid option: expected one of "tillåtet"|"kräver samtycke"|"skyldighet"|"inte tillåtet"|"möjligt men olämpligt"|"god praxis"",
			]
		`);
	});
});
