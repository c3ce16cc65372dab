import packageJson from '../../package.json' with { type: 'json' };

/** The version printed by `ablation-ci --version` (bundled from package.json). */
export const VERSION: string = packageJson.version;

/** `ablation-ci --help`. */
export const USAGE = `usage: ablation-ci <command> [options]

commands:
  run       run the suite and write the results document; with --baseline,
            compare with it (gate on regressions) and write the report
            [--config F] [--out F] [--baseline F] [--report F]
            [--shard I/N] [--backend B] [--workers N]
            [--no-cache]
  compare   compare two results documents, gated by HEAD's run.gate
            BASE.json HEAD.json [--report F]
  merge     join the results of every shard of a run into one document
            SHARD.json… --out F
  validate  check the config and the files it names; say what the plan costs
            [--config F] [--backend B]

options:
  --config F   the suite config (default: ablation.yml)
  --out F      where run writes results (default: ablation-results.json; - for stdout)
  --baseline F a results document of main to compare with
  --report F   where to write the markdown report (- for stdout)
  --shard I/N  evaluate shard I of N (1 ≤ I ≤ N) of the components; the
               baseline and the model unit tests run in every shard
  --debug      print stack traces
  --workers N  evaluation threads and training runs at once (default: the config's
               workers, else one per free core, or 1 for a plan that costs less than
               starting workers)
  --no-cache   retrain every retrain ablation, ignoring the cache
  --help, -h   this text; after a command, that command's help
  --version    the version

exit codes: 0 all good, 1 the gate failed, 2 bad usage, config or input`;

const EXIT = 'exit codes: 0 all good, 1 the gate failed, 2 bad usage, config or input';

/** `ablation-ci <command> --help`, by command. */
export const COMMAND_HELP = new Map<string, string>([
  [
    'run',
    `usage: ablation-ci run [--config F] [--out F] [--baseline F] [--report F] [--shard I/N]
                      [--backend B] [--workers N] [--no-cache]

Runs the suite a config describes and writes its results document. Every
input and output is checked before anything is evaluated.

  --config F    the suite config (default: ablation.yml)
  --out F       the results document (default: ablation-results.json);
                - writes it to standard output; never a file the run reads
                (training code included), and it replaces only a results document
  --baseline F  a results document of main (inside the repository): compare
                with it and gate on regressions
  --report F    the markdown report: of the comparison with --baseline, else of
                this run alone (- for stdout)
  --shard I/N   evaluate shard I of N (1 ≤ I ≤ N) of the components, a
                contiguous range of the plan balanced by cost; the baseline and
                the model unit tests run in every shard (join them with merge)
  --backend B   auto (default) | tensorflow | wasm | cpu; ONNX models:
                auto | onnxruntime-node | onnxruntime-web | wasm
  --workers N   evaluation threads and training runs at once (default: the config's
                workers, else one per free core, or 1 for a plan that costs less than
                starting workers)
  --no-cache    retrain every retrain ablation, ignoring the cache
  --debug       print stack traces

${EXIT}`,
  ],
  [
    'compare',
    `usage: ablation-ci compare BASE.json HEAD.json [--report F]

Compares two results documents of the same suite, task and classes, gated
by the run.gate recorded in HEAD. Runs nothing.

  --report F    the markdown report (- for stdout); never BASE or HEAD
  --debug       print stack traces

${EXIT}`,
  ],
  [
    'merge',
    `usage: ablation-ci merge SHARD.json… --out F

Joins the results of every shard of one run (run --shard I/N, I = 1…N) into
the document a single run gives: components in plan order, q recomputed over
all of them. Refuses shards of different runs, duplicated or missing shards.

  --out F       the merged results document (- for stdout); never a shard
                it reads, and it replaces only a results document
  --debug       print stack traces

${EXIT}`,
  ],
  [
    'validate',
    `usage: ablation-ci validate [--config F] [--backend B]

Checks the config and every file and name it refers to (model, data,
layers, features, columns, classes), then times a short sample of the plan
(the baseline and a few components) and prints its estimated cost on this
machine and the results' size; warns when the plan cannot fit time-limit
or the results store. Writes nothing.

  --config F    the suite config (default: ablation.yml)
  --backend B   auto (default) | tensorflow | wasm | cpu; ONNX models:
                auto | onnxruntime-node | onnxruntime-web | wasm
  --debug       print stack traces

${EXIT}`,
  ],
]);
