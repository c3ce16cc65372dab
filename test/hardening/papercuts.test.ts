import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { routeConsoleWarnings } from '../../src/cli/console.js';
import { heartbeat, progressLine } from '../../src/cli/progress.js';
import { captureStream } from '../helpers/streams.js';
import { runCli, suiteRepo } from './helpers.js';

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

// Issue 11, item 9: the first hour, tried as a newcomer would.
describe('--help and --version, per command', () => {
  it.each([
    [['--version'], `ablation-ci ${version}\n`],
    [['version'], `ablation-ci ${version}\n`],
  ])('%j prints the version', async (argv, text) => {
    const root = await suiteRepo();
    const run = await runCli(argv, root);
    expect(run).toEqual({ code: 0, stdout: text, stderr: '' });
  });

  it.each([
    [['run', '--help'], 'run'],
    [['run', '-h'], 'run'],
    // Help wins over everything else on the line, even a config that does not exist.
    [['run', '--config', 'missing.yml', '--out', 'suite/ablation.yml', '--help'], 'run'],
    [['compare', '--help'], 'compare'],
    [['compare', 'a.json', '-h'], 'compare'],
    [['validate', '-h'], 'validate'],
    [['--help', 'validate'], 'validate'],
    [['help', 'compare'], 'compare'],
  ])('%j prints the help of %s and exits 0', async (argv, command) => {
    const root = await suiteRepo();
    const run = await runCli(argv, root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^usage: ablation-ci ${command} `));
    expect(run.stdout).toMatch(
      /\nexit codes: 0 all good, 1 the gate failed, 2 bad usage, config or input\n$/,
    );
  });

  it.each([
    [['--help'], /^usage: ablation-ci <command> \[options\]\n/],
    [['-h'], /^usage: ablation-ci <command> \[options\]\n/],
  ])('%j prints the overview', async (argv, text) => {
    const run = await runCli(argv, await suiteRepo());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(text);
    expect(run.stdout).toContain('--version');
  });
});

describe('a heartbeat in CI logs (not a TTY)', () => {
  it('prints phase, % done, elapsed and time left every 30 s, on a fake clock', () => {
    let clock = 1_000_000;
    const out = captureStream();
    const progress = progressLine(out.stream, 'evaluating', { now: () => clock });
    const at = (seconds: number, fraction: number): void => {
      clock = 1_000_000 + seconds * 1000;
      progress.update(fraction);
    };
    at(1, 0.01);
    at(29.9, 0.2);
    expect(out.text()).toBe('');
    at(30, 0.25);
    at(45, 0.4);
    at(59, 0.45);
    at(61, 0.5);
    at(90, 0.55); // 29 s after the last beat: none
    at(91, 0.6);
    at(200, 0.99);
    progress.done();
    expect(out.text()).toBe(
      [
        'ablation-ci: evaluating 25% done, 30s elapsed, about 1m30s left',
        'ablation-ci: evaluating 50% done, 1m01s elapsed, about 1m01s left',
        'ablation-ci: evaluating 60% done, 1m31s elapsed, about 1m01s left',
        'ablation-ci: evaluating 99% done, 3m20s elapsed, about 2s left',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [0, 5_000, 'evaluating 0% done, 5s elapsed, time left unknown yet'],
    [0.5, 7_200_000, 'evaluating 50% done, 2h00m elapsed, about 2h00m left'],
    [1, 65_000, 'evaluating 100% done, 1m05s elapsed, about 0s left'],
  ])('heartbeat(%d, %d ms)', (fraction, ms, text) => {
    expect(heartbeat('evaluating', fraction, ms)).toBe(text);
  });

  it('on a TTY redraws one line instead, and clears it when done', () => {
    const out = captureStream();
    let clock = 0;
    const progress = progressLine(out.stream, 'evaluating', { tty: true, now: () => clock });
    progress.update(0.5);
    clock = 3000;
    progress.update(0.505);
    progress.update(0.75);
    progress.done();
    expect(out.text()).toBe('\revaluating  50%  0s\revaluating  75%  3s\r\x1b[2K');
  });
});

describe("TF.js's console banner", () => {
  it('is silent when a model is loaded and run on the cpu backend', () => {
    const loader = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        loader,
        'test/hardening/fixtures/load-on-cpu.ts',
        'examples/breast-cancer/model/model.json',
      ],
      { encoding: 'utf8' },
    );
    expect(result.stdout).toBe('2x1\n');
    expect(result.stderr).not.toContain('Hi, looks like you are running TensorFlow.js');
    expect(result.stderr).toBe('');
  }, 60_000);
});

describe('console warnings of libraries go through the log layer', () => {
  it("routes TF.js's own console.warn to one prefixed line, and restores console.warn", () => {
    const lines: string[] = [];
    const original = console.warn;
    const restore = routeConsoleWarnings((line) => lines.push(line));
    try {
      // TF.js warns with console.warn directly when debug mode is switched on, production or not.
      tf.env().set('DEBUG', true);
      tf.env().set('DEBUG', false);
      console.warn('\n============================\nHi, a banner\n============================');
      console.warn('');
    } finally {
      restore();
    }
    expect(console.warn).toBe(original);
    expect(lines).toEqual([
      'Debugging mode is ON. The output of every math call will be downloaded to CPU and checked for NaNs. This significantly impacts performance.',
      'Hi, a banner',
    ]);
  });

  it('a run leaves console.warn as it found it', async () => {
    const original = console.warn;
    const run = await runCli(
      ['run', '--config', 'suite/ablation.yml', '--backend', 'cpu', '--out', '-'],
      await suiteRepo(),
    );
    expect(run.code).toBe(0);
    expect(console.warn).toBe(original);
  }, 30_000);
});
