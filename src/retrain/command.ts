import { rmSync } from 'node:fs';
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RunCache } from '../cache/store.js';
import type { Config, RetrainVariant } from '../config/types.js';
import type { Dataset } from '../data/types.js';
import type { RetrainData } from './data.js';
import type { WorkerRun } from './launch.js';
import { notRegular } from '../files/kind.js';
import { untilReleased } from '../process/cleanup.js';
import { userEnvironment } from '../process/env.js';
import { killTree, startTree } from '../process/tree.js';

/**
 * What runs the model file a command wrote (`train.writes: model`) on the eval rows of the
 * features it was given: its n × width outputs, or the first reason they cannot be scored as one
 * line starting with `shown`; `whole`, the model with the files it stores tensors in read into it,
 * when it has any (what a kept copy must hold). The model format's own code
 * (src/onnx/written-model.ts) makes it.
 */
export interface ModelRunner {
  run(
    file: string,
    shown: string,
    features: string[],
  ): Promise<{ outputs: Float32Array; width: number; whole?: Uint8Array } | { error: string }>;
}

/** How long a command has after SIGTERM at its time limit before SIGKILL. */
const GRACE_MS = 1000;
/** The tail of a failed command's stderr kept for its error line. */
const STDERR_TAIL = 400;

/**
 * The request a command receives, as a JSON file (ABLATION_CI_REQUEST) and,
 * for the common parts, in environment variables:
 * ABLATION_CI_SWITCHES (JSON), ABLATION_CI_SEED, ABLATION_CI_OUTPUT (the
 * predictions file to write) or, with `train.writes: model`, ABLATION_CI_MODEL
 * (the ONNX file to write), ABLATION_CI_TRAIN_DATA and ABLATION_CI_EVAL_DATA
 * (CSV files: the kept features then the label, as written in the data; a
 * variant's dropped features are already removed).
 */
export interface CommandRequest {
  variant: string;
  switches: Record<string, unknown>;
  dropFeatures: string[];
  seed: number;
  trainData: string;
  evalData: string;
  /** What the command writes: `output` (predictions) or `model` (an ONNX file). */
  writes: 'predictions' | 'model';
  /** The predictions file to write (`writes: predictions`). */
  output?: string;
  /** The ONNX model file to write (`writes: model`). */
  model?: string;
  features: string[];
  label: string;
  task: string;
  classes: string[] | null;
  timeLimitMs: number;
}

/**
 * Runs a command suite's command once for (variant, seed): writes the data
 * files and the request, runs the command by the shell in the config's
 * folder in a process group and session of its own with the allow-listed
 * environment (src/process/env.ts), ends what it started when it exits or
 * at the time limit, and reads the predictions file it wrote — or runs the
 * model it wrote with `job.runModel`. A non-zero exit
 * or a missing, malformed or not regular file is a `failed` run whose error
 * names the file. The work folder (copies of the
 * data) is removed on success and on a signal; kept after a failure.
 */
export async function runCommandSuite(
  config: Config,
  data: RetrainData,
  job: {
    variant: RetrainVariant | undefined;
    seed: number;
    cwd: string;
    /** What runs the model the command writes (`train.writes: model`). */
    runModel?: ModelRunner | undefined;
    /** When it aborts (the run's pool closes), the command and all it started are killed. */
    signal?: AbortSignal;
    /** A folder to keep the model it wrote in (as model.onnx), when it runs. */
    keepModelIn?: string;
  },
): Promise<WorkerRun> {
  const train = config.train!;
  const writes = train.writes ?? 'predictions';
  if (writes === 'model' && job.runModel === undefined) {
    throw new Error('runCommandSuite: train.writes is model but no model runner was given');
  }
  const variantName = job.variant?.name ?? 'baseline';
  // Inside the cache folder, kept when the run fails so that the file an error names can be read;
  // a folder of its own, so that two runs of one checkout at once (two shards) never share one.
  const folder = await new RunCache(train.cache).workFolder(
    'work',
    `${variantName}-seed-${job.seed}`,
  );
  // Copies of the data: removed if ablation-ci is interrupted or exits while they exist.
  const release = untilReleased(() => rmSync(folder, { recursive: true, force: true }));
  // Removed unless the run failed: then it holds the files its error line names.
  let clean = false;
  try {
    const drop = new Set(job.variant?.dropFeatures ?? []);
    const features = data.eval.features.filter((name) => !drop.has(name));
    const request: CommandRequest = {
      variant: variantName,
      switches: job.variant?.switches ?? {},
      dropFeatures: [...drop],
      seed: job.seed,
      trainData: path.join(folder, 'train.csv'),
      evalData: path.join(folder, 'eval.csv'),
      writes,
      ...(writes === 'model'
        ? { model: path.join(folder, 'model.onnx') }
        : { output: path.join(folder, 'predictions.json') }),
      features,
      label: config.data.label,
      task: data.eval.task,
      classes: data.eval.classes ?? null,
      timeLimitMs: train.timeLimitMs,
    };
    await writeFile(request.trainData, toCsv(data.train, features));
    await writeFile(request.evalData, toCsv(data.eval, features));
    const requestFile = path.join(folder, 'request.json');
    await writeFile(requestFile, JSON.stringify(request, null, 2));
    const env = userEnvironment(process.env, train.env ?? [], {
      ABLATION_CI_SWITCHES: JSON.stringify(request.switches),
      ABLATION_CI_SEED: String(job.seed),
      ...(request.model === undefined
        ? { ABLATION_CI_OUTPUT: request.output as string }
        : { ABLATION_CI_MODEL: request.model }),
      ABLATION_CI_TRAIN_DATA: request.trainData,
      ABLATION_CI_EVAL_DATA: request.evalData,
      ABLATION_CI_REQUEST: requestFile,
    });
    const cwd = path.dirname(path.resolve(job.cwd, config.file));
    const started = performance.now();
    const exit = await runLimited(train.command!, {
      cwd,
      env,
      timeLimitMs: train.timeLimitMs,
      signal: job.signal,
    });
    const ms = performance.now() - started;
    if (exit.stopped) {
      clean = true;
      return { status: 'failed', ms, error: 'stopped' };
    }
    if (exit.timedOut) {
      clean = true;
      return { status: 'timed-out', ms };
    }
    const written = (request.model ?? request.output) as string;
    const shown = `${writes === 'model' ? 'model' : 'predictions'} file ${path.relative(job.cwd, written) || written}`;
    if (exit.code !== 0) {
      const tail = exit.stderr.trim().split('\n').slice(-1)[0] ?? '';
      return {
        status: 'failed',
        ms,
        error: `the command exited with ${exit.signal ?? `code ${exit.code}`}${tail === '' ? '' : ` (${tail})`}; ${shown} not read`,
      };
    }
    if (request.model !== undefined) {
      const read = await job.runModel!.run(request.model, shown, features);
      if ('error' in read) return { status: 'failed', ms, error: read.error };
      if (job.keepModelIn !== undefined) {
        // Self-contained: the files beside it that held its weights stay in the work folder.
        const kept = path.join(job.keepModelIn, 'model.onnx');
        if (read.whole === undefined) await copyFile(request.model, kept);
        else await writeFile(kept, read.whole);
      }
      clean = true;
      return { status: 'ok', ms, trainMs: ms, outputs: read.outputs, width: read.width };
    }
    const output = request.output as string;
    // A FIFO or device there would block the read (or never end): only a regular file is read.
    const special = await notRegular(output);
    if (special !== undefined) return { status: 'failed', ms, error: `${shown} ${special}` };
    let text: string;
    try {
      text = await readFile(output, 'utf8');
    } catch {
      return { status: 'failed', ms, error: `the command wrote no ${shown}` };
    }
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      return { status: 'failed', ms, error: `${shown}: not JSON (${(error as Error).message})` };
    }
    // Loaded here, with ajv's compiler (the predictions schema): only a command writing predictions needs it.
    const { readPredictions } = await import('./command-predictions.js');
    const read = readPredictions(document, data.eval);
    if ('error' in read) return { status: 'failed', ms, error: `${shown}: ${read.error}` };
    clean = true;
    return { status: 'ok', ms, trainMs: ms, outputs: read.outputs, width: read.width };
  } finally {
    if (clean) await rm(folder, { recursive: true, force: true });
    release();
  }
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Killed because `options.signal` aborted. */
  stopped: boolean;
  stderr: string;
}

function runLimited(
  command: string,
  options: {
    cwd: string;
    env: Record<string, string>;
    timeLimitMs: number;
    signal?: AbortSignal | undefined;
  },
): Promise<Exit> {
  return new Promise((resolve) => {
    const child = startTree(command, [], {
      shell: true,
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
    let timedOut = false;
    const killGroup = (signal: NodeJS.Signals): void => {
      if (child.pid !== undefined) killTree(child.pid, signal);
    };
    let hard: NodeJS.Timeout | undefined;
    const limit = setTimeout(() => {
      timedOut = true;
      killGroup('SIGTERM');
      hard = setTimeout(() => killGroup('SIGKILL'), GRACE_MS);
    }, options.timeLimitMs);
    let stopped = false;
    const stop = (): void => {
      stopped = true;
      killGroup('SIGKILL');
    };
    if (options.signal?.aborted === true) stop();
    else options.signal?.addEventListener('abort', stop, { once: true });
    child.on('error', (error) => {
      clearTimeout(limit);
      options.signal?.removeEventListener('abort', stop);
      resolve({ code: 127, signal: null, timedOut: false, stopped, stderr: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(limit);
      clearTimeout(hard);
      options.signal?.removeEventListener('abort', stop);
      if (timedOut || stopped) killGroup('SIGKILL');
      resolve({ code, signal, timedOut, stopped, stderr });
    });
  });
}

/** The data as CSV: the given features (raw values) then the label as written. */
function toCsv(dataset: Dataset, features: string[]): string {
  const f = dataset.features.length;
  const columns = features.map((name) => dataset.features.indexOf(name));
  const quote = (text: string): string =>
    /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  const lines = [[...features, dataset.label].map(quote).join(',')];
  for (let i = 0; i < dataset.n; i++) {
    const label =
      dataset.classes === undefined ? String(dataset.y[i]) : dataset.classes[dataset.y[i]];
    lines.push([...columns.map((j) => String(dataset.x[i * f + j])), quote(label)].join(','));
  }
  return `${lines.join('\n')}\n`;
}
