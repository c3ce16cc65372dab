import { closestNames } from '../config/suggest.js';

/** `[START:END]` in a name pattern: every integer from START to END, both included. */
const RANGE = /\[(\d+):(\d+)\]/;

/** Names expanded from one range pattern beyond which a config is surely a mistake. */
const MAX_EXPANSION = 10_000_000;

/**
 * Expands one entry of a config's list of layer or feature names into the
 * names it stands for, in the order of `known`'s positions for globs and in
 * range order for ranges:
 * - a plain name stands for itself;
 * - `*` (any run of characters) and `?` (one character) make it a glob over
 *   the known names;
 * - `[START:END]` is an index range, END included: `p[0:3]` is p0, p1, p2, p3,
 *   and `px_[2:5]_[2:5]` the 4 × 4 block px_2_2 … px_5_5 (the leftmost range
 *   varies slowest).
 * Returns the names, or a problem in words when the entry names nothing or
 * names something unknown. `index` maps every known name to its position.
 */
export function expandName(
  pattern: string,
  known: readonly string[],
  index: ReadonlyMap<string, number>,
  words: NameWords,
): { names: string[] } | { problem: string } {
  const candidates = expandRanges(pattern);
  if (typeof candidates === 'string') return { problem: candidates };
  const names: string[] = [];
  // Ranges only put digits in: a pattern without * or ? expands to no glob.
  const glob = /[*?]/.test(pattern);
  for (const candidate of candidates) {
    if (glob && /[*?]/.test(candidate)) {
      const regex = globToRegExp(candidate);
      const matches = known.filter((name) => regex.test(name));
      if (matches.length === 0) {
        return { problem: `no ${words.what} matches ${JSON.stringify(candidate)}` };
      }
      names.push(...matches);
    } else if (index.has(candidate)) {
      // The known string itself: later lookups of it compare one pointer, and the copy dies young.
      names.push(known[index.get(candidate)!]);
    } else {
      const hint = closestNames(candidate, known, 3);
      const suffix = hint.length > 0 ? ` (did you mean ${hint.join(', ')}?)` : '';
      const expanded = candidate === pattern ? '' : ` (from ${JSON.stringify(pattern)})`;
      return { problem: `${words.unknown(JSON.stringify(candidate) + expanded)}${suffix}` };
    }
  }
  return { names };
}

/** How errors speak of the names: `layer of the model`, and a sentence for an unknown one. */
export interface NameWords {
  what: string;
  unknown: (quoted: string) => string;
}

/** A map from each name to its position, for O(1) lookups. */
export function indexNames(names: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  return index;
}

function expandRanges(pattern: string): string[] | string {
  const match = RANGE.exec(pattern);
  if (match === null) return [pattern];
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (start > end)
    return `the range [${match[1]}:${match[2]}] in ${JSON.stringify(pattern)} is empty (END is included and must be at least START)`;
  const head = pattern.slice(0, match.index);
  const tails = expandRanges(pattern.slice(match.index + match[0].length));
  if (typeof tails === 'string') return tails;
  if ((end - start + 1) * tails.length > MAX_EXPANSION) {
    return `${JSON.stringify(pattern)} stands for more than ${MAX_EXPANSION} names`;
  }
  const names: string[] = [];
  for (let i = start; i <= end; i++) for (const tail of tails) names.push(`${head}${i}${tail}`);
  return names;
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}
