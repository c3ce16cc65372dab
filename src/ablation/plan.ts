import type * as tf from '@tensorflow/tfjs';
import { locate } from '../config/locate.js';
import type { Config, FeatureMode, LayerMode } from '../config/types.js';
import { InputError } from '../errors.js';
import type { ModelGraph } from '../model/graph.js';
import { reinitProblem } from '../model/reinit.js';

/** What a component ablates, and how. */
export type Ablation =
  | { on: 'layers'; layers: string[]; mode: LayerMode }
  | { on: 'features'; features: string[]; mode: FeatureMode };

/** One planned component: a layer, a feature or a named group, under one mode. */
export interface Component {
  /** `layer:dense_1:zero`, `feature:age:permute`, `group:head:reinit`, `feature:age:value=0.5`. */
  id: string;
  kind: 'layer' | 'feature' | 'group';
  /** The layers or features it touches. */
  target: string[];
  /** The mode's name: zero | reinit | mean | remove | permute | value. */
  mode: string;
  /** The constant of a `{value: x}` feature mode. */
  value?: number;
  ablation: Ablation;
  /** Whether it draws random numbers (then it is repeated `repeats` times). */
  stochastic: boolean;
  /** Set when the ablation cannot be applied to this model, with the reason. */
  notApplicable?: string;
}

/**
 * Layer classes that are the identity at inference: ablating one is the
 * same as ablating the layer before it, so `layers: all` leaves them out.
 */
const INFERENCE_IDENTITY = new Set([
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
  for (const node of graph.nodes) if (!node.isInput) layerByName.set(node.layer.name, node.layer);
  const allLayers = [...layerByName.keys()];
  const outputLayers = new Set(graph.outputSlots.map((s) => producerOf(graph, s)));
  const { ablations } = config;

  const layers =
    ablations.layers === 'all'
      ? allLayers.filter(
          (name) =>
            !outputLayers.has(name) &&
            !INFERENCE_IDENTITY.has(layerByName.get(name)?.getClassName() ?? ''),
        )
      : matchLayers(config, 'ablations.layers', ablations.layers, allLayers);
  const chosenFeatures =
    ablations.features === 'all'
      ? features
      : checkFeatures(config, 'ablations.features', ablations.features, features);

  const components: Component[] = [];
  for (const layer of layers) {
    for (const mode of ablations.layerModes) {
      components.push(layerComponent('layer', layer, [layer], mode, graph, layerByName));
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
      const members = matchLayers(config, `${key}.layers`, group.layers, allLayers);
      for (const mode of ablations.layerModes) {
        components.push(layerComponent('group', group.name, members, mode, graph, layerByName));
      }
    } else {
      const members = checkFeatures(config, `${key}.features`, group.features ?? [], features);
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
  graph: ModelGraph,
  layerByName: Map<string, tf.layers.Layer>,
): Component {
  const component: Component = {
    id: `${kind}:${name}:${mode}`,
    kind,
    target: layers,
    mode,
    ablation: { on: 'layers', layers, mode },
    stochastic: mode === 'reinit',
  };
  for (const layer of layers) {
    const problem = layerModeProblem(graph, layerByName.get(layer)!, mode);
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
): Component {
  const modeName = typeof mode === 'string' ? mode : 'value';
  const suffix = typeof mode === 'string' ? mode : `value=${mode.value}`;
  return {
    id: `${kind}:${name}:${suffix}`,
    kind,
    target: features,
    mode: modeName,
    ...(typeof mode === 'string' ? {} : { value: mode.value }),
    ablation: { on: 'features', features, mode },
    stochastic: mode === 'permute',
  };
}

/** Why `mode` cannot be applied to the layer, or undefined. */
function layerModeProblem(
  graph: ModelGraph,
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
      for (const index of graph.nodesOfLayer.get(layer.name) ?? []) {
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
  return graph.nodes.find((node) => node.outputs.includes(slot))?.layer.name ?? '';
}

/** Layer names or globs (`*`, `?`) → the layers they name, each pattern matching at least one. */
function matchLayers(config: Config, key: string, patterns: string[], layers: string[]): string[] {
  const chosen: string[] = [];
  patterns.forEach((pattern, i) => {
    const regex = globToRegExp(pattern);
    const matches = layers.filter((name) => regex.test(name));
    if (matches.length === 0) {
      throw configError(
        config,
        `${key}[${i}]`,
        `no layer of the model is named ${JSON.stringify(pattern)} (layers: ${layers.join(', ')})`,
      );
    }
    for (const name of matches) if (!chosen.includes(name)) chosen.push(name);
  });
  // Model order, whatever the order of the patterns.
  return layers.filter((name) => chosen.includes(name));
}

function checkFeatures(config: Config, key: string, names: string[], features: string[]): string[] {
  names.forEach((name, i) => {
    if (!features.includes(name)) {
      throw configError(
        config,
        `${key}[${i}]`,
        `${JSON.stringify(name)} is not a feature of the eval data (features: ${abbreviate(features)})`,
      );
    }
  });
  return names;
}

function abbreviate(names: string[]): string {
  return names.length <= 12
    ? names.join(', ')
    : `${names.slice(0, 12).join(', ')}, … ${names.length - 12} more`;
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

/** An input error located at a config key (file, key path and line). */
export function configError(config: Config, key: string, detail: string): InputError {
  return new InputError(detail, locate(config, key));
}
