import type { Verdict } from '../../schemas/exerciseLabels';

interface Choice {
	id: string;
	label: string;
	verdict: Verdict;
}

/**
 * How good a choice is at its decision point: what the law requires or allows, and good practice,
 * above a choice the law allows but the situation advises against, above one the law does not allow.
 */
export const VERDICT_RANK: Record<Verdict, number> = {
	'god praxis': 3,
	tillåtet: 3,
	skyldighet: 3,
	'kräver samtycke': 3,
	'möjligt men olämpligt': 2,
	'inte tillåtet': 1,
};

/** One step of a finished path, scored. */
export interface ScoredStep {
	node: string;
	choice: Choice | undefined;
	/** Whether the choice was within the law ("inte tillåtet" is not). */
	lawful: boolean;
	/** The choices that would have been better here; empty when the one made was among the best. */
	better: Choice[];
}

/** The path as the end screen scores it: "N av M val var förenliga med lagen", and each step. */
export const scorePath = (
	nodes: Readonly<Record<string, { choices: readonly Choice[] }>>,
	history: readonly { node: string; choice: string }[],
): { lawful: number; total: number; steps: ScoredStep[] } => {
	const steps = history.map(({ node, choice: id }): ScoredStep => {
		const choices = nodes[node]?.choices ?? [];
		const choice = choices.find((option) => option.id === id);
		const best = Math.max(...choices.map(({ verdict }) => VERDICT_RANK[verdict]));
		const rank = choice ? VERDICT_RANK[choice.verdict] : 0;
		return {
			node,
			choice,
			lawful: choice !== undefined && choice.verdict !== 'inte tillåtet',
			better: rank < best ? choices.filter(({ verdict }) => VERDICT_RANK[verdict] === best) : [],
		};
	});
	return { lawful: steps.filter(({ lawful }) => lawful).length, total: steps.length, steps };
};
