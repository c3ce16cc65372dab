import { closestNames } from './suggest.js';
import { compareKeys, compileMatcher } from './match.js';
import { expandNames, parsePattern } from './syntax.js';

/** How errors speak of the names: `layer of the model`, and a sentence for an unknown one. */
export interface NameWords {
  what: string;
  /** The problem with `name`, not a known one, which config entry `entry` stands for. */
  unknown: (name: string, entry: string) => string;
}

/**
 * Expands one entry of a config's list of layer, feature or column names
 * into the positions in `known` of the names it stands for (see syntax.ts):
 * - a name in `known` stands for itself, whatever characters it has;
 * - an entry without `*` or `?` spells out names: its ranges and `{a,b}`
 *   alternatives expand in written order (the leftmost varies slowest), and
 *   each name must be known;
 * - otherwise it is matched against every known name once: its matches in
 *   `known`'s order, or, when it has ranges, in range order (the smallest
 *   value each range can take in the name) and then `known`'s order.
 * Returns the positions, or a problem in words when the entry is malformed,
 * names nothing or names something unknown. `index` maps each known name to
 * its first position.
 */
export function expandName(
  entry: string,
  known: readonly string[],
  index: ReadonlyMap<string, number>,
  words: NameWords,
): { positions: number[] } | { problem: string } {
  const exact = index.get(entry);
  if (exact !== undefined) return { positions: [exact] };
  const pattern = parsePattern(entry, 'name');
  if ('problem' in pattern) return pattern;
  if (!pattern.glob) {
    // The names a range spells usually stand one after another in `known`: the next position
    // is compared first, and the index hashes a name only when it is not there (or when
    // `known` repeats a name, so that the first position counts).
    const unique = index.size === known.length;
    const positions: number[] = [];
    let last = -1;
    for (const name of expandNames(pattern.nodes)) {
      const position = unique && known[last + 1] === name ? last + 1 : index.get(name);
      if (position === undefined) return { problem: words.unknown(name, entry) };
      positions.push(position);
      last = position;
    }
    return { positions };
  }
  const matcher = compileMatcher(pattern, 'name');
  const positions: number[] = [];
  known.forEach((name, position) => {
    if (matcher.test(name)) positions.push(position);
  });
  if (positions.length === 0) {
    return { problem: `no ${words.what} matches ${JSON.stringify(entry)}` };
  }
  if (!pattern.ranges) return { positions };
  const keys = new Map(positions.map((p) => [p, matcher.rangeKey(known[p])]));
  return { positions: positions.sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!) || a - b) };
}

const indexes = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

/**
 * A map from each name to its first position, for O(1) lookups. Made once
 * per array (kept while the array lives): the plan and the evaluator look up
 * the same 150,528 pixel names of an image suite in one index. The array must
 * not change once indexed (the eval data's names and a model's never do).
 */
export function indexNames(names: readonly string[]): ReadonlyMap<string, number> {
  let index = indexes.get(names);
  if (index === undefined) {
    const made = new Map<string, number>();
    // Last to first: a repeated name ends at its first position, one map operation per name.
    for (let i = names.length - 1; i >= 0; i--) made.set(names[i], i);
    indexes.set(names, (index = made));
  }
  return index;
}

/** `"p5"`, or `"p5" (from "p[0:9]")` when a pattern stood for the name. */
export function quoteFrom(name: string, entry: string): string {
  return JSON.stringify(name) + (name === entry ? '' : ` (from ${JSON.stringify(entry)})`);
}

/**
 * " (did you mean …?)" for an unknown name: the paths that end in it when
 * it is a bare name of a layer inside nested models (`dense_1` →
 * `head/dense_1`), else the closest few names.
 */
export function nameHint(name: string, known: readonly string[]): string {
  const inside = known.filter((k) => k.endsWith(`/${name}`));
  const names = inside.length > 0 ? inside.slice(0, 3) : closestNames(name, known, 3);
  return names.length > 0 ? ` (did you mean ${names.join(', ')}?)` : '';
}
