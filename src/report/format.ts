import { escapeText } from './escape.js';
import { METRICS, isMetricName } from '../metrics/registry.js';
import { showDuration } from '../results/budget-notice.js';

/** What stands for a missing number (null, NaN, infinite). */
export const MISSING = '—';

const DECIMALS = 4;

/** A number with 4 decimals (`0.9648`); null, undefined, NaN and ±Infinity as `—`; never `-0.0000`. */
export function num(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const text = value.toFixed(DECIMALS);
  return /^-0\.0+$/.test(text) ? text.slice(1) : text;
}

/** A difference with its sign (`+0.0123`, `-0.0040`, `0.0000`). */
export function signed(value: number | null | undefined): string {
  const text = num(value);
  return text === MISSING || text.startsWith('-') || /^0\.0+$/.test(text) ? text : `+${text}`;
}

/** `0.1230 [0.1000, 0.1500]`, or the value alone when there is no interval. */
export function withInterval(value: number | null | undefined, ci?: [number, number]): string {
  if (num(value) === MISSING) return MISSING;
  return ci === undefined ? num(value) : `${num(value)} [${num(ci[0])}, ${num(ci[1])}]`;
}

/** A p-value: 4 decimals, `<0.0001` below that. */
export function pValue(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return MISSING;
  return p > 0 && p < 0.0001 ? '<0.0001' : num(p);
}

/** A count with thousands separators (`65,536`). */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** `1 failing test`, `2 failing tests`. */
export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** A share of a total as a percentage with one decimal (`62.8%`). */
export function percent(part: number, total: number): string {
  return total > 0 ? `${((100 * part) / total).toFixed(1)}%` : MISSING;
}

/**
 * A duration given in milliseconds, in the one duration format of the project
 * ({@link showDuration}: `0.85 s`, `2 s`, `2.08 min`, `1.2 h`); `—` when not a duration.
 */
export function duration(ms: number): string {
  return Number.isFinite(ms) && ms >= 0 ? showDuration(ms / 1000) : MISSING;
}

/** How long before `now` a run started: `less than a minute old`, `5 minutes old`, `3 hours old`, `2 days old`. */
export function age(startedAt: string, now: string): string {
  const ms = Date.parse(now) - Date.parse(startedAt);
  if (Number.isNaN(ms)) return 'unknown age';
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'less than a minute old';
  if (minutes < 60) return `${plural(minutes, 'minute')} old`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${plural(hours, 'hour')} old`;
  return `${plural(Math.floor(hours / 24), 'day')} old`;
}

/** Where links point: the GitHub server and the repository (`owner/name`). */
export interface LinkBase {
  serverUrl: string;
  repository?: string;
}

/**
 * A commit as its short id in a code span, linked to the commit page when the
 * repository is known; anything that is not a hex commit id is escaped text.
 */
export function commitLink(commit: string | null | undefined, links: LinkBase): string {
  if (commit === null || commit === undefined || commit === '') return 'an unknown commit';
  if (!/^[0-9a-f]{7,64}$/i.test(commit)) return escapeText(commit, 40);
  const short = `\`${commit.slice(0, 7)}\``;
  if (links.repository === undefined || !/^[\w.-]+\/[\w.-]+$/.test(links.repository)) return short;
  const base = safeUrl(links.serverUrl);
  return base === undefined
    ? short
    : `[${short}](${base.replace(/\/+$/, '')}/${links.repository}/commit/${commit})`;
}

/**
 * An http(s) URL made safe as a markdown link destination (spaces, `<`, `>`,
 * parentheses and quotes percent-encoded), or undefined for anything else
 * (e.g. `javascript:`).
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  return url.replace(
    /[<>()"'`\\|]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A content hash as its first 12 hex digits in a code span (`sha256:` dropped). */
export function shortHash(hash: string): string {
  const hex = hash.replace(/^sha256:/, '');
  return /^[0-9a-f]+$/i.test(hex) ? `\`${hex.slice(0, 12)}\`` : escapeText(hash, 24);
}

/** Whether a metric lives on [0, 1], so that a change reads in percentage points. */
function onUnitScale(metric: string): boolean {
  const info = isMetricName(metric) ? METRICS[metric] : undefined;
  return info !== undefined && info.range.min === 0 && info.range.max === 1;
}

/**
 * A change of a metric in its own units: percentage points for a metric on
 * [0, 1] (`-7.5 pts`, `+0.5 pts`, `0.0 pts`), a signed number otherwise.
 */
export function metricChange(value: number | null | undefined, metric: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  if (!onUnitScale(metric)) return signed(value);
  const text = (value * 100).toFixed(1);
  return `${/^-?0\.0$/.test(text) ? '0.0' : value > 0 ? `+${text}` : text} pts`;
}

/** A change with its interval: `-7.5 pts [-14.1, -1.0]`, `+0.0312 [0.0100, 0.0500]`. */
export function metricChangeWithInterval(
  value: number | null | undefined,
  ci: [number, number] | undefined,
  metric: string,
): string {
  const text = metricChange(value, metric);
  if (text === MISSING || ci === undefined) return text;
  if (!onUnitScale(metric)) return `${text} [${signed(ci[0])}, ${signed(ci[1])}]`;
  const pts = (x: number): string => metricChange(x, metric).replace(' pts', '');
  return `${text.replace(' pts', '')} pts [${pts(ci[0])}, ${pts(ci[1])}]`;
}
