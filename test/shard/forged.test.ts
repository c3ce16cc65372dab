import { cpSync, existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/action/context.js';
import { mergeArtifact } from '../../src/action/shards.js';
import { cli } from '../../src/cli/main.js';
import type { Results } from '../../src/results/types.js';
import { makeRepo, type TempRepo } from '../config/repo.js';
import { FIXTURES, SMALL_DATA, smallSuite } from '../retrain/small-suite.js';
import { captureStream } from '../helpers/streams.js';

// Every forged or mismatched shard — a shard that cannot exist, a retrain
// variant the run or the shard does not have, a start that is not a date, a
// component id the report cannot read, a shard of another commit than the
// merge job's — is refused with one line naming the file and the field,
// before anything is merged, written or posted.

const COMMIT = 'a'.repeat(40);

let repo: TempRepo;

async function run(
  env: Record<string, string>,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await cli(argv, {
    cwd: repo.dir,
    env,
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const read = async (file: string): Promise<Results> =>
  JSON.parse(await readFile(path.join(repo.dir, file), 'utf8')) as Results;

beforeAll(async () => {
  repo = makeRepo({
    ...SMALL_DATA,
    'ablation.yml': `${smallSuite('forged')}  command: node predict.mjs
  inputs: ["predict.mjs"]
  seeds: 2
ablations:
  retrain:
    a: {drop-features: [mean_radius]}
    b: {drop-features: [mean_texture]}
`,
  });
  cpSync(path.join(FIXTURES, 'command'), repo.dir, { recursive: true });
  const env = { GITHUB_SHA: COMMIT, GITHUB_REF: 'refs/heads/main' };
  for (const i of [1, 2]) {
    const result = await run(env, 'run', '--shard', `${i}/2`, '--out', `${i}.json`);
    expect(result.stderr).not.toContain('error');
  }
  expect((await run(env, 'merge', '1.json', '2.json', '--out', 'whole.json')).code).toBe(0);
}, 120_000);
afterAll(() => repo.remove());

type Edit = (shards: [Results, Results]) => void;
const retrainOf = (r: Results, name: string) =>
  r.components.find((c) => c.id === `retrain:${name}:retrain`)!;

const CASES: { name: string; edit: Edit; line: string }[] = [
  {
    name: 'a shard 3 of 2 bringing an invented variant',
    edit: ([, second]) => {
      second.run.shard = { index: 3, count: 2 };
      second.components = [{ ...retrainOf(second, 'b'), id: 'retrain:c:retrain' }];
    },
    line: 'forged-2.json: run.shard.index: shard 3 of 2 does not exist (1 to 2)',
  },
  {
    name: 'an invented retrain variant beside the shard’s own',
    edit: ([, second]) => {
      second.components.push({ ...retrainOf(second, 'b'), id: 'retrain:c:retrain' });
    },
    line: "forged-2.json: components: component retrain:c:retrain is not one of this shard's retrain variants (retrain:b:retrain)",
  },
  {
    name: 'retrain variants swapped between the shards',
    edit: ([first, second]) => {
      [first.components, second.components] = [second.components, first.components];
    },
    line: "forged-1.json: components: component retrain:b:retrain is not one of this shard's retrain variants (retrain:a:retrain)",
  },
  {
    name: 'a start that is not a date',
    edit: ([first]) => (first.timing.startedAt = 'yesterday'),
    line: 'forged-1.json: not a results document (schemaVersion 1): /timing/startedAt: must match pattern',
  },
  {
    name: 'a retrain component id with no colon',
    edit: ([, second]) => (retrainOf(second, 'b').id = 'b'),
    line: 'forged-2.json: not a results document (schemaVersion 1): /components/0/id: must match pattern',
  },
  {
    name: 'a retrain component id of another shape',
    edit: ([, second]) => (retrainOf(second, 'b').id = 'retrain:b:x:retrain'),
    line: 'forged-2.json: not a results document (schemaVersion 1): /components/0/id: must match pattern',
  },
];

describe('merge refuses a forged shard with one line naming the file and the field', () => {
  it.each(CASES)('$name', async ({ edit, line }) => {
    const shards: [Results, Results] = [await read('1.json'), await read('2.json')];
    edit(shards);
    for (const [i, shard] of shards.entries()) {
      await writeFile(path.join(repo.dir, `forged-${i + 1}.json`), JSON.stringify(shard));
    }
    await rm(path.join(repo.dir, 'merged.json'), { force: true });
    const env = { GITHUB_SHA: COMMIT };
    const result = await run(
      env,
      'merge',
      'forged-1.json',
      'forged-2.json',
      '--out',
      'merged.json',
    );
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: '' });
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr.startsWith(`ablation-ci: error: ${line}`)).toBe(true);
    expect(existsSync(path.join(repo.dir, 'merged.json'))).toBe(false);
  });

  it('a document with such an id is refused by compare too, in one line (no crash)', async () => {
    const head = await read('whole.json');
    head.components.find((c) => c.kind === 'retrain')!.id = 'a';
    await writeFile(path.join(repo.dir, 'head.json'), JSON.stringify(head));
    const result = await run({}, 'compare', 'whole.json', 'head.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^ablation-ci: error: head\.json: not a results document \(schemaVersion 1\): \/components\/\d+\/id: must match pattern .*\n$/,
    );
  });
});

describe('the Action’s mode merge', () => {
  const merge = async (sha: string): Promise<Results> => {
    const infos: string[] = [];
    const context = {
      inputs: { artifactPath: 'artifact' },
      workspace: repo.dir,
      env: { GITHUB_SHA: sha },
      git: () => Promise.reject(new Error('git is not asked: GITHUB_SHA is set')),
      sinks: { info: (message: string) => infos.push(message) },
    } as unknown as ActionContext;
    return mergeArtifact(context);
  };

  it('refuses the shard artifacts of another commit than the one it reports on', async () => {
    await mkdir(path.join(repo.dir, 'artifact'), { recursive: true });
    for (const i of [1, 2]) {
      await writeFile(
        path.join(repo.dir, 'artifact', `forged.shard-${i}-of-2.json`),
        await readFile(path.join(repo.dir, `${i}.json`)),
      );
    }
    const head = 'b'.repeat(40);
    await expect(merge(head)).rejects.toThrow(
      `artifact/forged.shard-1-of-2.json: source.commit: the shard ran on commit ${COMMIT}, this run is on ${head}: download this run's shard artifacts`,
    );
    // This commit's artifacts merge.
    expect((await merge(COMMIT)).components.map((c) => c.id)).toEqual([
      'retrain:a:retrain',
      'retrain:b:retrain',
    ]);
  });
});
