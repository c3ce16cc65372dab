/**
 * The dashboard at scale: 500 stored runs × 200 components (and 10 model
 * unit tests) rendered into the page, opened from file:// in headless
 * Chromium five times. Reports the page's size and the time from navigation
 * to interactive (the app's `ablation-ci:ready` mark: every chart drawn,
 * handlers attached), and the time to redraw the components' chart after a
 * pick. With DASHBOARD_LIBS=folder holding uPlot.iife.min.js and
 * chart.umd.min.js, the same six 500-point series are drawn with each for
 * comparison (docs/dashboard.md). Writes bench/results/dashboard.md.
 *
 * npm run bench -- dashboard
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { suiteData } from '../src/dashboard/history.js';
import { chartKit } from '../src/dashboard/client/chart.js';
import { renderDashboard } from '../src/dashboard/page.js';
import type { RunSummary } from '../src/dashboard/summary.js';
import { Rng } from '../src/stats/rng.js';
import { launch } from '../test/dashboard/browser.js';
import { markdownTable, publish } from './markdown.js';

const RUNS = 500;
const COMPONENTS = 200;
const TESTS = 10;
const ROUNDS = 5;

/** `RUNS` summaries whose values drift as a random walk (seeded), one run a day. */
export function syntheticHistory(runs = RUNS, components = COMPONENTS): RunSummary[] {
  const rng = Rng.stream(7, 'bench-dashboard');
  const walk = (start: number, step: number) => {
    let x = start;
    return () => (x += (rng.next() - 0.5) * step);
  };
  const primary = walk(0.95, 0.004);
  const tests = Array.from({ length: TESTS }, (_, t) => walk(0.9 + t / 200, 0.01));
  const parts = Array.from({ length: components }, (_, c) => walk(0.3 / (1 + c), 0.002));
  return Array.from({ length: runs }, (_, k): RunSummary => {
    const value = primary();
    return {
      commit: (k + 1).toString(16).padStart(40, 'a'),
      date: new Date(Date.UTC(2025, 0, 1) + k * 86_400_000).toISOString(),
      backend: 'wasm',
      durationMs: 60_000 + Math.round(rng.next() * 5000),
      budget: null,
      metric: 'accuracy',
      higherIsBetter: true,
      primary: { value, ci: [value - 0.02, value + 0.015] },
      gate: { metric: 'accuracy', tolerance: 0.01 },
      gateValue: value,
      tests: tests.map((next, t) => {
        const v = next();
        return {
          name: `slice-${t}-recall`,
          metric: 'recall',
          threshold: { op: '>=', value: 0.85 },
          status: v >= 0.87 ? 'pass' : v < 0.83 ? 'fail' : 'inconclusive',
          point: { value: v, ci: [v - 0.04, v + 0.03] },
        };
      }),
      components: parts.map((next, c) => {
        const v = next();
        return { id: `layer:dense_${c}:zero`, point: { value: v, ci: [v - 0.01, v + 0.012] } };
      }),
      candidates: [],
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The same six series of `RUNS` points drawn by another library, for the comparison. */
function libraryPage(library: 'kit' | 'uplot' | 'chartjs', source: string): string {
  const draw =
    library === 'kit'
      ? `const xs = Array.from({ length: N }, (_, i) => String(i));
         (${chartKit.toString()})().lineChart(document.getElementById('root'), { title: 't', yLabel: 'y', commits: xs, dates: xs, open: () => {}, series: series.map((values, i) => ({ name: 's' + i, values, lo: values, hi: values, decimals: 3, color: i })) });`
      : library === 'uplot'
        ? `const xs = Array.from({ length: N }, (_, i) => i);
         const data = [xs, ...series];
         new uPlot({ width: 1000, height: 220, series: [{}, ...series.map((_, i) => ({ stroke: 'hsl(' + i * 60 + ' 70% 45%)' }))] }, data, document.getElementById('root'));`
        : `const canvas = document.createElement('canvas'); document.getElementById('root').appendChild(canvas);
         new Chart(canvas, { type: 'line', options: { animation: false, responsive: false }, data: { labels: Array.from({ length: N }, (_, i) => i), datasets: series.map((data, i) => ({ data, pointRadius: 0, borderColor: 'hsl(' + i * 60 + ' 70% 45%)' })) } });`;
  return `<!doctype html><html><body><div id="root" style="width:1000px"></div><div id="tooltip" hidden></div>
<script>var __name = function (f) { return f; };</script>
<script>${source}</script>
<script>const N = ${RUNS}; const series = Array.from({ length: 6 }, (_, s) => Array.from({ length: N }, (_, i) => Math.sin(i / 20 + s))); ${draw}
document.body.dataset.ready = 'true'; performance.mark('ablation-ci:ready');</script></body></html>`;
}

export async function dashboardBench(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ablation-ci-dashboard-'));
  const browser = await launch();
  try {
    const html = renderDashboard({
      commitUrl: 'https://github.com/acme/model/commit/',
      suites: [suiteData('bench', syntheticHistory())],
    });
    const file = path.join(tmp, 'index.html');
    writeFileSync(file, html);
    const pages: [string, string, number][] = [['ablation-ci page (hand-written SVG)', file, 0]];
    const kit = path.join(tmp, 'kit.html');
    writeFileSync(kit, libraryPage('kit', ''));
    pages.push(['ablation-ci charts alone (SVG)', kit, Buffer.byteLength(chartKit.toString())]);
    const libs = process.env.DASHBOARD_LIBS;
    if (libs !== undefined && libs !== '') {
      for (const [name, lib, script] of [
        ['uPlot 1.6 (canvas)', 'uplot', 'uPlot.iife.min.js'],
        ['Chart.js 4.6 (canvas)', 'chartjs', 'chart.umd.min.js'],
      ] as const) {
        const source = readFileSync(path.join(libs, script), 'utf8');
        const page = path.join(tmp, `${lib}.html`);
        writeFileSync(page, libraryPage(lib, source));
        pages.push([name, page, Buffer.byteLength(source)]);
      }
    }
    const rows: string[][] = [];
    for (const [name, page, library] of pages) {
      const ready: number[] = [];
      const redraw: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } });
        await tab.goto(pathToFileURL(page).href);
        await tab.waitForSelector('body[data-ready="true"]');
        ready.push(
          await tab.evaluate(() => performance.getEntriesByName('ablation-ci:ready')[0].startTime),
        );
        if (page === file) {
          redraw.push(
            await tab.evaluate(() => {
              const list = document.getElementById('component') as HTMLSelectElement;
              const start = performance.now();
              for (const option of Array.from(list.options)) option.selected = option.index === 150;
              list.dispatchEvent(new Event('change'));
              return performance.now() - start;
            }),
          );
        }
        await tab.close();
      }
      const size = Buffer.byteLength(readFileSync(page, 'utf8'));
      rows.push([
        name,
        page === file ? `${(size / 1e6).toFixed(2)} MB` : '—',
        page === file
          ? `${(Buffer.byteLength(html.slice(html.lastIndexOf('<script>'))) / 1000).toFixed(1)} kB`
          : `${(library / 1000).toFixed(1)} kB`,
        `${Math.round(median(ready))} ms`,
        redraw.length === 0 ? '—' : `${median(redraw).toFixed(1)} ms`,
      ]);
    }
    const load = os.loadavg()[0].toFixed(1);
    const report = [
      '# Dashboard',
      '',
      `${RUNS} stored runs × ${COMPONENTS} components and ${TESTS} model unit tests in one suite, the page opened`,
      `from file:// in headless Chromium (${ROUNDS} loads, medians; 1-minute load ${load} on ${os.availableParallelism()} cores).`,
      'Interactive: navigation start to every chart drawn and its handlers attached. The libraries draw',
      `the same six series of ${RUNS} points alone (no page, no data decoding), for comparison.`,
      '',
      markdownTable(
        [
          { header: 'page' },
          { header: 'HTML + data', align: 'right' },
          { header: 'chart code', align: 'right' },
          { header: 'interactive', align: 'right' },
          { header: 'redraw on a pick', align: 'right' },
        ],
        rows,
      ),
    ].join('\n');
    publish('dashboard', report);
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (existsSync(process.argv[1] ?? '') && import.meta.filename === path.resolve(process.argv[1])) {
  await dashboardBench();
}
