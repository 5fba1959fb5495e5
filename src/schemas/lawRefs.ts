import { z } from 'astro/zod';
import { LawIdSchema } from './law';

/**
 * A list of law ids that must all exist in the law collection. Unknown ids fail with a message
 * naming the id, so a typo in a citation stops the build instead of a workshop.
 */
export const createLawRefsSchema = (knownLawIds: ReadonlySet<string>) =>
	z.array(LawIdSchema).superRefine((ids, ctx) => {
		ids.forEach((id, index) => {
			if (!knownLawIds.has(id)) {
				ctx.addIssue({
					code: 'custom',
					path: [index],
					message: `Okänt lag-id "${id}": det finns ingen fil content/law/${id}.yaml`,
				});
			}
		});
	});
