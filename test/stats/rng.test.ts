import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/stats/rng.js';

describe('Rng', () => {
  it('is xoshiro128** seeded from FNV-1a of the labels (values from an independent Python implementation)', () => {
    const draw = (rng: Rng, count: number) => Array.from({ length: count }, () => rng.nextUint32());
    expect(draw(Rng.stream(42, 'bootstrap', 0), 6)).toEqual([
      10995746, 2982992592, 447261189, 2928950987, 1633799517, 2665062838,
    ]);
    expect(draw(Rng.stream(7), 3)).toEqual([1837842909, 3466954974, 3162022260]);
  });

  it('gives each purpose its own stream, the same every time', () => {
    const a = Rng.stream(1, 'permute', 'age', 0).permutation(20);
    expect(Rng.stream(1, 'permute', 'age', 0).permutation(20)).toEqual(a);
    expect(Rng.stream(1, 'permute', 'age', 1).permutation(20)).not.toEqual(a);
    expect(Rng.stream(2, 'permute', 'age', 0).permutation(20)).not.toEqual(a);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('draws uniform integers and doubles, and standard normals', () => {
    const rng = Rng.stream(3);
    const counts = new Array<number>(6).fill(0);
    let sum = 0;
    let squares = 0;
    const n = 60_000;
    for (let i = 0; i < n; i++) {
      counts[rng.int(6)]++;
      const u = rng.next();
      expect(u >= 0 && u < 1).toBe(true);
      const z = rng.normal();
      sum += z;
      squares += z * z;
    }
    // Each count is Binomial(60000, 1/6): sd ≈ 91; 5 sd either way.
    for (const count of counts) expect(Math.abs(count - n / 6)).toBeLessThan(460);
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.03);
  });
});
