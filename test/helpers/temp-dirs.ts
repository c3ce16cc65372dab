// Setup file of every test project (vitest.config.ts): each test file gets a temporary folder of
// its own as TMPDIR, removed with everything in it when the file's tests end, so the folders that
// tests and their helpers make with `mkdtemp(os.tmpdir(), …)` are never left in /tmp.
// (The product's own promise to leave nothing behind is checked separately, on an empty
// TMPDIR of its own: test/hardening/temp-files.test.ts.)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const outer = process.env.TMPDIR;
const folder = mkdtempSync(path.join(os.tmpdir(), 'ablation-ci-tests-'));
process.env.TMPDIR = folder;

afterAll(() => {
  if (outer === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = outer;
  rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
});
