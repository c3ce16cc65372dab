/** Types shared by the page's browser code (erased: nothing here reaches the page). */

/** One line of a chart, with its interval band. */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
  lo: (number | null)[];
  hi: (number | null)[];
  /** Digits after the point in tooltips. */
  decimals: number;
  /** Colour index into the palette. */
  color: number;
}

/** A chart over a suite's runs (x: the run's place, oldest first). */
export interface ChartSpec {
  /** The chart's name, for its heading and screen readers. */
  title: string;
  yLabel: string;
  commits: string[];
  dates: string[];
  series: ChartSeries[];
  threshold?: { value: number; label: string };
  /** More tooltip lines for run i (e.g. the backend). */
  extra?: (i: number) => string[];
  /** Opens run i's commit (click or Enter). */
  open: (i: number) => void;
  /** Runs marked with a note (an accepted check), drawn as a flag above the run. */
  marks?: ChartMark[];
}

/** A note on run `run` (its place, oldest first), shown on the chart, in its tooltip and to screen readers. */
export interface ChartMark {
  run: number;
  label: string;
}

/** The status of each test over runs, one character per run (see SuiteData.tests). */
export interface TimelineSpec {
  title: string;
  commits: string[];
  dates: string[];
  rows: { name: string; status: string }[];
  open: (i: number) => void;
  /** Cells marked with a note (an accepted test): `row` is the place in `rows`. */
  marks?: (ChartMark & { row: number })[];
}

/** What chartKit returns. */
export interface ChartKit {
  lineChart(this: void, host: HTMLElement, spec: ChartSpec): SVGSVGElement;
  timeline(this: void, host: HTMLElement, spec: TimelineSpec): SVGSVGElement;
  el<K extends keyof HTMLElementTagNameMap>(
    this: void,
    name: K,
    props: Record<string, string>,
    parent?: Element,
    text?: string,
  ): HTMLElementTagNameMap[K];
}
