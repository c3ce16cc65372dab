import { matchFeatures, matchLayers } from '../ablation/plan.js';
import { configError } from '../config/error.js';
import type { Config, LayerNoise, SensitivityConfig } from '../config/types.js';
import type { ModelGraph } from '../model/graph.js';
import { indexNames } from '../pattern/names.js';

/** Where a curve's noise goes: a layer's weights or output, or a feature's (group's) input columns. */
export type Noise = LayerNoise | 'input';

/** One sensitivity curve to measure: a component and where its noise goes. */
export type SensitivityComponent = {
  /** `layer:dense_1:weights`, `layer:dense_1:output`, `feature:age:input`, `group:head:output`. */
  id: string;
  kind: 'layer' | 'feature' | 'group';
  name: string;
} & (
  | { on: 'layers'; layers: string[]; noise: LayerNoise }
  | { on: 'features'; features: string[]; noise: 'input' }
);

/**
 * Expands `ablations.sensitivity` into curves, in a fixed order: layers in
 * model order × `layer-noise`, features in data order, then groups in the
 * order written (a layer group × `layer-noise`, a feature group once).
 * Names, globs and ranges are matched as `ablations.layers` and `features`
 * are; a group must be one of `ablations.groups`.
 */
export function planSensitivity(
  config: Config,
  settings: SensitivityConfig,
  graph: ModelGraph,
  features: string[],
): SensitivityComponent[] {
  const key = 'ablations.sensitivity';
  const allLayers = graph.nodes.filter((node) => !node.isInput).map((node) => node.name);
  const layers = matchLayers(
    config,
    `${key}.layers`,
    settings.layers,
    allLayers,
    indexNames(allLayers),
  );
  const chosen =
    settings.features === 'all'
      ? features
      : matchFeatures(config, `${key}.features`, settings.features, features, indexNames(features));
  const planned: SensitivityComponent[] = [];
  for (const layer of layers) {
    for (const noise of settings.layerNoise) {
      planned.push({
        id: `layer:${layer}:${noise}`,
        kind: 'layer',
        name: layer,
        on: 'layers',
        layers: [layer],
        noise,
      });
    }
  }
  for (const feature of chosen) {
    planned.push({
      id: `feature:${feature}:input`,
      kind: 'feature',
      name: feature,
      on: 'features',
      features: [feature],
      noise: 'input',
    });
  }
  settings.groups.forEach((name, i) => {
    const group = config.ablations.groups.find((g) => g.name === name);
    if (group === undefined) {
      const known = config.ablations.groups.map((g) => g.name);
      throw configError(
        config,
        `${key}.groups[${i}]`,
        `${JSON.stringify(name)} is not a group of ablations.groups` +
          (known.length === 0 ? ' (none is defined)' : ` (${known.join(', ')})`),
      );
    }
    const groupKey = `ablations.groups.${name}`;
    if (group.layers !== undefined) {
      const members = matchLayers(
        config,
        `${groupKey}.layers`,
        group.layers,
        allLayers,
        indexNames(allLayers),
      );
      for (const noise of settings.layerNoise) {
        planned.push({
          id: `group:${name}:${noise}`,
          kind: 'group',
          name,
          on: 'layers',
          layers: members,
          noise,
        });
      }
    } else {
      const members = matchFeatures(
        config,
        `${groupKey}.features`,
        group.features ?? [],
        features,
        indexNames(features),
      );
      planned.push({
        id: `group:${name}:input`,
        kind: 'group',
        name,
        on: 'features',
        features: members,
        noise: 'input',
      });
    }
  });
  return planned;
}

/** The config's sensitivity curves, or undefined when it asks for none. */
export function planSensitivityOf(
  config: Config,
  graph: ModelGraph,
  features: string[],
): SensitivityComponent[] | undefined {
  const settings = config.ablations.sensitivity;
  return settings === undefined ? undefined : planSensitivity(config, settings, graph, features);
}
