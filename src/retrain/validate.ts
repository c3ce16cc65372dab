import path from 'node:path';
import type { Config } from '../config/types.js';
import type { Dataset } from '../data/types.js';
import { loadRetrainData } from './data.js';

/**
 * `validate` for a suite without `model`: checks the eval and training
 * data (the eval data already parsed) and the retrain variants' dropped
 * features, trains nothing. `runsOn`: the runtime and version that run the
 * ONNX models a command writes (`train.writes: model`), named in the summary.
 */
export async function validateRetrain(
  config: Config,
  evalData: Dataset,
  cwd: string,
  runsOn?: string,
): Promise<string> {
  const data = await loadRetrainData(config, evalData, cwd);
  const train = config.train!;
  const how =
    train.module !== undefined ? path.relative(cwd, train.module) : `\`${train.command}\``;
  return (
    `${config.file}: valid — suite ${config.suite}, ${evalData.n} eval and ${data.train.n} training examples, ` +
    `${evalData.features.length} features, ${(config.ablations.retrain ?? []).length} retrain variants × ` +
    `${train.seeds} seeds by ${how}` +
    (runsOn === undefined ? '' : `, each writing an ONNX model run on ${runsOn}`) +
    `, ${config.tests.length} model unit tests`
  );
}
