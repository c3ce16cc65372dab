/** How a size limit is counted. */
export type Measure = 'utf8-bytes' | 'utf16-units';

/** Limits and the notice that says something was cut. */
export interface FitOptions {
  /** The largest allowed size, in `measure` units, notice included. */
  limit: number;
  measure: Measure;
  /** Markdown appended after the cut, e.g. `\n\n**Trimmed:** …`. */
  notice: string;
}

/**
 * Markdown cut to fit `limit`: unchanged when it fits; otherwise the longest
 * prefix that ends at a line break (or, for one huge line, at a character
 * boundary), with an open code fence and open `<details>` blocks closed so the
 * rest of the page renders, then the notice.
 */
export function fitMarkdown(markdown: string, options: FitOptions): string {
  const size = measureOf(options.measure);
  if (size(markdown) <= options.limit) return markdown;
  let budget = options.limit - size(options.notice);
  for (;;) {
    if (budget <= 0) return truncate(options.notice, options.limit, options.measure);
    const prefix = wholeLines(truncate(markdown, budget, options.measure));
    const fitted = prefix + closers(prefix) + options.notice;
    const overflow = size(fitted) - options.limit;
    if (overflow <= 0) return fitted;
    budget -= overflow;
  }
}

function measureOf(measure: Measure): (text: string) => number {
  return measure === 'utf8-bytes'
    ? (text) => Buffer.byteLength(text, 'utf8')
    : (text) => text.length;
}

/** The longest prefix of `text` of at most `limit` units that does not split a character. */
function truncate(text: string, limit: number, measure: Measure): string {
  if (limit <= 0) return '';
  if (measure === 'utf8-bytes') {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= limit) return text;
    let end = limit;
    // Back off continuation bytes (10xxxxxx) to the start of the cut character.
    while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
    return bytes.subarray(0, end).toString('utf8');
  }
  if (text.length <= limit) return text;
  const code = text.charCodeAt(limit - 1);
  // Never keep the high half of a surrogate pair without its low half.
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}

/** The prefix up to its last line break, or the whole prefix when it has none. */
function wholeLines(prefix: string): string {
  const end = prefix.lastIndexOf('\n');
  return end > 0 ? prefix.slice(0, end + 1) : prefix;
}

/** What closes the code fence and the `<details>` blocks left open at the end of `prefix`. */
function closers(prefix: string): string {
  let fence: { char: string; length: number } | undefined;
  let openDetails = 0;
  for (const line of prefix.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (marker !== null && marker[1][0] === fence.char && marker[1].length >= fence.length) {
        fence = undefined;
      }
      continue;
    }
    if (marker !== null) {
      fence = { char: marker[1][0], length: marker[1].length };
      continue;
    }
    openDetails += (line.match(/<details[\s>]/gi) ?? []).length;
    openDetails -= (line.match(/<\/details\s*>/gi) ?? []).length;
  }
  const newline = prefix.endsWith('\n') ? '' : '\n';
  let text = fence === undefined ? '' : `${newline}${fence.char.repeat(fence.length)}\n`;
  for (let i = 0; i < openDetails; i++) text += '\n</details>';
  return text;
}
