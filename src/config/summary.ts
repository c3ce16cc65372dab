import { relative } from 'node:path';
import type { Config, FeatureMode } from './types.js';

/**
 * What `ablation-ci validate` prints for a config that loaded: one line per
 * part, paths relative to the repository root, defaults shown as applied.
 */
export function summarizeConfig(config: Config): string[] {
  const { data, ablations, gate } = config;
  const path = (absolute: string): string => relative(config.root, absolute);
  const list = (items: readonly string[]): string =>
    items.length === 0 ? 'none' : items.join(', ');
  const names = (value: 'all' | string[]): string => (value === 'all' ? 'all' : list(value));
  const dataFacts = [
    `label ${data.label}`,
    `features ${data.features === undefined ? 'all other columns' : list(data.features)}`,
    `task ${data.task ?? 'inferred'}`,
  ];
  if (data.classes !== undefined) dataFacts.push(`classes ${list(data.classes)}`);
  if (data.scalingFile !== undefined) dataFacts.push(`scaling from ${path(data.scalingFile)}`);
  else if (data.scaling !== undefined) dataFacts.push('scaling inline');
  const { regression } = gate;
  return [
    `suite ${config.suite} (${config.file})`,
    config.model === undefined ? 'model: the retrained baseline' : `model ${path(config.model)}`,
    `data ${path(data.eval)}: ${dataFacts.join('; ')}`,
    `metrics ${list(config.metrics)}; seed ${config.seed}; repeats ${config.repeats}; ` +
      `resamples ${config.resamples}`,
    `layer ablations: ${names(ablations.layers)} × ${list(ablations.layerModes)}`,
    `feature ablations: ${names(ablations.features)} × ` +
      list(ablations.featureModes.map(modeName)),
    `groups: ${list(ablations.groups.map((group) => group.name))}`,
    `tests: ${list(config.tests.map((test) => test.name))}`,
    `gate: fails on ${list(gate.failOn)}; regression on ${regression.metric} ` +
      `(tolerance ${regression.tolerance}, alpha ${regression.alpha})`,
  ];
}

function modeName(mode: FeatureMode): string {
  return typeof mode === 'string' ? mode : `value ${mode.value}`;
}
