/**
 * The image suite alone, measured as `bench/run.ts` measures it: `ablation-ci
 * run` as a whole process (median of RUNS, default 3) against its forward
 * passes alone (`forwardSeconds`), and the ratio of the two. Prints one line;
 * writes nothing. For checking a change to the image path in a minute
 * instead of the whole benchmark.
 *
 * Run from the repository root: npm run build && npx tsx bench/image.ts
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useBackend } from '../src/backend/resolve.js';
import { forwardSeconds, imageSuite } from './speed/image.js';
import { median, runProcess } from './speed/process.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 3);

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'dist/cli.js'))) {
    throw new Error('dist/cli.js is missing: run `npm run build` first');
  }
  await useBackend('wasm', { searchFrom: [ROOT] });
  const image = await imageSuite(ROOT);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ablation-ci-image-'));
  const runs = Array.from({ length: RUNS }, () =>
    runProcess(
      process.execPath,
      [
        'dist/cli.js',
        'run',
        '--config',
        image.config,
        '--backend',
        'wasm',
        '--out',
        path.join(tmp, 'r.json'),
      ],
      ROOT,
      120,
    ),
  );
  rmSync(tmp, { recursive: true, force: true });
  const forward = forwardSeconds(image);
  const run = median(runs.map((r) => r.seconds));
  const rss = median(runs.map((r) => r.rssMiB));
  process.stdout.write(
    `image suite (${image.rows} rows × ${image.features} features, ${image.variants} variants): ` +
      `run ${run.toFixed(2)} s (${runs.map((r) => r.seconds.toFixed(2)).join(', ')}; ` +
      `peak ${rss.toFixed(0)} MiB), forward passes ${forward.toFixed(2)} s, ` +
      `ratio ${(run / forward).toFixed(2)}\n`,
  );
}

await main();
