import { z } from 'astro/zod';

/** Id of a law entry: the file name in `content/law/`, e.g. `osl-10-18a`. */
export const LawIdSchema = z.string().regex(/^[a-z0-9-]+$/, 'Lag-id får bara innehålla a–z, 0–9 och bindestreck');

/** One statute (or a small group of sections) that the product cites. */
export const LawSchema = z.strictObject({
	/** Full name of the law, e.g. "Offentlighets- och sekretesslag (2009:400)". */
	law: z.string().min(1),
	/** Common short form used in running text, e.g. "OSL", "SoL", "skollagen". */
	short: z.string().min(1),
	/** SFS number of the law, e.g. "2009:400". */
	sfs: z.string().regex(/^\d{4}:\d{1,4}$/, 'SFS-nummer skrivs ÅÅÅÅ:NNN'),
	/** Chapter, e.g. "10" or "6 a"; omitted for laws without chapters. */
	chapter: z
		.string()
		.regex(/^\d+( [a-z])?$/)
		.optional(),
	/** Section(s), e.g. "18 a" or "1–2". */
	section: z
		.string()
		.regex(/^\d+( [a-z])?(–\d+( [a-z])?)?$/)
		.optional(),
	/** Short Swedish title of what the provision is about. */
	title: z.string().min(1),
	/** A plain-Swedish summary in the product's own words (1–4 sentences). */
	summary: z.string().min(40),
	/** Link to the statute on an official site. */
	url: z.url({ protocol: /^https$/ }),
	/** When the wording in force on the legal cut-off date came into force, read from the statute text in `content/statutes/`; omitted when the statute text is not in the project. */
	inForce: z.coerce.date().optional(),
	/** The SFS that gave today's wording (the "Lag (2025:965)" line of the section), e.g. "2025:179"; omitted for the law's first wording. */
	amendedBy: z
		.string()
		.regex(/^\d{4}:\d{1,4}$/)
		.optional(),
	/** Words the card quotes from the statute; the statute-text test checks that each occurs in today's wording. */
	quotes: z.array(z.string().min(3)).default([]),
	/** When the entry was last compared with the statute text. */
	reviewed: z.coerce.date(),
});

export type Law = z.output<typeof LawSchema>;

/** "OSL 10 kap. 18 a §", the way a citation is printed. */
export const toCitation = ({ short, chapter, section }: Pick<Law, 'short' | 'chapter' | 'section'>): string =>
	[short, chapter && `${chapter} kap.`, section && `${section} ${section.includes('–') ? '§§' : '§'}`]
		.filter(Boolean)
		.join(' ');
