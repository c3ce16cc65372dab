import type { Results } from './types.js';

/** What a run's own model unit tests say of the gate (the regression part needs a baseline). */
export interface TestVerdict {
  passed: boolean;
  failed: string[];
  inconclusive: string[];
}

/**
 * Applies `run.gate.failOn` to the tests of one results document: a failed
 * test blocks under `test-failure`, an inconclusive one under `inconclusive`.
 */
export function testVerdict(results: Results): TestVerdict {
  const failed = results.tests.filter((t) => t.status === 'fail').map((t) => t.name);
  const inconclusive = results.tests.filter((t) => t.status === 'inconclusive').map((t) => t.name);
  const failOn = results.run.gate.failOn;
  const passed =
    !(failOn.includes('test-failure') && failed.length > 0) &&
    !(failOn.includes('inconclusive') && inconclusive.length > 0);
  return { passed, failed, inconclusive };
}
