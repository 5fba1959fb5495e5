import { describe, expect, it } from 'vitest';
import { linkTermsInHtml } from '../../../src/lib/glossary/linkTermsInHtml';
import { splitFirstUses, toGlossaryHref } from '../../../src/lib/glossary/splitFirstUses';

const TERMS = [
	{ id: 'sekretess', forms: ['sekretess', 'sekretessen'] },
	{ id: 'sekretessbrytande-bestammelse', forms: ['sekretessbrytande bestämmelse', 'sekretessbrytande'] },
	{ id: 'skaderekvisit', forms: ['stark sekretess'] },
	{ id: 'sig', forms: ['SIG'] },
	{ id: 'samtycke', forms: ['samtycke'] },
];

const linked = (text: string, used = new Set<string>()) =>
	splitFirstUses(text, TERMS, used)
		.map(({ text: part, termId }) => (termId ? `[${part}](${termId})` : part))
		.join('');

describe('splitFirstUses', () => {
	it('links only the first use of each term and keeps the text intact', () => {
		expect(linked('Sekretess gäller. Sekretessen gäller också mot andra, och samtycke kan häva sekretess.')).toBe(
			'[Sekretess](sekretess) gäller. Sekretessen gäller också mot andra, och [samtycke](samtycke) kan häva sekretess.',
		);
	});

	it('prefers the longest form and never links inside a longer word', () => {
		expect(linked('En sekretessbrytande bestämmelse bryter stark sekretess; sekretessfrågor är svåra.')).toBe(
			'En [sekretessbrytande bestämmelse](sekretessbrytande-bestammelse) bryter [stark sekretess](skaderekvisit); sekretessfrågor är svåra.',
		);
	});

	it('matches a capitalised form only as written, so the pronoun "sig" stays plain', () => {
		expect(linked('Det rör sig om SIG.')).toBe('Det rör sig om [SIG](sig).');
	});

	it('carries what is already linked from one text of a card to the next', () => {
		const used = new Set<string>();
		expect(linked('Samtycke först.', used)).toBe('[Samtycke](samtycke) först.');
		expect(linked('Sedan samtycke igen.', used)).toBe('Sedan samtycke igen.');
	});

	it('gives the glossary address of a term', () => expect(toGlossaryHref('lider-men')).toBe('/ordlista/#lider-men'));
});

describe('linkTermsInHtml', () => {
	it('links the first use in the text between tags, never inside links, headings or attributes', () => {
		const html =
			'<h3>Sekretess</h3><p><a href="/lag/">sekretess</a> och <strong title="samtycke">sekretess</strong> – samtycke.</p>';
		expect(linkTermsInHtml(html, TERMS, new Set())).toBe(
			'<h3>Sekretess</h3><p><a href="/lag/">sekretess</a> och <strong title="samtycke"><a class="term-link" href="/ordlista/#sekretess">sekretess</a></strong> – <a class="term-link" href="/ordlista/#samtycke">samtycke</a>.</p>',
		);
	});
});
