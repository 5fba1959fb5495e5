/** Changing which questions a meeting takes up, and in which order, as the new-session form does. */

/**
 * `chosen` with `id` added where the material puts it: after every chosen question that comes before
 * it in `material` (the ids in the material's order). An order the facilitator never changed stays
 * the material's.
 */
export const withChosen = (chosen: readonly string[], id: string, material: readonly string[]): string[] => {
	if (chosen.includes(id)) return [...chosen];
	const earlier = new Set(material.slice(0, Math.max(0, material.indexOf(id))));
	const at = chosen.findLastIndex((other) => earlier.has(other)) + 1;
	return [...chosen.slice(0, at), id, ...chosen.slice(at)];
};

/** `chosen` with `id` moved one place earlier (-1) or later (1); unchanged at either end. */
export const moveChosen = (chosen: readonly string[], id: string, by: -1 | 1): string[] => {
	const from = chosen.indexOf(id);
	const to = from + by;
	if (from < 0 || to < 0 || to >= chosen.length) return [...chosen];
	const moved = [...chosen];
	[moved[from], moved[to]] = [moved[to]!, moved[from]!];
	return moved;
};
