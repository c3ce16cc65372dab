import { clopperPearsonInterval } from './clopper-pearson.js';
import { normalQuantile } from './normal.js';

/** The most examples the searches below look at; past it they give up (undefined). */
const LIMIT = 100_000_000;

/**
 * About how many examples a one-sided test with p-value `p` on `n` examples
 * needs to reach p ≤ `level`, if the observed effect and its per-example
 * variance stay as they are. A one-sided test's statistic z = effect / (sd /
 * √n) grows with √n, and z = Φ⁻¹(1 − p) is what the observed p says of it;
 * so N = n · (Φ⁻¹(1 − level) / Φ⁻¹(1 − p))², rounded up. This is the normal
 * approximation of the paired test's power at the observed effect ("the
 * sample size at which the observed result would be significant"), not a
 * promise: a new sample has its own effect. Undefined when p ≥ 0.5 (no
 * effect in the tested direction: no n makes it significant) or past 10^8.
 * When p is already at or below `level`, n itself.
 */
export function examplesToSignificance(p: number, n: number, level: number): number | undefined {
  if (!(n > 0) || !(level > 0 && level < 1) || !(p >= 0 && p <= 1)) return undefined;
  if (p <= level) return n;
  const observed = normalQuantile(1 - p);
  if (!(observed > 0)) return undefined;
  const needed = normalQuantile(1 - level);
  const examples = Math.ceil(n * (needed / observed) ** 2);
  return examples <= LIMIT ? examples : undefined;
}

/**
 * How many examples a proportion observed as `successes` of `trials` needs,
 * at the same rate, for its Clopper–Pearson interval at `confidence` to lie
 * wholly on the rate's side of `threshold` (touching it allowed when
 * `touching` is true: a `>=` test passes at a lower end equal to the
 * threshold). Exact: each candidate N is tried with round(rate · N)
 * successes, the smallest N that decides by a doubling search and then a
 * bisection (the interval narrows as N grows; rounding can make one N
 * either side disagree, hence "about"). 30 of 30 against ≥ 0.90 at 95%
 * needs 36 (0.025^(1/N) ≥ 0.9 from N = 35.01). Undefined when the rate
 * equals the threshold (no N decides) or past 10^8; `trials` itself when it
 * already decides.
 */
export function examplesToDecide(
  successes: number,
  trials: number,
  confidence: number,
  threshold: number,
  touching: boolean,
): number | undefined {
  if (!(trials > 0) || successes < 0 || successes > trials) return undefined;
  const rate = successes / trials;
  if (rate === threshold) return undefined;
  const above = rate > threshold;
  const decides = (n: number): boolean => {
    const k = n === trials ? successes : Math.min(n, Math.max(0, Math.round(rate * n)));
    const [low, high] = clopperPearsonInterval(k, n, confidence);
    if (above) return touching ? low >= threshold : low > threshold;
    return touching ? high <= threshold : high < threshold;
  };
  if (decides(trials)) return trials;
  let low = trials;
  let high = trials * 2;
  while (!decides(high)) {
    low = high;
    high *= 2;
    if (high > LIMIT) return undefined;
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (decides(middle)) high = middle;
    else low = middle;
  }
  return high;
}
