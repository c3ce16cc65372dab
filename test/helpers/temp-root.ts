// Global setup of the test run (vitest.config.ts): one temporary folder for the whole run, as
// TMPDIR of every test worker, removed with everything in it when the run ends (a `vitest list`
// included), so what tests make with `mkdtemp(os.tmpdir(), …)` is never left in /tmp.
// (The product's own promise to leave nothing behind is checked separately, on an empty
// TMPDIR of its own: test/hardening/temp-files.test.ts.)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const outer = process.env.TMPDIR;
  // Short names: some tests make sockets under it (a socket's path is limited to 107 bytes).
  const folder = mkdtempSync(path.join(os.tmpdir(), 'acit-'));
  process.env.TMPDIR = folder;
  process.env.TEST_TEMP_ROOT = folder;
  return () => {
    delete process.env.TEST_TEMP_ROOT;
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  };
}
