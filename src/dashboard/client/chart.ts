/// <reference lib="dom" />
import type { ChartKit, ChartMark, ChartSpec, TimelineSpec } from './types.js';

/**
 * The page's charts, hand-written SVG (docs/dashboard.md says why): a line
 * chart with interval bands and a threshold, and a status timeline. Each
 * chart is focusable; hovering or the arrow keys move a cursor over the runs
 * and fill the shared tooltip (commit, date, value and interval), a click or
 * Enter opens the commit. Marked runs (an accepted check) carry a flag whose
 * note is in its title, in the tooltip and in the chart's label.
 *
 * Browser code: the page embeds this function's text, so it must reference
 * nothing outside itself (no imports but types, no module constants).
 */
export function chartKit(): ChartKit {
  const SVG = 'http://www.w3.org/2000/svg';
  const HEIGHT = 220;
  const M = { left: 64, right: 16, top: 12, bottom: 44 };
  const STATUS_COLOR: Record<string, string> = {
    p: 'var(--pass)',
    f: 'var(--fail)',
    i: 'var(--inconclusive)',
    s: 'var(--skipped)',
  };
  const STATUS_NAME: Record<string, string> = {
    p: 'pass',
    f: 'fail',
    i: 'inconclusive',
    s: 'skipped',
    '-': 'not run',
  };
  const tooltip = document.getElementById('tooltip')!;

  function svg<K extends keyof SVGElementTagNameMap>(
    name: K,
    attrs: Record<string, string | number>,
    parent: Element,
    text?: string,
  ): SVGElementTagNameMap[K] {
    const node = document.createElementNS(SVG, name);
    for (const key of Object.keys(attrs)) node.setAttribute(key, String(attrs[key]));
    if (text !== undefined) node.textContent = text;
    parent.appendChild(node);
    return node;
  }

  function el<K extends keyof HTMLElementTagNameMap>(
    name: K,
    props: Record<string, string>,
    parent?: Element,
    text?: string,
  ): HTMLElementTagNameMap[K] {
    const node = document.createElement(name);
    for (const key of Object.keys(props)) node.setAttribute(key, props[key]);
    if (text !== undefined) node.textContent = text;
    if (parent !== undefined) parent.appendChild(node);
    return node;
  }

  /** About `count` round tick values covering [low, high]. */
  function ticks(low: number, high: number, count: number): number[] {
    const span = high - low || Math.abs(high) || 1;
    const raw = span / count;
    const power = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
    const out: number[] = [];
    for (let t = Math.ceil(low / step) * step; t <= high + step * 1e-9; t += step) {
      out.push(Number(t.toPrecision(12)));
    }
    return out;
  }

  function shortDate(iso: string): string {
    return iso.slice(0, 10);
  }

  /** The notes of run i, one line each. */
  function notesOf(marks: ChartMark[] | undefined, i: number): string[] {
    return (marks ?? []).filter((m) => m.run === i).map((m) => m.label);
  }

  /** The marks as a sentence for screen readers: each note with its run's date. */
  function marksSentence(marks: ChartMark[] | undefined, dates: string[]): string {
    return (marks ?? []).map((m) => ` ${shortDate(dates[m.run])}: ${m.label}.`).join('');
  }

  /** A flag at (cx, cy) for the notes of one run: its title and aria-label say them. */
  function flag(parent: Element, run: number, labels: string[], cx: number, cy: number) {
    const text = labels.join('; ');
    const group = svg(
      'g',
      { class: 'accepted', 'data-run': run, role: 'img', 'aria-label': text },
      parent,
    );
    svg('title', {}, group, text);
    svg(
      'path',
      { class: 'accepted-flag', d: `M${cx.toFixed(1)},${(cy - 6).toFixed(1)}l6,6l-6,6l-6,-6Z` },
      group,
    );
    return group;
  }

  /** Every run's flag, hover showing that run in the tooltip too. */
  function flags<T extends ChartMark>(
    root: SVGSVGElement,
    marks: T[] | undefined,
    at: (m: T) => { x: number; y: number; rule?: [number, number] },
    show: (i: number, left: number, top: number) => void,
  ): void {
    const drawn = new Set<string>();
    for (const m of marks ?? []) {
      const { x, y, rule } = at(m);
      const key = `${x},${y}`;
      if (drawn.has(key)) continue;
      drawn.add(key);
      const labels = (marks ?? []).filter((o) => {
        const p = at(o);
        return p.x === x && p.y === y;
      });
      if (rule !== undefined)
        svg('line', { class: 'accepted-rule', x1: x, x2: x, y1: rule[0], y2: rule[1] }, root);
      const group = flag(
        root,
        m.run,
        labels.map((o) => o.label),
        x,
        y,
      );
      group.addEventListener('mousemove', (event) => show(m.run, event.pageX, event.pageY));
    }
  }

  function frame(host: HTMLElement, title: string, height: number, notes = '') {
    const width = Math.max(320, host.clientWidth || 640);
    const root = svg(
      'svg',
      {
        class: 'chart',
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        tabindex: 0,
        'aria-label': `${title}.${notes} Arrow keys move over the runs, Enter opens the commit.`,
      },
      host,
    );
    svg('title', {}, root, title);
    return { root, width };
  }

  /** Mouse and keyboard over runs: `show(i)` draws the cursor and fills the tooltip. */
  function interact(
    root: SVGSVGElement,
    overlay: SVGRectElement,
    runs: number,
    x: (i: number) => number,
    show: (i: number) => string[],
    open: (i: number) => void,
  ): (i: number, left: number, top: number) => void {
    let current = runs - 1;
    const cursor = svg('line', { class: 'cursor', y1: M.top, y2: 0, visibility: 'hidden' }, root);
    cursor.setAttribute('y2', String(Number(overlay.getAttribute('height')) + M.top));
    const nearest = (event: MouseEvent): number => {
      const box = root.getBoundingClientRect();
      const px = event.clientX - box.left;
      let best = 0;
      for (let i = 1; i < runs; i++) if (Math.abs(x(i) - px) < Math.abs(x(best) - px)) best = i;
      return best;
    };
    const place = (i: number, left: number, top: number): void => {
      current = i;
      cursor.setAttribute('x1', String(x(i)));
      cursor.setAttribute('x2', String(x(i)));
      cursor.setAttribute('visibility', 'visible');
      tooltip.replaceChildren();
      show(i).forEach((line, n) => el('div', n === 0 ? { class: 'head' } : {}, tooltip, line));
      tooltip.hidden = false;
      const width = tooltip.offsetWidth;
      const maxLeft = window.scrollX + document.documentElement.clientWidth - width - 8;
      tooltip.style.left = `${Math.max(window.scrollX + 4, Math.min(left + 12, maxLeft))}px`;
      tooltip.style.top = `${top + 12}px`;
    };
    const hide = (): void => {
      cursor.setAttribute('visibility', 'hidden');
      tooltip.hidden = true;
    };
    overlay.addEventListener('mousemove', (event) =>
      place(nearest(event), event.pageX, event.pageY),
    );
    overlay.addEventListener('mouseleave', hide);
    overlay.addEventListener('click', (event) => open(nearest(event)));
    const atCursor = (i: number): void => {
      const box = root.getBoundingClientRect();
      place(i, box.left + window.scrollX + x(i), box.top + window.scrollY + M.top);
    };
    root.addEventListener('focus', () => atCursor(current));
    root.addEventListener('blur', hide);
    root.addEventListener('keydown', (event) => {
      const moves: Record<string, number> = {
        ArrowLeft: current - 1,
        ArrowRight: current + 1,
        Home: 0,
        End: runs - 1,
      };
      if (event.key === 'Enter') {
        open(current);
      } else if (event.key in moves) {
        atCursor(Math.max(0, Math.min(runs - 1, moves[event.key])));
      } else {
        return;
      }
      event.preventDefault();
    });
    return place;
  }

  function xAxis(
    root: SVGSVGElement,
    box: { width: number; height: number; left: number },
    x: (i: number) => number,
    dates: string[],
  ): void {
    const { width, height, left } = box;
    const n = dates.length;
    const count = Math.max(1, Math.min(n, Math.floor((width - left - M.right) / 90)));
    const shown = new Set<number>();
    for (let k = 0; k < count; k++) {
      shown.add(count === 1 ? n - 1 : Math.round((k * (n - 1)) / (count - 1)));
    }
    for (const i of shown) {
      svg(
        'text',
        {
          class: 'tick x',
          x: x(i),
          y: height - M.bottom + 16,
          // The ends' labels stay inside the chart.
          'text-anchor': n > 1 && i === 0 ? 'start' : n > 1 && i === n - 1 ? 'end' : 'middle',
        },
        root,
        shortDate(dates[i]),
      );
    }
    svg(
      'text',
      {
        class: 'axis-label x',
        x: (left + width - M.right) / 2,
        y: height - 6,
        'text-anchor': 'middle',
      },
      root,
      `commit date (${n} runs)`,
    );
  }

  function lineChart(host: HTMLElement, spec: ChartSpec): SVGSVGElement {
    const { root, width } = frame(host, spec.title, HEIGHT, marksSentence(spec.marks, spec.dates));
    const n = spec.commits.length;
    const plotW = width - M.left - M.right;
    const plotH = HEIGHT - M.top - M.bottom;
    const x = (i: number): number => M.left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
    let low = Infinity;
    let high = -Infinity;
    for (const s of spec.series) {
      s.values.forEach((v, i) => {
        if (v === null) return;
        low = Math.min(low, v, s.lo[i] ?? v);
        high = Math.max(high, v, s.hi[i] ?? v);
      });
    }
    if (spec.threshold !== undefined) {
      low = Math.min(low, spec.threshold.value);
      high = Math.max(high, spec.threshold.value);
    }
    if (!Number.isFinite(low)) {
      low = 0;
      high = 1;
    }
    const yTicks = ticks(low, high, 4);
    const yLow = Math.min(low, yTicks[0]);
    const yHigh = Math.max(high, yTicks[yTicks.length - 1]);
    const y = (v: number): number =>
      M.top + (yHigh === yLow ? plotH / 2 : ((yHigh - v) * plotH) / (yHigh - yLow));
    for (const t of yTicks) {
      svg('line', { class: 'grid', x1: M.left, x2: width - M.right, y1: y(t), y2: y(t) }, root);
      svg(
        'text',
        { class: 'tick y', x: M.left - 6, y: y(t) + 4, 'text-anchor': 'end' },
        root,
        String(t),
      );
    }
    svg(
      'text',
      {
        class: 'axis-label y',
        transform: `translate(14 ${M.top + plotH / 2}) rotate(-90)`,
        'text-anchor': 'middle',
      },
      root,
      spec.yLabel,
    );
    xAxis(root, { width, height: HEIGHT, left: M.left }, x, spec.dates);
    if (spec.threshold !== undefined) {
      const t = spec.threshold;
      svg(
        'line',
        { class: 'threshold', x1: M.left, x2: width - M.right, y1: y(t.value), y2: y(t.value) },
        root,
      );
      svg(
        'text',
        {
          class: 'threshold-label',
          x: width - M.right - 4,
          y: y(t.value) - 4,
          'text-anchor': 'end',
        },
        root,
        t.label,
      );
    }
    for (const s of spec.series) {
      let band = '';
      let run: number[] = [];
      const flush = (): void => {
        if (run.length === 0) return;
        const top = run.map((i) => `${x(i).toFixed(1)},${y(s.hi[i]!).toFixed(1)}`);
        const bottom = run.reverse().map((i) => `${x(i).toFixed(1)},${y(s.lo[i]!).toFixed(1)}`);
        band += `M${top.join('L')}L${bottom.join('L')}Z`;
        run = [];
      };
      let line = '';
      let points = 0;
      s.values.forEach((v, i) => {
        if (v === null) {
          flush();
          return;
        }
        line += `${line === '' || s.values[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
        points++;
        if (s.lo[i] === null || s.hi[i] === null) flush();
        else run.push(i);
      });
      flush();
      svg('path', { class: `band c${s.color}`, d: band, 'data-series': s.name }, root);
      svg(
        'path',
        { class: `line c${s.color}`, d: line, 'data-series': s.name, 'data-points': points },
        root,
      );
      if (points === 1) {
        const i = s.values.findIndex((v) => v !== null);
        svg('circle', { class: `dot c${s.color}`, cx: x(i), cy: y(s.values[i]!), r: 3 }, root);
      }
    }
    const overlay = svg(
      'rect',
      {
        class: 'overlay',
        x: M.left - 8,
        y: M.top,
        width: plotW + 16,
        height: plotH,
        fill: 'transparent',
      },
      root,
    );
    const format = (v: number | null, d: number): string => (v === null ? '—' : v.toFixed(d));
    const place = interact(
      root,
      overlay,
      n,
      x,
      (i) => [
        `${spec.commits[i].slice(0, 7)} · ${spec.dates[i].replace('T', ' ').slice(0, 16)} UTC`,
        ...spec.series.map((s) =>
          s.values[i] === null
            ? `${s.name}: —`
            : `${s.name}: ${format(s.values[i], s.decimals)}` +
              (s.lo[i] === null
                ? ''
                : ` [${format(s.lo[i], s.decimals)}, ${format(s.hi[i], s.decimals)}]`),
        ),
        ...(spec.threshold === undefined ? [] : [`threshold ${spec.threshold.label}`]),
        ...(spec.extra === undefined ? [] : spec.extra(i)),
        ...notesOf(spec.marks, i),
      ],
      spec.open,
    );
    flags(
      root,
      spec.marks,
      (m) => ({ x: x(m.run), y: M.top, rule: [M.top, M.top + plotH] }),
      place,
    );
    return root;
  }

  function timeline(host: HTMLElement, spec: TimelineSpec): SVGSVGElement {
    const rowH = 16;
    const height = M.top + spec.rows.length * rowH + M.bottom;
    const { root, width } = frame(host, spec.title, height, marksSentence(spec.marks, spec.dates));
    const n = spec.commits.length;
    const left = Math.min(200, Math.round(width * 0.3));
    const plotW = width - left - M.right;
    const cell = plotW / n;
    const x = (i: number): number => left + (i + 0.5) * cell;
    const paths: Record<string, string> = { p: '', f: '', i: '', s: '' };
    spec.rows.forEach((row, r) => {
      const top = M.top + r * rowH + 2;
      svg(
        'text',
        { class: 'tick row', x: left - 6, y: top + 11, 'text-anchor': 'end' },
        root,
        row.name.length > 28 ? `${row.name.slice(0, 27)}…` : row.name,
      );
      for (let i = 0; i < n; i++) {
        const status = row.status[i];
        if (status in paths)
          paths[status] +=
            `M${(left + i * cell).toFixed(1)},${top}h${Math.max(cell - 0.5, 0.5).toFixed(2)}v${rowH - 4}h${(-Math.max(cell - 0.5, 0.5)).toFixed(2)}Z`;
      }
    });
    for (const status of Object.keys(paths)) {
      svg(
        'path',
        { class: `status ${STATUS_NAME[status]}`, d: paths[status], fill: STATUS_COLOR[status] },
        root,
      );
    }
    xAxis(root, { width, height, left }, x, spec.dates);
    const overlay = svg(
      'rect',
      {
        class: 'overlay',
        x: left,
        y: M.top,
        width: plotW,
        height: spec.rows.length * rowH,
        fill: 'transparent',
      },
      root,
    );
    const place = interact(
      root,
      overlay,
      n,
      x,
      (i) => [
        `${spec.commits[i].slice(0, 7)} · ${spec.dates[i].replace('T', ' ').slice(0, 16)} UTC`,
        ...spec.rows.map((row) => `${row.name}: ${STATUS_NAME[row.status[i]] ?? 'not run'}`),
        ...notesOf(spec.marks, i),
      ],
      spec.open,
    );
    flags(root, spec.marks, (m) => ({ x: x(m.run), y: M.top + m.row * rowH + 8 }), place);
    return root;
  }

  return { lineChart, timeline, el };
}
