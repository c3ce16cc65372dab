import { Rng } from '../stats/rng.js';

/**
 * The noise of one curve: at level s a value v becomes
 *
 *     v + (√(1 − s²) − 1) · (v − μ) + s · σ · ε,   ε ~ N(0, 1)
 *
 * additive Gaussian noise of standard deviation s·σ, with the value shrunk
 * toward its mean just enough that the spread stays σ (to first order in s
 * it is plain additive noise). At s = 0 the value is returned unchanged, to
 * the bit; at s = 1 it is an independent draw with the component's mean and
 * spread, which is what the `permute` ablation measures. With a user-given
 * scale (`scale: 0.5`) there is no shrink: v + s · scale · ε.
 */
export function perturbed(
  v: number,
  mean: number,
  sigma: number,
  s: number,
  e: number,
  shrink = true,
): number {
  const keep = shrink ? Math.sqrt(1 - s * s) - 1 : 0;
  return v + keep * (v - mean) + s * sigma * e;
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
