import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitRegressedModel, git } from '../helpers/workspace.js';
import {
  BOT,
  pullRequestPayload,
  pushPayload,
  REPOSITORY,
  runFromSource,
  startWorld,
  stickyComments,
  type World,
} from '../action/harness.js';

/**
 * The Action's part: a push to master stores its run and the dashboard in
 * one commit of the results branch; a pull request's comment then shows
 * main's trend and links to the dashboard.
 */
let world: World;

beforeAll(async () => {
  world = await startWorld();
  await git(world.workspace, 'checkout', '-q', 'master');
  const push = await runFromSource(world, {
    eventName: 'push',
    payload: pushPayload(world.main),
    sha: world.main,
    runId: 10,
  });
  expect(push.error).toBeUndefined();
  await git(world.workspace, 'checkout', '-q', 'feature');
});

afterAll(async () => {
  await world?.server.close();
});

describe('the dashboard written by a push run', () => {
  it('lands in the same commit as the results, linking runs to their commits on the server of GITHUB_SERVER_URL', async () => {
    const files = await git(world.origin, 'ls-tree', '-r', '--name-only', 'ablation-ci-data');
    expect(files.split('\n').sort()).toEqual([
      `breast-cancer/${world.main}.json`,
      'breast-cancer/index.json',
      'breast-cancer/summaries.json',
      'index.html',
    ]);
    const html = await git(world.origin, 'show', 'ablation-ci-data:index.html');
    const data = JSON.parse(
      html.slice(html.indexOf('id="data">') + 10, html.indexOf('</script>')),
    ) as { commitUrl: string; suites: { suite: string; runs: { commit: string[] } }[] };
    expect(data.commitUrl).toBe(`https://github.example.com/${REPOSITORY}/commit/`);
    expect(data.suites.map((s) => [s.suite, s.runs.commit])).toEqual([
      ['breast-cancer', [world.main]],
    ]);
  });
});

describe("main's trend in the pull request's comment", () => {
  const trendOf = (body: string) => body.slice(body.indexOf('### Trends on main'));

  it('charts main against the PR and links the Pages URL when dashboard-url is given', async () => {
    const result = await runFromSource(world, {
      eventName: 'pull_request',
      payload: pullRequestPayload(world.head),
      runId: 20,
      inputs: { comment: 'always', 'dashboard-url': 'https://codertocat.github.io/Hello-World/' },
    });
    expect(result.error).toBeUndefined();
    const [comment] = stickyComments(world);
    const trend = trendOf(comment.body);
    expect(trend).toMatch(
      /^### Trends on main\n\nMain's last 1 stored run \(line\), PR's value last/,
    );
    expect(trend).toContain('[the dashboard](https://codertocat.github.io/Hello-World/)');
    expect(trend).toContain(`  x-axis ["${world.main.slice(0, 7)}", "PR"]\n`);
    expect(result.summary).toContain('### Trends on main');
  });

  it('links the file on the results branch without dashboard-url', async () => {
    const result = await runFromSource(world, {
      eventName: 'pull_request',
      payload: pullRequestPayload(world.head),
      runId: 21,
      inputs: { comment: 'always' },
    });
    expect(result.error).toBeUndefined();
    const [comment] = stickyComments(world);
    expect(trendOf(comment.body)).toContain(
      `[the dashboard](https://github.example.com/${REPOSITORY}/blob/ablation-ci-data/index.html)`,
    );
  });
});

describe("main's trend in the tracking issue", () => {
  it('a scheduled run that regresses charts main against this run in the issue it opens', async () => {
    await git(world.workspace, 'checkout', '-q', 'master');
    const regressed = await commitRegressedModel(world.workspace);
    const result = await runFromSource(world, {
      eventName: 'schedule',
      payload: {
        schedule: '17 3 * * *',
        repository: {
          full_name: REPOSITORY,
          default_branch: 'master',
          name: 'Hello-World',
          owner: { login: 'Codertocat' },
        },
      },
      sha: regressed,
      runId: 30,
    });
    await git(world.workspace, 'checkout', '-q', 'feature');
    expect(result.failed).toHaveLength(1);
    const [issue] = world.server.state
      .repo(REPOSITORY)
      .issues.filter(
        (i) => i.user.login === BOT && (i.body ?? '').includes('ablation-ci:tracking'),
      );
    const body = issue.body ?? '';
    const trend = body.slice(body.indexOf('### Trends on main'));
    expect(trend).toMatch(
      /^### Trends on main\n\nMain's last 1 stored run \(line\), this run's value last/,
    );
    expect(trend).toContain(`  x-axis ["${world.main.slice(0, 7)}", "this run"]\n`);
    // The regressed model: its accuracy and each failing test get a chart.
    expect(trend.match(/```mermaid/g)!.length).toBeGreaterThan(1);
  });
});
