import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/pipeline/engine.js';
import { exact } from '../stats/exact-golden.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

// Issue 11.3: q on a real run's p-values against an independent
// Benjamini–Hochberg (NumPy, scripts/golden/exact.py; SciPy 1.10 has no
// false_discovery_control). Dropping the BH step in runSuite fails this.
describe('runSuite on the breast-cancer example', () => {
  it('sets every q to the textbook Benjamini–Hochberg of the run’s p-values', async () => {
    const { results } = await runEngine('examples/breast-cancer/ablation.yml', {
      cwd: ROOT,
      backend: 'wasm',
      source: () => Promise.resolve({ commit: null, ref: null }),
    });
    expect(results.run.seed).toBe(exact.bh.seed);
    let adjusted = 0;
    for (const [metric, rows] of Object.entries(exact.bh.metrics)) {
      for (const { id, p, q } of rows) {
        const c = results.components.find((x) => x.id === id)?.metrics?.[metric];
        if (c === undefined || c.value === null) throw new Error(`${id} has no ${metric}`);
        expect(c.p, `${id} ${metric} p`).toBe(p);
        expect(Math.abs(c.q - q), `${id} ${metric} q`).toBeLessThanOrEqual(1e-12 * q);
        if (q !== p) adjusted++;
      }
    }
    // Most q differ from their p, so a q left at p cannot pass.
    expect(adjusted).toBeGreaterThan(100);
  }, 120_000);
});
