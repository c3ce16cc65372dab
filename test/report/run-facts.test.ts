import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { renderReport, runFacts, runMismatches } from '../../src/report/index.js';
import type { Results } from '../../src/results/types.js';
import { contextOf, laterRun, mainResults } from './comparisons.js';

const SAME = { backend: 'wasm', seed: 42, resamples: 1000 };
const END = 'differences may come from that, not from the change';

describe('runMismatches: the baseline ran with other settings', () => {
  it.each([
    ['all the same', SAME, []],
    ['no baseline', undefined, []],
    [
      'another backend',
      { ...SAME, backend: 'tensorflow' },
      [`the baseline ran with backend tensorflow, this run with wasm: ${END}`],
    ],
    [
      'another seed',
      { ...SAME, seed: 7 },
      [`the baseline ran with seed 7, this run with 42: ${END}`],
    ],
    [
      'another resample count',
      { ...SAME, resamples: 200 },
      [`the baseline ran with bootstrap resample count 200, this run with 1000: ${END}`],
    ],
    [
      'all three',
      { backend: 'cpu', seed: 1, resamples: 10 },
      [
        `the baseline ran with backend cpu, this run with wasm: ${END}`,
        `the baseline ran with seed 1, this run with 42: ${END}`,
        `the baseline ran with bootstrap resample count 10, this run with 1000: ${END}`,
      ],
    ],
  ])('%s', (_, base, expected) => {
    expect(runMismatches(base, SAME)).toEqual(expected);
  });

  it('the report warns under the verdict and shows both backends in the run facts', () => {
    const base = mainResults();
    const head = laterRun(base, '5555555555555555555555555555555555555555');
    base.run.backend = 'tensorflow';
    base.run.seed = head.run.seed + 1;
    const markdown = renderReport(compare(base, head), {
      ...contextOf(head),
      ...runFacts(head, base),
    });
    expect(markdown).toContain(
      `> ⚠️ The baseline ran with backend tensorflow, this run with ${head.run.backend}: ${END}.`,
    );
    expect(markdown).toContain(`| Backend | ${head.run.backend} (main: tensorflow ⚠️) |`);
    expect(markdown).toContain(`| Seed | ${head.run.seed} (main: ${head.run.seed + 1} ⚠️) |`);
    // Same settings: both backends still shown, no warning.
    const same = mainResults();
    const plain = renderReport(compare(same, head), {
      ...contextOf(head),
      ...runFacts(head, same),
    });
    expect(plain).not.toContain('⚠️ The baseline ran with');
    expect(plain).toContain(`| Backend | ${head.run.backend} (main: ${head.run.backend}) |`);
    expect(plain).toContain(`| Seed | ${head.run.seed} |`);
  });
});

describe('run facts: what made the predictions (issue 16, item 4)', () => {
  const COMMAND = 'predictions from train.command';
  // A command suite's document as commandSuiteResults writes it; the TF.js one as the CLI wrote it.
  const command = (backend: Results['run']['backend']): Results => {
    const results = mainResults();
    results.run.backend = backend;
    results.run.predictionsFrom = 'train.command';
    return results;
  };
  const tfjs = (backend: Results['run']['backend']): Results => {
    const results = mainResults();
    results.run.backend = backend;
    return results;
  };
  it.each<[string, Results, Results | undefined, string, string[]]>([
    ['a TF.js suite, no baseline', tfjs('wasm'), undefined, '| Backend | wasm |', []],
    ['a TF.js suite on tensorflow', tfjs('tensorflow'), undefined, '| Backend | tensorflow |', []],
    ['a command suite, no baseline', command('wasm'), undefined, `| Backend | ${COMMAND} |`, []],
    [
      // The backend evaluated nothing in either run: no warning that it differs.
      'two command suites on other backends',
      command('wasm'),
      command('tensorflow'),
      `| Backend | ${COMMAND} (main: ${COMMAND}) |`,
      [],
    ],
    [
      'a command suite against a TF.js main',
      command('wasm'),
      tfjs('wasm'),
      `| Backend | ${COMMAND} (main: wasm ⚠️) |`,
      [`the baseline ran with backend wasm, this run with ${COMMAND}: ${END}`],
    ],
    [
      // Written before the field existed: nothing says otherwise, so the backend is shown.
      'an old document without predictionsFrom',
      tfjs('cpu'),
      undefined,
      '| Backend | cpu |',
      [],
    ],
  ])('%s', (_, head, base, row, mismatches) => {
    const markdown = renderReport(compare(base, head), {
      ...contextOf(head),
      ...runFacts(head, base),
    });
    expect(markdown.split('\n').filter((line) => line.startsWith('| Backend |'))).toEqual([row]);
    expect(runMismatches(base?.run, head.run)).toEqual(mismatches);
  });
});
