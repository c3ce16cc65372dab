import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

interface PackageJson {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  files: string[];
}

// Issue 16: installing the command line pulled 122 packages (342 MB) that the bundle never loads.
describe('the package installs only what runs', () => {
  it('declares no dependency but the optional tfjs-node', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as PackageJson;
    expect(pkg.dependencies).toBeUndefined();
    expect(Object.keys(pkg.optionalDependencies ?? {})).toEqual(['@tensorflow/tfjs-node']);
    expect(pkg.files).toEqual(['dist', 'schema', 'action.yml']);
  });

  it('runs from a copy of dist/ with no node_modules anywhere above it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-dist-'));
    await cp('dist', path.join(dir, 'dist'), { recursive: true });
    await writeFile(path.join(dir, 'package.json'), '{"type": "module"}\n');
    const out = path.join(dir, 'results.json');
    const { stdout } = await run(
      process.execPath,
      [
        path.join(dir, 'dist/cli.js'),
        'run',
        '--config',
        'examples/breast-cancer/ablation.yml',
        '--backend',
        'wasm',
        '--out',
        out,
      ],
      { env: { PATH: process.env.PATH ?? '', HOME: dir } },
    );
    expect(stdout).toMatch(/^breast-cancer: accuracy 0\.9648 /);
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ suite: 'breast-cancer' });
  });
});

// The config and results validators are ajv's standalone code, compiled by scripts/build.mjs: a
// run that compiled them would spend about 0.1 s each (src/config/precompiled.ts,
// src/results/precompiled.ts), and carry ajv's compiler.
describe('the bundle compiles no schema at run time', () => {
  it('carries neither the config nor the results schema compiler', async () => {
    const files = (await readdir('dist', { recursive: true })).filter((f) => f.endsWith('.js'));
    const bundle = await Promise.all(files.map((f) => readFile(path.join('dist', f), 'utf8')));
    expect(files.length).toBeGreaterThan(3);
    for (const compiler of ['function schemaAjv(', 'function resultsAjv(']) {
      expect(bundle.filter((code) => code.includes(compiler))).toEqual([]);
    }
    expect(bundle.some((code) => code.includes('function resultsValidator('))).toBe(true);
  });
});
