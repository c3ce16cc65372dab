import { markerName } from '../github/markers.js';
import type { Acceptance, ReportState } from '../compare/acceptance.js';

/**
 * The hidden lines that carry acceptance data in comments the Action writes:
 * the last report's checks in the sticky comment, and each acceptance record.
 * Their JSON is base64-encoded, so no name from a config can end the HTML
 * comment or pose as another marker.
 */

const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64');

function decode(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, 'base64').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

const stateTag = (suite: string) => `<!-- ablation-ci:state:${markerName(suite)} `;
const recordTag = (suite: string) => `<!-- ablation-ci:accepted:${markerName(suite)} `;

/** `<!-- ablation-ci:state:SUITE BASE64 -->`, appended to the sticky comment. */
export function stateLine(suite: string, state: ReportState): string {
  return `${stateTag(suite)}${encode(state)} -->`;
}

/** The report state in a sticky comment's body, or undefined when absent or malformed. */
export function parseState(suite: string, body: string): ReportState | undefined {
  const value = decode(tagged(stateTag(suite), body)[0] ?? '');
  if (typeof value !== 'object' || value === null) return undefined;
  const { sha, failed, checks, accepted, runId } = value as Record<string, unknown>;
  if (typeof sha !== 'string' || typeof failed !== 'boolean' || !Array.isArray(checks)) {
    return undefined;
  }
  return {
    sha,
    failed,
    checks: checks.filter(
      (c): c is ReportState['checks'][number] =>
        typeof c === 'object' && c !== null && typeof (c as { name?: unknown }).name === 'string',
    ),
    accepted: Array.isArray(accepted) ? accepted.filter(isAcceptance) : [],
    ...(Number.isSafeInteger(runId) ? { runId: runId as number } : {}),
  };
}

/** `<!-- ablation-ci:accepted:SUITE BASE64 -->`: the acceptances one command or label made. */
export function recordLine(suite: string, acceptances: Acceptance[]): string {
  return `${recordTag(suite)}${encode(acceptances)} -->`;
}

/** The acceptances recorded in a comment's body (none when it holds no record). */
export function parseRecord(suite: string, body: string): Acceptance[] {
  return tagged(recordTag(suite), body).flatMap((text) => {
    const value = decode(text);
    return Array.isArray(value) ? value.filter(isAcceptance) : [];
  });
}

function tagged(tag: string, body: string): string[] {
  const found: string[] = [];
  for (let at = body.indexOf(tag); at >= 0; at = body.indexOf(tag, at + 1)) {
    const end = body.indexOf(' -->', at + tag.length);
    if (end < 0) break;
    found.push(body.slice(at + tag.length, end));
  }
  return found;
}

function isAcceptance(value: unknown): value is Acceptance {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    typeof a.check === 'string' &&
    typeof a.by === 'string' &&
    typeof a.reason === 'string' &&
    Number.isSafeInteger(a.pullRequest) &&
    typeof a.headSha === 'string' &&
    (a.via === 'comment' || a.via === 'label') &&
    (a.drop === undefined || typeof a.drop === 'number') &&
    (a.value === undefined || typeof a.value === 'number')
  );
}

/** The acceptances as the results document stores them: sorted by check, then pull request; plain fields only. */
export function storedAcceptances(acceptances: Acceptance[]): Acceptance[] {
  return acceptances
    .map((a) => ({
      check: a.check,
      by: a.by,
      reason: a.reason,
      pullRequest: a.pullRequest,
      headSha: a.headSha,
      via: a.via,
      ...(a.drop === undefined ? {} : { drop: a.drop }),
      ...(a.value === undefined ? {} : { value: a.value }),
    }))
    .sort((a, b) =>
      a.check < b.check ? -1 : a.check > b.check ? 1 : a.pullRequest - b.pullRequest,
    );
}
