import type { Dataset } from '../data/types.js';
import type { Results } from '../results/types.js';

/**
 * Facts about the eval data for the report's data checks: examples per
 * class, and rows that repeat another row exactly (features and label).
 * NaN and infinite feature values never get here: loading rejects them.
 */
export function dataChecks(dataset: Dataset): Results['data'] {
  const labelCounts =
    dataset.classes === undefined
      ? null
      : Object.fromEntries(dataset.classes.map((name) => [name, 0]));
  if (labelCounts !== null) {
    for (let i = 0; i < dataset.n; i++) labelCounts[dataset.classes![dataset.y[i]]]++;
  }
  const f = dataset.features.length;
  const seen = new Set<string>();
  let duplicateRows = 0;
  for (let i = 0; i < dataset.n; i++) {
    const key = `${Array.from(dataset.x.subarray(i * f, (i + 1) * f)).join(',')}|${dataset.y[i]}`;
    if (seen.has(key)) duplicateRows++;
    else seen.add(key);
  }
  return { labelCounts, duplicateRows };
}
