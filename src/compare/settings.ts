import type { GateCondition, MetricName } from '../config/types.js';
import type { Results } from '../results/types.js';

/** The gate settings a comparison applies. */
export interface GateSettings {
  failOn: GateCondition[];
  metric: MetricName;
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
 * either, the smaller tolerance, the smaller alpha — and the gate metric
 * stays main's while this change still computes it. Without a baseline the
 * head's settings apply. `changes` lists every setting that differs, for
 * the report to show.
 */
export function gateSettings(
  base: Results | undefined,
  head: Results,
): { settings: GateSettings; changes: GateSettingChange[] } {
  const mine = head.run.gate;
  if (base === undefined)
    return { settings: { failOn: [...mine.failOn], ...mine.regression }, changes: [] };
  const main = base.run.gate;
  const order: GateCondition[] = ['test-failure', 'regression', 'inconclusive'];
  const failOn = order.filter((c) => main.failOn.includes(c) || mine.failOn.includes(c));
  const metric = head.metrics.some((m) => m.name === main.regression.metric)
    ? main.regression.metric
    : mine.regression.metric;
  const settings: GateSettings = {
    failOn,
    metric,
    tolerance: Math.min(main.regression.tolerance, mine.regression.tolerance),
    alpha: Math.min(main.regression.alpha, mine.regression.alpha),
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
  note('metric', main.regression.metric, mine.regression.metric, metric);
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
