import {
  loadBreastCancerSplit,
  trainBreastCancerModel,
} from '../../examples/breast-cancer/train.js';
import { predictedClass } from './experiments.js';

/** One trained model's outputs on the eval set. */
export interface SeedModel {
  seed: number;
  outputs: Float32Array;
  correct: number;
}

/** Two models of equal eval accuracy and how they differ. */
export interface EqualPair {
  base: SeedModel;
  head: SeedModel;
  /** Eval rows the base gets right and the head wrong, and the reverse. */
  losses: number;
  wins: number;
}

/**
 * Trains the breast-cancer example's MLP once per seed (same split, same
 * recipe, on the current TF.js backend) and returns each model's outputs on
 * the eval rows, checking that the labels are the ones given.
 */
export async function trainSeeds(seeds: number[], labels: Float64Array): Promise<SeedModel[]> {
  const split = loadBreastCancerSplit();
  const models: SeedModel[] = [];
  for (const seed of seeds) {
    const trained = await trainBreastCancerModel(seed, split);
    trained.model.optimizer.dispose();
    trained.model.dispose();
    if (trained.evalLabels.some((label, i) => label !== labels[i]))
      throw new Error('the trained models are not scored on the eval rows of the example');
    const outputs = trained.evalProbabilities;
    const correct = labels.reduce(
      (sum, label, i) => sum + (predictedClass(outputs[i]) === label ? 1 : 0),
      0,
    );
    models.push({ seed, outputs, correct });
  }
  return models;
}

/**
 * Among pairs of equal eval accuracy, the one whose models disagree on the
 * most rows (the least degenerate null for a paired test); the lower seeds
 * on ties. Undefined when no two models have equal accuracy.
 */
export function equalPair(models: SeedModel[], labels: Float64Array): EqualPair | undefined {
  let best: EqualPair | undefined;
  for (let a = 0; a < models.length; a++) {
    for (let b = a + 1; b < models.length; b++) {
      if (models[a].correct !== models[b].correct) continue;
      let losses = 0;
      let wins = 0;
      labels.forEach((label, i) => {
        const baseRight = predictedClass(models[a].outputs[i]) === label;
        const headRight = predictedClass(models[b].outputs[i]) === label;
        if (baseRight && !headRight) losses++;
        else if (headRight && !baseRight) wins++;
      });
      if (best === undefined || losses + wins > best.losses + best.wins)
        best = { base: models[a], head: models[b], losses, wins };
    }
  }
  return best;
}
