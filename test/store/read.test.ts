import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeResults } from '../../src/store/layout.js';
import { readIndex, readResults } from '../../src/store/read.js';
import { writeResults } from '../../src/store/write.js';
import { fileOn, makeRemote, resultsOf, sha, TEST_USER, type Remote } from './repos.js';

const SUITE = 'breast-cancer';
const BRANCH = 'ablation-ci-data';
const at = { remote: 'origin', branch: BRANCH, suite: SUITE };

let remote: Remote;
beforeEach(async () => {
  remote = await makeRemote();
});
afterEach(async () => {
  await remote.remove();
});

/** Replaces a file on the results branch by hand, as a user with push access could. */
async function tamper(file: string, text: string): Promise<void> {
  const { dir, git } = await remote.clone('tamper');
  await git(['checkout', '--quiet', BRANCH]);
  await writeFile(path.join(dir, file), text);
  await git([...TEST_USER, 'commit', '--quiet', '-am', 'edit by hand']);
  await git(['push', '--quiet', 'origin', BRANCH]);
}

describe('readIndex', () => {
  it('is undefined before the branch exists, and before the suite has a folder', async () => {
    const { git } = await remote.clone('runner');
    expect(await readIndex(git, at)).toBeUndefined();
    const other = resultsOf(sha('f'), '2026-01-01T00:00:00Z');
    other.suite = 'other-suite';
    await writeResults(git, { results: other });
    expect(await readIndex(git, at)).toBeUndefined();
    expect(await readIndex(git, { ...at, suite: 'other-suite' })).toEqual({
      suite: 'other-suite',
      runs: [
        {
          commit: sha('f'),
          date: '2026-01-01T00:00:00.000Z',
          metric: 'accuracy',
          value: 0.964824120603015,
        },
      ],
    });
  });

  it("sees another runner's newer writes, keeping its copy in a private ref only", async () => {
    const writer = await remote.clone('writer');
    const reader = await remote.clone('reader');
    await writeResults(writer.git, { results: resultsOf(sha('a'), '2026-01-01T00:00:00Z') });
    expect((await readIndex(reader.git, at))?.runs.map((run) => run.commit)).toEqual([sha('a')]);
    const second = await writeResults(writer.git, {
      results: resultsOf(sha('b'), '2026-01-02T00:00:00Z'),
    });
    expect((await readIndex(reader.git, at))?.runs.map((run) => run.commit)).toEqual([
      sha('b'),
      sha('a'),
    ]);
    expect(await reader.git(['for-each-ref', '--format=%(refname) %(objectname)'])).toBe(
      [
        `refs/ablation-ci/${BRANCH} ${second.commit}`,
        `refs/heads/main ${(await remote.inBare(['rev-parse', 'main'])).trim()}`,
        `refs/remotes/origin/HEAD ${(await remote.inBare(['rev-parse', 'main'])).trim()}`,
        `refs/remotes/origin/main ${(await remote.inBare(['rev-parse', 'main'])).trim()}`,
        '',
      ].join('\n'),
    );
  });

  it('names the branch, path and key of an invalid stored index', async () => {
    const { git } = await remote.clone('runner');
    await writeResults(git, { results: resultsOf(sha('a'), '2026-01-01T00:00:00Z') });
    await tamper(`${SUITE}/index.json`, JSON.stringify({ suite: SUITE, runs: [{ commit: 'x' }] }));
    await expect(readIndex(git, at)).rejects.toThrow(
      'ablation-ci-data:breast-cancer/index.json: runs[0].commit: expected a full commit id',
    );
  });

  it('fails with the git command and its error when the remote cannot be read', async () => {
    const { git } = await remote.clone('runner');
    await expect(
      readIndex(git, { ...at, remote: path.join(remote.root, 'nowhere.git') }),
    ).rejects.toThrow(
      /^git fetch .* failed \(exit 128\): fatal: '.*nowhere\.git' does not appear to be a git repository/,
    );
  });
});

describe('readResults', () => {
  it('returns the stored document, byte for byte as written', async () => {
    const writer = await remote.clone('writer');
    const results = resultsOf(sha('a'), '2026-01-01T00:00:00Z');
    await writeResults(writer.git, { results });
    const reader = await remote.clone('reader');

    const read = await readResults(reader.git, { ...at, commit: sha('a') });

    expect(read).toEqual(results);
    expect(serializeResults(read)).toBe(serializeResults(results));
    expect(await fileOn(remote, `${SUITE}/${sha('a')}.json`)).toBe(serializeResults(read));
  });

  it('is a clear error when the branch or the commit has no stored results', async () => {
    const { git } = await remote.clone('runner');
    await expect(readResults(git, { ...at, commit: sha('a') })).rejects.toThrow(
      `no stored results: origin has no branch ablation-ci-data (looking for ablation-ci-data:breast-cancer/${sha('a')}.json)`,
    );
    await writeResults(git, { results: resultsOf(sha('a'), '2026-01-01T00:00:00Z') });
    await expect(readResults(git, { ...at, commit: sha('b') })).rejects.toThrow(
      `no stored results for commit ${sha('b')}: ablation-ci-data:breast-cancer/${sha('b')}.json not found`,
    );
  });

  it.each([
    [
      'not JSON',
      () => '{"schemaVersion": 1,',
      /^ablation-ci-data:breast-cancer\/a{40}\.json: not valid JSON \(/,
    ],
    [
      'not a results document',
      () => {
        const results = resultsOf(sha('a'), '2026-01-01T00:00:00Z') as unknown as Record<
          string,
          unknown
        >;
        delete results.predictions;
        return JSON.stringify(results);
      },
      `ablation-ci-data:breast-cancer/${sha('a')}.json: not a results document (schemaVersion 1): (root): must have required property 'predictions'`,
    ],
    [
      'results of another commit',
      () => serializeResults(resultsOf(sha('c'), '2026-01-01T00:00:00Z')),
      `ablation-ci-data:breast-cancer/${sha('a')}.json: holds results of commit ${sha('c')}`,
    ],
  ])('names the branch and path of a stored document that is %s', async (_, text, message) => {
    const { git } = await remote.clone('runner');
    await writeResults(git, { results: resultsOf(sha('a'), '2026-01-01T00:00:00Z') });
    await tamper(`${SUITE}/${sha('a')}.json`, text());
    await expect(readResults(git, { ...at, commit: sha('a') })).rejects.toThrow(message);
  });
});
