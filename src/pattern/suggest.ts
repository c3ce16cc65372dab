/**
 * "Did you mean" for misspelt keys and names: one edit distance behind every
 * suggestion the config, the data loader and the ablation planner make.
 */

/**
 * The known key closest to a misspelt one, comparing case-insensitively and
 * treating `_`, `-` and camelCase humps alike (so `min_examples` and
 * `minExamples` both find `min-examples`).
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const wanted = normalize(key);
  const limit = Math.min(2, Math.floor(wanted.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(wanted, normalize(name));
    if (distance <= limit && (best === undefined || distance < best.distance)) {
      best = { name, distance };
    }
  }
  return best?.name;
}

function normalize(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/_/g, '-');
}

/**
 * Up to `count` known names closest to a wrong one (by edit distance, ties
 * in the order given), for "did you mean" lists that stay short however many
 * names there are.
 */
export function closestNames(name: string, known: readonly string[], count: number): string[] {
  const wanted = name.toLowerCase();
  return known
    .map((candidate, order) => ({
      candidate,
      order,
      distance: editDistance(wanted, candidate.toLowerCase()),
    }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, count)
    .map((entry) => entry.candidate);
}

/**
 * The candidates close to `name` (edit distance, ignoring case; a name that
 * contains the other counts as close), best first, at most `max` of them;
 * none when nothing is close.
 */
export function closeNames(name: string, candidates: readonly string[], max = 3): string[] {
  const lower = name.toLowerCase();
  // About one edit per three characters, and never a whole name's worth.
  const limit = Math.min(Math.max(1, Math.floor(name.length / 3)), name.length - 1);
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    let distance = editDistance(lower, other, limit);
    if (distance > limit && lower.length >= 3 && (other.includes(lower) || lower.includes(other))) {
      distance = limit;
    }
    if (distance <= limit) scored.push({ candidate, distance });
  }
  scored.sort((a, b) => a.distance - b.distance);
  return scored.slice(0, max).map((s) => s.candidate);
}

/**
 * The tail of an "unknown name" message: the close names when there are
 * some, else the list of known names (at most 20) after `noun`.
 */
export function unknownNameHint(name: string, candidates: readonly string[], noun: string): string {
  const close = closeNames(name, candidates);
  if (close.length > 0) return `did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`;
  const shown = candidates.slice(0, 20).join(', ');
  const more = candidates.length > 20 ? `, … (${candidates.length - 20} more)` : '';
  return `${noun}: ${shown}${more}`;
}

/**
 * Levenshtein distance with adjacent transpositions (optimal string
 * alignment), giving up (returning `limit + 1`) once every alignment of a
 * row exceeds `limit`.
 */
function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2] + 1);
      }
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}
