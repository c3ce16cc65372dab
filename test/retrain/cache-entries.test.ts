import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { loadRetrainData, type RetrainData } from '../../src/retrain/data.js';
import { loadEvalData } from '../../src/suite/prepare.js';
import { trainAll, type SeedRun } from '../../src/retrain/train-all.js';
import { makeRepo, type TempRepo } from '../config/repo.js';
import { FIXTURES, SMALL_DATA, smallSuite } from './small-suite.js';

// Every way a cache entry can be unusable — not JSON, valid JSON with a bad
// field, outputs that do not fit the suite (NaN, the wrong width, the wrong
// number of rows) — is a miss with one warning naming the entry file: the run
// trains again and gets what a fresh run gets, never an internal error, never
// a NaN served as a result.

const CONFIG = `${smallSuite('cache-entries')}  command: node predict.mjs
  inputs: ["predict.mjs"]
  seeds: 1
`;

let repo: TempRepo;
let config: Config;
let data: RetrainData;
let fresh: SeedRun;
let entryFile: string;
let entry: Record<string, unknown>;

async function train(): Promise<{ run: SeedRun; warnings: string[] }> {
  const warnings: string[] = [];
  const outcome = await trainAll(config, data, {
    backend: 'cpu',
    cwd: repo.dir,
    searchFrom: [repo.dir],
    useCache: true,
    keepBaselineModel: false,
    onWarning: (message) => warnings.push(message),
  });
  return { run: outcome.baseline[0], warnings };
}

beforeAll(async () => {
  repo = makeRepo({
    ...SMALL_DATA,
    'ablation.yml': CONFIG,
  });
  cpSync(path.join(FIXTURES, 'command'), repo.dir, { recursive: true });
  config = await loadConfig('ablation.yml', { cwd: repo.dir });
  const evalData = await loadEvalData(config, repo.dir);
  data = await loadRetrainData(config, evalData, repo.dir);
  const first = await train();
  fresh = first.run;
  const runs = path.join(repo.dir, '.ablation-ci-cache', 'runs');
  entryFile = path.join(runs, readdirSync(runs)[0]);
  entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Record<string, unknown>;
  expect(first.warnings).toEqual([]);
  expect((await train()).run.cached).toBe(true);
}, 60_000);
afterAll(() => repo.remove());

const floats = (values: number[]): string =>
  Buffer.from(Float32Array.from(values).buffer).toString('base64');
const rows = (n: number, value: number): string => floats(Array.from({ length: n }, () => value));

const CASES: { name: string; text: () => string; problem: string }[] = [
  { name: 'cut short', text: () => JSON.stringify(entry).slice(0, 40), problem: 'is not JSON' },
  { name: 'null', text: () => 'null', problem: 'is not an entry (a JSON object)' },
  { name: 'a list', text: () => '[]', problem: 'is not an entry (a JSON object)' },
  {
    name: 'another status',
    text: () => JSON.stringify({ ...entry, status: 'done' }),
    problem: 'status: expected "ok" or "timed-out"',
  },
  {
    name: 'ms not a number',
    text: () => JSON.stringify({ ...entry, ms: 'fast' }),
    problem: 'ms: expected a number of milliseconds',
  },
  {
    name: 'a negative trainMs',
    text: () => JSON.stringify({ ...entry, trainMs: -1 }),
    problem: 'trainMs: expected a number of milliseconds or null',
  },
  {
    name: 'outputs a number',
    text: () => JSON.stringify({ ...entry, outputs: 123 }),
    problem: 'outputs: expected base64',
  },
  {
    name: 'outputs not base64',
    text: () => JSON.stringify({ ...entry, outputs: '@@@@' }),
    problem: 'outputs: expected base64',
  },
  {
    name: 'width a string',
    text: () => JSON.stringify({ ...entry, width: '1' }),
    problem: 'width: expected a whole number of outputs per example',
  },
  {
    name: 'width 0',
    text: () => JSON.stringify({ ...entry, width: 0 }),
    problem: 'width: expected a whole number of outputs per example',
  },
  {
    name: 'bytes that are not whole rows',
    text: () => JSON.stringify({ ...entry, width: 3 }),
    problem: 'outputs: 160 bytes are not rows of 3 32-bit floats',
  },
  {
    name: 'no outputs',
    text: () => JSON.stringify({ ...entry, outputs: '' }),
    problem: 'outputs: 0 bytes are not rows of 1 32-bit floats',
  },
  {
    name: 'a row short',
    text: () => JSON.stringify({ ...entry, outputs: rows(39, 0.5) }),
    problem: '39 rows of outputs for 40 eval examples',
  },
  {
    name: 'NaN outputs (a diverged run cached)',
    text: () => JSON.stringify({ ...entry, outputs: rows(40, NaN) }),
    problem:
      "the model's output for row 1 of the eval data is NaN; training must give finite outputs (did it diverge?)",
  },
  {
    name: 'Infinity outputs',
    text: () => JSON.stringify({ ...entry, outputs: rows(40, Infinity) }),
    problem:
      "the model's output for row 1 of the eval data is Infinity; training must give finite outputs (did it diverge?)",
  },
  {
    name: 'a width the task does not take',
    text: () => JSON.stringify({ ...entry, width: 4, outputs: rows(160, 0.25) }),
    problem: '4 outputs per example; a binary task needs 1 (sigmoid) or 2',
  },
];

describe('a cache entry that cannot be used', () => {
  it.each(CASES)('($name) is a miss with one warning naming it', async ({ text, problem }) => {
    writeFileSync(entryFile, text());
    const { run, warnings } = await train();
    expect(warnings).toEqual([
      `retrain baseline, seed 42: the cache entry ${path.relative(repo.dir, entryFile)} ${problem}; not used, training again`,
    ]);
    expect(run.cached).toBe(false);
    expect(run.outputs).toEqual(fresh.outputs);
    // Trained again, the entry is whole again: the next run is served from it, quietly.
    const again = await train();
    expect({ cached: again.run.cached, warnings: again.warnings }).toEqual({
      cached: true,
      warnings: [],
    });
  });
});
