import { beforeAll, describe, expect, it } from 'vitest';
import type { Component } from '../../src/ablation/plan.js';
import { planUnits } from '../../src/ablation/units.js';
import { loadConfig } from '../../src/config/load.js';
import { CHUNK_ENDS, chunkIndices } from '../../src/suite/chunks.js';
import { prepareSuite } from '../../src/suite/prepare.js';
import { runSuite } from '../../src/suite/run.js';
import { useWasm } from '../helpers/backend.js';

beforeAll(useWasm);

const cwd = process.cwd();
const source = { commit: 'abc', ref: 'main', configHash: `sha256:${'0'.repeat(64)}` };
const clock = () => new Date('2026-01-01T00:00:00Z');

/** The breast-cancer plan: 78 applicable components, 226 evaluations (5 repeats). */
async function breastCancer(): Promise<{ components: Component[]; applicable: number[] }> {
  const config = await loadConfig('examples/breast-cancer/ablation.yml', { cwd });
  const suite = await prepareSuite(config, cwd);
  suite.model.dispose();
  const applicable = suite.components.flatMap((c, i) => (c.notApplicable ? [] : [i]));
  return { components: suite.components, applicable };
}

const evaluations = (components: Component[], indices: number[]): number =>
  indices.reduce((sum, i) => sum + (components[i].stochastic ? 5 : 1), 0);

const unbounded = { bytesPerEvaluation: 4, maxBytes: Infinity, maxUnits: Infinity };

describe('evaluation chunks', () => {
  it('end at the first component boundary past a half, three quarters, seven eighths and fifteen sixteenths', async () => {
    const { components, applicable } = await breastCancer();
    const plan = { components, repeats: 5, n: 199, rowsPerPass: 199 };
    const chunks = chunkIndices(plan, applicable, unbounded);
    expect(chunks.flat()).toEqual(applicable);
    let done = 0;
    const ends = chunks.map((chunk) => (done += evaluations(components, chunk)));
    // Of 226: 113, 169.5 → 170, 197.75 → 198, 211.9 → 212.
    expect(CHUNK_ENDS.map((share) => Math.ceil(share * 226))).toEqual([113, 170, 198, 212]);
    expect(ends).toEqual([116, 170, 200, 212, 226]);
  });

  it('never split a stacked feature pass of the whole plan between two chunks', async () => {
    const { components, applicable } = await breastCancer();
    // 5,000 rows with room for 20,000 a pass: each feature unit stacks three 5,000-row segments.
    const plan = { components, repeats: 5, n: 5000, rowsPerPass: 20_000 };
    const chunks = chunkIndices(plan, applicable, unbounded);
    expect(chunks.length).toBe(5);
    const chunkOf = new Map(chunks.flatMap((chunk, k) => chunk.map((i) => [i, k] as const)));
    const units = planUnits(components, applicable, 5, 5000, 20_000);
    const stacked = units.filter((u) => u.on === 'features' && u.segments.length > 1);
    expect(stacked.length).toBeGreaterThan(50);
    for (const unit of units.filter((u) => u.on === 'features')) {
      expect(new Set(unit.segments.map((s) => chunkOf.get(s.component))).size).toBe(1);
    }
  });

  it('hold no more than a time limit’s evaluations or the output memory allow', async () => {
    const { components, applicable } = await breastCancer();
    const plan = { components, repeats: 5, n: 199, rowsPerPass: 199 };
    for (const bounds of [
      { ...unbounded, maxUnits: 7 },
      { bytesPerEvaluation: 100, maxBytes: 1000, maxUnits: Infinity },
    ]) {
      const chunks = chunkIndices(plan, applicable, bounds);
      expect(chunks.flat()).toEqual(applicable);
      const limit = Math.min(bounds.maxUnits, bounds.maxBytes / bounds.bytesPerEvaluation);
      for (const chunk of chunks) expect(evaluations(components, chunk)).toBeLessThanOrEqual(limit);
      expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil(226 / limit));
    }
  });

  it('change no number: one chunk, the default halving chunks and tenths give the same document', async () => {
    const config = await loadConfig('examples/breast-cancer/ablation.yml', { cwd });
    const suite = await prepareSuite({ ...config, resamples: 200 }, cwd);
    const documents: string[] = [];
    try {
      for (const chunkEnds of [[], undefined, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]]) {
        const results = await runSuite(suite, {
          backend: 'wasm',
          source,
          workers: 2,
          now: clock,
          ...(chunkEnds === undefined ? {} : { chunkEnds }),
        });
        documents.push(JSON.stringify(results));
      }
    } finally {
      suite.model.dispose();
    }
    expect(documents[1]).toBe(documents[0]);
    expect(documents[2]).toBe(documents[0]);
  });
});
