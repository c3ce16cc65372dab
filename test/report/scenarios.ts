import { readFileSync } from 'node:fs';
import { compare } from '../../src/compare/compare.js';
import type { Comparison } from '../../src/compare/types.js';
import { runFacts } from '../../src/report/index.js';
import type { ReportContext } from '../../src/report/types.js';
import type { Results } from '../../src/results/types.js';

/**
 * The pull requests of test/fixtures/results/reports (see make.ts there):
 * real runs of the breast-cancer example, main's and one per weight edit.
 */
export type Scenario =
  'drop-not-significant' | 'regression' | 'sign-flip' | 'ties' | 'log-loss-only';

export function fixture(name: Scenario | 'main'): Results {
  return JSON.parse(readFileSync(`test/fixtures/results/reports/${name}.json`, 'utf8')) as Results;
}

/** The comparison of main with a scenario's head, and the report context the CLI would give it. */
export function scenario(name: Scenario): { comparison: Comparison; context: ReportContext } {
  const base = fixture('main');
  const head = fixture(name);
  return {
    comparison: compare(base, head),
    context: {
      ...runFacts(head, base),
      repository: 'octo/models',
      runUrl: 'https://github.com/octo/models/actions/runs/42',
      now: '2026-12-07T08:05:00.000Z',
    },
  };
}

/** The single-run report's inputs: main's run alone, as `run --report` without a baseline gives it. */
export function singleRun(): { comparison: Comparison; context: ReportContext } {
  const head = fixture('main');
  return {
    comparison: compare(undefined, head),
    context: { ...runFacts(head), now: '2026-12-06T22:01:00.000Z' },
  };
}
