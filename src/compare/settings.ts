import type { GateCondition, MetricName } from '../config/types.js';
import type { Results } from '../results/types.js';

/** The gate settings a comparison applies. */
export interface GateSettings {
  failOn: GateCondition[];
  /** Gated on all eval data: main's gate metric, and this change's when it names another. */
  metrics: MetricName[];
  tolerance: number;
  alpha: number;
}

/** One gate setting that this change edits, and the value the gate applies. */
export interface GateSettingChange {
  setting: 'fail-on' | 'metric' | 'tolerance' | 'alpha';
  base: string;
  head: string;
  applied: string;
}

/**
 * The gate settings for comparing `head` with `base`: a pull request must not
 * loosen its own gate by editing `ablation.yml`, so each setting is the
 * stricter of main's and this change's — every `fail-on` condition of
 * either, the smaller tolerance, the larger alpha (a check regresses when
 * its p is at most alpha: a smaller alpha blocks less) — and main's gate
 * metric is always gated, from the stored predictions, whether or not this
 * change still lists it in `metrics`; this change's own gate metric is
 * gated beside it. Without a baseline the head's settings apply. `changes`
 * lists every setting that differs, for the report to show.
 */
export function gateSettings(
  base: Results | undefined,
  head: Results,
): { settings: GateSettings; changes: GateSettingChange[] } {
  const mine = head.run.gate;
  if (base === undefined)
    return {
      settings: {
        failOn: [...mine.failOn],
        metrics: [mine.regression.metric],
        tolerance: mine.regression.tolerance,
        alpha: mine.regression.alpha,
      },
      changes: [],
    };
  const main = base.run.gate;
  const order: GateCondition[] = ['test-failure', 'regression', 'inconclusive', 'sensitivity'];
  const failOn = order.filter((c) => main.failOn.includes(c) || mine.failOn.includes(c));
  const metrics = [...new Set([main.regression.metric, mine.regression.metric])];
  const settings: GateSettings = {
    failOn,
    metrics,
    tolerance: Math.min(main.regression.tolerance, mine.regression.tolerance),
    alpha: Math.max(main.regression.alpha, mine.regression.alpha),
  };
  const list = (conditions: GateCondition[]): string =>
    conditions.length === 0 ? '[]' : `[${order.filter((c) => conditions.includes(c)).join(', ')}]`;
  const changes: GateSettingChange[] = [];
  const note = (
    setting: GateSettingChange['setting'],
    before: string,
    after: string,
    applied: string,
  ): void => {
    if (before !== after) changes.push({ setting, base: before, head: after, applied });
  };
  note('fail-on', list(main.failOn), list(mine.failOn), list(failOn));
  note('metric', main.regression.metric, mine.regression.metric, metrics.join(' and '));
  note(
    'tolerance',
    String(main.regression.tolerance),
    String(mine.regression.tolerance),
    String(settings.tolerance),
  );
  note(
    'alpha',
    String(main.regression.alpha),
    String(mine.regression.alpha),
    String(settings.alpha),
  );
  return { settings, changes };
}
