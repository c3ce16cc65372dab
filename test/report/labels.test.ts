import { describe, expect, it } from 'vitest';
import type { ComponentComparison } from '../../src/compare/types.js';
import type { Block } from '../../src/report/layout.js';
import { componentBlocks } from '../../src/report/sections/components.js';

const contribution = (value: number) => ({
  value: 0.9,
  valueCi: [0.85, 0.95] as [number, number],
  contribution: value,
  ci: [value - 0.01, value + 0.01] as [number, number],
  p: 0.01,
  q: 0.02,
});

function component(
  id: string,
  kind: ComponentComparison['kind'],
  mode: string,
  name: string,
  base: number,
  head: number,
): ComponentComparison {
  return {
    id,
    kind,
    name,
    target: [name],
    members: 1,
    mode,
    base: contribution(base),
    head: contribution(head),
    change: head - base,
    signFlip: false,
  };
}

/** The rows of the first table: Rank, Component, Ablation, Main, This PR, Change. */
function rows(blocks: Block[]): string[][] {
  const table = blocks.find((b) => b.type === 'table');
  return table?.type === 'table' ? table.rows.map((r) => r.cells) : [];
}

describe('component rows say what was ablated, once, and rank ties without moves', () => {
  const components = [
    component('retrain:no-scaler', 'retrain', 'retrain', 'no-scaler', 0.05, 0.04),
    component('layer:dense:zero', 'layer', 'zero', 'dense', 0.3, 0.3),
    component('layer:dense_1:zero', 'layer', 'zero', 'dense_1', 0.1, 0.3),
    component('feature:age:value=0.5', 'feature', 'value', 'age', 0.2, 0.2),
    component('feature:bmi:permute', 'feature', 'permute', 'bmi', 0.01, 0.1),
  ];
  const table = rows(componentBlocks(components, 'accuracy', true));

  it.each([
    ['dense', 'layer, zero', '=1'],
    ['dense_1', 'layer, zero', '=1'],
    ['age', 'feature, value=0.5', '3 ↓1'],
    ['bmi', 'feature, permute', '4 ↑1'],
    ['no-scaler', 'retrain', '5 ↓1'],
  ])('%s: %s, rank %s', (name, ablation, rank) => {
    const row = table.find((cells) => cells[1] === name.replace('_', '\\_'));
    expect([row?.[2], row?.[0]]).toEqual([ablation, rank]);
  });
});
