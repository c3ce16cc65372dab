import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/types.js';
import { resultsProblem } from '../../src/results/validate.js';

const run = promisify(execFile);
const ROOT = path.resolve('.');
const TSX = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/**
 * The folder of a python3 that has what examples/onnx-retrain/train.py imports (numpy,
 * scikit-learn, onnx): the venv the project's Python checks use, else the one on PATH.
 */
function pythonFolder(): string | undefined {
  for (const python of ['/tmp/onnxvenv/bin/python3', 'python3']) {
    try {
      const found = execFileSync(
        python,
        ['-c', 'import sys, numpy, sklearn, onnx; print(sys.executable)'],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
      );
      return path.dirname(found.trim());
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** Debian's python3 with scikit-learn: examples/python-sklearn's command. */
function debianSklearn(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import sklearn'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const PYTHON = pythonFolder();

/** The example run from source (tsx) in a fresh copy of examples/, so its cache starts empty. */
async function runExample(dir: string, name: string): Promise<Results> {
  await run(
    process.execPath,
    [
      '--import',
      TSX,
      path.join(ROOT, 'src', 'cli.ts'),
      'run',
      '--config',
      `examples/${name}/ablation.yml`,
      '--out',
      `${name}.json`,
    ],
    { cwd: dir, env: { ...process.env, PATH: `${PYTHON}${path.delimiter}${process.env.PATH}` } },
  );
  return JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as Results;
}

describe('examples/onnx-retrain: a Python script that exports ONNX', () => {
  // Skipped where no python3 has numpy, scikit-learn and onnx (CI from a clean clone):
  // the same contract is covered by test/retrain/onnx-command.test.ts, whose command is Node.
  it.skipIf(PYTHON === undefined || !debianSklearn())(
    "gets retrain ablations, scored as scikit-learn's own predictions of the same models are",
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'ablation-ci-onnx-retrain-'));
      try {
        mkdirSync(path.join(dir, '.git'));
        cpSync(path.resolve('examples'), path.join(dir, 'examples'), {
          recursive: true,
          filter: (source) => !source.includes('.ablation-ci-cache'),
        });
        const [onnx, sklearn] = await Promise.all([
          runExample(dir, 'onnx-retrain'),
          runExample(dir, 'python-sklearn'),
        ]);
        expect(resultsProblem(onnx)).toBeUndefined();
        expect(onnx.run.runtime?.name).toMatch(/^onnxruntime-(node|web)$/);
        const retrained = (r: Results) => r.components.filter((c) => c.kind === 'retrain');
        const ids = (r: Results): string[] => retrained(r).map((c) => c.id);
        expect(ids(onnx)).toEqual([
          'retrain:no-scaler:retrain',
          'retrain:no-hidden-2:retrain',
          'retrain:no-worst-features:retrain',
        ]);
        expect(ids(onnx)).toEqual(ids(sklearn));
        // Without model, the baseline's first-seed ONNX model is also evaluated as any ONNX model
        // (every feature permuted); scikit-learn's predictions alone allow no such thing.
        expect(onnx.components.filter((c) => c.kind === 'feature')).toHaveLength(30);
        expect(sklearn.components).toEqual(retrained(sklearn));
        // Every run: the ONNX model ablation-ci ran scores as the pipeline's predict_proba,
        // which python-sklearn writes from the same training (the same seed and data).
        const runs = (r: Results) => [
          ...r.retrain!.baseline.runs,
          ...retrained(r).flatMap((c) => c.retrain!.runs),
        ];
        const [a, b] = [runs(onnx), runs(sklearn)];
        expect(a).toHaveLength(12);
        a.forEach((run, i) => {
          expect(run.status).toBe('ok');
          expect(run.metrics.accuracy).toBe(b[i].metrics.accuracy);
          expect(run.metrics.roc_auc).toBeCloseTo(b[i].metrics.roc_auc!, 4);
          expect(run.metrics.log_loss).toBeCloseTo(b[i].metrics.log_loss!, 4);
        });
        // An MLP on unscaled features loses accuracy: the first variant's contribution is positive.
        const scaler = retrained(onnx)[0].metrics!.accuracy;
        if (scaler.value === null) throw new Error(scaler.reason);
        expect(scaler.ci[0]).toBeGreaterThan(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
