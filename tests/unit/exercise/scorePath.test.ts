import { describe, expect, it } from 'vitest';
import { scorePath } from '../../../src/lib/exercise/scorePath';

const NODES = {
	forsta: {
		choices: [
			{ id: 'a', label: 'Pratar med eleven', verdict: 'god praxis' as const },
			{ id: 'b', label: 'Väntar och ser', verdict: 'möjligt men olämpligt' as const },
			{ id: 'c', label: 'Ringer polisen om eleven', verdict: 'inte tillåtet' as const },
		],
	},
	andra: {
		choices: [
			{ id: 'a', label: 'Gör en orosanmälan', verdict: 'skyldighet' as const },
			{ id: 'b', label: 'Ber om samtycke', verdict: 'kräver samtycke' as const },
			{ id: 'c', label: 'Låter bli', verdict: 'inte tillåtet' as const },
		],
	},
};

describe('the end screen’s score of a path', () => {
	it('counts the choices within the law, and names the better choice where one was missed', () => {
		const { lawful, total, steps } = scorePath(NODES, [
			{ node: 'forsta', choice: 'c' },
			{ node: 'andra', choice: 'a' },
		]);
		expect({ lawful, total }).toEqual({ lawful: 1, total: 2 });
		expect(steps[0]!.lawful).toBe(false);
		expect(steps[0]!.better.map(({ label }) => label)).toEqual(['Pratar med eleven']);
		// A duty met is among the best: nothing better to name.
		expect(steps[1]!.better).toEqual([]);
	});

	it('counts a lawful but unsuitable choice as lawful, and still names the better one', () => {
		const { lawful, steps } = scorePath(NODES, [{ node: 'forsta', choice: 'b' }]);
		expect(lawful).toBe(1);
		expect(steps[0]!.better.map(({ id }) => id)).toEqual(['a']);
	});

	it('names every equally good choice, and never counts a choice it cannot find as lawful', () => {
		const { steps, lawful } = scorePath(NODES, [
			{ node: 'andra', choice: 'c' },
			{ node: 'saknas', choice: 'a' },
		]);
		expect(steps[0]!.better.map(({ id }) => id)).toEqual(['a', 'b']);
		expect(steps[1]!.lawful).toBe(false);
		expect(lawful).toBe(0);
	});
});
