/**
 * Option orders that give nothing away: each attempt shows a question's options in its own order,
 * the same order for as long as the attempt lasts (a reload or a return keeps it) and a new one when
 * the learner starts over. The order follows from the attempt's seed and the question's id alone, so
 * only the seed is stored.
 */

/** A fresh seed for a new attempt: short, random, letters and digits. */
export const newShuffleSeed = (): string => {
	const [value] = crypto.getRandomValues(new Uint32Array(1));
	return value!.toString(36);
};

/** A stored seed, or undefined when the stored value is not one (an imported file may hold anything). */
export const readShuffleSeed = (value: unknown): string | undefined =>
	typeof value === 'string' && /^[a-z0-9]{1,16}$/.test(value) ? value : undefined;

/** 32-bit FNV-1a hash of a text. */
const hash = (text: string): number => {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
};

/** Mulberry32: a small, well-mixed generator of numbers in [0, 1) from a 32-bit state. */
const generator = (state: number) => () => {
	state = (state + 0x6d2b79f5) >>> 0;
	let t = state;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** `items` in the order the attempt `seed` gives the question `key` (Fisher–Yates); the input is left as it is. */
export const shuffleFor = <T>(items: readonly T[], seed: string, key: string): T[] => {
	const random = generator(hash(`${seed}:${key}`));
	const order = [...items];
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return order;
};
