// CRC-32 (IEEE 802.3, as in zip and PNG) of a Blob, read in chunks so a large film is never in memory whole.
// It finds accidental damage (a truncated copy, flipped bytes); it is not a defence against deliberate edits.

const TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** Bytes read per step: small enough to keep memory flat, large enough that reading is not the cost. */
export const CHUNK_SIZE = 4 * 1024 * 1024;

/** Continues a CRC-32 over `bytes`; start with 0. */
export const updateCrc32 = (crc: number, bytes: Uint8Array): number => {
	let c = ~crc >>> 0;
	for (let i = 0; i < bytes.length; i++) c = (TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
	return ~c >>> 0;
};

/** CRC-32 of `blob`, calling `onBytes` with the number of bytes read after each chunk. */
export const crc32OfBlob = async (blob: Blob, onBytes: (bytes: number) => void = () => {}): Promise<number> => {
	let crc = 0;
	for (let offset = 0; offset < blob.size; offset += CHUNK_SIZE) {
		const chunk = new Uint8Array(await blob.slice(offset, offset + CHUNK_SIZE).arrayBuffer());
		crc = updateCrc32(crc, chunk);
		onBytes(chunk.length);
	}
	return crc;
};
