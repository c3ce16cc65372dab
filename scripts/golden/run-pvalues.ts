/**
 * The contribution p-values of a real run of the breast-cancer example
 * (wasm backend), written to test/golden/run-pvalues.json for
 * scripts/golden/exact.py to adjust with an independent Benjamini–Hochberg.
 *
 *     npx tsx scripts/golden/run-pvalues.ts && /usr/bin/python3 scripts/golden/exact.py
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runEngine } from '../../src/pipeline/engine.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const { results } = await runEngine('examples/breast-cancer/ablation.yml', {
  cwd: ROOT,
  backend: 'wasm',
  source: () => Promise.resolve({ commit: null, ref: null }),
});
const metrics = results.metrics.map((m) => m.name);
const pvalues = Object.fromEntries(
  metrics.map((metric) => [
    metric,
    results.components.flatMap((c) => {
      const contribution = c.metrics?.[metric];
      return contribution === undefined || contribution.value === null
        ? []
        : [{ id: c.id, p: contribution.p }];
    }),
  ]),
);
const out = path.join(ROOT, 'test', 'golden', 'run-pvalues.json');
writeFileSync(
  out,
  `${JSON.stringify({ suite: results.suite, seed: results.run.seed, pvalues }, null, 1)}\n`,
);
console.log(`wrote ${out}`);
