import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three projects, one `npm test` (docs/development.md#tests):
// - `unit`: pure tests, listed below by name. Their setup file (test/helpers/pure.ts) makes starting a
//   process, a worker thread or a listening server throw, so a test listed here cannot spawn the CLI,
//   git, a training run or the local GitHub server. `npx vitest run --project unit`.
// - `integration`: every other test of the sources (the CLI, workers, git, the local REST server,
//   training). A new test file lands here until it is listed as unit.
// - `e2e`: the bundled dist/ run as a runner or a shell would (build first: `npm run build`).
const UNIT = [
  'test/ablation/{equivalence,evaluate,inputs,kept-inputs,nested,plan,second-kernel,units}.test.ts',
  'test/action/workflows.test.ts',
  'test/backend/read.test.ts',
  'test/budget/{chunks,plan}.test.ts',
  'test/compare/{compare,gate-loosening,gate-settings,gate,verdict}.test.ts',
  'test/config/{errors,load,locate,paths,suggest}.test.ts',
  'test/data/{columns,csv,csv-bytes,decimal,errors,feature-patterns,large,load,scaling,utf8,where,wide-csv}.test.ts',
  'test/docs/{architecture,links}.test.ts',
  'test/github/{event,markers}.test.ts',
  'test/hardening/spread-arguments.test.ts',
  'test/kernels/{conv2d,depthwise,pooling,register,segments}.test.ts',
  'test/metrics/{delta,golden,influence,metrics,registry,to-predictions}.test.ts',
  'test/model/{execute,keras3-files,keras3,load-errors,load,nested-names,weights}.test.ts',
  'test/onnx/{checks,components,edit,model}.test.ts',
  'test/pattern/{image-names,match,names}.test.ts',
  'test/pool/{needs,size}.test.ts',
  'test/report/{format,golden,hostile,labels,reports,run-facts,size,zero-tolerance}.test.ts',
  'test/retrain/{config,stats,units}.test.ts',
  'test/shard/{inputs,plan}.test.ts',
  'test/stats/{binomtest,bootstrap,clopper-pearson,multiple,normal,paired,rng,sample-size,seed-mean,student-t,wilson}.test.ts',
  'test/store/{baseline,layout}.test.ts',
  'test/suite/{contributions,data-facts,headline,kernels,significance,unit-tests}.test.ts',
];
const E2E = 'test/e2e/**';
// A TMPDIR of its own for each test file, removed when the file ends.
const TEMP_DIRS = 'test/helpers/temp-dirs.ts';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A test file per core (vitest's default leaves one core idle: on 2 cores, one file at a time).
    // Most integration files wait on processes they started; two at once took 466 s of CI's test
    // run where one took 735 s, every test passing.
    maxWorkers: availableParallelism(),
    // One TMPDIR for the run, removed at its end (a file's own is removed when the file ends).
    globalSetup: ['test/helpers/temp-root.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'text'],
    },
    projects: [
      {
        extends: true,
        // Threads: pure tests need no process of their own, and start faster than forks. Not
        // isolated: a thread keeps the modules it imported for its next file (pure tests leave no
        // process, server or global behind: test/helpers/pure.ts), which halves the project's time.
        test: {
          name: 'unit',
          include: UNIT,
          pool: 'threads',
          isolate: false,
          setupFiles: [TEMP_DIRS, 'test/helpers/pure.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [E2E, ...UNIT],
          setupFiles: [TEMP_DIRS],
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: [`${E2E}/*.test.ts`], setupFiles: [TEMP_DIRS] },
      },
    ],
  },
});
