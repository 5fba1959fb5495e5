import { describe, expect, it } from 'vitest';
import { createGlossarySchema } from '../../../src/schemas/glossary';
import { readCollection, readLawIds } from '../../helpers/content';

const terms = readCollection('glossary');
const schema = createGlossarySchema(readLawIds());

/** The terms the brief names for teachers; each must be explained. */
const REQUIRED = [
	'lider-men',
	'skaderekvisit',
	'generalklausulen',
	'sekretessbrytande-bestammelse',
	'uppgiftsskyldighet',
	'samtycke',
	'orosanmalan',
	'forundersokning',
	'myndighet',
	'huvudman',
	'vardnadshavare',
	'elevhalsa',
	'socialnamnd',
	'sekretess',
	'tystnadsplikt',
	'offentlighetsprincipen',
	'allman-handling',
	'lagesbild',
	'sspf',
	'sig',
	'brottsbalken',
	'straffskala',
	'overvagande-skal',
	'rektor',
	'fristaende-skola',
];

describe('the glossary', () => {
	it('has at least 25 valid terms, among them every term the brief names', () => {
		expect(terms.length).toBeGreaterThanOrEqual(25);
		for (const { id, data } of terms) {
			const result = schema.safeParse(data);
			expect(result.success, `glossary/${id}: ${String(result.error)}`).toBe(true);
		}
		expect(terms.map(({ id }) => id)).toEqual(expect.arrayContaining(REQUIRED));
	});

	it('gives each form to one term only, so a word never links to two places', () => {
		const owner = new Map<string, string>();
		for (const { id, data } of terms)
			for (const form of (data as { forms: string[] }).forms) {
				const key = form === form.toLowerCase() ? form : `exact:${form}`;
				expect(owner.get(key), `"${form}" in ${id} and ${owner.get(key)}`).toBeUndefined();
				owner.set(key, id);
			}
	});

	it('shows both dates wherever it speaks of friskolor and 2027', () => {
		for (const { id, data } of terms) {
			const { text } = data as { text: string };
			if (!text.includes('2027')) continue;
			expect(text, id).toMatch(/till och med 31 december 2026/i);
			expect(text, id).toMatch(/från 1 januari 2027/i);
			expect(text, id).toContain('SFS 2026:714');
			expect(text, id).toContain('Kontrollera lydelsen');
		}
	});

	it('rejects a term citing a law card that does not exist', () => {
		const result = schema.safeParse({
			term: 'Påhitt',
			text: 'x'.repeat(60),
			facts: ['1a'],
			law: ['osl-99-1'],
			reviewed: '2026-12-02',
		});
		expect(result.success).toBe(false);
		expect(String(result.error)).toContain('content/law/osl-99-1.yaml');
	});
});
