import { writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SUMMARY_FORMAT, summarize } from '../../src/dashboard/summary.js';
import type { Git } from '../../src/store/git.js';
import { writeResults } from '../../src/store/index.js';
import { makeRemote, type Remote } from '../store/repos.js';
import { historyRun } from './branch.js';

const BRANCH = 'ablation-ci-data';
const SUITE = 'breast-cancer';
let remote: Remote;

beforeEach(async () => {
  remote = await makeRemote();
});
afterEach(async () => {
  await remote.remove();
});

/** A git runner that records the paths every `cat-file --batch` call asks for. */
function recording(git: Git): { git: Git; asked: string[] } {
  const asked: string[] = [];
  const wrapped: Git = (args, options) => {
    if (args[0] === 'cat-file' && typeof options?.input === 'string') {
      asked.push(...options.input.split('\n').filter((line) => line !== ''));
    }
    return git(args, options);
  };
  return { git: wrapped, asked };
}

/** The paths of stored results documents among `asked` (`TIP:SUITE/COMMIT.json`). */
const documents = (asked: string[]): string[] =>
  asked.filter((line) => /:[^/]+\/[0-9a-f]{40}\.json$/.test(line));

const page = (): Promise<string> => remote.inBare(['show', `${BRANCH}:index.html`]);

async function cache(): Promise<{
  format: number;
  runs: Record<string, { blob: string; summary: { commit: string; date: string } }>;
}> {
  return JSON.parse(await remote.inBare(['show', `${BRANCH}:${SUITE}/summaries.json`])) as {
    format: number;
    runs: Record<string, { blob: string; summary: { commit: string; date: string } }>;
  };
}

/** Writes runs 0..count−1 with the dashboard on, through `git`. */
async function writeRuns(git: Git, count: number, from = 0): Promise<void> {
  for (let k = from; k < from + count; k++) {
    await writeResults(git, { results: historyRun(k), dashboard: { commitUrl: null } });
  }
}

/** Pushes a hand-made commit on the results branch from a second clone. */
async function byHand(change: (dir: string) => Promise<void>): Promise<void> {
  const hand = await remote.clone(`hand-${Math.random().toString(16).slice(2)}`);
  await hand.git(['checkout', '-q', BRANCH]);
  await change(hand.dir);
  await hand.git(['-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qam', 'x']);
  await hand.git(['push', '-q', 'origin', BRANCH]);
}

describe("the dashboard's summary cache on the results branch", () => {
  it('holds one summary per stored run, each naming the blob of its document', async () => {
    const { git } = await remote.clone('runner');
    await writeRuns(git, 3);
    const stored = await cache();
    expect(stored.format).toBe(SUMMARY_FORMAT);
    const commits = [0, 1, 2].map((k) => historyRun(k).source.commit!);
    expect(Object.keys(stored.runs).sort()).toEqual([...commits].sort());
    for (const commit of commits) {
      const blob = (await remote.inBare(['rev-parse', `${BRANCH}:${SUITE}/${commit}.json`])).trim();
      expect(stored.runs[commit].blob).toBe(blob);
      expect(stored.runs[commit].summary).toEqual(
        summarize(historyRun(commits.indexOf(commit)), commit, stored.runs[commit].summary.date),
      );
    }
  });

  it('lets a push make the page without reading any stored document', async () => {
    const { git } = await remote.clone('runner');
    await writeRuns(git, 3);
    const spy = recording(git);
    await writeRuns(spy.git, 1, 3);
    expect(spy.asked.length).toBeGreaterThan(0);
    expect(documents(spy.asked)).toEqual([]);
  });

  it('gives the same page as reading every document', async () => {
    const { git } = await remote.clone('runner');
    await writeRuns(git, 3);
    await byHand(async (dir) => {
      await writeFile(`${dir}/${SUITE}/summaries.json`, '{}\n');
    });
    // With the cache emptied, this push reads every document…
    const spy = recording(git);
    await writeRuns(spy.git, 1, 3);
    expect(documents(spy.asked)).toHaveLength(3);
    const fromDocuments = await page();
    // …and the page a push makes from the cache it rewrote is the same for the same runs.
    const other = await remote.clone('other');
    const again = recording(other.git);
    await writeResults(again.git, { results: historyRun(3), dashboard: { commitUrl: null } });
    expect(documents(again.asked)).toEqual([]);
    expect(await page()).toBe(fromDocuments);
  });

  it('reads a document again when it was rewritten after its summary was kept', async () => {
    const { git } = await remote.clone('runner');
    await writeRuns(git, 2);
    const first = historyRun(0);
    const edited = { ...first, timing: { ...first.timing, durationMs: 123_456 } };
    await byHand(async (dir) => {
      await writeFile(`${dir}/${SUITE}/${first.source.commit}.json`, JSON.stringify(edited));
    });
    const spy = recording(git);
    await writeRuns(spy.git, 1, 2);
    expect(documents(spy.asked)).toEqual([
      expect.stringContaining(`${SUITE}/${first.source.commit}.json`),
    ]);
    expect(await page()).toContain('123456');
  });

  it.each([
    ['not JSON', '{ not json'],
    ['another format', JSON.stringify({ format: SUMMARY_FORMAT + 1, suite: SUITE, runs: {} })],
    ['another suite', JSON.stringify({ format: SUMMARY_FORMAT, suite: 'other', runs: {} })],
    [
      'entries of the wrong shape',
      JSON.stringify({ format: SUMMARY_FORMAT, suite: SUITE, runs: { x: 1 } }),
    ],
  ])('is read from the documents again when the cache is %s, and rewritten', async (_, text) => {
    const { git } = await remote.clone('runner');
    await writeRuns(git, 2);
    await byHand(async (dir) => {
      await writeFile(`${dir}/${SUITE}/summaries.json`, text);
    });
    const spy = recording(git);
    await writeRuns(spy.git, 1, 2);
    expect(documents(spy.asked)).toHaveLength(2);
    expect(Object.keys((await cache()).runs)).toHaveLength(3);
  });
});

describe('the summary format', () => {
  // A summary's fields, pinned with the format that keeps them: a field added
  // or dropped fails here until SUMMARY_FORMAT is raised (stored summaries of
  // the old shape are then made again from their documents).
  it('names the fields of format 1', () => {
    const run = historyRun(0);
    expect(SUMMARY_FORMAT).toBe(1);
    expect(Object.keys(summarize(run, run.source.commit!, run.timing.startedAt)).sort()).toEqual([
      'acceptances',
      'backend',
      'budget',
      'candidates',
      'commit',
      'components',
      'date',
      'durationMs',
      'gate',
      'gateValue',
      'higherIsBetter',
      'metric',
      'primary',
      'tests',
    ]);
  });
});
