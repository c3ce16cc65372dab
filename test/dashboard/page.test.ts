import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Acceptance, Results } from '../../src/results/types.js';
import type { Remote } from '../store/repos.js';
import { COMMIT_URL, commitOf, historyBranch } from './branch.js';
import { launch, openPage, type PageProblems } from './browser.js';

/**
 * The dashboard as a user opens it: written by writeResults to a real
 * results branch (8 runs of a suite kept to the newest 6, and 2 runs of a
 * second suite), read back with git, opened from file:// in headless
 * Chromium. The screenshot is kept under .tmp/dashboard/ (CI's artifact).
 * Two runs merged a pull request with an accepted check: run 4 a unit test
 * (with a reason that looks like markup), run 6 `overall` (by label, no reason).
 */
const ARTIFACTS = path.resolve('.tmp/dashboard');
const KEPT = 6;
const REASON = 'new slice definition </script><b>x</b> & "more"';
const ACCEPTED_TEST: Acceptance = {
  check: 'malignant-recall',
  by: 'maint-1',
  reason: REASON,
  pullRequest: 12,
  headSha: commitOf(40),
  via: 'comment',
  value: 0.8,
};
const ACCEPTED_OVERALL: Acceptance = {
  check: 'overall',
  by: 'lead',
  reason: '',
  pullRequest: 15,
  headSha: commitOf(41),
  via: 'label',
  drop: 0.004,
};

let remote: Remote;
let written: Results[];
let browser: Browser;
let page: Page;
let problems: PageProblems;
let file: string;

beforeAll(async () => {
  const branch = await historyBranch(8, {
    retention: KEPT,
    acceptances: { 4: [ACCEPTED_TEST], 6: [ACCEPTED_OVERALL] },
  });
  remote = branch.remote;
  written = branch.written.slice(-KEPT);
  await mkdir(ARTIFACTS, { recursive: true });
  file = path.join(ARTIFACTS, 'index.html');
  await writeFile(file, await remote.inBare(['show', `${branch.tip}:index.html`]));
  browser = await launch();
  ({ page, problems } = await openPage(browser, pathToFileURL(file).href));
});

afterAll(async () => {
  await browser?.close();
  await remote?.remove();
});

/** The numbers of a tooltip line such as `accuracy: 0.95282 [0.92, 0.97]`. */
function numbers(line: string): number[] {
  return (line.split(': ')[1] ?? '').match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
}

async function hoverRun(selector: string, run: number, runs: number): Promise<string[]> {
  const overlay = page.locator(`${selector} rect.overlay`).first();
  await overlay.scrollIntoViewIfNeeded();
  const box = (await overlay.boundingBox())!;
  // Line charts span the overlay less 8 px of slack each side; runs are evenly spaced.
  const x = box.x + 8 + ((box.width - 16) * run) / (runs - 1);
  await page.mouse.move(x, box.y + box.height / 2);
  return (await page.locator('#tooltip').innerText()).split('\n');
}

function short(results: Results): string {
  return results.source.commit!.slice(0, 7);
}

describe('the dashboard in Chromium, from file://', () => {
  it('loads with no console error, no failed request and no request but the page itself', () => {
    expect(problems.errors).toEqual([]);
    expect(problems.requests).toEqual([pathToFileURL(file).href]);
  });

  it('writes screenshots: the whole page, and the first screen (the README image)', async () => {
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-full.png'), fullPage: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard.png') });
    expect((await stat(path.join(ARTIFACTS, 'dashboard.png'))).size).toBeGreaterThan(10_000);
  });

  it('shows the runs the store holds: the retention limit left the oldest out', async () => {
    expect(await page.locator('.lede').innerText()).toBe(
      `${KEPT} stored runs of breast-cancer, 2026-11-03 to 2026-11-08 (the results branch keeps the newest; older runs leave it).`,
    );
    expect(await page.locator('#suite option').allInnerTexts()).toEqual([
      'breast-cancer',
      'second-suite',
    ]);
  });

  it('draws the primary metric: one series of 6 points, dated axis, tooltip with commit, date and interval', async () => {
    const line = page.locator('#primary path.line');
    expect(await line.count()).toBe(1);
    expect(await line.getAttribute('data-points')).toBe(String(KEPT));
    expect((await line.getAttribute('d'))!.match(/[ML]/g)).toHaveLength(KEPT);
    const xTicks = await page.locator('#primary text.tick.x').allTextContents();
    expect(xTicks[0]).toBe('2026-11-03');
    expect(xTicks[xTicks.length - 1]).toBe('2026-11-08');
    expect(await page.locator('#primary text.axis-label.y').textContent()).toBe('accuracy');
    for (const run of [0, 3, KEPT - 1]) {
      const tooltip = await hoverRun('#primary', run, KEPT);
      const results = written[run];
      expect(tooltip[0]).toBe(
        `${short(results)} · ${results.timing.startedAt.slice(0, 10)} 02:00 UTC`,
      );
      const accuracy = results.baseline.metrics.accuracy as { value: number; ci: number[] };
      const [value, low, high] = numbers(tooltip[1]);
      expect(value).toBeCloseTo(accuracy.value, 5);
      expect(low).toBeCloseTo(accuracy.ci[0], 5);
      expect(high).toBeCloseTo(accuracy.ci[1], 5);
    }
  });

  it('draws every unit test: a status timeline (failures where they were) and a chart with its threshold', async () => {
    const tests = written[0].tests;
    expect(await page.locator('#tests text.tick.row').allTextContents()).toEqual(
      tests.map((t) => (t.name.length > 28 ? `${t.name.slice(0, 27)}…` : t.name)),
    );
    // The first test fails from run 3 on: runs 3 to 7 of those kept (2 to 7).
    const failures = await page.locator('#tests path.status.fail').getAttribute('d');
    expect(failures!.match(/M/g)).toHaveLength(5);
    expect(await page.locator('#tests figure svg').count()).toBe(tests.length);
    expect(await page.locator('#tests figure line.threshold').count()).toBe(tests.length);
    expect(await page.locator('#tests figcaption').first().innerText()).toBe(
      `${tests[0].name}: ${tests[0].metric} ${tests[0].threshold.op} ${tests[0].threshold.value}`,
    );
    const status = await hoverRun('#tests svg.chart', 0, KEPT);
    expect(status).toContain(`${tests[0].name}: pass`);
  });

  it('draws the five largest contributions, and redraws with the component picked', async () => {
    const lines = page.locator('#component-chart path.line');
    expect(await lines.count()).toBe(5);
    const options = await page.locator('#component option').allInnerTexts();
    expect(options).toHaveLength(written[0].components.length);
    // The seventh largest: not drawn until picked.
    const pick = options[6];
    await page.locator('#component').selectOption({ label: pick });
    expect(await lines.count()).toBe(1);
    expect(await lines.getAttribute('data-series')).toBe(pick);
    expect(await lines.getAttribute('data-points')).toBe(String(KEPT));
    const tooltip = await hoverRun('#component-chart', KEPT - 1, KEPT);
    const c = written[KEPT - 1].components.find((x) => x.id === pick)!.metrics!.accuracy as {
      contribution: number;
      ci: number[];
    };
    const [value, low, high] = numbers(tooltip.find((l) => l.startsWith(`${pick}: `))!);
    // Four significant digits of the series' largest magnitude.
    const q =
      10 **
      (Math.floor(
        Math.log10(
          Math.max(
            ...written.map((r) =>
              Math.abs(
                (r.components.find((x) => x.id === pick)!.metrics!.accuracy as { ci: number[] })
                  .ci[1],
              ),
            ),
          ),
        ),
      ) -
        3);
    expect(Math.abs(value - c.contribution)).toBeLessThanOrEqual(q / 2 + 1e-12);
    expect(Math.abs(low - c.ci[0])).toBeLessThanOrEqual(q / 2 + 1e-12);
    expect(Math.abs(high - c.ci[1])).toBeLessThanOrEqual(q / 2 + 1e-12);
  });

  it('opens the commit on a click and on Enter, and moves over runs with the arrow keys', async () => {
    await page.evaluate(() => {
      (window as unknown as { opened: string[] }).opened = [];
      window.open = (url) => {
        (window as unknown as { opened: string[] }).opened.push(String(url));
        return null;
      };
    });
    await hoverRun('#primary', 1, KEPT);
    await page.mouse.down();
    await page.mouse.up();
    await page.locator('#primary svg.chart').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect((await page.locator('#tooltip').innerText()).split('\n')[0]).toMatch(
      new RegExp(`^${short(written[KEPT - 2])} `),
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { opened: string[] }).opened)).toEqual([
      `${COMMIT_URL}${written[1].source.commit}`,
      `${COMMIT_URL}${written[KEPT - 2].source.commit}`,
    ]);
  });

  it('flags accepted checks at their runs: overall on the primary chart, a unit test on its chart and in the timeline', async () => {
    // Runs 4 and 6 of the history are runs 2 and 4 of those kept.
    const overall = 'overall accepted by lead in #15';
    const test = `malignant-recall accepted by maint-1 in #12: ${REASON}`;
    expect(written[0].tests[0].name).toBe('malignant-recall');

    expect(await page.locator('p.legend').innerText()).toMatch(/^◆ marks a run that merged /);
    const primary = page.locator('#primary g.accepted');
    expect(await primary.count()).toBe(1);
    expect(await primary.getAttribute('data-run')).toBe('4');
    expect(await primary.getAttribute('aria-label')).toBe(overall);
    expect(await primary.locator('title').textContent()).toBe(overall);
    expect(await page.locator('#primary svg.chart').getAttribute('aria-label')).toContain(
      ` 2026-11-07: ${overall}.`,
    );
    // Drawn above run 4: its centre where the runs are spaced (the overlay less 8 px each side).
    const box = (await page.locator('#primary rect.overlay').boundingBox())!;
    const flagBox = (await primary.boundingBox())!;
    expect(flagBox.x + flagBox.width / 2).toBeCloseTo(box.x + 8 + ((box.width - 16) * 4) / 5, 0);
    expect(await hoverRun('#primary', 4, KEPT)).toContain(overall);
    expect(await hoverRun('#primary', 3, KEPT)).not.toContain(overall);

    const figures = page.locator('#tests figure');
    const perChart: number[] = [];
    for (let i = 0; i < (await figures.count()); i++)
      perChart.push(await figures.nth(i).locator('g.accepted').count());
    expect(perChart).toEqual([1, 0, 0, 0, 0]);
    const onChart = figures.first().locator('g.accepted');
    expect(await onChart.getAttribute('data-run')).toBe('2');
    expect(await onChart.getAttribute('aria-label')).toBe(test);
    await onChart.hover();
    const tooltip = (await page.locator('#tooltip').innerText()).split('\n');
    expect(tooltip[0]).toMatch(new RegExp(`^${short(written[2])} `));
    expect(tooltip).toContain(test);

    const inTimeline = page.locator('#tests > div.plot g.accepted');
    expect(await inTimeline.count()).toBe(1);
    expect(await inTimeline.getAttribute('data-run')).toBe('2');
    expect(await inTimeline.locator('title').textContent()).toBe(test);
    // The timeline's runs are cells: run 2's centre is 2.5 cells in.
    const cells = (await page.locator('#tests > div.plot rect.overlay').boundingBox())!;
    await page.mouse.move(cells.x + (cells.width * 2.5) / KEPT, cells.y + cells.height - 4);
    expect((await page.locator('#tooltip').innerText()).split('\n')).toContain(test);
    expect(await page.locator('#component-chart g.accepted').count()).toBe(0);
    // The reason's markup stays text: no element made of it, nothing run.
    expect(await page.locator('main b, #tooltip b').count()).toBe(0);
    expect(problems.errors).toEqual([]);
  });

  it('shows run facts, retrain candidates, and another suite when picked', async () => {
    const facts = await page.locator('#facts table').innerText();
    expect(facts).toContain(`backend\t${written[KEPT - 1].run.backend}`);
    expect(facts).toContain(
      `duration\t${(written[KEPT - 1].timing.durationMs / 1000).toFixed(1)} s`,
    );
    expect(await page.locator('#candidates p').first().innerText()).toMatch(
      /^None in the newest run/,
    );
    await page.locator('#suite').selectOption({ label: 'second-suite' });
    expect(await page.locator('.lede').innerText()).toMatch(/^2 stored runs of second-suite, /);
    expect(await page.locator('#primary path.line').getAttribute('data-points')).toBe('2');
    expect(problems.errors).toEqual([]);
  });
});
