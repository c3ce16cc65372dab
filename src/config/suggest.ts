/**
 * "Did you mean" for unknown keys: the known key closest to a misspelt one,
 * comparing case-insensitively and treating `_`, `-` and camelCase humps alike
 * (so `min_examples` and `minExamples` both find `min-examples`).
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

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
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
