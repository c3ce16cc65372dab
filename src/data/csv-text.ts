/**
 * The text of CSV fields scanned as bytes (src/data/csv-fields.ts): the
 * bytes are valid UTF-8, and a field's bytes decode exactly as the field's
 * characters would read from the decoded file.
 */

const QUOTE = 0x22;

// ignoreBOM: a cell that starts with U+FEFF keeps it (the file's own mark is gone before the scan).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * A field's value: `bytes[start, end)` decoded; a quoted field (its start
 * follows the opening quote) has `""` undoubled.
 */
export function fieldText(bytes: Uint8Array, start: number, end: number): string {
  return unquoted(bytes, start, decodeText(bytes, start, end));
}

/** `raw`, the text of the field that starts at `start`, with `""` undoubled when it is quoted. */
function unquoted(bytes: Uint8Array, start: number, raw: string): string {
  return start > 0 && bytes[start - 1] === QUOTE ? raw.replaceAll('""', '"') : raw;
}

/** `bytes[start, end)` as text (valid UTF-8); short ASCII runs without the decoder. */
export function decodeText(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 32) {
    let ascii = true;
    for (let i = start; i < end; i++) if (bytes[i] >= 0x80) ascii = false;
    if (ascii) return String.fromCharCode.apply(null, bytes.subarray(start, end) as never);
  }
  return decoder.decode(bytes.subarray(start, end));
}

/** The UTF-16 code unit at the character that starts at byte i (as `text[i]` would give). */
export function characterAt(bytes: Uint8Array, i: number): string {
  const lead = bytes[i];
  const length = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  return decoder.decode(bytes.subarray(i, i + length))[0];
}
