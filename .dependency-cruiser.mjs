// The layering of src/, checked by dependency-cruiser from `npm run lint` (docs/architecture.md#layers).
//
// Every top-level folder (and file) of src/ has one place in ORDER, top to bottom. A module may import
// its own folder and the folders BELOW it, never one above: an import that runs back up fails, and so
// does any cycle between folders (a loop needs one import that runs up). A folder missing from ORDER
// fails too, so a new folder is given a place when it is made. The groups are the layers that
// docs/architecture.md draws; within a group the order is a decision as well (one direction per pair).
//
// Checked as dependency-cruiser "allowed" rules: a dependency between src/ modules must match one of
// them, else lint reports `not-in-allowed: FROM → TO`.

/** The layers, top to bottom; within a layer, folders in the order they may import each other. */
export const LAYERS = [
  ['entries', ['index.ts', 'main.ts', 'cli.ts', 'cli/']],
  ['modes', ['action/', 'progress/', 'github/', 'store/']],
  ['pipeline', ['suite/', 'pool/']],
  [
    'domain',
    ['report/', 'compare/', 'retrain/', 'command/', 'cache/', 'shard/', 'ablation/', 'results/'],
  ],
  ['config', ['config/']],
  [
    'primitives',
    [
      'model/',
      'data/',
      'metrics/',
      'onnx/',
      'pattern/',
      'backend/',
      'stats/',
      'files/',
      'process/',
      'wasm/',
      'errors.ts',
    ],
  ],
];

/**
 * TEMPORARY exceptions: today's imports that run against ORDER, one per import edge (from → to,
 * both under src/). Each is being removed by the helper named in its comment (issue #17); the lead
 * deletes the entry at merge, and lint then fails if the import is still there.
 */
export const TEMPORARY_EXCEPTIONS = [
  // command ⇄ retrain (pipeline): command suites read retrain's data, launch and outputs
  ['command/predictions.ts', 'retrain/outputs.ts'],
  ['command/run.ts', 'retrain/data.ts'], // type only
  ['command/run.ts', 'retrain/launch.ts'], // type only
  // compare → suite (pipeline): governance reads the unit tests' verdicts from the engine
  ['compare/governance.ts', 'suite/unit-tests.ts'],
  // config ⇄ retrain (config): the `train` section is parsed in retrain/
  ['config/build.ts', 'retrain/config.ts'],
  ['config/load.ts', 'retrain/paths.ts'],
  // data → config (config): `Task`, `Where`, `Scaling` types and the key-path / suggestion helpers
  ['data/labels.ts', 'config/types.ts'], // type only
  ['data/load.ts', 'config/suggest.ts'],
  ['data/load.ts', 'config/types.ts'], // type only
  ['data/scaling.ts', 'config/key-path.ts'],
  ['data/scaling.ts', 'config/suggest.ts'],
  ['data/scaling.ts', 'config/types.ts'], // type only
  ['data/types.ts', 'config/types.ts'], // type only
  ['data/where.ts', 'config/key-path.ts'],
  ['data/where.ts', 'config/suggest.ts'],
  ['data/where.ts', 'config/types.ts'], // type only
  // metrics → config (config): `MetricName` and `Task` live in config/types.ts
  ['metrics/classification.ts', 'config/types.ts'], // type only
  ['metrics/delta.ts', 'config/types.ts'], // type only
  ['metrics/influence.ts', 'config/types.ts'], // type only
  ['metrics/prepare.ts', 'config/types.ts'], // type only
  ['metrics/proportion.ts', 'config/types.ts'], // type only
  ['metrics/reason.ts', 'config/types.ts'], // type only
  ['metrics/registry.ts', 'config/types.ts'], // type only
  ['metrics/regression.ts', 'config/types.ts'], // type only
  ['metrics/sums.ts', 'config/types.ts'], // type only
  ['metrics/to-predictions.ts', 'config/types.ts'], // type only
  ['metrics/types.ts', 'config/types.ts'], // type only
  // model → config (config): model paths resolved by config/paths.ts
  ['model/load.ts', 'config/paths.ts'],
  // pattern → config (config): the "did you mean" suggestion
  ['pattern/names.ts', 'config/suggest.ts'],
  // results → store (pipeline): the source hash names store/git's runner type
  ['results/source.ts', 'store/git.ts'], // type only
  // retrain → pool (pipeline): the training process is found beside the worker's script
  ['retrain/launch.ts', 'pool/locate.ts'],
  // retrain ⇄ suite (pipeline, stats): retrain scores and assembles its results with the engine's parts
  ['retrain/results.ts', 'suite/resamples.ts'],
  ['retrain/stage.ts', 'suite/contributions.ts'],
  ['retrain/stage.ts', 'suite/data-facts.ts'],
  ['retrain/stage.ts', 'suite/headline.ts'],
  ['retrain/stage.ts', 'suite/resamples.ts'],
  ['retrain/stage.ts', 'suite/unit-tests.ts'],
  ['retrain/stats.ts', 'suite/resamples.ts'], // type only
  // shard ⇄ suite (pipeline, stats): merging shards adjusts p-values with the engine's BH
  ['shard/merge.ts', 'suite/run.ts'],
];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A path regex for a top-level unit: a folder (`cli/`) and everything below it, or one file. */
const unitPath = (unit) => `^src/${escape(unit)}${unit.endsWith('/') ? '' : '$'}`;
const ORDER = LAYERS.flatMap(([, units]) => units);

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  allowedSeverity: 'error',
  allowed: [
    // Anything outside src/: packages and Node's built-ins.
    { from: { path: '^src/' }, to: { pathNot: '^src/' } },
    // Each unit imports itself and the units below it.
    ...ORDER.map((unit, index) => ({
      from: { path: unitPath(unit) },
      to: { path: ORDER.slice(index).map(unitPath).join('|') },
    })),
    ...TEMPORARY_EXCEPTIONS.map(([from, to]) => ({
      comment: 'temporary: see TEMPORARY_EXCEPTIONS',
      from: { path: `^src/${escape(from)}$` },
      to: { path: `^src/${escape(to)}$` },
    })),
  ],
  forbidden: [
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing: a typo or a missing dependency.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type that runs back up is still a dependency on the layer above.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Packages' `exports` maps, as Node resolves them (e.g. `@bufbuild/protobuf/codegenv2`).
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'node', 'default'],
    },
  },
};
