import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { exampleRepo } from '../helpers/repo.js';
import { breastCancerResults } from '../helpers/results.js';
import { captureStream } from '../helpers/streams.js';

/** What one command line run gave. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in-process, in `cwd`, with captured streams. */
export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await cli(argv, { cwd, env: {}, stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Asserts exit code 2 and exactly one `ablation-ci: error: …` line matching `message`. */
export function expectOneLineError(run: CliRun, message: RegExp): void {
  expect(run.stderr).toMatch(/^ablation-ci: error: [^\n]*\n$/);
  expect(run.stderr.replace(/^ablation-ci: error: /, '')).toMatch(message);
  expect(run.code).toBe(2);
}

/**
 * The breast-cancer suite in a fresh repository (`suite/…`), with a real
 * results document of it at `base.json` and `head.json` (inside the repository).
 */
export async function suiteRepo(): Promise<string> {
  const root = await exampleRepo('breast-cancer');
  const document = `${JSON.stringify(breastCancerResults())}\n`;
  await writeFile(path.join(root, 'base.json'), document);
  await writeFile(path.join(root, 'head.json'), document);
  return root;
}

/** Every regular file below `root` (symlinks not followed) and its bytes. */
export async function snapshot(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, file), await readFile(file));
  }
  return files;
}

/** Asserts that every file of `before` is still there with the same bytes. */
export async function expectUnchanged(root: string, before: Map<string, Buffer>): Promise<void> {
  const after = await snapshot(root);
  for (const [file, bytes] of before) {
    expect(after.get(file)?.equals(bytes), `${file} changed`).toBe(true);
  }
}

const LOADER = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
const ENTRY = path.resolve('src/cli.ts');

/**
 * Starts the command line from source in a child process (tsx's loader, no
 * wrapper process, so signals reach it directly).
 */
export function spawnCli(
  argv: string[],
  cwd: string,
  env: Record<string, string> = {},
): ChildProcess {
  return spawn(process.execPath, ['--import', LOADER, ENTRY, ...argv], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * `stderr` without the progress lines the real command line prints from its
 * first second on (`ablation-ci: loading, 1 s elapsed`): what is left is
 * what the run said.
 */
export function withoutProgress(stderr: string): string {
  return stderr.replace(
    /^ablation-ci: (loading|validating|training|estimating|evaluating|scoring)\b.* elapsed\b.*\n/gm,
    '',
  );
}

/**
 * Runs the command line in a child process and kills it after `timeoutMs`:
 * an input that made it hang fails the test (code null) instead of hanging it.
 */
export async function runCliChild(
  argv: string[],
  cwd: string,
  timeoutMs: number,
  env: Record<string, string> = {},
): Promise<CliRun & { code: number | null }> {
  const child = spawnCli(argv, cwd, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timer);
  return { code, stdout, stderr: withoutProgress(stderr) } as CliRun & { code: number | null };
}

/** Reads a FIFO to its end (the open waits for the writer). */
export function drain(fifo: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    createReadStream(fifo, 'utf8')
      .on('data', (chunk) => (text += String(chunk)))
      .on('end', () => resolve(text))
      .on('error', reject);
  });
}
