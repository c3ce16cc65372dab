import { dashboardApp } from './client/app.js';
import { chartKit } from './client/chart.js';
import type { DashboardData } from './history.js';

/** Where the dashboard lives on the results branch (GitHub Pages serves it from the branch's root). */
export const DASHBOARD_PATH = 'index.html';

/**
 * The dashboard as one self-contained HTML file: the data inline as JSON,
 * the style and the script inline, nothing fetched (it works from `file://`
 * and from GitHub Pages; a Content-Security-Policy forbids any request).
 * The same data gives the same bytes.
 */
export function renderDashboard(data: DashboardData): string {
  // `<` escaped: no `</script>` or `<!--` inside the JSON can end the element early.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  // Bundlers may wrap named functions in a `__name` helper; the page has none to call.
  const script = [
    'var __name = function (f) { return f; };',
    `(${dashboardApp.toString()})(JSON.parse(document.getElementById('data').textContent), (${chartKit.toString()})());`,
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>ablation-ci dashboard</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>ablation-ci</h1><label>Suite <select id="suite"></select></label></header>
<main id="app"></main>
<div id="tooltip" role="status" aria-live="polite" hidden></div>
<script type="application/json" id="data">${json}</script>
<script>${script.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>
`;
}

/** Okabe–Ito colours (told apart with every common colour-vision deficiency), light and dark. */
const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #fff; --grid: #d1d9e0;
  --pass: #009e73; --fail: #d55e00; --inconclusive: #e69f00; --skipped: #999; --accepted: #cc79a7;
  --c0: #0072b2; --c1: #0072b2; --c2: #d55e00; --c3: #009e73; --c4: #cc79a7; --c5: #e69f00; --c6: #56b4e9; --c7: #000; --c8: #59636e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --grid: #3d444d; --c7: #f0f0f0; } }
body { font: 14px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; max-width: 1100px; padding: 0 16px 48px; }
header { display: flex; align-items: baseline; gap: 24px; border-bottom: 1px solid var(--grid); }
h1 { font-size: 20px; } h2 { font-size: 16px; margin: 28px 0 8px; }
.lede, .legend, figcaption, label { color: var(--muted); }
.grid-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 8px 16px; }
figure { margin: 0; }
.chart { display: block; overflow: visible; }
.chart:focus-visible { outline: 2px solid var(--c0); outline-offset: 2px; }
.grid { stroke: var(--grid); stroke-width: 1; }
.tick, .axis-label, .threshold-label { fill: var(--muted); font-size: 11px; }
.line { fill: none; stroke-width: 1.5; } .band { stroke: none; opacity: 0.18; }
${[0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => `.line.c${i} { stroke: var(--c${i}); } .band.c${i}, .dot.c${i} { fill: var(--c${i}); }`).join('\n')}
.threshold { stroke: var(--fail); stroke-dasharray: 4 3; }
.accepted-rule { stroke: var(--accepted); stroke-dasharray: 2 2; pointer-events: none; }
.accepted-flag { fill: var(--accepted); stroke: var(--fg); stroke-width: 1; }
.accepted { cursor: help; }
.cursor { stroke: var(--muted); stroke-width: 1; pointer-events: none; }
.overlay { cursor: pointer; }
.pick { display: flex; gap: 8px; align-items: flex-start; } .pick select { min-width: 320px; }
table { border-collapse: collapse; } th, td { text-align: left; padding: 2px 12px 2px 0; } th { color: var(--muted); font-weight: normal; }
#tooltip { position: absolute; z-index: 1; pointer-events: none; background: var(--bg); border: 1px solid var(--grid); border-radius: 4px; padding: 6px 8px; font-size: 12px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.15); max-width: 420px; }
#tooltip .head { font-weight: 600; }
`;
