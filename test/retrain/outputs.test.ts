import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { makeRepo, type TempRepo } from '../config/repo.js';
import { captureStream } from '../helpers/streams.js';
import { FIXTURES, SMALL_DATA, smallSuite } from './small-suite.js';

// Every path by which a retrained model's outputs reach the scores: a command's
// predictions file and a module's model. Outputs that cannot be scored — NaN
// (diverged training), ±Infinity, numbers past a 32-bit float, a width the task
// does not take — are one line naming the variant, the seed and the file
// (exit 2, no results written), never scored as class 0 or an internal error.

const FILES = {
  ...SMALL_DATA,
  'package.json': '{"type": "module"}\n',
};

function config(train: string, out: string): string {
  return `${smallSuite('outputs')}${train}
  seeds: 1
  time-limit: 60s
ablations:
  retrain:
    odd: {out: ${out}}
`;
}

const COMMAND = '  command: node predict.mjs\n  inputs: ["predict.mjs"]';
const MODULE = '  module: train.ts';

let repo: TempRepo;
beforeAll(() => {
  repo = makeRepo(FILES);
  cpSync(path.join(FIXTURES, 'outputs'), repo.dir, { recursive: true });
});
afterAll(() => repo.remove());

async function run(): Promise<{ code: number; stderr: string }> {
  const [stdout, stderr] = [captureStream(), captureStream()];
  const io = { cwd: repo.dir, env: {}, stdout: stdout.stream, stderr: stderr.stream };
  const code = await cli(['run', '--no-cache', '--out', 'results.json'], io);
  return { code, stderr: stderr.text() };
}

const PREFIX = String.raw`^ablation-ci: error: ablation\.yml:\d+: ablations\.retrain\.odd: retrain odd, seed 42: `;
const FILE = String.raw`predictions file \.ablation-ci-cache/work/odd-seed-42-\w{6}/predictions\.json: `;

const CASES: { name: string; train: string; out: string; line: RegExp }[] = [
  {
    name: 'a command’s 1e39 (Infinity as a 32-bit float)',
    train: COMMAND,
    out: '1e39',
    line: new RegExp(
      `${PREFIX}${FILE}row 1: 1e\\+39 is outside the range of a 32-bit float \\(±3\\.4e38\\)$`,
    ),
  },
  {
    name: 'a command’s -1e39',
    train: COMMAND,
    out: '-1e39',
    line: new RegExp(
      `${PREFIX}${FILE}row 1: -1e\\+39 is outside the range of a 32-bit float \\(±3\\.4e38\\)$`,
    ),
  },
  {
    name: 'a command’s three outputs for a binary task',
    train: COMMAND,
    out: 'three',
    line: new RegExp(
      `${PREFIX}${FILE}3 outputs per example; a binary task needs 1 \\(sigmoid\\) or 2$`,
    ),
  },
  {
    name: 'a module’s model that outputs NaN (diverged training)',
    train: MODULE,
    out: 'nan',
    line: new RegExp(
      `${PREFIX}train\\.ts: the model's output for row 1 of the eval data is NaN; training must give finite outputs \\(did it diverge\\?\\)$`,
    ),
  },
  {
    name: 'a module’s model that outputs Infinity',
    train: MODULE,
    out: 'inf',
    line: new RegExp(
      `${PREFIX}train\\.ts: the model's output for row 1 of the eval data is Infinity; training must give finite outputs \\(did it diverge\\?\\)$`,
    ),
  },
  {
    name: 'a module’s model with three outputs for a binary task',
    train: MODULE,
    out: 'three',
    line: new RegExp(
      `${PREFIX}train\\.ts: 3 outputs per example; a binary task needs 1 \\(sigmoid\\) or 2$`,
    ),
  },
];

describe('retrained outputs that cannot be scored', () => {
  it.each(CASES)(
    '$name: one line naming the variant, the seed and the file; exit 2',
    async ({ train, out, line }) => {
      repo.write('ablation.yml', config(train, out));
      const { code, stderr } = await run();
      const errors = stderr.split('\n').filter((l) => l.startsWith('ablation-ci: error'));
      expect({ code, errors: errors.length }).toEqual({ code: 2, errors: 1 });
      expect(errors[0]).toMatch(line);
      expect(existsSync(path.join(repo.dir, 'results.json'))).toBe(false);
    },
    60_000,
  );

  it.each([
    ['command', COMMAND, '0.25'],
    ['module', MODULE, 'fine'],
  ])(
    'a %s suite whose outputs fit is scored (the cases fail for their outputs only)',
    async (_, train, out) => {
      repo.write('ablation.yml', config(train, out));
      const { code, stderr } = await run();
      expect(stderr).not.toContain('error');
      expect(code).toBe(0);
    },
    60_000,
  );
});
