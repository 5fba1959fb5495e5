import { z } from 'astro/zod';
import { createLawRefsSchema } from './lawRefs';

import { PERSPECTIVES, VERDICTS, type Verdict } from './exerciseLabels';

export { PERSPECTIVES, VERDICTS, type Verdict };

const StepId = z.string().regex(/^[a-z0-9-]+$/, 'Id får bara innehålla a–z, 0–9 och bindestreck');

const createChoiceSchema = (knownLawIds: ReadonlySet<string>) =>
	z.strictObject({
		/** Stable id within its node (a, b, c …); saved runs refer to it. */
		id: StepId,
		/** The option as the user reads it. */
		label: z.string().min(3),
		/** Id of the next node or of an ending. */
		target: StepId,
		/** What the choice amounts to. */
		verdict: z.enum(Object.keys(VERDICTS) as [Verdict, ...Verdict[]]),
		/** Feedback shown after the choice: short, concrete, respectful. */
		feedback: z.string().min(20),
		/** Law entries the verdict rests on (empty when it is a matter of practice, not law). */
		law: createLawRefsSchema(knownLawIds).default([]),
		/** This choice corrects an earlier not-allowed choice: owning up, telling whom it concerns, putting it right. */
		repairs: z.boolean().default(false),
	});

const createNodeSchema = (knownLawIds: ReadonlySet<string>) =>
	z.strictObject({
		/** Who stands at this point, e.g. "Du är mentor i årskurs 8." */
		who: z.string().min(3),
		/** The situation, in a few sentences. */
		situation: z.string().min(20),
		/** What is known at this point. */
		known: z.array(z.string().min(3)).default([]),
		/** The question put to the user. */
		question: z.string().min(5),
		/** The options (at least two). */
		choices: z.array(createChoiceSchema(knownLawIds)).min(2, 'En beslutspunkt behöver minst två val'),
	});

const EndingSchema = z.strictObject({
	/** Heading of the ending. */
	title: z.string().min(3),
	/** What the path led to. */
	text: z.string().min(20),
	/** The key points to take away. */
	keyPoints: z.array(z.string().min(5)).min(1),
	/** The best outcome; a path reaches it only without an uncorrected not-allowed choice. */
	good: z.boolean().default(false),
});

/** Checks that the nodes and endings form a proper branching story; returns messages, empty when fine. */
export const findGraphProblems = (exercise: {
	start: string;
	nodes: Record<string, { choices: { id: string; target: string }[] }>;
	endings: Record<string, unknown>;
}): { path: (string | number)[]; message: string }[] => {
	const { start, nodes, endings } = exercise;
	const problems: { path: (string | number)[]; message: string }[] = [];
	for (const id of Object.keys(nodes)) {
		if (id in endings) problems.push({ path: ['nodes', id], message: `"${id}" är både en beslutspunkt och ett slut` });
	}
	if (!(start in nodes)) problems.push({ path: ['start'], message: `Startpunkten "${start}" finns inte bland nodes` });
	for (const [id, node] of Object.entries(nodes)) {
		const seen = new Set<string>();
		node.choices.forEach((choice, index) => {
			if (seen.has(choice.id))
				problems.push({
					path: ['nodes', id, 'choices', index, 'id'],
					message: `Valet "${choice.id}" finns två gånger i "${id}"`,
				});
			seen.add(choice.id);
			if (!(choice.target in nodes) && !(choice.target in endings)) {
				problems.push({
					path: ['nodes', id, 'choices', index, 'target'],
					message: `Okänt mål "${choice.target}": det finns ingen sådan beslutspunkt eller slut`,
				});
			}
		});
	}
	if (problems.length > 0) return problems;

	// Every node and ending reachable from the start, and no loops, so every path ends.
	const reached = new Set<string>();
	const visiting = new Set<string>();
	const visit = (id: string, trail: string[]) => {
		if (visiting.has(id)) {
			problems.push({
				path: ['nodes', id],
				message: `Vägen ${[...trail, id].join(' → ')} går i cirkel: varje väg måste nå ett slut`,
			});
			return;
		}
		if (reached.has(id)) return;
		reached.add(id);
		visiting.add(id);
		for (const choice of nodes[id]?.choices ?? []) visit(choice.target, [...trail, id]);
		visiting.delete(id);
	};
	visit(start, []);
	for (const id of Object.keys(nodes)) {
		if (!reached.has(id))
			problems.push({ path: ['nodes', id], message: `Beslutspunkten "${id}" går inte att nå från start` });
	}
	for (const id of Object.keys(endings)) {
		if (!reached.has(id))
			problems.push({ path: ['endings', id], message: `Slutet "${id}" går inte att nå från start` });
	}
	return problems;
};

/** A branching exercise (`content/exercises/<id>.yaml`). */
export const createExerciseSchema = (knownLawIds: ReadonlySet<string>) =>
	z
		.strictObject({
			/** Title shown in lists and as the page heading. */
			title: z.string().min(5),
			/** The scenario (1–3) the exercise belongs to. */
			scenario: z.int().min(1).max(3),
			/** Whose perspective the user takes. */
			perspective: z.enum(Object.keys(PERSPECTIVES) as [keyof typeof PERSPECTIVES, ...(keyof typeof PERSPECTIVES)[]]),
			/** Raise when nodes or choices change: saved runs of an older version are restarted, not guessed at. */
			version: z.int().min(1),
			/** One or two sentences for the list of exercises. */
			summary: z.string().min(20),
			/** Id of the first node. */
			start: StepId,
			/** Decision points by id. */
			nodes: z.record(StepId, createNodeSchema(knownLawIds)),
			/** Endings by id. */
			endings: z
				.record(StepId, EndingSchema)
				.refine((endings) => Object.keys(endings).length >= 2, 'En övning behöver minst två slut'),
			/** When the legal content was last checked. */
			reviewed: z.coerce.date(),
		})
		.superRefine((exercise, ctx) => {
			for (const { path, message } of findGraphProblems(exercise)) ctx.addIssue({ code: 'custom', path, message });
		});

export type Exercise = z.output<ReturnType<typeof createExerciseSchema>>;
export type ExerciseNode = Exercise['nodes'][string];
export type ExerciseChoice = ExerciseNode['choices'][number];
export type ExerciseEnding = Exercise['endings'][string];
