import { spawn, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { removePendingTemporaries, writeFileAtomic } from '../../src/files/atomic.js';
import { expectUnchanged, snapshot, spawnCli, suiteRepo } from './helpers.js';

const LOADER = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
const BIG_WRITE = path.resolve('test/hardening/fixtures/big-write.ts');

const temporaries = async (dir: string): Promise<string[]> =>
  (await readdir(dir)).filter((name) => name.endsWith('.tmp'));

/** Resolves when a file whose name ends in .tmp appears in `dir`. */
function temporaryAppears(dir: string): Promise<void> {
  return new Promise((resolve) => {
    const watcher = watch(dir, (_, name) => {
      if (name?.endsWith('.tmp') === true) {
        watcher.close();
        resolve();
      }
    });
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
}

// Class 12 of issue 8: an interrupted run leaves no temporary file and never a half-written one.
describe('interrupted writes (issue 8, class 12)', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)(
    '%s during a 150 MB atomic write: exit %i, no .tmp left, the old file intact',
    async (signal, status) => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-signal-'));
      const target = path.join(dir, 'results.json');
      await writeFile(target, 'old\n');
      const appeared = temporaryAppears(dir);
      const child = spawn(process.execPath, ['--import', LOADER, BIG_WRITE, target, '150'], {
        stdio: 'ignore',
      });
      const done = exited(child);
      await appeared;
      child.kill(signal);
      expect(await done).toEqual({ code: status, signal: null });
      expect(await temporaries(dir)).toEqual([]);
      expect(await readFile(target, 'utf8')).toBe('old\n');
    },
    60_000,
  );

  it('removePendingTemporaries removes a temporary file mid-write; the write then fails, the target stays', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-signal-'));
    const target = path.join(dir, 'results.json');
    await writeFile(target, 'old\n');
    const listeners = process.listenerCount('SIGINT');
    const appeared = temporaryAppears(dir);
    const writing = writeFileAtomic(target, 'x'.repeat(100_000_000));
    const outcome = writing.then(
      () => 'written',
      (error: NodeJS.ErrnoException) => error.code,
    );
    await appeared;
    // While the temporary file exists, one handler guards it; Ctrl-C reaches it.
    expect(process.listenerCount('SIGINT')).toBe(listeners + 1);
    const removed = removePendingTemporaries();
    expect(removed).toHaveLength(1);
    expect(path.dirname(removed[0])).toBe(dir);
    expect(path.basename(removed[0])).toMatch(/^\.results\.json\.[0-9a-f]{12}\.tmp$/);
    // The handler went with the file: a second Ctrl-C gets Node's default, exit at once.
    expect(process.listenerCount('SIGINT')).toBe(listeners);
    expect(await outcome).toBe('ENOENT');
    expect(await temporaries(dir)).toEqual([]);
    expect(await readFile(target, 'utf8')).toBe('old\n');
  }, 60_000);

  it('a finished write leaves no handler behind', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-signal-'));
    const listeners = process.listenerCount('SIGTERM');
    await writeFileAtomic(path.join(dir, 'a.json'), '{}\n');
    expect(process.listenerCount('SIGTERM')).toBe(listeners);
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('Ctrl-C of the CLI once its checks are done: it stops, writes nothing, changes nothing', async () => {
    const root = await suiteRepo();
    const before = await snapshot(root);
    // The output check's probe file is the last thing before loading and evaluating.
    const appeared = temporaryAppears(root);
    const child = spawnCli(
      ['run', '--config', 'suite/ablation.yml', '--backend', 'cpu', '--out', 'r.json'],
      root,
    );
    const done = exited(child);
    await appeared;
    child.kill('SIGINT');
    const { code, signal } = await done;
    expect(code === 130 || signal === 'SIGINT').toBe(true);
    expect(await temporaries(root)).toEqual([]);
    expect((await readdir(root)).includes('r.json')).toBe(false);
    await expectUnchanged(root, before);
  }, 60_000);
});
