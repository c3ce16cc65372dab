/**
 * Making names from a config or a model (test names, component targets,
 * classes, the suite) safe to put into GitHub-flavoured markdown, and into a
 * Mermaid chart.
 */

/** Names longer than this many characters are cut (with `…`) so that one name cannot fill a comment. */
const MAX_NAME_LENGTH = 200;

/**
 * U+2060 WORD JOINER, written as a character reference so that it shows in the
 * markdown source. GitHub links `@name` mentions and `#123` references on the
 * rendered text, after character references are decoded, so escaping `@` or
 * `#` as an entity would not stop them; an invisible character between the
 * sign and the name does. A word joiner, unlike a zero-width space, adds no
 * line-break opportunity.
 */
export const WORD_JOINER = '&#8288;';

/**
 * `text` as literal markdown text, for a table cell, a list item or a heading
 * (never for a code span, a link destination or raw HTML):
 * - line breaks, tabs, other control characters and bidirectional overrides
 *   become spaces (a line break would end a table row; an override could
 *   make the text read differently from what it is);
 * - `&`, `<`, `>` become character references, so HTML shows as text;
 * - `\`, `` ` ``, `*`, `_`, `~`, `[`, `]`, `|` and `$` are backslash-escaped:
 *   no code span, emphasis, strikethrough, link, table cell split or math
 *   (GFM turns `\|` inside a table cell into a plain `|`);
 * - a word joiner follows every `@` and `#`, so no mention pings, no issue
 *   reference and no e-mail address links;
 * - a word joiner goes before every `://` and inside every `www.`, so GFM's
 *   autolink extension links no bare URL (`https://…`, `ftp://…`, `www.…`);
 * - longer than `maxLength` characters: cut, ending in `…`.
 */
export function escapeText(text: string, maxLength: number = MAX_NAME_LENGTH): string {
  return (
    cut(text, maxLength)
      .replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, ' ')
      .replace(/[&<>\\`*_~[\]|$@#]/g, (char) => ESCAPES[char])
      // After the escapes above, so that the joiner's own `&` stays a character reference.
      .replace(/:\/\//g, `${WORD_JOINER}://`)
      .replace(/(w{3})\./gi, `$1${WORD_JOINER}.`)
  );
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '~': '\\~',
  '[': '\\[',
  ']': '\\]',
  '|': '\\|',
  $: '\\$',
  '@': `@${WORD_JOINER}`,
  '#': `#${WORD_JOINER}`,
};

/**
 * `text` for a quoted label in a Mermaid chart inside a fenced code block:
 * only letters, digits, spaces and `_ . , : + - / ( ) =` are kept, anything
 * else becomes `_`. That leaves no quote to end the label, no backtick to end
 * the fence, no `#…;` entity code and no HTML for Mermaid's label renderer.
 */
export function mermaidText(text: string, maxLength: number = 40): string {
  return cut(text, maxLength).replace(/[^\p{L}\p{N} _.,:+\-/()=…]/gu, '_');
}

/** At most `maxLength` characters (code points), the last one `…` when cut. */
export function cut(text: string, maxLength: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  return `${chars.slice(0, Math.max(0, maxLength - 1)).join('')}…`;
}

/**
 * `text` in a code span when it is made of safe characters only (hashes,
 * commit ids), otherwise escaped text. Entities are not decoded inside a code
 * span, so a name that needs escaping never goes into one.
 */
export function code(text: string): string {
  return /^[A-Za-z0-9:._\-/]+$/.test(text) ? `\`${text}\`` : escapeText(text);
}
