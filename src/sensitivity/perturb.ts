import { Rng } from '../stats/rng.js';

/**
 * The noise of a feature's or a weight's curve: at level s a value v becomes
 *
 *     μ + √(1 − s²) · (v − μ) + s · σ · ε,   ε ~ N(0, 1)
 *
 * additive Gaussian noise of standard deviation s·σ, with the value shrunk
 * toward its mean just enough that the spread stays σ (to first order in s
 * it is plain additive noise: v + s·σ·ε). At s = 0 the value is returned
 * unchanged, to the bit; at s = 1 it is μ + σ·ε, an independent draw with
 * the component's mean and spread. With a user-given scale (`scale: 0.5`)
 * there is no shrink: v + s · scale · ε.
 */
export function perturbed(
  v: number,
  mean: number,
  sigma: number,
  s: number,
  e: number,
  shrink = true,
): number {
  if (s === 0) return v;
  if (!shrink) return v + s * sigma * e;
  return replaced(v, mean + sigma * e, mean, s);
}

/**
 * The same path toward a given replacement w (a draw with the component's
 * mean and spread — for `draws: permutation`, the value of another row):
 *
 *     μ + √(1 − s²) · (v − μ) + s · (w − μ)
 *
 * exactly v at s = 0 and exactly w at s = 1, so a feature's curve with
 * permuted replacements ends on its `permute` ablation by construction.
 */
export function replaced(v: number, w: number, mean: number, s: number): number {
  if (s === 0) return v;
  if (s === 1) return w;
  return mean + Math.sqrt(1 - s * s) * (v - mean) + s * (w - mean);
}

/**
 * The noise of a layer's output: at level s a value v becomes
 *
 *     μ + (1 − s²) · (v − μ) + s · √(1 − s²) · σ · ε
 *
 * — the feature's noisy copy y = μ + √(1 − s²)(v − μ) + s·σ·ε, then shrunk
 * toward the mean by √(1 − s²), which is E[v | y] for a Gaussian v: the
 * best linear reading of the value from its noisy copy (a Wiener filter).
 * To first order in s it is additive noise v + s·σ·ε, as for a feature;
 * its correlation with v is √(1 − s²) at every s, as for a feature; and at
 * s = 1 the copy says nothing, so the value is exactly μ: the `mean`
 * ablation. Plain noise μ + σ·ε would not end there, since a nonlinearity
 * above the layer does not map noise around μ to its value at μ.
 */
export function faded(v: number, mean: number, sigma: number, s: number, e: number): number {
  if (s === 0) return v;
  if (s === 1) return mean;
  const keep = Math.sqrt(1 - s * s);
  return mean + keep * (keep * (v - mean) + s * sigma * e);
}

/** `count` standard normal draws from the curve's own stream (the same at every grid point). */
export function noiseDraws(
  seed: number,
  id: string,
  repeat: number,
  part: string,
  count: number,
): Float32Array {
  const rng = Rng.stream(seed, 'sensitivity', id, repeat, part);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = rng.normal();
  return out;
}

/** Mean and standard deviation (population) of `values`. */
export function spread(values: ArrayLike<number>): { mean: number; sd: number } {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  const mean = values.length === 0 ? 0 : sum / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i] - mean) ** 2;
  return { mean, sd: values.length === 0 ? 0 : Math.sqrt(squares / values.length) };
}
