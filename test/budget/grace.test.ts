import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/types.js';
import { graceSeconds } from '../../src/suite/deadline.js';
import { exampleRepo } from '../helpers/repo.js';

const LOADER = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
/**
 * Starting Node with tsx's loader until the command's first line runs: about
 * 1.7 s on this machine under a load of 18; the time limit counts from there.
 */
const START_UP_SECONDS = 10;

/** Runs `ablation-ci run` from source in a child process; its wall time around the process. */
async function timedRun(
  cwd: string,
): Promise<{ code: number | null; seconds: number; stderr: string }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      LOADER,
      path.resolve('src/cli.ts'),
      'run',
      '--config',
      'suite/ablation.yml',
      '--out',
      'out.json',
    ],
    { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, seconds: (performance.now() - started) / 1000, stderr };
}

describe('a time-limited run', () => {
  it.each([8])(
    'ends within time-limit %d s plus its grace (a plan that needs far more)',
    async (limit) => {
      const root = await exampleRepo('digits');
      const config = path.join(root, 'suite/ablation.yml');
      const text = await readFile(config, 'utf8');
      // 400 repeats of 64 pixel permutations and more: over a minute on one thread of an idle machine.
      await writeFile(config, text.replace('repeats: 5', `repeats: 400\ntime-limit: ${limit}`));
      const { code, seconds, stderr } = await timedRun(root);
      expect(code, stderr).toBe(0);
      const results = JSON.parse(await readFile(path.join(root, 'out.json'), 'utf8')) as Results;
      // The limit bound the run: the plan needed more, so it was reduced (and, on a slower
      // machine, components or curves were left out as well).
      const budget = results.run.budget!;
      expect(budget.estimate).toBeGreaterThan(limit);
      expect(budget.repeats ?? budget.rows).not.toBeNull();
      expect(seconds, stderr).toBeLessThanOrEqual(limit + graceSeconds(limit) + START_UP_SECONDS);
    },
    120_000,
  );
});
