/**
 * The text of CSV fields scanned as bytes (src/data/csv-fields.ts): the
 * bytes are valid UTF-8, and a field's bytes decode exactly as the field's
 * characters would read from the decoded file.
 */

import { constants } from 'node:buffer';
import { QUOTE } from './bytes.js';

/**
 * The most characters a string holds (512 Mi − 24 in 64-bit V8): no field, header line or file
 * of more bytes is decoded as one text (a UTF-8 text has no more characters than bytes).
 */
export const MAX_TEXT = constants.MAX_STRING_LENGTH;

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

/**
 * The texts of many cells: sliced from the whole file decoded once when the
 * cells are many for its size (a text label column of many rows, a column
 * of 17-digit decimals), else each cell decoded alone. Byte offsets become
 * character offsets by a cursor that counts the characters it passes
 * (cells are asked for in file order; an earlier one restarts it).
 */
export class CellTexts {
  private text: string | undefined;
  private ascii = false;
  /** The cursor: byte `byte` is UTF-16 unit `unit` of the text. */
  private byte = 0;
  private unit = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /**
   * Says that `cells` more cells will be read: the file is decoded once when that pays, and when
   * it fits in one text.
   */
  expect(cells: number): void {
    const { length } = this.bytes;
    if (this.text !== undefined || cells * 64 <= length || length > MAX_TEXT) return;
    this.text = decoder.decode(this.bytes);
    this.ascii = this.text.length === this.bytes.length;
  }

  /** The field's value, as `fieldText` gives it. */
  field(start: number, end: number): string {
    const { text } = this;
    if (text === undefined) return fieldText(this.bytes, start, end);
    const raw = this.ascii
      ? text.slice(start, end)
      : text.slice(this.unitAt(start), this.unitAt(end));
    return unquoted(this.bytes, start, raw);
  }

  /** The UTF-16 offset of byte `at`, which starts a character (or ends the bytes). */
  private unitAt(at: number): number {
    const { bytes } = this;
    if (at < this.byte) this.byte = this.unit = 0;
    let unit = this.unit;
    for (let i = this.byte; i < at; i++) {
      const b = bytes[i];
      // A continuation byte adds nothing; a 4-byte character is two UTF-16 units.
      if (b < 0x80 || b >= 0xc0) unit += b >= 0xf0 ? 2 : 1;
    }
    this.byte = at;
    this.unit = unit;
    return unit;
  }
}
