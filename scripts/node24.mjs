#!/usr/bin/env node
/**
 * `npm run test:node24`: vitest again under Node 24, the runtime GitHub runs the Action on
 * (action.yml's `runs.using: node24`), whatever Node runs npm. Node 24 comes from the npm
 * registry (the official binaries, packaged per platform as `node-<os>-<arch>`), installed once
 * into .tmp/node24/<version>/ (ignored by git), then put first on PATH: vitest, the CLI processes
 * and workers the tests start all run on it. Arguments go to vitest; without any, the e2e project
 * (the bundle, run as a runner runs it: build first) but its examples' training scripts, and the
 * tests that start the ONNX runtimes' threads in child processes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Node 24 release tested (bump with GitHub's runners). */
const VERSION = '24.22.3';
const DEFAULT_ARGS = [
  '--project',
  'e2e',
  '--project',
  'integration',
  'test/e2e/',
  'test/onnx/runtime-threads.test.ts',
  'test/onnx/runtime-web.test.ts',
  'test/onnx/runtime-messages.test.ts',
  // The examples' training scripts (Python, and TypeScript that retrain-digits runs too): 40 s of
  // CI's time for nothing Node's version touches that the others do not.
  '--exclude',
  'test/e2e/retrain-examples.test.ts',
];

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const osName = { linux: 'linux', darwin: 'darwin' }[process.platform];
if (osName === undefined || !['x64', 'arm64'].includes(process.arch)) {
  console.error(`test:node24: no Node 24 package for ${process.platform}-${process.arch} on npm`);
  process.exit(2);
}
const pkg = `node-${osName}-${process.arch}`;
const prefix = path.join(root, '.tmp', 'node24', VERSION);
const bin = path.join(prefix, 'node_modules', pkg, 'bin');

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.error !== undefined) throw result.error;
  return result.status ?? 1;
}

if (!existsSync(path.join(bin, 'node'))) {
  console.log(`test:node24: installing ${pkg}@${VERSION} into ${path.relative(root, prefix)}`);
  const status = run('npm', [
    'install',
    '--prefix',
    prefix,
    '--no-save',
    '--no-package-lock',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    `${pkg}@${VERSION}`,
  ]);
  if (status !== 0) process.exit(status);
}
const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };
const args = process.argv.slice(2);
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const version = spawnSync(path.join(bin, 'node'), ['--version'], {
  encoding: 'utf8',
}).stdout.trim();
console.log(`test:node24: vitest on Node ${version}`);
process.exit(
  run(path.join(bin, 'node'), [vitest, 'run', ...(args.length > 0 ? args : DEFAULT_ARGS)], env),
);
