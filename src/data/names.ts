/**
 * Helpers for messages that name columns: key paths into the config and
 * "did you mean" hints for unknown names.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `base.name` for identifier-like names, else `base["name"]`. */
export function keyPath(base: string, name: string): string {
  return IDENTIFIER.test(name) ? `${base}.${name}` : `${base}[${JSON.stringify(name)}]`;
}

/** A column name as it appears in messages: `"age"`. */
export function quoteName(name: string): string {
  return JSON.stringify(name);
}

/** A cell's text for a message: quoted, one line, at most 40 characters. */
export function quoteCell(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return JSON.stringify(short);
}

/**
 * The candidates closest to `name` (edit distance, ignoring case), best
 * first, at most `max` of them; none when nothing is close.
 */
export function closeNames(name: string, candidates: readonly string[], max = 3): string[] {
  const lower = name.toLowerCase();
  // About one edit per three characters, and never a whole name's worth.
  const limit = Math.min(Math.max(1, Math.floor(name.length / 3)), name.length - 1);
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    let distance = editDistance(lower, other, limit);
    if (distance > limit && lower.length >= 3 && (other.includes(lower) || lower.includes(other))) {
      distance = limit;
    }
    if (distance <= limit) scored.push({ candidate, distance });
  }
  scored.sort((a, b) => a.distance - b.distance);
  return scored.slice(0, max).map((s) => s.candidate);
}

/**
 * The tail of an "unknown name" message: the close names when there are
 * some, else the list of known names (at most 20).
 */
export function unknownNameHint(name: string, candidates: readonly string[], noun: string): string {
  const close = closeNames(name, candidates);
  if (close.length > 0) return `did you mean ${close.map(quoteName).join(' or ')}?`;
  const shown = candidates.slice(0, 20).join(', ');
  const more = candidates.length > 20 ? `, … (${candidates.length - 20} more)` : '';
  return `${noun}: ${shown}${more}`;
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
