import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A FIFO in the config's place: a blocking read would stop the thread for good (no timeout can
// interrupt it), so the look runs in a process of its own, stopped after 20 s.
describe.skipIf(process.platform === 'win32')(
  'whether a run warms TF.js threads, with a FIFO for its config',
  () => {
    it('answers at once without reading it (the loader then refuses it with its one line)', () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'needs-fifo-'));
      execFileSync('mkfifo', [path.join(dir, 'ablation.yml')]);
      const look = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          `import { mayUseTfjsThreads } from ${JSON.stringify(path.resolve('src/pool/needs.ts'))};
         process.stdout.write(String(mayUseTfjsThreads('ablation.yml', ${JSON.stringify(dir)})));`,
        ],
        { encoding: 'utf8', timeout: 20_000 },
      );
      expect(look.signal).toBeNull();
      expect(look.stdout).toBe('true');
    });
  },
);
