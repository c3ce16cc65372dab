/**
 * The hidden HTML comments that let the Action find what it wrote before:
 * the sticky comment of a suite, its run metadata, and the nightly tracking
 * issue of a suite.
 */

/** Which run wrote a sticky comment, so that an older run never overwrites a newer report. */
export interface StickyMeta {
  /** The head commit the report is about. */
  sha: string;
  /** GITHUB_RUN_ID of the run that wrote it. */
  runId: number;
  /** GITHUB_RUN_ATTEMPT of that run (1 for the first attempt). */
  runAttempt: number;
}

/**
 * A suite name made safe inside an HTML comment and unambiguous: every
 * character outside `[A-Za-z0-9._~-]` is percent-encoded (so `:` and `%` are
 * too, and `tracking:x` cannot pose as another marker), and so is every `-`
 * next to another `-`, because `--` may end or break an HTML comment.
 */
export function markerName(suite: string): string {
  const encoded = Array.from(suite, (char) =>
    /^[A-Za-z0-9._~-]$/.test(char) ? char : encodeURIComponent(char).replace(/[!'()*]/g, hex),
  ).join('');
  return encoded.replace(/-(?=-)|(?<=-)-/g, '%2D');
}

function hex(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase()}`;
}

/** `<!-- ablation-ci:SUITE -->`: marks the sticky comment of a suite. */
export function stickyMarker(suite: string): string {
  return `<!-- ablation-ci:${markerName(suite)} -->`;
}

/** `<!-- ablation-ci:tracking:SUITE -->`: marks the nightly tracking issue of a suite. */
export function trackingMarker(suite: string): string {
  return `<!-- ablation-ci:tracking:${markerName(suite)} -->`;
}

const META_PREFIX = '<!-- ablation-ci:meta ';
const META_PATTERN = /<!-- ablation-ci:meta (\{[^<>]*?\}) -->/;

/** `<!-- ablation-ci:meta {"sha":"…","runId":123,"runAttempt":1} -->`. */
export function metaLine(meta: StickyMeta): string {
  const json = JSON.stringify({ sha: meta.sha, runId: meta.runId, runAttempt: meta.runAttempt });
  // JSON escapes keep `<`, `>` and `--` out of the comment whatever the sha holds.
  const safe = json.replace(
    /[<>-]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${META_PREFIX}${safe} -->`;
}

/** The metadata of the first meta line in a comment body, or undefined when absent or malformed. */
export function parseMeta(body: string): StickyMeta | undefined {
  const match = META_PATTERN.exec(body);
  if (match === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(match[1]);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { sha, runId, runAttempt } = value as Record<string, unknown>;
  if (typeof sha !== 'string' || !Number.isSafeInteger(runId)) return undefined;
  const attempt = Number.isSafeInteger(runAttempt) ? (runAttempt as number) : 1;
  return { sha, runId: runId as number, runAttempt: attempt };
}

/** True when `a` comes from a later run than `b`: a greater run id, or the same run retried later. */
export function isNewerRun(a: StickyMeta, b: StickyMeta): boolean {
  return a.runId > b.runId || (a.runId === b.runId && a.runAttempt > b.runAttempt);
}
