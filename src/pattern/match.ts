import { expandPattern, type Pattern, type PatternMode, type Token } from './syntax.js';

/** A compiled pattern: tests a name in time linear in its length (no backtracking). */
export interface Matcher {
  test(name: string): boolean;
  /**
   * For a name that matches: the smallest value each range can take in it,
   * leftmost range first (the order a range's expansion lists names in).
   */
  rangeKey(name: string): number[];
}

const SLASH = 47;
const ZERO = 48;

/**
 * Compiles a parsed pattern once. Matching is dynamic programming over
 * (piece of the pattern, position in the name): every cell is computed once,
 * so a pattern of P pieces tests a name of N characters in O(P·N) steps
 * (a range costs at most the digits of its END), where a backtracking
 * regular expression can take exponential time (`*a*a*a*a*b`).
 */
export function compileMatcher(pattern: Pattern, mode: PatternMode): Matcher {
  const path = mode === 'path';
  const sequences = expandPattern(pattern.nodes);
  let table = new Uint8Array(256);
  const fill = (tokens: Token[], name: string): Uint8Array => {
    const size = (tokens.length + 1) * (name.length + 1);
    if (table.length < size) table = new Uint8Array(Math.max(size, table.length * 2));
    fillTable(tokens, name, path, table);
    return table;
  };
  const matches = (tokens: Token[], name: string): boolean =>
    quickCheck(tokens, name) && fill(tokens, name)[0] === 1;
  return {
    test: (name) => sequences.some((tokens) => matches(tokens, name)),
    rangeKey: (name) => {
      let best: number[] | undefined;
      for (const tokens of sequences) {
        if (!matches(tokens, name)) continue;
        const key = smallestRanges(tokens, name, path, table);
        if (best === undefined || compareKeys(key, best) < 0) best = key;
      }
      return best ?? [];
    },
  };
}

/** Lexicographic order of two range keys. */
export function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k] - b[k];
  return a.length - b.length;
}

/** A literal first or last piece the name must start or end with: most names fail here. */
function quickCheck(tokens: Token[], name: string): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined) return name === '';
  if (first.kind === 'text' && !name.startsWith(first.text)) return false;
  return last.kind !== 'text' || name.endsWith(last.text);
}

/**
 * ok[i·(N+1) + j] = 1 when pieces i… match the name from position j on,
 * filled from the last piece and the end of the name backwards.
 */
function fillTable(tokens: Token[], name: string, path: boolean, ok: Uint8Array): void {
  const n = name.length;
  const w = n + 1;
  const t = tokens.length;
  for (let j = 0; j <= n; j++) ok[t * w + j] = j === n ? 1 : 0;
  for (let i = t - 1; i >= 0; i--) {
    const row = i * w;
    const next = row + w;
    const token = tokens[i];
    const crosses = (j: number): boolean => !path || name.charCodeAt(j) !== SLASH;
    ok[row + n] =
      token.kind === 'star' || token.kind === 'deep' || token.kind === 'folders' ? ok[next + n] : 0;
    switch (token.kind) {
      case 'text': {
        const length = token.text.length;
        for (let j = 0; j <= n; j++) {
          ok[row + j] =
            j + length <= n && ok[next + j + length] === 1 && name.startsWith(token.text, j)
              ? 1
              : 0;
        }
        break;
      }
      case 'one':
        for (let j = 0; j < n; j++) ok[row + j] = ok[next + j + 1] === 1 && crosses(j) ? 1 : 0;
        break;
      case 'star':
        for (let j = n - 1; j >= 0; j--) {
          ok[row + j] = ok[next + j] === 1 || (crosses(j) && ok[row + j + 1] === 1) ? 1 : 0;
        }
        break;
      case 'deep':
        for (let j = n - 1; j >= 0; j--) ok[row + j] = ok[next + j] | ok[row + j + 1];
        break;
      case 'folders': {
        // Zero folders, or any characters up to a `/` after which the rest matches.
        let after = 0;
        for (let j = n - 1; j >= 0; j--) {
          if (name.charCodeAt(j) === SLASH && ok[next + j + 1] === 1) after = 1;
          ok[row + j] = ok[next + j] | after;
        }
        break;
      }
      case 'range':
        for (let j = 0; j < n; j++) {
          ok[row + j] = rangeEnds(token, name, j, (end) => ok[next + end] === 1) < 0 ? 0 : 1;
        }
        break;
    }
  }
}

/**
 * The smallest number of the range written at position j (digits without a
 * leading zero) after which `rest(end)` holds, or -1 when there is none.
 */
function rangeEnds(
  token: Extract<Token, { kind: 'range' }>,
  name: string,
  j: number,
  rest: (end: number) => boolean,
): number {
  let value = 0;
  for (let k = j; k < name.length; k++) {
    const digit = name.charCodeAt(k) - ZERO;
    if (digit < 0 || digit > 9 || (k > j && value === 0)) break;
    value = value * 10 + digit;
    if (value > token.end) break;
    if (value >= token.start && rest(k + 1)) return value;
  }
  return -1;
}

/**
 * Walks a matching name forwards through the filled table, at each range
 * taking the smallest value that still lets the rest match.
 */
function smallestRanges(tokens: Token[], name: string, path: boolean, ok: Uint8Array): number[] {
  const n = name.length;
  const w = n + 1;
  let at = new Uint8Array(w);
  at[0] = 1;
  const key: number[] = [];
  tokens.forEach((token, i) => {
    const row = i * w;
    const next = row + w;
    const reach = new Uint8Array(w);
    let live = false;
    let best = Infinity;
    for (let j = 0; j <= n; j++) {
      const here = at[j] === 1 && ok[row + j] === 1;
      if (token.kind === 'text' && here) reach[j + token.text.length] = 1;
      else if (token.kind === 'one' && here) reach[j + 1] = 1;
      else if (token.kind === 'range' && here) {
        const value = rangeEnds(token, name, j, (end) => ok[next + end] === 1);
        if (value >= 0 && value < best) best = value;
      } else if (token.kind !== 'text' && token.kind !== 'one' && token.kind !== 'range') {
        live ||= here;
        if (!live) continue;
        const slash = name.charCodeAt(j) === SLASH;
        if (token.kind !== 'folders' || here) reach[j] = 1;
        if (token.kind === 'folders' && slash) reach[j + 1] = 1;
        if (token.kind === 'star' && path && slash) live = false;
      }
    }
    if (token.kind === 'range') {
      key.push(best);
      const digits = String(best).length;
      for (let j = 0; j + digits <= n; j++) {
        if (at[j] === 1 && ok[row + j] === 1 && name.startsWith(String(best), j)) {
          if (ok[next + j + digits] === 1) reach[j + digits] = 1;
        }
      }
    }
    at = reach;
  });
  return key;
}
