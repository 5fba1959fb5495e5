import type { FilmSummary } from '../db/films';
import { formatBytes } from '../format/bytes';

/** "a, b och c" */
const listInSwedish = (items: string[]): string =>
	items.length > 1 ? `${items.slice(0, -1).join(', ')} och ${items.at(-1)}` : (items[0] ?? '');

/**
 * The sentence "Radera all data" adds about films, naming each one, e.g. "De 2 filmfilerna på enheten raderas
 * också (sammanlagt 12 MB): a.mp4 för scenario 1 och b.webm för scenario 3."; '' when no film is stored.
 */
export const describeStoredFilms = (films: readonly FilmSummary[]): string => {
	if (films.length === 0) return '';
	const sorted = [...films].sort((a, b) => a.scenario - b.scenario);
	const named = listInSwedish(sorted.map(({ name, scenario }) => `${name} för scenario ${scenario}`));
	const size = formatBytes(films.reduce((sum, { size }) => sum + size, 0));
	return films.length === 1
		? `Filmfilen på enheten raderas också (${size}): ${named}.`
		: `De ${films.length} filmfilerna på enheten raderas också (sammanlagt ${size}): ${named}.`;
};
