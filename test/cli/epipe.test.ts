import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOADER = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;

describe('a reader that stops early (`--out - | head`)', () => {
  it.each([
    [['run', '--config', 'examples/breast-cancer/ablation.yml', '--out', '-']],
    [['--help']],
  ])(
    '%j: stops quietly with the status of SIGPIPE, no stack trace',
    async (argv) => {
      const child = spawn(
        process.execPath,
        ['--import', LOADER, path.resolve('src/cli.ts'), ...argv],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      // The reader is gone before anything is written.
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).not.toMatch(/EPIPE|Error|at /);
      expect(code).toBe(141);
    },
    120_000,
  );
});
