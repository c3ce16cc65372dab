import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { fitOnnxToTimeLimit, onnxPlanCost } from '../../src/onnx/budget.js';
import { loadOnnxRuntime } from '../../src/onnx/runtime/load.js';
import { OnnxSession } from '../../src/onnx/session.js';
import { disposeOnnxSuite, prepareOnnxSuite, type OnnxSuite } from '../../src/onnx/suite.js';
import type { Results } from '../../src/results/types.js';
import { runSuite } from '../../src/suite/run.js';
import { runCli } from '../hardening/helpers.js';
import { onnxRepo } from './helpers.js';

const CONFIG = 'suite/ablation.yml';

/**
 * A clock (ms) that advances 100 ms at each reading: every timed piece of the sample "takes"
 * 0.1 s, so the plan a time limit chooses is known exactly. The onnx-resnet plan: layers 26
 * deterministic + 4 stochastic (reinit), features 9 + 9 (permute) at 3 repeats; the sample
 * reads the clock 14 times (baseline scoring 2, 3 probes × 2 per kind), so 1.5 s have
 * elapsed at its end; the baseline pass itself is set to 0 s.
 * As configured: 1.5 + 0.1 + (26 + 4·3)·0.1 + (9 + 9·3)·0.1 = 9.0 s; at 2 repeats 7.7 s.
 */
function steppingClock(): () => number {
  let now = 0;
  return () => (now += 100);
}

/** The document without its timing: what must be byte-identical. */
const timeless = (results: Results) => JSON.stringify({ ...results, timing: null });

describe('a time limit on an ONNX suite: the timed sample and the TF.js budget plan', () => {
  let root: string;
  let suite: OnnxSuite;

  beforeAll(async () => {
    root = await onnxRepo('onnx-resnet');
    const config = await loadConfig(CONFIG, { cwd: root });
    const runtime = await loadOnnxRuntime('auto', [root]);
    suite = { ...(await prepareOnnxSuite(config, root, runtime)), baselineSeconds: 0 };
  }, 60_000);
  afterAll(async () => {
    if (suite !== undefined) await disposeOnnxSuite(suite);
  });

  it.each([
    // limit, repeats, rows, fits: 0.9 × limit is the target.
    [20, null, null, true],
    [9, { from: 3, to: 2 }, null, true],
    // (0.9·5 − 1.5) / (6.2 s / 599 rows) = 289.8 rows.
    [5, { from: 3, to: 2 }, { from: 599, to: 289 }, true],
    // Not even 50 rows fit: the floor, and the deadline decides.
    [1.5, { from: 3, to: 2 }, { from: 599, to: 50 }, false],
  ])('time-limit %s s → repeats %j, rows %j, fits %s', async (limit, repeats, rows, fits) => {
    const fitted = await fitOnnxToTimeLimit(suite, suite.components, {
      limit,
      startedAt: 0,
      clock: steppingClock(),
    });
    expect(fitted.budget).toEqual({ limit, estimate: 9, repeats, rows, notEvaluated: 0 });
    expect(fitted.fits).toBe(fits);
    expect(fitted.suite.config.repeats).toBe(repeats?.to ?? 3);
    expect(fitted.suite.dataset.n).toBe(rows?.to ?? 599);
    expect(fitted.deadline).toBe((limit - Math.max(0.5, 0.02 * limit)) * 1000);
  });

  it('the subsample: stratified rows, the model reads them, the baseline is the runtime’s on them', async () => {
    const fitted = await fitOnnxToTimeLimit(suite, suite.components, {
      limit: 5,
      startedAt: 0,
      clock: steppingClock(),
    });
    const kept = fitted.suite;
    expect(kept.modelData.n).toBe(289);
    expect(kept.modelData.x).toBe(kept.dataset.x);
    expect(kept.baseline).toHaveLength(289 * 10);
    // The runtime's own predictions on the kept rows (a fresh session): the same values.
    const session = await OnnxSession.create(
      suite.runtime,
      readFileSync(path.join(root, 'suite/model.onnx')),
      suite.session.io,
    );
    try {
      const direct = await session.predictAll(kept.modelData);
      let worst = 0;
      direct.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - kept.baseline[i]))));
      expect(worst).toBeLessThan(1e-6);
    } finally {
      await session.close();
    }
    // Each digit keeps its share of the rows (largest remainders).
    const counts = new Map<number, number>();
    for (const y of kept.dataset.y) counts.set(y, (counts.get(y) ?? 0) + 1);
    const full = new Map<number, number>();
    for (const y of suite.dataset.y) full.set(y, (full.get(y) ?? 0) + 1);
    for (const [label, n] of full) {
      expect(Math.abs(counts.get(label)! - (n * 289) / 599)).toBeLessThan(1);
    }
  });

  it('the fitted suite gives the same document twice, recording what the limit changed', async () => {
    const documents: Results[] = [];
    for (let run = 0; run < 2; run++) {
      const fitted = await fitOnnxToTimeLimit(suite, suite.components, {
        limit: 5,
        startedAt: 0,
        clock: steppingClock(),
      });
      documents.push(
        await runSuite(fitted.suite, {
          backend: suite.runtime.name,
          source: { commit: null, ref: null, configHash: `sha256:${'0'.repeat(64)}` },
          budget: { record: fitted.budget, deadline: Infinity, unitSeconds: 0 },
        }),
      );
    }
    expect(timeless(documents[1])).toBe(timeless(documents[0]));
    const [results] = documents;
    expect(results.run.repeats).toBe(2);
    expect(results.run.budget).toMatchObject({ repeats: { from: 3, to: 2 }, rows: { to: 289 } });
    expect(results.baseline.n).toBe(289);
    expect(results.predictions.shape).toEqual([289, 10]);
    const permuted = results.components.find((c) => c.mode === 'permute')!;
    expect(permuted.repeats).toBe(2);
  }, 60_000);

  it('validate’s plan cost: the plan’s size, and the same estimate as the budget', async () => {
    const cost = await onnxPlanCost(suite, suite.components, {
      limit: 9,
      elapsed: 1.5,
      clock: () => 0,
    });
    expect(cost).toMatchObject({ components: 48, evaluations: 74, repeats: 3, rows: 599 });
    expect(cost.bytes).toBeGreaterThan(50_000);
    const timed = await onnxPlanCost(suite, suite.components, {
      limit: 9,
      elapsed: 1.5,
      clock: (() => {
        let now = 0;
        return () => (now += 0.1);
      })(),
    });
    // As above without the elapsed 1.5 s, which only the limit's plan counts.
    expect(timed.seconds).toBeCloseTo(7.5, 9);
    expect(timed.budget).toMatchObject({ repeats: 2, rows: 599, fits: true });
  });
});

describe('a time limit on an ONNX suite through the command line', () => {
  it('validate prints the plan line and warns what run will reduce', async () => {
    const root = await onnxRepo('onnx-resnet');
    const file = path.join(root, CONFIG);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('repeats: 3', 'repeats: 3\ntime-limit: 0.01'),
    );
    for (const [backend, on] of [
      ['onnxruntime-web', 'one thread'],
      ['onnxruntime-node', 'onnxruntime-node’s threads'],
    ]) {
      const plan = await runCli(['validate', '--config', CONFIG, '--backend', backend], root);
      expect(plan.code).toBe(0);
      expect(plan.stdout).toMatch(
        new RegExp(
          `\\nplan: 74 evaluations of 48 components, about [\\d.]+ (s|min) on ${on} of this machine \\(a timed sample\\); results about \\d+ kB\\n$`,
        ),
      );
    }
    const run = await runCli(['validate', '--config', CONFIG], root);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /ablation-ci: warning: time-limit 0\.01 s: the plan needs an estimated [\d.]+ (s|min) here; run will reduce repeats 3 → 2 and rows 599 → 50, and report the components its deadline reaches as not evaluated \(time limit\)\n/,
    );
  }, 60_000);

  it('run says the reduction up front, records it, and the report shows it', async () => {
    const root = await onnxRepo('onnx-resnet');
    const file = path.join(root, CONFIG);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('repeats: 3', 'repeats: 3\ntime-limit: 0.01'),
    );
    const run = await runCli(
      ['run', '--config', CONFIG, '--out', 'r.json', '--report', 'r.md'],
      root,
    );
    expect(run.code).toBe(0);
    const notice =
      /ablation-ci: time limit 0\.01 s: the plan as configured needs an estimated [\d.]+ (s|min); reduced repeats 3 → 2 and rows 599 → 50 \(a stratified, seeded subsample\); even so it may not fit/;
    expect(run.stderr).toMatch(notice);
    const results = JSON.parse(await readFile(path.join(root, 'r.json'), 'utf8')) as Results;
    expect(results.run.repeats).toBe(2);
    expect(results.baseline.n).toBe(50);
    expect(results.run.budget).toMatchObject({
      repeats: { from: 3, to: 2 },
      rows: { from: 599, to: 50 },
      notEvaluated: 48,
    });
    const report = await readFile(path.join(root, 'r.md'), 'utf8');
    expect(report).toContain('reduced repeats 3 → 2 and rows 599 → 50');
    expect(report).toContain('48 components not evaluated before the deadline');
  }, 60_000);
});
