import { describe, expect, it } from 'vitest';
import type { Component, FeatureComponent } from '../../src/ablation/plan.js';
import { planUnits, unitLength } from '../../src/ablation/units.js';

/** Feature components in plan order: each feature's modes one after the other. */
function features(count: number, modes: ('permute' | 'zero')[]): Component[] {
  return Array.from({ length: count }, (_, j) =>
    modes.map((mode): FeatureComponent => ({
      id: `feature:f${j}:${mode}`,
      kind: 'feature',
      name: `f${j}`,
      on: 'features',
      features: [`f${j}`],
      mode,
      stochastic: mode === 'permute',
    })),
  ).flat();
}

const layer: Component = {
  id: 'layer:d1:zero',
  kind: 'layer',
  name: 'd1',
  on: 'layers',
  layers: ['d1'],
  mode: 'zero',
  stochastic: false,
};

describe('planUnits', () => {
  it.each([
    [5_000, 3, 1_000_000],
    [100_000, 3, 93_000],
    [1_000, 5, 1_000_000],
    [599, 5, 250],
  ])(
    'n %i, %i repeats, %i rows per pass: every row of every repeat once, units within bounds',
    (n, repeats, rowsPerPass) => {
      const components = [layer, ...features(7, ['permute', 'zero'])];
      const units = planUnits(
        components,
        components.map((_, i) => i),
        repeats,
        n,
        rowsPerPass,
      );
      const seen = new Map<string, number>();
      for (const unit of units) {
        expect(unitLength(unit, 1)).toBeLessThanOrEqual(
          unit.on === 'layers' ? rowsPerPass : Math.min(rowsPerPass, 16384),
        );
        for (const s of unit.segments) {
          expect(unit.on).toBe(components[s.component].on);
          const key = `${s.component}:${s.repeat}`;
          seen.set(key, (seen.get(key) ?? 0) + s.end - s.start);
        }
      }
      const expected = new Map<string, number>();
      components.forEach((c, i) => {
        for (let r = 0; r < (c.stochastic ? repeats : 1); r++) expected.set(`${i}:${r}`, n);
      });
      expect(seen).toEqual(expected);
    },
  );

  it("puts every repeat and mode of a feature over one row batch in one unit (they share the second layer's product)", () => {
    const components = features(20, ['permute', 'zero']);
    for (const [n, rowsPerPass] of [
      [5_000, 1_000_000],
      [100_000, 93_000],
      [1_000, 1_000_000],
    ]) {
      const units = planUnits(
        components,
        components.map((_, i) => i),
        3,
        n,
        rowsPerPass,
      );
      const unitOf = new Map<string, number>();
      units.forEach((unit, u) => {
        for (const s of unit.segments) {
          const key = `${components[s.component].name}:${s.start}:${s.end}`;
          expect(unitOf.get(key) ?? u, `${key} (n ${n})`).toBe(u);
          unitOf.set(key, u);
        }
      });
      // Batches of up to 16,384 / 4 rows (3 permutations and a zeroing).
      expect(unitOf.size).toBe(20 * Math.ceil(n / 4096));
    }
  });

  it('keeps whole row batches when a pass is bounded by memory (a heavy model)', () => {
    // The image suite's shape: 48 rows, about 111 rows per pass, 3 repeats per group.
    const components = features(6, ['permute']);
    const units = planUnits(
      components,
      components.map((_, i) => i),
      3,
      48,
      111,
    );
    for (const unit of units)
      for (const s of unit.segments) expect([s.start, s.end]).toEqual([0, 48]);
    expect(units.map((u) => u.segments.length)).toEqual(Array(9).fill(2));
  });
});
