import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionIdOf, sessionOwner } from '../../src/lib/sessionOwner';

describe('the session owner key', () => {
	it('is built and read back', () => {
		expect(sessionOwner('abc-123')).toBe('session:abc-123');
		expect(sessionIdOf(sessionOwner('abc-123'))).toBe('abc-123');
	});

	it('reads no session id from self-study or a bare prefix', () => {
		expect(sessionIdOf('sjalvstudier')).toBeUndefined();
		expect(sessionIdOf('session:')).toBeUndefined();
		expect(sessionIdOf('group:session:1')).toBeUndefined();
	});

	it('is written out nowhere else in src/', () => {
		const files = (folder: string): string[] =>
			readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
				entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name).replaceAll('\\', '/')],
			);
		const builtByHand = files('src')
			.filter((path) => /\.(ts|svelte|astro)$/.test(path) && path !== 'src/lib/sessionOwner.ts')
			.filter((path) => /['"`]session:(?!<)/.test(readFileSync(path, 'utf8')));
		expect(builtByHand).toEqual([]);
	});
});
