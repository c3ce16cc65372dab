import { beforeAll, describe, expect, it } from 'vitest';
import type { MetricName } from '../../src/config/types.js';
import { prepareMetric } from '../../src/metrics/index.js';
import { METRICS } from '../../src/metrics/registry.js';
import type { Predictions } from '../../src/metrics/types.js';
import { percentileInterval } from '../../src/stats/bootstrap.js';
import {
  Baseline,
  scoreBaseline,
  scoreContributions,
  type AblatedComponent,
  type ContributionInterval,
} from '../../src/stats/contributions.js';
import { Resamples } from '../../src/stats/resamples.js';
import { useWasm } from '../helpers/backend.js';
import { examplePredictions, type ExamplePredictions } from './examples.js';
import { referenceScores } from './reference.js';

const B = 300;
const CONFIDENCE = 0.95;

let digits: ExamplePredictions;

beforeAll(async () => {
  await useWasm();
  digits = await examplePredictions('digits', { every: 9, repeats: 3 });
}, 120_000);

function score(
  metrics: MetricName[],
  data: ExamplePredictions,
  resamples: Resamples,
  pick: (components: AblatedComponent[]) => AblatedComponent[][],
): Map<string, Record<string, ContributionInterval>> {
  const baseline = new Baseline(metrics, data.baseline);
  const bases = metrics.map((name) => scoreBaseline(name, baseline, resamples));
  const components = data.components.map((c) => ({
    id: c.id,
    ablated: c.ablated.map((p) => baseline.record(p)),
  }));
  const scored = new Map<string, Record<string, ContributionInterval>>();
  for (const chunk of pick(components)) {
    const options = { seed: data.seed, confidence: CONFIDENCE };
    for (const [id, record] of scoreContributions(bases, baseline, chunk, resamples, options)) {
      scored.set(id, record);
    }
  }
  return scored;
}

/** What the straightforward bootstrap gives for one component and metric. */
function reference(
  name: MetricName,
  baseline: Predictions,
  component: { id: string; ablated: Predictions[] },
  resamples: Resamples,
  seed: number,
): { value: number; valueCi: number[]; contribution: number; ci: number[] } {
  const { values, effects, point } = referenceScores(name, baseline, component, resamples, seed);
  const sign = METRICS[name].higherIsBetter ? 1 : -1;
  const baseValue = prepareMetric(name, baseline)();
  return {
    value: point,
    valueCi: percentileInterval(values, CONFIDENCE),
    contribution: sign * (baseValue - point),
    ci: percentileInterval(effects, CONFIDENCE),
  };
}

describe('scoreBaseline', () => {
  it('takes bare predictions too, scoring every resample as the metric does', () => {
    const resamples = new Resamples(digits.seed, digits.baseline.n, B);
    const scored = scoreBaseline('f1_macro', digits.baseline, resamples);
    const metric = prepareMetric('f1_macro', digits.baseline);
    expect(scored.value).toBe(metric());
    expect(scored.samples).toEqual(
      Float64Array.from({ length: B }, (_, b) => metric(resamples.get(b))),
    );
  });
});

describe('scoreContributions', () => {
  it('gives the straightforward bootstrap’s intervals, repeats folded in (p-values: significance.ts)', () => {
    const metrics: MetricName[] = ['accuracy', 'f1_macro', 'log_loss'];
    const resamples = new Resamples(digits.seed, digits.baseline.n, B);
    const scored = score(metrics, digits, resamples, (all) => [all]);
    expect(digits.components.some((c) => c.ablated.length === 3)).toBe(true);
    for (const component of digits.components) {
      for (const name of metrics) {
        const actual = scored.get(component.id)![name];
        const expected = reference(name, digits.baseline, component, resamples, digits.seed);
        if (actual.value === null) throw new Error(`${component.id} ${name}: ${actual.reason}`);
        const got = {
          value: actual.value,
          valueCi: actual.valueCi,
          contribution: actual.contribution,
          ci: actual.ci,
        };
        if (name === 'log_loss') {
          // Loss sums in another order: equal to rounding at the metric's scale.
          const scale = Math.abs(expected.value);
          const close = (x: number, y: number): void =>
            expect(Math.abs(x - y), `${component.id} ${name}`).toBeLessThanOrEqual(1e-12 * scale);
          close(got.value, expected.value);
          close(got.contribution, expected.contribution);
          got.valueCi.forEach((x, i) => close(x, expected.valueCi[i]));
          got.ci.forEach((x, i) => close(x, expected.ci[i]));
        } else {
          expect(got, `${component.id} ${name}`).toEqual(expected);
        }
      }
    }
  });

  it('scores a component the same whatever shares its chunk or its blocks of resamples', () => {
    const metrics: MetricName[] = ['accuracy', 'f1_macro', 'log_loss', 'roc_auc'];
    const n = digits.baseline.n;
    const together = score(metrics, digits, new Resamples(digits.seed, n, B), (all) => [all]);
    const alone = score(metrics, digits, new Resamples(digits.seed, n, B, 70 * n), (all) =>
      all.map((c) => [c]).reverse(),
    );
    expect(alone).toEqual(together);
    expect([...alone.keys()].sort()).toEqual(digits.components.map((c) => c.id).sort());
  });
});
