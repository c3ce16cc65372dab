import { describe, expect, it } from 'vitest';
import {
  secondLayerKernel,
  type SecondLayerData,
} from '../../src/ablation/second-layer-kernel/second.js';
import { Rng } from '../../src/stats/rng.js';

/**
 * The second-layer kernel (WebAssembly SIMD and its JavaScript fallback)
 * against the layer computed directly in float64 — relu(z1 + d·w) · W2 + z2's
 * bias part — and the two implementations against each other, bit for bit.
 */

const N = 40;
const F = 5;

function data(h: number, h2: number, relu: boolean, relu2: boolean, seed: number) {
  const rng = Rng.stream(seed, 'second-kernel', `${h}x${h2}`);
  const normal = (length: number, sd: number) =>
    Float32Array.from({ length }, () => rng.normal() * sd);
  const w1 = normal(F * h, 0.6);
  const w2 = normal(h * h2, 0.5);
  const bias2 = normal(h2, 0.1);
  const z1 = normal(N * h, 1);
  // Some pre-activations exactly 0: the side test must treat them as inactive.
  for (let i = 0; i < z1.length; i += 11) z1[i] = 0;
  const act = (v: number) => (relu ? Math.max(v, 0) : v);
  const z2 = new Float32Array(N * h2);
  for (let r = 0; r < N; r++) {
    for (let u = 0; u < h2; u++) {
      let sum = bias2[u];
      for (let k = 0; k < h; k++) sum += act(z1[r * h + k]) * w2[k * h2 + u];
      z2[r * h2 + u] = sum;
    }
  }
  const kernel: SecondLayerData = { h, h2, relu, relu2, w1, w2, z1, z2 };
  return { kernel, bias2, act, rng };
}

/** m = (mask ⊙ w_column) · W2 for rows [start, end), as the evaluator computes it. */
function product(d: SecondLayerData, column: number, start: number, end: number): Float32Array {
  const { h, h2, w1, w2, z1 } = d;
  const m = new Float32Array((end - start) * h2);
  for (let r = start; r < end; r++) {
    for (let u = 0; u < h2; u++) {
      let sum = 0;
      for (let k = 0; k < h; k++) {
        const active = !d.relu || z1[r * h + k] > 0;
        if (active) sum += w1[column * h + k] * w2[k * h2 + u];
      }
      m[(r - start) * h2 + u] = sum;
    }
  }
  return m;
}

describe('the second-layer kernel', () => {
  it.each([
    [16, 8, true, true],
    [13, 7, true, false],
    [9, 6, false, false],
    [3, 2, true, true],
  ] as const)(
    'h %i, h2 %i (relu %s, relu2 %s): WebAssembly equals JavaScript to the bit and the direct layer to 1e-5',
    (h, h2, relu, relu2) => {
      const { kernel: d, bias2, act, rng } = data(h, h2, relu, relu2, 3);
      const segments = [
        { column: 2, start: 0, end: 25 },
        { column: 4, start: 10, end: 40 },
      ];
      const calls = segments.map(({ column, start, end }) => {
        const rows = Int32Array.from({ length: end - start }, (_, i) => i).filter(
          (i) => i % 3 !== 1,
        );
        const deltas = Float32Array.from(rows, () => rng.normal() * 3);
        return { column, start, end, rows, deltas, m: product(d, column, start, end) };
      });
      const total = calls.reduce((sum, c) => sum + c.rows.length, 0);
      const stacks = [true, false].map((simd) => {
        const kernel = secondLayerKernel(d, simd);
        kernel.begin(total);
        for (const c of calls) {
          kernel.loadM(c.m);
          kernel.update(c.start, c.column, c.rows, c.deltas, c.rows.length);
        }
        return Float32Array.from(kernel.stack());
      });
      expect(Buffer.from(stacks[0].buffer)).toEqual(Buffer.from(stacks[1].buffer));

      let at = 0;
      let worst = 0;
      let flipped = 0;
      for (const c of calls) {
        c.rows.forEach((local, p) => {
          const r = c.start + local;
          for (let u = 0; u < h2; u++) {
            let sum = bias2[u];
            for (let k = 0; k < h; k++) {
              const z = d.z1[r * h + k];
              const zn = z + c.deltas[p] * d.w1[c.column * h + k];
              if (relu && z > 0 !== zn > 0 && u === 0) flipped++;
              sum += act(zn) * d.w2[k * h2 + u];
            }
            const want = relu2 ? Math.max(sum, 0) : sum;
            worst = Math.max(worst, Math.abs(stacks[0][(at + p) * h2 + u] - want));
          }
        });
        at += c.rows.length;
      }
      expect(worst).toBeLessThanOrEqual(1e-5);
      // The data do make ReLUs change side (else the correction would go untested).
      if (relu) expect(flipped).toBeGreaterThan(20);
    },
  );
});
