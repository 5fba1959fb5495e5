// The agendas a new session starts from are the facilitator guide's: this reads the guide's lists of
// steps and minutes and holds the content data (content/agendas/templates.yaml) to them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agendaMinutes, type Agenda } from '../../../src/lib/session/agenda';
import { AgendasSchema } from '../../../src/schemas/agendas';
import { readCollection } from '../../helpers/content';

/** The agendas as the pages get them: the content file, through its schema. */
const AGENDAS = AgendasSchema.parse(readCollection('agendas').find(({ id }) => id === 'templates')?.data);
const GUIDE = readFileSync(join(import.meta.dirname, '../../../content/knowledge/samtalsledarguide.mdx'), 'utf8');

/** Which session step a line of the guide's agenda belongs to. */
const STEP_OF: [RegExp, keyof Agenda][] = [
	[/^Inledning/, 'intro'],
	[/^(Två filmer|Film)\b/, 'film'],
	[/^Första intryck/, 'questions'],
	[/^Reflektionsfrågor/, 'questions'],
	[/^Övning/, 'exercise'],
	[/^Avslut/, 'wrapUp'],
];

/** The agenda in the numbered list that follows `heading` in the guide, as minutes per step. */
const agendaAfter = (heading: string): Agenda => {
	const start = GUIDE.indexOf(heading);
	expect(start, heading).toBeGreaterThanOrEqual(0);
	const lines = GUIDE.slice(start + heading.length).split('\n');
	const first = lines.findIndex((line) => /^1\. /.test(line));
	const agenda: Agenda = { intro: 0, film: 0, questions: 0, exercise: 0, wrapUp: 0 };
	for (const line of lines.slice(first)) {
		const item = /^\d+\. \*\*(.+?), (\d+) min\.\*\*/.exec(line);
		if (!item) break;
		const step = STEP_OF.find(([pattern]) => pattern.test(item[1]!))?.[1];
		expect(step, item[1]).toBeDefined();
		agenda[step!] += Number(item[2]);
	}
	return agenda;
};

describe('the agendas in content/agendas/', () => {
	it.each([
		[45, '**45 minuter:**'],
		[60, '## Exempel på dagordning, 60 minuter'],
		[90, '**90 minuter:**'],
	] as const)('for %i minutes are the guide’s, and add up to the length', (length, heading) => {
		expect(AGENDAS[length]).toEqual(agendaAfter(heading));
		expect(agendaMinutes(AGENDAS[length])).toBe(length);
	});

	it('give the wrap-up the guide’s “minst tio minuter”', () => {
		expect(GUIDE).toContain('Avsätt minst tio minuter.');
		for (const agenda of Object.values(AGENDAS)) expect(agenda.wrapUp).toBeGreaterThanOrEqual(10);
	});
});
