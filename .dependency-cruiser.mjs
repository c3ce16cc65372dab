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
  ['modes', ['action/', 'accept/', 'progress/', 'github/', 'store/', 'dashboard/']],
  ['verdict', ['report/', 'compare/']],
  ['pipeline', ['pipeline/', 'onnx/', 'budget/', 'suite/']],
  ['domain', ['retrain/', 'pool/', 'sensitivity/', 'shard/', 'ablation/', 'results/']],
  [
    'primitives',
    [
      'model/',
      'backend/',
      'stats/',
      'config/',
      'cache/',
      'metrics/',
      'data/',
      'pattern/',
      'files/',
      'process/',
      'wasm/',
      'key-path.ts',
      'errors.ts',
    ],
  ],
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
