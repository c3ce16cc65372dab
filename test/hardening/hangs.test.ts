import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTopology } from '../../src/model/topology.js';
import {
  expectOneLineError,
  expectUnchanged,
  runCli,
  runCliChild,
  snapshot,
  suiteRepo,
} from './helpers.js';

const RUN = ['run', '--config', 'suite/ablation.yml', '--backend', 'cpu', '--out', 'r.json'];
const MODEL = 'suite/model/model.json';

interface ModelJson {
  modelTopology: {
    config: {
      layers: {
        name: string;
        class_name: string;
        config: Record<string, unknown>;
        inbound_nodes: unknown[];
      }[];
      input_layers: unknown;
      output_layers: unknown;
    };
  };
}

/** Rewrites the example's model.json (features → hidden_1 → hidden_2 → output). */
async function editModel(root: string, change: (json: ModelJson) => void): Promise<void> {
  const file = path.join(root, MODEL);
  const json = JSON.parse(await readFile(file, 'utf8')) as ModelJson;
  change(json);
  await writeFile(file, JSON.stringify(json));
}

const layer = (json: ModelJson, name: string) => {
  const found = json.modelTopology.config.layers.find((l) => l.name === name);
  if (found === undefined) throw new Error(name);
  return found;
};

/** The example's model wrapped as the one inner layer of an outer functional model. */
function nest(json: ModelJson): void {
  const inner = json.modelTopology;
  const input = inner.config.layers[0];
  json.modelTopology = {
    ...inner,
    config: {
      name: 'outer',
      layers: [
        { ...input, name: 'outer_in', config: { ...input.config, name: 'outer_in' } },
        {
          name: 'inner',
          class_name: 'Model',
          config: { ...inner.config, name: 'inner' },
          inbound_nodes: [[['outer_in', 0, 0, {}]]],
        },
      ],
      input_layers: [['outer_in', 0, 0]],
      output_layers: [['inner', 0, 0]],
    },
  } as unknown as ModelJson['modelTopology'];
}

const topologyCases: [string, (json: ModelJson) => void, RegExp][] = [
  [
    'a cycle of two layers (hangs TF.js without the check)',
    (j) => (layer(j, 'hidden_1').inbound_nodes = [[['hidden_2', 0, 0, {}]]]),
    /^suite\/model\/model\.json: modelTopology: layer "hidden_(1|2)" depends on its own output: inbound_nodes form a cycle \("hidden_\d" → "hidden_\d" → "hidden_\d"\)/,
  ],
  [
    'a layer that takes its own output',
    (j) => (layer(j, 'hidden_2').inbound_nodes = [[['hidden_2', 0, 0, {}]]]),
    /layer "hidden_2" depends on its own output: .*\("hidden_2" → "hidden_2"\)/,
  ],
  [
    'a reference to a layer that does not exist (hangs TF.js without the check)',
    (j) => (layer(j, 'hidden_2').inbound_nodes = [[['hidden_9', 0, 0, {}]]]),
    /^suite\/model\/model\.json: modelTopology: layer "hidden_2" refers to layer "hidden_9", which is not a layer/,
  ],
  [
    'a call of a layer that has fewer calls',
    (j) => (layer(j, 'output').inbound_nodes = [[['hidden_2', 3, 0, {}]]]),
    /layer "output" refers to call 3 of layer "hidden_2", which has 1 call\(s\)/,
  ],
  [
    'output_layers naming a missing layer',
    (j) => (j.modelTopology.config.output_layers = [['outptu', 0, 0]]),
    /output_layers refers to layer "outptu", which is not a layer/,
  ],
  [
    'input_layers naming a missing layer',
    (j) => (j.modelTopology.config.input_layers = [['feature', 0, 0]]),
    /input_layers refers to layer "feature", which is not a layer/,
  ],
  [
    'two layers with one name',
    (j) => (layer(j, 'hidden_2').name = 'hidden_1'),
    /two layers are named "hidden_1"/,
  ],
  [
    'an inbound reference that is not a list',
    (j) => (layer(j, 'output').inbound_nodes = [['hidden_2']]),
    /layer "output" holds "hidden_2", not a \[layer, node, tensor\] reference/,
  ],
  [
    'a cycle inside a nested functional model',
    (j) => {
      layer(j, 'hidden_1').inbound_nodes = [[['output', 0, 0, {}]]];
      nest(j);
    },
    /layer "(hidden_1|hidden_2|output)" of nested model "inner" depends on its own output/,
  ],
  [
    'a missing layer inside a nested functional model',
    (j) => {
      layer(j, 'output').inbound_nodes = [[['hidden_7', 0, 0, {}]]];
      nest(j);
    },
    /layer "output" of nested model "inner" refers to layer "hidden_7", which is not a layer/,
  ],
];

// Class 3 of issue 8: no input may make the CLI run unbounded. Cases TF.js spins on
// without the check run the CLI in a child process killed after 60 s, so that a hang
// fails the test instead of stalling it; the others run in-process.
describe('a model topology TF.js would spin on is refused first (issue 8, class 3)', () => {
  it.each(topologyCases)(
    '%s: exit 2 naming the layer',
    async (name, change, message) => {
      const root = await suiteRepo();
      await editModel(root, change);
      const before = await snapshot(root);
      const run = name.includes('hangs TF.js')
        ? await runCliChild(RUN, root, 60_000)
        : await runCli(RUN, root);
      expect(run.code, 'killed: the CLI hung').not.toBeNull();
      expectOneLineError(run, message);
      await expectUnchanged(root, before);
    },
    70_000,
  );

  it('accepts every valid topology the fixtures hold, a shared layer called twice included', async () => {
    const models = ['branches-tfjs', 'branches-keras2', 'mlp-tfjs', 'mlp-keras2'];
    for (const dir of models) {
      const json = JSON.parse(
        await readFile(path.join('test/fixtures/models', dir, 'model.json'), 'utf8'),
      ) as { modelTopology: unknown };
      expect(() => checkTopology(json.modelTopology, dir)).not.toThrow();
    }
    // x → shared → other → shared again: a cycle among layers, but not among calls.
    const shared = {
      class_name: 'Model',
      config: {
        name: 'shared',
        layers: [
          { name: 'x', class_name: 'InputLayer', config: {}, inbound_nodes: [] },
          {
            name: 'dense',
            class_name: 'Dense',
            config: {},
            inbound_nodes: [[['x', 0, 0, {}]], [['other', 0, 0, {}]]],
          },
          {
            name: 'other',
            class_name: 'Dense',
            config: {},
            inbound_nodes: [[['dense', 0, 0, {}]]],
          },
        ],
        input_layers: [['x', 0, 0]],
        output_layers: [['dense', 1, 0]],
      },
    };
    expect(() => checkTopology(shared, 'shared.json')).not.toThrow();
  });
});
