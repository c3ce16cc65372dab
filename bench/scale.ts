/**
 * Image scale and memory (issue 15, items 28, 29, 31): the image suite's
 * results size (groups stored once, against the same document with every
 * member listed in each group component, the form before), its run time
 * with the default workers against one (the light and the heavy image
 * model, interleaved), and peak memory at 100,000 rows × 100 features.
 * `bench/run.ts` calls it; `npm run bench -- scale` runs it alone.
 */
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildGraph } from '../src/model/graph.js';
import type { Results } from '../src/results/types.js';
import { busyLoad, freeCores, planSeconds, workersFor } from '../src/pool/size.js';
import { othersRunning } from '../src/pool/running.js';
import { markdownTable } from './markdown.js';
import { imageSuite, type ImageSuite } from './speed/image.js';
import { median, type ProcessRun } from './speed/process.js';
import { wideSuite } from './speed/suites.js';

/** Runs `ablation-ci ARGS` as a whole process (the caller's, capped). */
export type Cli = (args: string[]) => ProcessRun;

/** A run with the workers it had, and the load it started at. */
interface WorkerRun {
  workers: number;
  load: number;
  run: ProcessRun;
}

export interface ScaleMeasured {
  size: { rows: number; features: number; groups: number; bytes: number; beforeBytes: number };
  workers: { suite: ImageSuite; estimate: number; default: WorkerRun[]; one: WorkerRun[] }[];
  memory: { label: string; workers: string; run: ProcessRun }[];
  cores: number;
}

/** Measures the three; `runs` interleaved rounds of the worker comparison. */
export async function measureScale(
  root: string,
  tmp: string,
  cli: Cli,
  runs: number,
  log: (line: string) => void,
): Promise<ScaleMeasured> {
  const cores = os.availableParallelism();
  const out = path.join(tmp, 'scale.json');
  const run = (config: string, workers?: number): ProcessRun =>
    cli([
      'run',
      '--config',
      config,
      '--backend',
      'wasm',
      '--out',
      out,
      ...(workers === undefined ? [] : ['--workers', String(workers)]),
    ]);

  log('scale: image suites…');
  const light = await imageSuite(root, 'light');
  const heavy = await imageSuite(root, 'heavy');
  run(light.config, 1);
  const bytes = statSync(out).size;
  const results = JSON.parse(readFileSync(out, 'utf8')) as Results;

  const workers = [light, heavy].map((suite) => ({
    suite,
    estimate: estimate(suite),
    default: [] as WorkerRun[],
    one: [] as WorkerRun[],
  }));
  for (let round = 1; round <= runs; round++) {
    for (const entry of workers) {
      log(`scale: ${entry.suite.kind} image suite, round ${round}/${runs}: default workers, one…`);
      // The rule's choice now, as the run makes it (it reads the load again at its start).
      const load = loadNow();
      entry.default.push({
        workers: workersFor(entry.estimate, cores, load),
        load,
        run: run(entry.suite.config),
      });
      entry.one.push({ workers: 1, load: loadNow(), run: run(entry.suite.config, 1) });
    }
  }

  log('scale: 100,000 rows × 100 features…');
  const wide = await wideSuite(root, 100_000, 100);
  const memory = [
    { label: 'default', workers: undefined },
    { label: 'two', workers: 2 },
  ].map(({ label, workers: count }) => {
    log(`scale: 100,000 rows, ${label} workers…`);
    // One reading for both numbers of the label.
    const load = loadNow();
    return {
      label,
      workers:
        count === undefined
          ? `default (${freeCores(cores, load)} at load ${load.toFixed(1)})`
          : String(count),
      run: run(wide.config, count),
    };
  });

  return {
    size: {
      rows: light.rows,
      features: light.features,
      groups: light.groups,
      bytes,
      beforeBytes: beforeSize(results),
    },
    workers,
    memory,
    cores,
  };
}

/** The plan's estimated seconds on one thread (pool/size.ts), as `run` estimates it. */
function estimate(suite: ImageSuite): number {
  const graph = buildGraph(suite.model);
  const groups = Array.from({ length: suite.groups }, (_, g) => ({
    id: `group:band-${g + 1}:permute`,
    kind: 'group' as const,
    name: `band-${g + 1}`,
    on: 'features' as const,
    features: [],
    mode: 'permute' as const,
    stochastic: true,
  }));
  return planSeconds(graph, groups, suite.variants / suite.groups, suite.rows);
}

/**
 * The size of the same document in the form written before groups were
 * stored once: every member (`p{i}`, from each definition's range pattern)
 * listed in each group component's target, as the old writer laid it out.
 */
function beforeSize(results: Results): number {
  const members = new Map(
    (results.groups ?? []).map((g) => {
      const [first, last] = /^p\[(\d+):(\d+)\]$/.exec(g.patterns[0])!.slice(1).map(Number);
      return [g.name, Array.from({ length: last - first + 1 }, (_, i) => `p${first + i}`)];
    }),
  );
  const old: Record<string, unknown> = { ...results };
  delete old.groups;
  Object.assign(old, {
    components: results.components.map(({ id, kind, name, ...component }) => ({
      id,
      kind,
      name,
      ...(kind === 'group' ? { target: members.get(name!)! } : {}),
      ...component,
    })),
  });
  return Buffer.byteLength(`${JSON.stringify(old, null, 2)}\n`);
}

/** The three tables, as markdown. */
export function scaleReport(m: ScaleMeasured, runs: number): string {
  const mb = (bytes: number): string =>
    bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
  const s = (seconds: number): string => `${seconds.toFixed(2)} s`;
  const mib = (value: number): string =>
    value >= 1024 ? `${(value / 1024).toFixed(2)} GiB` : `${value.toFixed(0)} MiB`;
  const med = (values: WorkerRun[], pick: (r: ProcessRun) => number): number =>
    median(values.map((v) => pick(v.run)));

  const size = markdownTable(
    [{ header: 'image suite results document' }, { header: 'size', align: 'right' }],
    [
      ['groups stored once (patterns, count, hash of members)', mb(m.size.bytes)],
      ['every member listed in each group component (the form before)', mb(m.size.beforeBytes)],
    ],
  );
  const workers = markdownTable(
    [
      { header: 'image model' },
      { header: 'estimate, one thread', align: 'right' },
      { header: 'default: workers (load)' },
      { header: 'default: wall', align: 'right' },
      { header: 'default: CPU', align: 'right' },
      { header: 'one: wall', align: 'right' },
      { header: 'one: CPU', align: 'right' },
      { header: 'peak RSS default / one' },
    ],
    m.workers.map((w) => [
      w.suite.kind,
      s(w.estimate),
      w.default.map((r) => `${r.workers} (${r.load.toFixed(1)})`).join(', '),
      s(med(w.default, (r) => r.seconds)),
      s(med(w.default, (r) => r.cpuSeconds)),
      s(med(w.one, (r) => r.seconds)),
      s(med(w.one, (r) => r.cpuSeconds)),
      `${mib(med(w.default, (r) => r.rssMiB))} / ${mib(med(w.one, (r) => r.rssMiB))}`,
    ]),
  );
  const memory = markdownTable(
    [
      { header: '100,000 rows × 100 features, workers' },
      { header: 'wall', align: 'right' },
      { header: 'CPU', align: 'right' },
      { header: 'peak RSS', align: 'right' },
    ],
    m.memory.map((r) => [r.workers, s(r.run.seconds), s(r.run.cpuSeconds), mib(r.run.rssMiB)]),
  );
  return [
    '# Image scale and memory',
    '',
    `${m.cores} cores; medians of ${runs} interleaved rounds for the workers; one run each at 100,000 rows.`,
    `The load is the one the run counts when it starts: the 1-minute load average, but no more than`,
    'the threads running then; the default takes one worker per free core (cores less the whole',
    'cores of that load) when the estimate pays for starting them.',
    '',
    `## Results size: ${m.size.groups} pixel groups of ${m.size.features.toLocaleString('en-US')} features, ${m.size.rows} rows`,
    '',
    size,
    '',
    '## Run time, default workers against one',
    '',
    workers,
    '',
    '## Peak memory at 100,000 rows × 100 features (the wide MLP, 300 variants)',
    '',
    memory,
  ].join('\n');
}

/** The load a run starting now counts (src/pool/size.ts `freeCoresNow`, without its cache). */
function loadNow(): number {
  return busyLoad(os.loadavg()[0], othersRunning());
}
