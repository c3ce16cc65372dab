import { writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Git } from '../../src/store/git.js';
import { writeResults } from '../../src/store/index.js';
import { makeRemote, type Remote } from '../store/repos.js';
import { historyRun } from './branch.js';

const BRANCH = 'ablation-ci-data';
let remote: Remote;

beforeEach(async () => {
  remote = await makeRemote();
});
afterEach(async () => {
  await remote.remove();
});

/** The data inline in the page on the remote's results branch. */
async function pageData(): Promise<{ suites: { suite: string; runs: { commit: string[] } }[] }> {
  const html = await remote.inBare(['show', `${BRANCH}:index.html`]);
  return JSON.parse(html.slice(html.indexOf('id="data">') + 10, html.indexOf('</script>'))) as {
    suites: { suite: string; runs: { commit: string[] } }[];
  };
}

describe('the dashboard written with the results', () => {
  it('leaves a corrupt stored run out of the page, with a warning naming it', async () => {
    const { git } = await remote.clone('runner');
    const [first, second, third] = [0, 1, 2].map((k) => historyRun(k));
    await writeResults(git, { results: first, dashboard: { commitUrl: null } });
    await writeResults(git, { results: second, dashboard: { commitUrl: null } });
    // Corrupt the first run's document by hand.
    const hand = await remote.clone('hand');
    await hand.git(['checkout', '-q', BRANCH]);
    await writeFile(`${hand.dir}/breast-cancer/${first.source.commit}.json`, '{ not json');
    await hand.git(['-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qam', 'x']);
    await hand.git(['push', '-q', 'origin', BRANCH]);

    const warnings: string[] = [];
    await writeResults(git, {
      results: third,
      dashboard: { commitUrl: null },
      onWarning: (message) => warnings.push(message),
    });
    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^left out of the dashboard: ${BRANCH}:breast-cancer/${first.source.commit}\\.json: not valid JSON`,
        ),
      ),
    ]);
    expect((await pageData()).suites[0].runs.commit).toEqual([
      second.source.commit,
      third.source.commit,
    ]);
  });

  it('stores the results without the page when the page cannot be made, and says so', async () => {
    const { git } = await remote.clone('runner');
    await writeResults(git, { results: historyRun(0), dashboard: { commitUrl: null } });
    const failing: Git = (args, options) =>
      args[0] === 'ls-tree' && args.includes('-d')
        ? Promise.reject(new Error('ls-tree broke'))
        : git(args, options);
    const warnings: string[] = [];
    const later = historyRun(1);
    await writeResults(failing, {
      results: later,
      dashboard: { commitUrl: null },
      onWarning: (message) => warnings.push(message),
    });
    expect(warnings).toEqual(['the dashboard was not updated: ls-tree broke']);
    const index = await remote.inBare(['show', `${BRANCH}:breast-cancer/index.json`]);
    expect(index).toContain(later.source.commit);
    // The previous page stays.
    expect((await pageData()).suites[0].runs.commit).toEqual([historyRun(0).source.commit]);
  });
});
