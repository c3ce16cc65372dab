import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { planWarnings } from '../../src/cli/validate.js';
import type { PlanCost } from '../../src/budget/plan-cost.js';
import { exampleRepo } from '../helpers/repo.js';
import { captureStream } from '../helpers/streams.js';

let root: string;

async function command(
  argv: string[],
  timeLimit: string | undefined,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const text = await readFile(path.join(root, 'suite/original.yml'), 'utf8');
  await writeFile(
    path.join(root, 'suite/ablation.yml'),
    timeLimit === undefined ? text : text.replace('seed: 42', `seed: 42\ntime-limit: ${timeLimit}`),
  );
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await cli([...argv, '--config', 'suite/ablation.yml'], {
    cwd: root,
    env: {},
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

beforeAll(async () => {
  root = await exampleRepo('breast-cancer');
  const text = await readFile(path.join(root, 'suite/ablation.yml'), 'utf8');
  await writeFile(path.join(root, 'suite/original.yml'), text);
});

const VALID =
  'suite/ablation.yml: valid — suite breast-cancer, 199 examples, 30 features, 78 components (+2 not applicable), 5 model unit tests';
const PLAN =
  /^plan: 226 evaluations of 78 components, about ([\d.]+) (s|min) on one thread of this machine \(a timed sample\); results about (\d+) kB$/;

describe('validate says what the plan costs before anything runs', () => {
  it.each([
    // No time limit: the cost, no warning.
    [undefined, []],
    // A limit the plan fits.
    ['1h', []],
    // A limit it cannot fit (loading alone takes longer): the estimate and what run will do.
    [
      '0.01',
      [
        /^ablation-ci: warning: time-limit 0\.01 s: the plan needs an estimated [\d.]+ (s|min) here; run will reduce repeats 5 → 2 and rows 199 → 50, and report the components its deadline reaches as not evaluated \(time limit\)$/,
      ],
    ],
  ] as const)(
    'time-limit %s',
    async (limit, warnings) => {
      const { code, stdout, stderr } = await command(['validate'], limit);
      expect(code).toBe(0);
      const lines = stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toBe(VALID);
      const seconds = Number(PLAN.exec(lines[1])?.[1]);
      // Breast cancer's 226 passes over 199 rows: well under a minute, however loaded the machine.
      expect(seconds).toBeGreaterThan(0);
      const errors = stderr === '' ? [] : stderr.trimEnd().split('\n');
      expect(errors).toHaveLength(warnings.length);
      errors.forEach((line, i) => expect(line).toMatch(warnings[i]));
    },
    120_000,
  );

  it("estimates the results document's size within 15% of the one run writes", async () => {
    const { stdout } = await command(['validate'], undefined);
    const estimate = Number(PLAN.exec(stdout.trimEnd().split('\n')[1])?.[3]) * 1024;
    const run = await command(['run', '--out', 'results.json'], undefined);
    expect(run.code).toBe(0);
    const actual = (await stat(path.join(root, 'results.json'))).size;
    expect(Math.abs(estimate - actual) / actual).toBeLessThan(0.15);
  }, 120_000);
});

describe('planWarnings', () => {
  const cost = (over: Partial<PlanCost>): PlanCost => ({
    components: 150_530,
    evaluations: 301_060,
    repeats: 5,
    rows: 80,
    seconds: 1_008_000,
    on: 'one thread',
    bytes: 1_000_000,
    ...over,
  });
  it.each([
    ['no limit, small results', cost({}), undefined, []],
    [
      'fits after a reduction',
      cost({ budget: { estimate: 120, planned: 60, repeats: 2, rows: 80, fits: true } }),
      90,
      [
        'warning: time-limit 90 s: the plan needs an estimated 2 min here; run will reduce repeats 5 → 2, and then fit',
      ],
    ],
    [
      // The image model of issue 16: 280 h against 90 s, and an 85 MB document.
      'the image model',
      cost({
        bytes: 85 * 1024 * 1024,
        budget: { estimate: 1_008_000, planned: 400_000, repeats: 2, rows: 50, fits: false },
      }),
      90,
      [
        'warning: time-limit 90 s: the plan needs an estimated 280 h here; run will reduce repeats 5 → 2 and rows 80 → 50, and report the components its deadline reaches as not evaluated (time limit)',
        'warning: the results of 150530 components will take about 85 MB; GitHub warns about files over 50 MB and refuses them over 100 MB (the results store pushes this file): ablate fewer components (groups instead of single features)',
      ],
    ],
  ])('%s', (_, value, limit, expected) => {
    expect(planWarnings(value, limit)).toEqual(expected);
  });
});
