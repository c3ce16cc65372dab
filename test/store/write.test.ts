import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Git } from '../../src/store/git.js';
import { serializeResults } from '../../src/store/layout.js';
import { writeResults } from '../../src/store/write.js';
import { fileOn, filesOn, makeRemote, resultsOf, sha, TEST_USER, type Remote } from './repos.js';

const SUITE = 'breast-cancer';
const BRANCH = 'ablation-ci-data';

let remote: Remote;
beforeEach(async () => {
  remote = await makeRemote();
});
afterEach(async () => {
  await remote.remove();
});

/** What a user would notice changed in a checkout: its status, HEAD, branch, index and refs. */
async function checkoutState(git: Git): Promise<string[]> {
  return Promise.all([
    git(['status', '--porcelain=v1', '--untracked-files=all']),
    git(['rev-parse', 'HEAD']),
    git(['symbolic-ref', 'HEAD']),
    git(['ls-files', '--stage']),
    git(['for-each-ref', 'refs/heads', 'refs/tags']),
    git(['stash', 'list']),
  ]);
}

async function index(): Promise<unknown> {
  return JSON.parse(await fileOn(remote, `${SUITE}/index.json`));
}

describe('writeResults', () => {
  it('creates the branch as a root commit with the document and the index, leaving the checkout alone', async () => {
    const { dir, git } = await remote.clone('runner');
    // A checkout mid-work: a modified file, a staged new file, an untracked file.
    await writeFile(path.join(dir, 'README.md'), '# project, edited\n');
    await writeFile(path.join(dir, 'staged.txt'), 'staged\n');
    await git(['add', 'staged.txt']);
    await writeFile(path.join(dir, 'untracked.txt'), 'untracked\n');
    const before = await checkoutState(git);
    const results = resultsOf(sha('a'), '2026-01-02T03:04:05.000Z');

    const written = await writeResults(git, { results });

    expect(written.attempts).toBe(1);
    expect(await checkoutState(git)).toEqual(before);
    expect(before[0]).toBe(' M README.md\nA  staged.txt\n?? untracked.txt\n');
    expect((await remote.inBare(['rev-parse', BRANCH])).trim()).toBe(written.commit);
    expect((await remote.inBare(['rev-list', '--parents', BRANCH])).trim()).toBe(written.commit);
    expect(await filesOn(remote)).toEqual([`${SUITE}/${sha('a')}.json`, `${SUITE}/index.json`]);
    expect(await fileOn(remote, `${SUITE}/${sha('a')}.json`)).toBe(serializeResults(results));
    expect(await fileOn(remote, `${SUITE}/index.json`)).toBe(
      `${JSON.stringify(
        {
          suite: SUITE,
          runs: [
            {
              commit: sha('a'),
              date: '2026-01-02T03:04:05.000Z',
              metric: 'accuracy',
              value: 0.964824120603015,
            },
          ],
        },
        null,
        2,
      )}\n`,
    );
    // The runner has no git identity (user.useConfigOnly): the store brings its own.
    expect(
      (await remote.inBare(['log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', BRANCH])).trim(),
    ).toBe(
      'ablation-ci <ablation-ci@users.noreply.github.com>|ablation-ci <ablation-ci@users.noreply.github.com>|' +
        `ablation-ci: store ${SUITE} results of ${sha('a')}`,
    );
    await expect(git(['commit-tree', '-m', 'x', 'HEAD^{tree}'])).rejects.toThrow(/identity|email/i);
  });

  it('adds a later run first in the index, on top of the previous tip, and replaces a re-run', async () => {
    const { git } = await remote.clone('runner');
    const first = await writeResults(git, { results: resultsOf(sha('a'), '2026-01-01T00:00:00Z') });
    const later = resultsOf(sha('b'), '2026-01-02T00:00:00Z');
    later.baseline.metrics.accuracy = { value: null, reason: 'no examples' };
    const second = await writeResults(git, {
      results: later,
      author: { name: 'Nightly', email: 'nightly@example.com' },
      message: 'nightly run',
    });

    expect((await remote.inBare(['rev-parse', BRANCH])).trim()).toBe(second.commit);
    expect((await remote.inBare(['rev-parse', `${BRANCH}^`])).trim()).toBe(first.commit);
    expect((await remote.inBare(['log', '-1', '--format=%an <%ae> %s', BRANCH])).trim()).toBe(
      'Nightly <nightly@example.com> nightly run',
    );
    expect(await index()).toEqual({
      suite: SUITE,
      runs: [
        { commit: sha('b'), date: '2026-01-02T00:00:00.000Z', metric: 'accuracy', value: null },
        {
          commit: sha('a'),
          date: '2026-01-01T00:00:00.000Z',
          metric: 'accuracy',
          value: 0.964824120603015,
        },
      ],
    });

    // Re-running commit a today: its entry moves to the top and its file is replaced.
    const rerun = resultsOf(sha('a'), '2026-01-03T00:00:00Z');
    rerun.timing.durationMs = 4321;
    const third = await writeResults(git, { results: rerun, date: '2026-01-05T12:00:00+02:00' });
    expect(third.attempts).toBe(1);
    expect(await index()).toEqual({
      suite: SUITE,
      runs: [
        {
          commit: sha('a'),
          date: '2026-01-05T10:00:00.000Z',
          metric: 'accuracy',
          value: 0.964824120603015,
        },
        { commit: sha('b'), date: '2026-01-02T00:00:00.000Z', metric: 'accuracy', value: null },
      ],
    });
    expect(await fileOn(remote, `${SUITE}/${sha('a')}.json`)).toBe(serializeResults(rerun));
    expect(await filesOn(remote)).toHaveLength(3);
  });

  it('keeps the newest `retention` runs, deletes the files of the others, and leaves other suites alone', async () => {
    const { git } = await remote.clone('runner');
    const other = resultsOf(sha('f'), '2025-06-01T00:00:00Z');
    other.suite = 'other-suite';
    await writeResults(git, { results: other });
    const otherTree = await remote.inBare(['rev-parse', `${BRANCH}:other-suite`]);
    // Written out of date order: retention goes by date, not by order of writing.
    const dates: [string, string][] = [
      ['1', '2026-01-01'],
      ['3', '2026-01-03'],
      ['2', '2026-01-02'],
      ['5', '2026-01-05'],
      ['4', '2026-01-04'],
    ];
    for (const [digit, day] of dates) {
      await writeResults(git, { results: resultsOf(sha(digit), `${day}T00:00:00Z`), retention: 3 });
    }

    expect(((await index()) as { runs: { commit: string }[] }).runs.map((r) => r.commit)).toEqual([
      sha('5'),
      sha('4'),
      sha('3'),
    ]);
    expect(await filesOn(remote)).toEqual([
      `${SUITE}/${sha('3')}.json`,
      `${SUITE}/${sha('4')}.json`,
      `${SUITE}/${sha('5')}.json`,
      `${SUITE}/index.json`,
      `other-suite/${sha('f')}.json`,
      'other-suite/index.json',
    ]);
    expect(await remote.inBare(['rev-parse', `${BRANCH}:other-suite`])).toBe(otherTree);

    // A run older than every kept run, with the index full, is not stored at all.
    await writeResults(git, { results: resultsOf(sha('0'), '2025-12-31T00:00:00Z'), retention: 3 });
    expect(await filesOn(remote)).not.toContain(`${SUITE}/${sha('0')}.json`);
    expect((await index()) as { runs: unknown[] }).toHaveProperty('runs.length', 3);
  });

  it.each([
    ['on an empty remote (both make a root commit)', false],
    ['on an existing branch', true],
  ])('lands two concurrent writers %s: one retries on top of the other', async (_, seeded) => {
    const runnerA = await remote.clone('runner-a');
    const runnerB = await remote.clone('runner-b');
    if (seeded) {
      await writeResults(runnerA.git, { results: resultsOf(sha('0'), '2026-01-01T00:00:00Z') });
    }
    // Both fetch and build their commit before either pushes: a guaranteed race.
    let waiting = 0;
    let release!: () => void;
    const bothReady = new Promise<void>((resolve) => (release = resolve));
    const racing =
      (git: Git): Git =>
      async (args, options) => {
        if (args[0] === 'push' && ++waiting === 2) release();
        if (args[0] === 'push') await bothReady;
        return git(args, options);
      };

    const [a, b] = await Promise.all([
      writeResults(racing(runnerA.git), {
        results: resultsOf(sha('a'), '2026-02-01T00:00:00Z'),
      }),
      writeResults(racing(runnerB.git), {
        results: resultsOf(sha('b'), '2026-02-02T00:00:00Z'),
      }),
    ]);

    expect([a.attempts, b.attempts].sort()).toEqual([1, 2]);
    const [first, last] = a.attempts === 1 ? [a, b] : [b, a];
    expect((await remote.inBare(['rev-parse', BRANCH])).trim()).toBe(last.commit);
    expect((await remote.inBare(['rev-parse', `${BRANCH}^`])).trim()).toBe(first.commit);
    const commits = ((await index()) as { runs: { commit: string }[] }).runs.map((r) => r.commit);
    expect(commits).toEqual(seeded ? [sha('b'), sha('a'), sha('0')] : [sha('b'), sha('a')]);
    expect(await filesOn(remote)).toEqual([
      ...(seeded ? [`${SUITE}/${sha('0')}.json`] : []),
      `${SUITE}/${sha('a')}.json`,
      `${SUITE}/${sha('b')}.json`,
      `${SUITE}/index.json`,
    ]);
  });

  it('stops after maxAttempts when other runs keep pushing first', async () => {
    const runner = await remote.clone('runner');
    const other = await remote.clone('other');
    let pushes = 0;
    // Before each of our pushes, another run stores a newer result.
    const crowded: Git = async (args, options) => {
      if (args[0] === 'push') {
        pushes += 1;
        const results = resultsOf(sha(String(pushes)), `2026-03-0${pushes}T00:00:00Z`);
        await writeResults(other.git, { results });
      }
      return runner.git(args, options);
    };
    await expect(
      writeResults(crowded, {
        results: resultsOf(sha('a'), '2026-03-09T00:00:00Z'),
        maxAttempts: 2,
      }),
    ).rejects.toThrow(
      /^could not store results on ablation-ci-data: other runs pushed first 2 times/,
    );
    expect(pushes).toBe(2);
    expect(await filesOn(remote)).not.toContain(`${SUITE}/${sha('a')}.json`);
  });

  it('does not retry a push the remote refuses for another reason', async () => {
    const { git } = await remote.clone('runner');
    const hook = path.join(remote.bare, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "branch is protected" >&2\nexit 1\n', { mode: 0o755 });
    let pushes = 0;
    const counting: Git = (args, options) => {
      if (args[0] === 'push') pushes += 1;
      return git(args, options);
    };
    await expect(
      writeResults(counting, { results: resultsOf(sha('a'), '2026-01-01T00:00:00Z') }),
    ).rejects.toThrow(
      /^git push --porcelain --no-verify origin [0-9a-f]{40}:refs\/heads\/ablation-ci-data failed \(exit 1\): .*branch is protected/,
    );
    expect(pushes).toBe(1);
  });

  it('works from a shallow checkout, as actions/checkout makes', async () => {
    const { git } = await remote.clone('shallow', { shallow: true });
    await writeResults(git, { results: resultsOf(sha('a'), '2026-01-01T00:00:00Z') });
    const second = await writeResults(git, {
      results: resultsOf(sha('b'), '2026-01-02T00:00:00Z'),
    });
    expect((await git(['rev-parse', '--is-shallow-repository'])).trim()).toBe('true');
    expect((await remote.inBare(['rev-parse', BRANCH])).trim()).toBe(second.commit);
    expect(await filesOn(remote)).toHaveLength(3);
  });

  it('refuses a document that is not valid results, and bad names, before pushing anything', async () => {
    const { git } = await remote.clone('runner');
    const broken = resultsOf(sha('a'), '2026-01-01T00:00:00Z') as unknown as Record<
      string,
      unknown
    >;
    delete broken.baseline;
    const cases: [Parameters<typeof writeResults>[1], string][] = [
      [
        { results: broken as never },
        "not a valid results document: (root): must have required property 'baseline'",
      ],
      [
        { results: resultsOf('abc', '2026-01-01T00:00:00Z') },
        '"abc" is not a full commit id (40 or 64 lowercase hex digits)',
      ],
      [
        { results: resultsOf(sha('a'), '2026-01-01T00:00:00Z'), commit: sha('b') },
        `commit ${sha('b')} differs from the results' ${sha('a')}`,
      ],
      [
        { results: resultsOf(sha('a'), '2026-01-01T00:00:00Z'), suite: 'iris' },
        'suite "iris" differs from the results\' suite "breast-cancer"',
      ],
      [
        { results: resultsOf(sha('a'), '2026-01-01T00:00:00Z'), branch: 'bad..name' },
        'input results-branch: "bad..name" is not a valid branch name',
      ],
      [
        { results: resultsOf(sha('a'), '2026-01-01T00:00:00Z'), retention: 0 },
        'retention must be a positive integer, got 0',
      ],
      [
        { results: resultsOf(sha('a'), '2026-01-01T00:00:00Z'), date: 'yesterday' },
        '"yesterday" is not an ISO 8601 date',
      ],
    ];
    for (const [options, message] of cases) {
      await expect(writeResults(git, options)).rejects.toThrow(message);
    }
    expect(await remote.inBare(['for-each-ref'])).toBe(
      `${(await remote.inBare(['rev-parse', 'main'])).trim()} commit\trefs/heads/main\n`,
    );
  });

  it('rebuilds a corrupt stored index from the stored documents, with a warning naming it', async () => {
    const { git } = await remote.clone('runner');
    await writeResults(git, { results: resultsOf(sha('a'), '2026-01-01T00:00:00Z') });
    const tamper = await remote.clone('tamper');
    await tamper.git(['checkout', '--quiet', BRANCH]);
    const stored = JSON.parse(await fileOn(remote, `${SUITE}/index.json`)) as {
      runs: { date: string }[];
    };
    stored.runs[0].date = 'last tuesday';
    await writeFile(path.join(tamper.dir, SUITE, 'index.json'), JSON.stringify(stored));
    await tamper.git([...TEST_USER, 'commit', '--quiet', '-am', 'edit by hand']);
    await tamper.git(['push', '--quiet', 'origin', BRANCH]);
    // A stored document that is not JSON is left out of the rebuilt index, named.
    await writeFile(path.join(tamper.dir, SUITE, `${sha('c')}.json`), '{"schemaVersion": 1,');
    await tamper.git(['add', '.']);
    await tamper.git([...TEST_USER, 'commit', '--quiet', '-m', 'a broken file']);
    await tamper.git(['push', '--quiet', 'origin', BRANCH]);

    const warnings: string[] = [];
    await writeResults(git, {
      results: resultsOf(sha('b'), '2026-01-02T00:00:00Z'),
      onWarning: (message) => warnings.push(message),
    });
    expect(warnings).toEqual([
      'rebuilding a corrupt store index from the stored runs: ablation-ci-data:breast-cancer/index.json: runs[0].date: expected an ISO 8601 date',
      expect.stringMatching(
        /^left a corrupt stored run out of the index: ablation-ci-data:breast-cancer\/c{40}\.json: not valid JSON/,
      ),
    ]);
    const index = JSON.parse(await fileOn(remote, `${SUITE}/index.json`)) as {
      runs: { commit: string; date: string }[];
    };
    expect(index.runs.map((r) => [r.commit, r.date])).toEqual([
      [sha('b'), '2026-01-02T00:00:00.000Z'],
      [sha('a'), '2026-01-01T00:00:00.000Z'],
    ]);
  });
});
