import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitFiles, DEFAULT_IDENTITY } from '../../src/store/commit.js';
import { gitRunner } from '../../src/store/git.js';
import { runCli, snapshot, suiteRepo } from './helpers.js';

// DESIGN: nothing is left behind after any exit, temporary files included. Each check runs the
// product with an empty TMPDIR of its own (os.tmpdir() reads it on every call) and finds it empty
// afterwards; the test folders themselves are cleaned by test/helpers/temp-dirs.ts.
let tmp: string;
let outer: string | undefined;
beforeEach(async () => {
  outer = process.env.TMPDIR;
  tmp = await mkdtemp(path.join(os.tmpdir(), 'product-tmp-'));
  process.env.TMPDIR = tmp;
});
afterEach(async () => {
  process.env.TMPDIR = outer;
  await rm(tmp, { recursive: true, force: true });
});

describe('the product leaves no temporary files behind', () => {
  it('a run: TMPDIR is empty afterwards, and the repository holds only the results document more', async () => {
    process.env.TMPDIR = outer;
    const root = await suiteRepo();
    process.env.TMPDIR = tmp;
    const before = await snapshot(root);
    const run = await runCli(
      ['run', '--config', 'suite/ablation.yml', '--backend', 'cpu', '--out', 'r.json'],
      root,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // tsx's transform cache is not the product's: run from source, the evaluation threads load
    // the TypeScript through tsx (src/process/worker-entry.ts), which keeps its cache in TMPDIR
    // when the run starts threads (two free cores); the bundle's threads load dist/worker.js.
    expect((await readdir(tmp)).filter((entry) => !/^tsx-\d+$/.test(entry))).toEqual([]);
    const added = [...(await snapshot(root)).keys()].filter((file) => !before.has(file));
    expect(added).toEqual(['r.json']);
  });

  it('a commit to the results store (its temporary index): TMPDIR is empty afterwards', async () => {
    const repo = path.join(outer ?? os.tmpdir(), `store-${path.basename(tmp)}`);
    execFileSync('git', ['init', '--quiet', '--bare', repo]);
    try {
      const commit = await commitFiles(gitRunner(repo), {
        parent: undefined,
        files: new Map([['suite/index.json', '{}\n']]),
        message: 'results',
        identity: DEFAULT_IDENTITY,
      });
      expect(commit).toMatch(/^[0-9a-f]{40}$/);
      expect(await readdir(tmp)).toEqual([]);
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });
});
