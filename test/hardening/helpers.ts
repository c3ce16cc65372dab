import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
