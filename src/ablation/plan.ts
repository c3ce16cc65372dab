import type * as tf from '@tensorflow/tfjs';
import { configError } from '../config/error.js';
import type { Config, FeatureMode, LayerMode } from '../config/types.js';
import type { ModelGraph } from '../model/graph.js';
import { reinitProblem } from '../model/initializers.js';
import { expandName, indexNames, nameHint, quoteFrom } from '../pattern/names.js';

interface ComponentBase {
  /** `layer:dense_1:zero`, `feature:age:permute`, `group:head:reinit`, `feature:age:value=0.5`. */
  id: string;
  kind: 'layer' | 'feature' | 'group';
  /** The layer's, feature's or group's name. */
  name: string;
  /** Whether it draws random numbers (then it is repeated `repeats` times). */
  stochastic: boolean;
  /** Set when the ablation cannot be applied to this model, with the reason. */
  notApplicable?: string;
}

/** A layer or a group of layers under one layer mode. */
export interface LayerComponent extends ComponentBase {
  on: 'layers';
  layers: string[];
  mode: LayerMode;
}

/** A feature or a group of features under one feature mode. */
export interface FeatureComponent extends ComponentBase {
  on: 'features';
  features: string[];
  mode: FeatureMode;
}

/** One planned component: what it ablates and how, in one place. */
export type Component = LayerComponent | FeatureComponent;

/**
 * Layer classes that are the identity at inference: ablating one is the
 * same as ablating the layer before it, so `layers: all` leaves them out.
 */
export const INFERENCE_IDENTITY = new Set([
  'Dropout',
  'SpatialDropout1D',
  'SpatialDropout2D',
  'GaussianNoise',
  'GaussianDropout',
  'AlphaDropout',
  'ActivityRegularization',
]);

/**
 * Expands the config's `ablations` into the list of components, in a fixed
 * order: layers in model order × layer modes, features in data order ×
 * feature modes, then groups in config order × the modes of their kind.
 * Unknown layer, feature or group members are input errors on their key.
 */
export function planComponents(config: Config, graph: ModelGraph, features: string[]): Component[] {
  const layerByName = new Map<string, tf.layers.Layer>();
  for (const node of graph.nodes) if (!node.isInput) layerByName.set(node.name, node.layer);
  const allLayers = [...layerByName.keys()];
  const outputLayers = new Set(graph.outputSlots.map((s) => producerOf(graph, s)));
  return planWith(
    config,
    {
      names: allLayers,
      defaults: allLayers.filter(
        (name) =>
          !outputLayers.has(name) &&
          !INFERENCE_IDENTITY.has(layerByName.get(name)?.getClassName() ?? ''),
      ),
      problem: (name, mode) => layerModeProblem(graph, name, layerByName.get(name)!, mode),
    },
    features,
  );
}

/** The layers of a model as the plan sees them (a TF.js model's layers, an ONNX model's components). */
export interface LayerCatalog {
  /** Every layer's name, in model order. */
  names: string[];
  /** The layers `layers: all` takes. */
  defaults: string[];
  /** Why `mode` cannot be applied to the layer, or undefined. */
  problem(name: string, mode: LayerMode): string | undefined;
}

/** `planComponents` for any model format: its layers given as a catalog. */
export function planWith(config: Config, catalog: LayerCatalog, features: string[]): Component[] {
  const allLayers = catalog.names;
  const layerIndex = indexNames(allLayers);
  const featureIndex = indexNames(features);
  const { ablations } = config;

  const layers =
    ablations.layers === 'all'
      ? catalog.defaults
      : matchLayers(config, 'ablations.layers', ablations.layers, allLayers, layerIndex);
  const chosenFeatures =
    ablations.features === 'all'
      ? features
      : matchFeatures(config, 'ablations.features', ablations.features, features, featureIndex);

  const components: Component[] = [];
  for (const layer of layers) {
    for (const mode of ablations.layerModes) {
      components.push(layerComponent('layer', layer, [layer], mode, catalog));
    }
  }
  for (const feature of chosenFeatures) {
    for (const mode of ablations.featureModes) {
      components.push(featureComponent('feature', feature, [feature], mode));
    }
  }
  for (const group of ablations.groups) {
    const key = `ablations.groups.${group.name}`;
    if (group.layers !== undefined) {
      const members = matchLayers(config, `${key}.layers`, group.layers, allLayers, layerIndex);
      for (const mode of ablations.layerModes) {
        components.push(layerComponent('group', group.name, members, mode, catalog));
      }
    } else {
      const members = matchFeatures(
        config,
        `${key}.features`,
        group.features ?? [],
        features,
        featureIndex,
      );
      for (const mode of ablations.featureModes) {
        components.push(featureComponent('group', group.name, members, mode));
      }
    }
  }
  return components;
}

function layerComponent(
  kind: 'layer' | 'group',
  name: string,
  layers: string[],
  mode: LayerMode,
  catalog: LayerCatalog,
): LayerComponent {
  const component: LayerComponent = {
    id: `${kind}:${name}:${mode}`,
    kind,
    name,
    on: 'layers',
    layers,
    mode,
    stochastic: mode === 'reinit',
  };
  for (const layer of layers) {
    const problem = catalog.problem(layer, mode);
    if (problem !== undefined) {
      component.notApplicable = layers.length > 1 ? `${layer}: ${problem}` : problem;
      break;
    }
  }
  return component;
}

function featureComponent(
  kind: 'feature' | 'group',
  name: string,
  features: string[],
  mode: FeatureMode,
): FeatureComponent {
  const suffix = typeof mode === 'string' ? mode : `value=${mode.value}`;
  return {
    id: `${kind}:${name}:${suffix}`,
    kind,
    name,
    on: 'features',
    features,
    mode,
    stochastic: mode === 'permute',
  };
}

/** Why `mode` cannot be applied to the layer, or undefined. */
function layerModeProblem(
  graph: ModelGraph,
  name: string,
  layer: tf.layers.Layer,
  mode: LayerMode,
): string | undefined {
  switch (mode) {
    case 'zero':
    case 'mean':
      return undefined;
    case 'reinit':
      return reinitProblem(layer);
    case 'remove': {
      for (const index of graph.nodesOfLayer.get(name) ?? []) {
        const node = graph.nodes[index];
        if (node.inputs.length !== 1 || node.outputs.length !== 1) {
          return 'remove needs a layer with one input and one output';
        }
        const input = graph.slotShapes[node.inputs[0]];
        const output = graph.slotShapes[node.outputs[0]];
        if (JSON.stringify(input) !== JSON.stringify(output)) {
          return `remove needs equal input and output shapes; input is ${shapeText(input)}, output ${shapeText(output)}`;
        }
      }
      return undefined;
    }
  }
}

function shapeText(shape: (number | null)[]): string {
  return `[${shape.map((d) => d ?? '?').join(', ')}]`;
}

function producerOf(graph: ModelGraph, slot: number): string {
  return graph.nodes.find((node) => node.outputs.includes(slot))?.name ?? '';
}

/**
 * Layer names, globs or ranges → the layers they name, in model order; each
 * entry must name at least one layer.
 */
export function matchLayers(
  config: Config,
  key: string,
  patterns: string[],
  layers: string[],
  index: ReadonlyMap<string, number>,
): string[] {
  const chosen = new Set<number>();
  patterns.forEach((pattern, i) => {
    const result = expandName(pattern, layers, index, {
      what: 'layer of the model',
      unknown: (name, entry) =>
        `no layer of the model is named ${quoteFrom(name, entry)}${nameHint(name, layers)}`,
    });
    if ('problem' in result) throw configError(config, `${key}[${i}]`, result.problem);
    for (const position of result.positions) chosen.add(position);
  });
  return layers.filter((_, position) => chosen.has(position));
}

/**
 * Feature names, globs or ranges → the features they name, in the order
 * written (each once); each entry must name at least one feature.
 */
export function matchFeatures(
  config: Config,
  key: string,
  patterns: string[],
  features: string[],
  index: ReadonlyMap<string, number>,
): string[] {
  // Each name once, marked by its first position (no set of strings: an image group names
  // tens of thousands of pixels); a name repeated in `features` is marked by its first.
  const taken = new Uint8Array(features.length);
  const unique = index.size === features.length;
  const chosen: string[] = [];
  patterns.forEach((pattern, i) => {
    const result = expandName(pattern, features, index, {
      what: 'feature of the eval data',
      unknown: (name, entry) =>
        `${quoteFrom(name, entry)} is not a feature of the eval data${nameHint(name, features)}`,
    });
    if ('problem' in result) throw configError(config, `${key}[${i}]`, result.problem);
    for (const position of result.positions) {
      const first = unique ? position : (index.get(features[position]) ?? position);
      if (taken[first] === 0) {
        taken[first] = 1;
        chosen.push(features[position]);
      }
    }
  });
  return chosen;
}
