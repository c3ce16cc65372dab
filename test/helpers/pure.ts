// Setup file of the `unit` test project (vitest.config.ts): a unit test is pure, so starting a
// child process (git, the CLI, a training command), a worker thread or a listening server throws
// here instead of running. A test that needs one belongs to the `integration` project.
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import workerThreads from 'node:worker_threads';

function refuse(what: string): never {
  throw new Error(
    `${what} in a unit test: the unit project is pure (no processes, workers or servers); ` +
      'list this test file under the integration project in vitest.config.ts instead',
  );
}

for (const name of [
  'spawn',
  'spawnSync',
  'exec',
  'execSync',
  'execFile',
  'execFileSync',
  'fork',
] as const) {
  Object.defineProperty(childProcess, name, {
    configurable: true,
    writable: true,
    value: () => refuse(`child_process.${name}`),
  });
}
Object.defineProperty(workerThreads, 'Worker', {
  configurable: true,
  writable: true,
  value: class {
    constructor() {
      refuse('new Worker()');
    }
  },
});
Object.defineProperty(net.Server.prototype, 'listen', {
  configurable: true,
  writable: true,
  value: () => refuse('a listening server'),
});
// The `import { spawn } from 'node:child_process'` bindings of ES modules follow the patched objects.
syncBuiltinESMExports();
