import { readFileSync } from 'node:fs';

/** test/golden/exact.json, written by scripts/golden/exact.py (SciPy 1.10.1, NumPy 1.24). */
export const exact = JSON.parse(
  readFileSync(new URL('../golden/exact.json', import.meta.url), 'utf8'),
) as {
  scipy: string;
  clopper_pearson: {
    k: number;
    n: number;
    confidence: number;
    ci: [number, number];
    tails?: [number, number];
  }[];
  paired_exact: {
    losses: number;
    wins: number;
    n: number;
    delta0: number;
    alternative: 'less' | 'greater';
    pvalue: number;
  }[];
  bh: {
    suite: string;
    seed: number;
    metrics: Record<string, { id: string; p: number; q: number }[]>;
  };
};
