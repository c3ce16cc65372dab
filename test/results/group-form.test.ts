import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { membersHash } from '../../src/results/groups.js';
import { parseResults } from '../../src/results/read.js';
import type { Results } from '../../src/results/types.js';
import { readResults } from '../../src/store/read.js';
import { serializeResults } from '../../src/store/layout.js';
import { writeResults } from '../../src/store/write.js';
import { captureStream } from '../helpers/streams.js';
import { makeRemote } from '../store/repos.js';

/**
 * Groups stored once (pattern, count, hash of members) instead of every
 * member in each group component's `target`. test/fixtures/results/groups-v1
 * holds a whole run, two shards, their merge and the report, all written by
 * the code before the change (015120a): the old form must still merge,
 * compare and report byte for byte as it did, and the new form of the same
 * run must report the same.
 */

const FIXTURE = 'test/fixtures/results/groups-v1';
const CONFIG = `${FIXTURE}/ablation.yml`;
// The commit and ref the fixtures were written at: the new runs claim the same.
const ENV = {
  GITHUB_SHA: '015120a33d929522e116aeedff2f9352887dc979',
  GITHUB_REF: 'refs/heads/scale',
};

let dir: string;
/** The report of the old-form base and head, by this code: every pairing must equal it. */
let oldFormReport: string | undefined;

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; stderr: string }> {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await cli(argv, { cwd, env: ENV, stdout: stdout.stream, stderr: stderr.stream });
  return { code, stderr: stderr.text() };
}

const readJson = async (file: string): Promise<Results> =>
  JSON.parse(await readFile(file, 'utf8')) as Results;

/**
 * The rule that came after the fixtures were written (issue 15.35), applied to an
 * old-form document: an interval whose randomization p exceeds 1 − confidence reaches 0.
 */
function withAgreeingIntervals(doc: Results): Results {
  const level = 1 - doc.run.confidence;
  for (const c of doc.components) {
    for (const m of Object.values(c.metrics ?? {})) {
      if ('p' in m && m.p > level) m.ci = [Math.min(m.ci[0], 0), Math.max(m.ci[1], 0)];
    }
  }
  return doc;
}

/** The new-form documents of the fixture's suite, with the old ones' timing (never deterministic). */
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-groups-'));
  const root = process.cwd();
  const out = (name: string) => path.join(dir, 'new', FIXTURE, name);
  await mkdir(path.dirname(out('x')), { recursive: true });
  expect((await run(root, 'run', '--config', CONFIG, '--out', out('whole.json'))).code).toBe(0);
  for (const i of [1, 2]) {
    const args = ['run', '--config', CONFIG, '--shard', `${i}/2`, '--out', out(`shard-${i}.json`)];
    expect((await run(root, ...args)).code).toBe(0);
  }
  for (const name of ['whole.json', 'shard-1.json', 'shard-2.json']) {
    const doc = await readJson(out(name));
    doc.timing = (await readJson(path.join(FIXTURE, name))).timing;
    await writeFile(out(name), `${JSON.stringify(doc, null, 2)}\n`);
  }
  const merged = await run(
    root,
    'merge',
    out('shard-1.json'),
    out('shard-2.json'),
    '--out',
    out('merged.json'),
  );
  expect(merged.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('groups stored once in the results document', () => {
  it('writes each group once (patterns, count, hash of members) and no target on its components', async () => {
    const old = await readJson(`${FIXTURE}/whole.json`);
    const fresh = await readJson(path.join(dir, 'new', FIXTURE, 'whole.json'));
    const oldMembers = (name: string) =>
      old.components.find((c) => c.kind === 'group' && c.name === name)!.target!;
    // The hashes of the old documents' member lists, by Python's hashlib and json.dumps.
    expect(fresh.groups).toEqual([
      {
        name: 'mean-features',
        on: 'features',
        patterns: ['mean_*'],
        count: 10,
        members: 'sha256:4c6a95f3ab6acd753b1a3f608da379564c51f5115e9be9da3d5cf24728535566',
      },
      {
        name: 'errors',
        on: 'features',
        patterns: ['*_error'],
        count: 10,
        members: 'sha256:5240a5a9fde90e991260636a9c5ab9b9f81492b7c1969a9d8dc770c37020e189',
      },
      {
        name: 'hidden',
        on: 'layers',
        patterns: ['hidden_1', 'hidden_2'],
        count: 2,
        members: 'sha256:8ac8af5dea16185efffc9167c253b36c106b718d17210de80290651c3923c941',
      },
    ]);
    expect(membersHash(oldMembers('errors'))).toBe(fresh.groups![1].members);
    expect(fresh.components.filter((c) => c.kind === 'group' && c.target !== undefined)).toEqual(
      [],
    );
    // Apart from that, the same document as the old code wrote.
    const asOld = structuredClone(fresh);
    delete asOld.groups;
    for (const c of asOld.components) {
      if (c.kind === 'group') {
        const { id, kind, name, ...rest } = c;
        Object.keys(c).forEach((key) => delete (c as unknown as Record<string, unknown>)[key]);
        Object.assign(c, { id, kind, name, target: oldMembers(name!), ...rest });
      }
    }
    expect(JSON.stringify(asOld, null, 2)).toBe(
      JSON.stringify(withAgreeingIntervals(old), null, 2),
    );
  });

  it('merges shards of the new form into the document a single run gives', async () => {
    const whole = await readJson(path.join(dir, 'new', FIXTURE, 'whole.json'));
    const merged = await readJson(path.join(dir, 'new', FIXTURE, 'merged.json'));
    // Byte for byte but `timing` (the merge's spans its shards').
    expect(JSON.stringify({ ...merged, timing: null }, null, 2)).toBe(
      JSON.stringify({ ...whole, timing: null }, null, 2),
    );
    expect(merged.groups).toHaveLength(3);
  });

  // [base form, head form]: every pairing reports what the old form reports (report.md in
  // the fixture is the old code's report, kept as written; the report's layout moved since).
  it.each([
    ['old', 'old'],
    ['new', 'new'],
    ['old', 'new'],
    ['new', 'old'],
  ])('compares a %s-form base with a %s-form head as the old form does', async (base, head) => {
    const cwd = path.join(dir, `${base}-${head}`);
    await mkdir(path.join(cwd, FIXTURE), { recursive: true });
    const from = (form: string, name: string) =>
      form === 'old' ? path.join(FIXTURE, name) : path.join(dir, 'new', FIXTURE, name);
    // An old-form document gets the intervals this code gives (withAgreeingIntervals).
    const place = async (form: string, name: string) =>
      form === 'old'
        ? writeFile(
            path.join(cwd, FIXTURE, name),
            JSON.stringify(withAgreeingIntervals(await readJson(from(form, name))), null, 2),
          )
        : cp(from(form, name), path.join(cwd, FIXTURE, name));
    await place(base, 'whole.json');
    await place(head, 'merged.json');
    const args = ['compare', `${FIXTURE}/whole.json`, `${FIXTURE}/merged.json`];
    expect((await run(cwd, ...args, '--report', 'report.md')).code).toBe(0);
    const report = await readFile(path.join(cwd, 'report.md'), 'utf8');
    oldFormReport ??= report; // the first row is the old form's
    expect(report).toBe(oldFormReport);
    expect(report).toContain('mean-features');
  });

  it.each(['old', 'new'])(
    'stores and reads back a %s-form document byte for byte (a real results branch)',
    async (form) => {
      const file =
        form === 'old'
          ? path.join(FIXTURE, 'whole.json')
          : path.join(dir, 'new', FIXTURE, 'whole.json');
      const results = await readJson(file);
      const remote = await makeRemote();
      try {
        const writer = await remote.clone('writer');
        await writeResults(writer.git, { results });
        const reader = await remote.clone('reader');
        const read = await readResults(reader.git, {
          remote: 'origin',
          branch: 'ablation-ci-data',
          suite: 'groups-v1',
          commit: ENV.GITHUB_SHA,
        });
        expect(serializeResults(read)).toBe(serializeResults(results));
        expect(read.groups === undefined).toBe(form === 'old');
      } finally {
        await remote.remove();
      }
    },
  );

  it('merges old-form shards byte for byte as the old code did', async () => {
    const cwd = path.join(dir, 'old-merge');
    await mkdir(cwd);
    const shards = [1, 2].map((i) => path.resolve(FIXTURE, `shard-${i}.json`));
    expect((await run(cwd, 'merge', ...shards, '--out', 'merged.json')).code).toBe(0);
    expect(await readFile(path.join(cwd, 'merged.json'), 'utf8')).toBe(
      await readFile(`${FIXTURE}/merged.json`, 'utf8'),
    );
  });

  it('refuses shards that define a group differently', async () => {
    const shard = await readJson(path.join(dir, 'new', FIXTURE, 'shard-2.json'));
    shard.groups![0].count = 9;
    const file = path.join(dir, 'forged-shard-2.json');
    await writeFile(file, JSON.stringify(shard));
    const result = await run(
      process.cwd(),
      'merge',
      path.join(dir, 'new', FIXTURE, 'shard-1.json'),
      file,
      '--out',
      path.join(dir, 'forged.json'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^ablation-ci: error: .*forged-shard-2\.json: groups: differs from /,
    );
  });
});

describe('a group component the document cannot resolve is not a results document', () => {
  // Each way the two forms can be mixed up: [what is wrong, edit, the problem named].
  it.each<[string, (doc: Results) => void, string]>([
    [
      'a group component without target, and no groups',
      (doc) => delete doc.groups,
      '/components/11: no target, and no group named "mean-features" in groups',
    ],
    [
      'a group component naming an undefined group',
      (doc) => (doc.groups = doc.groups!.filter((g) => g.name !== 'hidden')),
      '/components/13: no target, and no group named "hidden" in groups',
    ],
    [
      'a group defined twice',
      (doc) => doc.groups!.push(doc.groups![0]),
      '/groups/3/name: group "mean-features" is defined twice',
    ],
    [
      'a feature component without target',
      (doc) => delete doc.components[1].target,
      '/components/1: must have required property',
    ],
    [
      'a group definition without its hash',
      (doc) => delete (doc.groups![0] as { members?: string }).members,
      "/groups/0: must have required property 'members'",
    ],
  ])('%s', async (_, edit, problem) => {
    const doc = await readJson(path.join(dir, 'new', FIXTURE, 'whole.json'));
    expect(() => parseResults(JSON.stringify(doc), { file: 'x.json' })).not.toThrow();
    edit(doc);
    expect(() => parseResults(JSON.stringify(doc), { file: 'x.json' })).toThrow(
      `not a results document (schemaVersion 1): ${problem}`,
    );
  });
});
