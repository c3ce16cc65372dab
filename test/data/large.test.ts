import { describe, expect, it } from 'vitest';
import { parse } from './helpers.js';

/** A deterministic 100,000 × 30 CSV with a binary label; cell (i, j) = ((i · 31 + j · 7) mod 1000) / 8. */
function generate(rows: number, features: number): string {
  const header = [...Array.from({ length: features }, (_, j) => `f${j}`), 'y'].join(',');
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const cells: string[] = [];
    for (let j = 0; j < features; j++) cells.push(String(((i * 31 + j * 7) % 1000) / 8));
    cells.push(i % 3 === 0 ? 'pos' : 'neg');
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}

describe('a large CSV', () => {
  it('parses 100,000 rows × 30 features', () => {
    const text = generate(100_000, 30);
    const data = parse(text);
    expect(data.n).toBe(100_000);
    expect(data.features.length).toBe(30);
    expect(data.classes).toEqual(['neg', 'pos']);
    for (const [i, j] of [
      [0, 0],
      [1, 29],
      [54_321, 17],
      [99_999, 29],
    ]) {
      expect(data.x[i * 30 + j]).toBe(((i * 31 + j * 7) % 1000) / 8);
    }
    expect([data.y[0], data.y[1], data.y[99_999]]).toEqual([1, 0, 1]);
  });
});
