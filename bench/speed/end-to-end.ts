import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Results } from '../../src/results/types.js';

const TIME = '/usr/bin/time';
/** Without /usr/bin/time, the child reports its own peak RSS (bytes) as it exits. */
const RSS_HOOK =
  'data:text/javascript,process.on("exit",()=>process.stderr.write(' +
  '"\\nbench-max-rss-kb "+process.resourceUsage().maxRSS+"\\n"))';

/** One example run end to end by the bundled CLI on one backend. */
export interface EndToEnd {
  config: string;
  backend: 'wasm' | 'cpu';
  runs: number;
  /** Wall time of the fastest run. */
  bestSeconds: number;
  /** The largest peak resident set size over the runs, in MiB. */
  peakRssMiB: number;
  rssSource: string;
  examples: number;
  /** Components evaluated (applicable ones). */
  components: number;
  resamples: number;
}

/**
 * Runs `node dist/cli.js run --config <config> --backend <backend>` `runs`
 * times from `root` and keeps the best wall time and the peak RSS, measured
 * by `/usr/bin/time -v` when it exists, else by the child itself. Exit code 1
 * (the gate failed) is a normal outcome; anything else is an error.
 */
export function endToEnd(
  root: string,
  config: string,
  backend: 'wasm' | 'cpu',
  runs: number,
): EndToEnd {
  const dir = mkdtempSync(path.join(tmpdir(), 'ablation-ci-bench-'));
  const out = path.join(dir, 'results.json');
  const cli = ['dist/cli.js', 'run', '--config', config, '--backend', backend, '--out', out];
  const useTime = existsSync(TIME);
  let bestSeconds = Infinity;
  let peakKb = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const [command, args] = useTime
        ? [TIME, ['-v', process.execPath, ...cli]]
        : [process.execPath, ['--import', RSS_HOOK, ...cli]];
      const started = performance.now();
      const child = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
      const seconds = (performance.now() - started) / 1000;
      if (child.status !== 0 && child.status !== 1) {
        throw new Error(`${cli.join(' ')} exited with ${child.status}: ${child.stderr}`);
      }
      bestSeconds = Math.min(bestSeconds, seconds);
      peakKb = Math.max(peakKb, rssKb(child.stderr, useTime));
    }
    const results = JSON.parse(readFileSync(out, 'utf8')) as Results;
    return {
      config,
      backend,
      runs,
      bestSeconds,
      peakRssMiB: peakKb / 1024,
      rssSource: useTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS',
      examples: results.baseline.n,
      components: results.components.filter((c) => c.notApplicable === undefined).length,
      resamples: results.run.resamples,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function rssKb(stderr: string, fromTime: boolean): number {
  const pattern = fromTime
    ? /Maximum resident set size \(kbytes\): (\d+)/
    : /bench-max-rss-kb (\d+)/;
  const match = pattern.exec(stderr);
  if (match === null) throw new Error(`no peak RSS in the run's output:\n${stderr}`);
  return Number(match[1]);
}
