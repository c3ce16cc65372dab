import type { StickyUpdate } from '../../src/github/comment.js';

/** The head commit every sticky comment of the GitHub tests is about. */
export const STICKY_SHA = 'a'.repeat(40);

/** A sticky comment of suite `credit-risk` on acme/models#1 by the Actions bot, run 100 unless `fields` say otherwise. */
export function runUpdate(fields: Partial<StickyUpdate> = {}): StickyUpdate {
  return {
    owner: 'acme',
    repo: 'models',
    issueNumber: 1,
    suite: 'credit-risk',
    author: 'github-actions[bot]',
    body: '## ablation-ci: passed',
    sha: STICKY_SHA,
    runId: 100,
    runAttempt: 1,
    ...fields,
  };
}

/** The marker and meta lines a run's sticky comment starts with. */
export const runHeader = (runId: number, runAttempt = 1) =>
  `<!-- ablation-ci:credit-risk -->\n` +
  `<!-- ablation-ci:meta {"sha":"${STICKY_SHA}","runId":${runId},"runAttempt":${runAttempt}} -->\n\n`;
