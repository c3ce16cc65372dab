import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertStickyComment } from '../../src/github/comment.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runHeader, runUpdate } from '../helpers/sticky.js';

/**
 * Issue 15.39: two runs at once must leave one sticky comment, the newest
 * run's, on a loaded machine too. A loaded machine only changes the order
 * in which the two runs' requests reach GitHub, so every order that matters
 * is a row here, forced by holding a run's request until the other run has
 * got an answer to one of its own — never by sleeping, so no row depends on
 * the machine's load. Each run has its own client, as two runners do.
 */

const BOT = 'github-actions[bot]';

type Run = 'older' | 'newer';
/** A request of one run, by what it does and which time: `list#2` is its second listing. */
type Step = `${'list' | 'get' | 'create' | 'update' | 'delete'}#${number}`;
/** The run's request `step` waits until `after` (the other run's step, or `done`) is answered. */
interface Hold {
  run: Run;
  step: Step;
  after: { run: Run; step: Step | 'done' };
}

/** What a request does, from its method and path (pagination sends whole URLs). */
function kind(method: string, url: string): string {
  const path = url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
  const many = /\/issues\/(\{issue_number\}|\d+)\/comments$/.test(path);
  const one = /\/issues\/comments\/(\{comment_id\}|\d+)$/.test(path);
  if (many) return method === 'GET' ? 'list' : 'create';
  if (one) return { GET: 'get', PATCH: 'update', DELETE: 'delete' }[method] ?? 'other';
  return 'other';
}

/** One promise per (run, step), settled when that request is answered (or the run is done). */
class Schedule {
  private readonly answered = new Map<string, { promise: Promise<void>; resolve: () => void }>();

  signal(run: Run, step: string): { promise: Promise<void>; resolve: () => void } {
    const key = `${run} ${step}`;
    let entry = this.answered.get(key);
    if (entry === undefined) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      entry = { promise, resolve };
      this.answered.set(key, entry);
    }
    return entry;
  }

  /** A client for `run` whose requests wait as `holds` say. */
  client(url: string, run: Run, holds: Hold[]): ReturnType<typeof getOctokit> {
    const octokit = getOctokit('ghs_installation', { baseUrl: url });
    const seen = new Map<string, number>();
    octokit.hook.wrap('request', async (request, options) => {
      const what = kind(options.method, options.url);
      const step = `${what}#${(seen.get(what) ?? 0) + 1}`;
      seen.set(what, (seen.get(what) ?? 0) + 1);
      for (const hold of holds) {
        if (hold.run === run && hold.step === step)
          await this.signal(hold.after.run, hold.after.step).promise;
      }
      try {
        return await request(options);
      } finally {
        this.signal(run, step).resolve();
      }
    });
    return octokit;
  }
}

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addUser(BOT, { token: 'ghs_installation', installation: true });
  server.state.addRepo('acme/models', { members: [BOT] });
  server.state.addIssue('acme/models', { login: 'alice', title: 'Add a head', pullRequest: true });
});

afterEach(async () => {
  await server.close();
});

const update = runUpdate;
const header = runHeader;

const older = (step: Step, after: Hold['after']): Hold => ({ run: 'older', step, after });
const newer = (step: Step, after: Hold['after']): Hold => ({ run: 'newer', step, after });

interface Row {
  name: string;
  /** A comment of an earlier run (99) is there before both start. */
  existing: boolean;
  /** The newer run is the same run retried (attempt 2) rather than a later run. */
  retried?: boolean;
  holds: Hold[];
  actions: { older: string; newer: string };
}

/** Both list, then both create, then both check for duplicates. */
const BOTH_CREATE_THEN_CHECK: Hold[] = [
  older('create#1', { run: 'newer', step: 'list#1' }),
  newer('create#1', { run: 'older', step: 'list#1' }),
  older('list#2', { run: 'newer', step: 'create#1' }),
  newer('list#2', { run: 'older', step: 'create#1' }),
];
/** Both list and read the existing comment again before either edits it. */
const BOTH_REREAD: Hold[] = [
  older('get#1', { run: 'newer', step: 'list#1' }),
  newer('get#1', { run: 'older', step: 'get#1' }),
];

const rows: Row[] = [
  {
    name: 'both list, both create, both check: the older run sees the newer one and deletes its own',
    existing: false,
    holds: BOTH_CREATE_THEN_CHECK,
    actions: { older: 'skipped-older-run', newer: 'created' },
  },
  {
    name: 'the same, the newer run being the same run retried',
    existing: false,
    retried: true,
    holds: BOTH_CREATE_THEN_CHECK,
    actions: { older: 'skipped-older-run', newer: 'created' },
  },
  {
    // The e2e test's hole: on a loaded machine the older run can finish before the newer one writes.
    name: 'both list; the older run creates and checks before the newer one writes: the newer run deletes it',
    existing: false,
    holds: [
      older('create#1', { run: 'newer', step: 'list#1' }),
      newer('create#1', { run: 'older', step: 'done' }),
    ],
    actions: { older: 'created', newer: 'created' },
  },
  {
    name: 'both list; the newer run finishes before the older one creates: the older run deletes its own',
    existing: false,
    holds: [
      newer('create#1', { run: 'older', step: 'list#1' }),
      older('create#1', { run: 'newer', step: 'done' }),
    ],
    actions: { older: 'skipped-older-run', newer: 'created' },
  },
  {
    name: 'the older run’s re-read comes after the newer run wrote: it leaves the comment alone',
    existing: true,
    holds: [older('get#1', { run: 'newer', step: 'done' })],
    actions: { older: 'skipped-older-run', newer: 'updated' },
  },
  {
    name: 'both re-read; the older run’s edit lands first: the newer edit replaces it',
    existing: true,
    holds: [
      ...BOTH_REREAD,
      newer('update#1', { run: 'older', step: 'update#1' }),
      older('list#2', { run: 'newer', step: 'done' }),
    ],
    actions: { older: 'skipped-older-run', newer: 'updated' },
  },
  {
    // GitHub has no conditional write: an edit sent before the newer run wrote can land after it.
    name: 'both re-read; the older run’s edit lands after the newer one’s: the newer run writes its report back',
    existing: true,
    holds: [
      ...BOTH_REREAD,
      older('update#1', { run: 'newer', step: 'update#1' }),
      newer('list#2', { run: 'older', step: 'update#1' }),
      older('list#2', { run: 'newer', step: 'done' }),
    ],
    actions: { older: 'skipped-older-run', newer: 'updated' },
  },
];

describe('sticky comment races: whatever the order, one comment is left, the newest run’s', () => {
  it.each(rows)('$name', async ({ existing, retried, holds, actions }) => {
    if (existing) {
      server.state.addComment('acme/models', 1, { login: BOT, body: `${header(99)}run 99` });
    }
    const schedule = new Schedule();
    const ids = { older: 300, newer: retried === true ? 300 : 301 };
    const attempt = { older: 1, newer: retried === true ? 2 : 1 };
    const go = async (run: Run) => {
      const result = await upsertStickyComment(
        schedule.client(server.url, run, holds),
        update({ runId: ids[run], runAttempt: attempt[run], body: `run ${run}` }),
      );
      schedule.signal(run, 'done').resolve();
      return result.action;
    };
    const [a, b] = await Promise.all([go('older'), go('newer')]);
    expect(server.state.repo('acme/models').comments.map((c) => c.body)).toEqual([
      `${header(ids.newer, attempt.newer)}run newer`,
    ]);
    expect({ older: a, newer: b }).toEqual(actions);
  });

  it('duplicates left by an earlier race are cleaned up by the next run, keeping nobody else’s', async () => {
    server.state.addComment('acme/models', 1, { login: BOT, body: `${header(5)}five` });
    server.state.addComment('acme/models', 1, { login: BOT, body: `${header(6)}six` });
    server.state.addComment('acme/models', 1, { login: 'mallory', body: `${header(99)}fake` });
    const client = getOctokit('ghs_installation', { baseUrl: server.url });
    const result = await upsertStickyComment(client, update({ runId: 7, body: 'seven' }));
    expect(result.action).toBe('updated');
    expect(server.state.repo('acme/models').comments.map((c) => c.body)).toEqual([
      `${header(7)}seven`,
      `${header(99)}fake`,
    ]);
  });
});
