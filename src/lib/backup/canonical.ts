import { toDigits, toHex } from '../format/digits';

/**
 * JSON with every object's keys in code-unit order and no spaces: two records compare equal exactly
 * when their content is equal, whatever their key order. Also what the export's SHA-256 covers.
 */
export const canonicalJson = (value: unknown): string =>
	JSON.stringify(value, (_key, inner: unknown) => {
		if (!inner || typeof inner !== 'object' || Array.isArray(inner)) return inner;
		const sorted: Record<string, unknown> = {};
		for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
		return sorted;
	});

/** SHA-256 of the canonical JSON of `value`, as 64 hex digits (Web Crypto). */
export const sha256Of = async (value: unknown): Promise<string> => {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(value)));
	return toHex(new Uint8Array(digest));
};

/** One 32-bit round of a murmur-style string hash. */
const hash32 = (text: string, seed: number): number => {
	let h = seed ^ text.length;
	for (let i = 0; i < text.length; i++) {
		h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
		h ^= h >>> 13;
	}
	h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
	return (h ^ (h >>> 16)) >>> 0;
};

/**
 * A synchronous 14-character [a-z0-9] hash of `text`, for content-addressed ids of conflict copies.
 * Synchronous because it runs inside an IndexedDB transaction, where awaiting Web Crypto would commit
 * the transaction early. Not a security measure: it only has to keep distinct contents apart.
 */
export const contentHash = (text: string): string =>
	[hash32(text, 0x9e3779b9), hash32(text, 0x7f4a7c15)].map((h) => toDigits(h, 36, 7)).join('');
