/** Fixed-width digit strings for hashes and ids (not for dates: those go through dates.ts). */

/** `n` in `radix`, left-padded with zeros to `width` digits. */
export const toDigits = (n: number, radix: number, width: number): string => n.toString(radix).padStart(width, '0');

/** Bytes as lower-case hex, two digits each. */
export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => toDigits(byte, 16, 2)).join('');
