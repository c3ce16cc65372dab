import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { routeConsoleWarnings } from '../../src/cli/console.js';
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
