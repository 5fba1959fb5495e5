import type { GroupRecord } from './createExerciseMachine';

/** "3 valde ”A”, 2 valde ”B”": a group's votes at one decision point, most first, empty options left out. */
export const describeVotes = (
	choices: readonly { id: string; label: string }[],
	group: GroupRecord | undefined,
): string =>
	Object.entries(group?.votes ?? {})
		.filter(([, count]) => count > 0)
		.sort(([, a], [, b]) => b - a)
		.map(([id, count]) => `${count} valde ”${choices.find((choice) => choice.id === id)?.label ?? id}”`)
		.join(', ');
