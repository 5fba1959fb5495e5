import { z } from 'astro/zod';
import { agendaMinutes, MEETING_LENGTHS, type Agenda } from '../lib/session/agenda';

const Minutes = z.int().min(0).max(240);

/** One meeting's agenda: minutes for each of the five timed steps (the summary is read afterwards). */
const AgendaTemplateSchema = z.strictObject({
	/** Inledning: purpose, ground rules, roles. */
	intro: Minutes,
	/** Film: one film, or two in a long meeting. */
	film: Minutes,
	/** Reflektionsfrågor, the first impressions included. */
	questions: Minutes,
	/** Övning; 0 leaves the exercise out. */
	exercise: Minutes,
	/** Avslutning: agreements and actions. The guide asks for at least ten minutes. */
	wrapUp: Minutes.min(10, 'Avslutningen behöver minst tio minuter'),
}) satisfies z.ZodType<Agenda>;

/** The agendas a new session starts from, by meeting length in minutes; each adds up to its length. */
export const AgendasSchema = z
	.strictObject({
		/** A 45-minute meeting. */
		45: AgendaTemplateSchema,
		/** A 60-minute meeting, the guide's example. */
		60: AgendaTemplateSchema,
		/** A 90-minute meeting. */
		90: AgendaTemplateSchema,
	})
	.superRefine((agendas, ctx) => {
		for (const length of MEETING_LENGTHS) {
			const total = agendaMinutes(agendas[length]);
			if (total !== length) {
				ctx.addIssue({
					code: 'custom',
					path: [String(length)],
					message: `Dagordningen för ${length} minuter räknar till ${total} minuter`,
				});
			}
		}
	});

export type Agendas = z.output<typeof AgendasSchema>;
