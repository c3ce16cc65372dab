import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cli } from '../../src/cli/main.js';
import type { Thread } from '../../src/pool/thread.js';
import { exampleRepo } from '../helpers/repo.js';
import { captureStream } from '../helpers/streams.js';

// Every evaluation thread started, and which have stopped, seen from outside the command.
const seen = vi.hoisted(() => ({ spawned: [] as Thread[], exited: new Set<Thread>() }));
// The machine's 1-minute load average as the run reads it: idle unless a test says otherwise.
const machine = vi.hoisted(() => ({ load: 0 }));
vi.mock('node:os', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:os')>();
  const loadavg = (): number[] => [machine.load, machine.load, machine.load];
  return { ...actual, default: { ...actual, loadavg }, loadavg };
});
// What runs on the machine now is not read (as on macOS): the mocked load average alone says how
// busy it is, whatever else runs beside the tests.
vi.mock('../../src/pool/running.js', () => ({ othersRunning: () => undefined }));
vi.mock('../../src/pool/thread.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pool/thread.js')>();
  return {
    ...actual,
    spawnThread: (...args: Parameters<typeof actual.spawnThread>) => {
      const thread = actual.spawnThread(...args);
      seen.spawned.push(thread);
      thread.worker.once('exit', () => seen.exited.add(thread));
      return thread;
    },
  };
});

let root: string;

beforeAll(async () => {
  root = await exampleRepo('breast-cancer');
  const text = await readFile(path.join(root, 'suite/ablation.yml'), 'utf8');
  await writeFile(path.join(root, 'suite/bad.yml'), text.replace('seed: 42', 'seed: many'));
  // An ONNX suite (its model a .onnx file), refused for its seed before anything is read.
  const onnx = text.replace(/^model: .*$/m, "model: 'model.onnx' # ONNX Runtime evaluates it");
  await writeFile(path.join(root, 'suite/onnx-bad.yml'), onnx.replace('seed: 42', 'seed: many'));
});

/** Runs `ablation-ci run …` in-process; the threads it started, and whether all have stopped. */
async function run(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string; threads: number; stopped: boolean }> {
  const before = seen.spawned.length;
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await cli(['run', ...args], {
    cwd: root,
    env: { GITHUB_SHA: 'c0ffee', GITHUB_REF: 'refs/heads/main' },
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  const mine = seen.spawned.slice(before);
  return {
    code,
    stdout: stdout.text(),
    stderr: stderr.text(),
    threads: mine.length,
    stopped: mine.every((thread) => seen.exited.has(thread)),
  };
}

async function document(file: string): Promise<string> {
  const results = JSON.parse(await readFile(path.join(root, file), 'utf8')) as object;
  return JSON.stringify({ ...results, timing: null });
}

const cores = availableParallelism();

describe('run warms evaluation threads while it reads its inputs', () => {
  it('a bad config: the same one line and exit code, and the threads stopped on return', async () => {
    const cold = await run('--config', 'suite/bad.yml', '--workers', '1', '--out', 'bad.json');
    expect(cold.threads).toBe(0);
    const warm = await run('--config', 'suite/bad.yml', '--out', 'bad.json');
    expect(warm.threads).toBe(cores > 1 ? cores : 0);
    expect(warm.stopped).toBe(true);
    expect(warm.code).toBe(2);
    expect(warm.stderr).toMatch(/^ablation-ci: error: suite\/bad\.yml:\d+: seed: [^\n]+\n$/);
    expect(warm.stderr).toBe(cold.stderr);
    expect(warm.stdout).toBe('');
  });

  it('an ONNX model: no TF.js thread warmed, the same one line and exit code', async () => {
    const tfjs = await run('--config', 'suite/bad.yml', '--out', 'bad.json');
    const onnx = await run('--config', 'suite/onnx-bad.yml', '--out', 'bad.json');
    expect(tfjs.threads).toBe(cores > 1 ? cores : 0);
    expect(onnx.threads).toBe(0);
    expect(onnx.code).toBe(2);
    expect(onnx.stderr).toMatch(/^ablation-ci: error: suite\/onnx-bad\.yml:\d+: seed: [^\n]+\n$/);
  });

  it('a machine that other processes keep busy: no core free, no thread warmed', async () => {
    machine.load = cores;
    try {
      const busy = await run('--config', 'suite/bad.yml', '--out', 'bad.json');
      expect(busy.threads).toBe(0);
      expect(busy.code).toBe(2);
    } finally {
      machine.load = 0;
    }
  });

  it('a plan too small for workers: they are stopped, and the results are this thread’s', async () => {
    const cold = await run('--config', 'suite/ablation.yml', '--workers', '1', '--out', 'one.json');
    const warm = await run('--config', 'suite/ablation.yml', '--out', 'default.json');
    expect(warm.code).toBe(cold.code);
    expect(warm.stopped).toBe(true);
    expect(await document('default.json')).toBe(await document('one.json'));
  }, 60_000);

  it('--workers 2: the pool takes both warm threads, starts none cold, and gives the same results', async () => {
    const warm = await run('--config', 'suite/ablation.yml', '--workers', '2', '--out', 'two.json');
    expect(warm.threads).toBe(2);
    expect(warm.stopped).toBe(true);
    expect(await document('two.json')).toBe(await document('one.json'));
  }, 60_000);
});
