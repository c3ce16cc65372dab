import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Scale } from './bootstrap.js';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(import.meta.dirname, 'bootstrap_numpy.py');

/** The NumPy reference's time, or why it could not run. */
export type NumpyTiming = { seconds: number; numpy: string; threads: string } | { skipped: string };

/**
 * Runs bootstrap_numpy.py (a vectorised NumPy bootstrap of the same
 * workload) in a subprocess of Debian's Python. `threads` caps the BLAS and
 * OpenMP threads (`1`: single-threaded, as the engine is) or leaves them at
 * the library's default (`default`).
 */
export function timeNumpy(scale: Scale, threads: '1' | 'default'): NumpyTiming {
  if (!existsSync(PYTHON)) return { skipped: `${PYTHON} not found` };
  const probe = spawnSync(PYTHON, ['-c', 'import numpy'], { encoding: 'utf8' });
  if (probe.status !== 0) return { skipped: `${PYTHON} has no numpy` };
  const env = { ...process.env };
  if (threads === '1') {
    for (const name of ['OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS'])
      env[name] = '1';
  }
  const args = [SCRIPT, scale.resamples, scale.examples, scale.components].map(String);
  const child = spawnSync(PYTHON, args, { encoding: 'utf8', env });
  if (child.status !== 0) throw new Error(`${PYTHON} ${args.join(' ')} failed: ${child.stderr}`);
  const report = JSON.parse(child.stdout) as { seconds: number; numpy: string };
  return { seconds: report.seconds, numpy: report.numpy, threads };
}
