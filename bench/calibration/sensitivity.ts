/**
 * Issue #20's calibration of the sensitivity curves, one file of results:
 * monotone in expectation, and the growth test's false alarms and power.
 * Part of `npm run bench:stats`; on its own:
 * `npx tsx bench/calibration/sensitivity.ts [--trials N]`.
 */
import { fileURLToPath } from 'node:url';
import { useBackend } from '../../src/backend/resolve.js';
import { publish } from '../markdown.js';
import { sensitivityGrowth } from './sensitivity-growth.js';
import { sensitivityMonotonicity } from './sensitivity-monotone.js';

/** Runs both simulations (`trials`: comparisons per null; seeds per example are a fifth) and publishes bench/results/sensitivity.md. */
export async function sensitivityCalibration(trials = 100): Promise<void> {
  const monotone = await sensitivityMonotonicity(Math.max(1, Math.round(trials / 5)));
  const growth = await sensitivityGrowth(trials);
  publish(
    'sensitivity',
    ['# Sensitivity curves: calibration (issue #20)', '', monotone, '', growth].join('\n'),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--trials');
  await useBackend('wasm', { searchFrom: [] });
  await sensitivityCalibration(i === -1 ? undefined : Number(process.argv[i + 1]));
}
