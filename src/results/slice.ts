/**
 * A test's slice as stored in a results document (`tests[].slice`): its rows
 * of the eval data as a bitset, bit i of byte i >> 3, least significant
 * first, base64. The run writes it and the comparison reads it back to pair
 * the same rows of two runs; both go through this module.
 */

/** Rows (ascending or not) as the stored bitset of an eval set of n rows. */
export function encodeSlice(rows: Int32Array, n: number): string {
  const bytes = new Uint8Array(Math.ceil(n / 8));
  for (const row of rows) bytes[row >> 3] |= 1 << (row & 7);
  return Buffer.from(bytes).toString('base64');
}

/** The rows of a stored bitset, ascending. */
export function decodeSlice(bitset: string, n: number): Int32Array {
  const bytes = Buffer.from(bitset, 'base64');
  const rows: number[] = [];
  for (let row = 0; row < n; row++) if (bytes[row >> 3] & (1 << (row & 7))) rows.push(row);
  return Int32Array.from(rows);
}
