import { toPredictions } from '../../src/metrics/index.js';
import { Rng } from '../../src/stats/rng.js';
import {
  Baseline,
  scoreBaseline,
  scoreContributions,
  type AblatedComponent,
  type BaselineMetric,
} from '../../src/stats/contributions.js';
import { Resamples } from '../../src/stats/resamples.js';

/** The size of one bootstrap workload. */
export interface Scale {
  resamples: number;
  examples: number;
  components: number;
}

/** The engine's bootstrap on one workload: measured on some components, extrapolated to all. */
export interface BootstrapTiming {
  /** Share of the examples whose predicted class each component changes. */
  changed: number;
  /** Components timed. */
  measured: number;
  /** `scoreContributions` with no component: drawing each resample and the baseline's counts. */
  fixedSeconds: number;
  /** What each further component adds. */
  perComponentSeconds: number;
  /** `scoreBaseline` + fixed + components × per component. */
  totalSeconds: number;
}

const SEED = 7;

/**
 * The engine's bootstrap on accuracy as `runSuite` runs it for one metric:
 * `scoreBaseline`, then `scoreContributions` over one chunk of components
 * sharing the same `Resamples`, on synthetic binary predictions. The
 * baseline is right on about 90% of the examples; each component flips the
 * predicted class of a random share of them. That share is what the cost of
 * a component depends on (count metrics are scored from the examples a
 * component changes), so it is a parameter.
 */
export class BootstrapBench {
  private readonly labels: Float64Array;
  private readonly outputs: Float32Array;
  private readonly baseline: Baseline;
  private readonly resamples: Resamples;
  private base: { metric: BaselineMetric; seconds: number } | undefined;

  constructor(readonly scale: Scale) {
    const n = scale.examples;
    const rng = Rng.stream(SEED, 'synthetic');
    this.labels = Float64Array.from({ length: n }, () => (rng.next() < 0.4 ? 1 : 0));
    this.outputs = Float32Array.from(this.labels, (y) => {
      const confidence = 0.55 + 0.45 * rng.next();
      return (y === 1) === rng.next() < 0.9 ? confidence : 1 - confidence;
    });
    this.baseline = new Baseline(
      ['accuracy'],
      toPredictions('binary', this.labels, this.outputs, n, 1),
    );
    this.resamples = new Resamples(SEED, n, scale.resamples);
  }

  /** Seconds to draw every resample's counts once, and nothing else. */
  drawSeconds(): number {
    const started = performance.now();
    let total = 0;
    for (const block of this.resamples.blocks()) total += block.weights[0];
    if (!(total >= 0)) throw new Error('no resamples drawn');
    return (performance.now() - started) / 1000;
  }

  /** Seconds of `scoreBaseline` (once per metric and run); timed on the first call. */
  baselineSeconds(): number {
    if (this.base === undefined) {
      const started = performance.now();
      const metric = scoreBaseline('accuracy', this.baseline, this.resamples);
      this.base = { metric, seconds: (performance.now() - started) / 1000 };
    }
    return this.base.seconds;
  }

  /**
   * Times `scoreContributions` with no component and with `measured` of
   * them, each changing a `changed` share of the predictions, and
   * extrapolates linearly to the scale's component count.
   */
  contributions(changed: number, measured: number): BootstrapTiming {
    const baselineSeconds = this.baselineSeconds();
    const fixedSeconds = this.score([]);
    const rng = Rng.stream(SEED, 'components', changed);
    const components = Array.from({ length: measured }, (_, c) => {
      const flipped = Float32Array.from(this.outputs, (p) => (rng.next() < changed ? 1 - p : p));
      const ablated = toPredictions('binary', this.labels, flipped, this.scale.examples, 1);
      return { id: `component-${c}`, ablated: [this.baseline.record(ablated)] };
    });
    const perComponentSeconds = (this.score(components) - fixedSeconds) / measured;
    return {
      changed,
      measured,
      fixedSeconds,
      perComponentSeconds,
      totalSeconds: baselineSeconds + fixedSeconds + this.scale.components * perComponentSeconds,
    };
  }

  private score(components: AblatedComponent[]): number {
    const started = performance.now();
    const scored = scoreContributions(
      [this.base!.metric],
      this.baseline,
      components,
      this.resamples,
      {
        seed: SEED,
        confidence: 0.95,
      },
    );
    const seconds = (performance.now() - started) / 1000;
    for (const [id, metrics] of scored) {
      if (metrics.accuracy.value === null) throw new Error(`${id}: ${metrics.accuracy.reason}`);
    }
    return seconds;
  }
}
