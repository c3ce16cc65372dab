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
// Made in the run's folder, never inside another file's (a test process runs several files, and
// the folder of each must not nest in the one before: sockets need short paths).
const folder = mkdtempSync(path.join(process.env.TEST_TEMP_ROOT ?? os.tmpdir(), 'f-'));
process.env.TMPDIR = folder;

afterAll(() => {
  if (outer === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = outer;
  rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
});
