import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOADER = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;

/** The command line from source in a child process (stderr not a TTY, as in CI logs). */
async function stderrOf(argv: string[]): Promise<{ code: number | null; lines: string[] }> {
  const child = spawn(process.execPath, ['--import', LOADER, path.resolve('src/cli.ts'), ...argv], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, lines: stderr.trimEnd().split('\n') };
}

const CONFIG = ['--config', 'examples/breast-cancer/ablation.yml'];

// Issue 16: `validate` sat silent for minutes, `run` until its first heartbeat. Each phase that
// starts after the first second is announced as it starts, in order.
describe('the real command line announces its phases in a log', () => {
  it.each([
    [
      ['validate', ...CONFIG],
      ['loading', 'validating', 'estimating (a timed sample of the plan)'],
      ['estimating (a timed sample of the plan)'],
    ],
    [
      ['run', ...CONFIG, '--out', '-'],
      ['loading', 'validating', 'evaluating', 'scoring'],
      ['evaluating', 'scoring'],
    ],
  ])(
    '%j',
    async (argv, phases, always) => {
      const { code, lines } = await stderrOf(argv);
      expect(code).toBe(0);
      const announced = lines
        .map(
          (line) =>
            /^ablation-ci: (.+?),? (?:\d+% done, )?[\d.]+ (?:s|min|h) elapsed/.exec(line)?.[1],
        )
        .filter((phase) => phase !== undefined);
      // Nothing prints in the first second, so a fast machine may finish loading and validating
      // unannounced; what shows comes in order, and the phases that start once every input is
      // checked are said at once, whatever the machine's speed.
      const shown = [...new Set(announced)];
      expect(shown).toEqual(phases.filter((phase) => shown.includes(phase)));
      expect(shown).toEqual(expect.arrayContaining(always));
    },
    120_000,
  );
});
