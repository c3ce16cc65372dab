import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { startEvaluation } from '../../src/suite/evaluation.js';
import { prepareSuite } from '../../src/suite/prepare.js';
import { useWasm } from '../helpers/backend.js';

beforeAll(useWasm);

const cwd = process.cwd();

describe('evaluation chunks under a time limit', () => {
  it('hold at most maxUnits evaluations each, and admit refuses a chunk and every later one', async () => {
    const config = await loadConfig('examples/breast-cancer/ablation.yml', { cwd });
    const suite = await prepareSuite({ ...config, repeats: 2 }, cwd);
    const evaluation = await startEvaluation(suite, { backend: 'wasm', workers: 1 });
    const units = (components: { stochastic: boolean }[]): number =>
      components.reduce((sum, c) => sum + (c.stochastic ? 2 : 1), 0);
    try {
      const asked: number[] = [];
      const chunks: { units: number; evaluated: boolean }[] = [];
      const limits = {
        maxUnits: 3,
        admit: (n: number) => {
          asked.push(n);
          return asked.length <= 2;
        },
      };
      for await (const chunk of evaluation.chunks(undefined, limits)) {
        chunks.push({ units: units(chunk.components), evaluated: chunk.outputs !== undefined });
      }
      const applicable = suite.components.filter((c) => c.notApplicable === undefined);
      expect(chunks.reduce((sum, c) => sum + c.units, 0)).toBe(units(applicable));
      expect(chunks.length).toBeGreaterThan(3);
      for (const chunk of chunks) expect(chunk.units).toBeLessThanOrEqual(3);
      // Two chunks admitted, the third refused; none is asked about after that.
      expect(asked).toEqual(chunks.slice(0, 3).map((c) => c.units));
      expect(chunks.map((c) => c.evaluated)).toEqual(chunks.map((_, k) => k < 2));
    } finally {
      await evaluation.close();
      suite.model.dispose();
    }
  });
});
