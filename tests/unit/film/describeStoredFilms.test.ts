import { describe, expect, it } from 'vitest';
import { describeStoredFilms } from '../../../src/lib/film/describeStoredFilms';

const film = (scenario: number, name: string, size: number) => ({ scenario, name, size, hasCaptions: false });

describe('describeStoredFilms', () => {
	it('says nothing when no film is stored', () => {
		expect(describeStoredFilms([])).toBe('');
	});

	it('names one film with its scenario and size', () => {
		expect(describeStoredFilms([film(2, 'scenario-2.mp4', 1_400_000)])).toBe(
			'Filmfilen på enheten raderas också (1,4 MB): scenario-2.mp4 för scenario 2.',
		);
	});

	it('counts and names several films in scenario order, with their total size', () => {
		expect(
			describeStoredFilms([
				film(3, 'c.webm', 5_000_000),
				film(1, 'a.mp4', 2_000_000_000),
				film(2, 'b.mp4', 995_000_000),
			]),
		).toBe(
			'De 3 filmfilerna på enheten raderas också (sammanlagt 3 GB): a.mp4 för scenario 1, b.mp4 för scenario 2 och c.webm för scenario 3.',
		);
	});
});
