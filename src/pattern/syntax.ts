/**
 * The one pattern syntax of every config key that names layers, features,
 * columns or files:
 * - `*` any run of characters, `?` one character (in a file pattern neither
 *   crosses a `/`; `**` does, and `**` before a `/` is any number of folders);
 * - `{a,b}` either alternative (nested, empty alternatives allowed);
 * - `[START:END]` every integer from START to END, both included, written
 *   without leading zeros; any other `[` is a plain character.
 */

/** Whether `*` and `?` stop at `/` (a file path) or match any character (a layer or column name). */
export type PatternMode = 'name' | 'path';

/** One piece of a pattern without alternatives. */
export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'one' }
  | { kind: 'star' }
  | { kind: 'deep' }
  | { kind: 'folders' }
  | { kind: 'range'; start: number; end: number };

type Node = Token | { kind: 'either'; options: Node[][] };

/** A parsed pattern: its pieces, and whether it matches (`*`, `?`) or only spells out names. */
export interface Pattern {
  source: string;
  nodes: Node[];
  /** True when the pattern has `*` or `?`: it is matched against the known names. */
  glob: boolean;
  /** True when it has an index range. */
  ranges: boolean;
}

/** Patterns (alternatives × range values) beyond which a config is surely a mistake. */
export const MAX_EXPANSION = 10_000_000;
/** `{a,b}` alternatives a matching pattern may stand for, all groups multiplied. */
const MAX_ALTERNATIVES = 4096;

const RANGE = /^\[(\d+):(\d+)\]/;

/** Parses a pattern, or says in words what is wrong with it. */
export function parsePattern(source: string, mode: PatternMode): Pattern | { problem: string } {
  const quoted = JSON.stringify(source);
  let i = 0;
  let glob = false;
  let ranges = false;
  let problem: string | undefined;
  const sequence = (inside: boolean): Node[] => {
    const nodes: Node[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') nodes.push({ kind: 'text', text });
      text = '';
    };
    while (i < source.length && problem === undefined) {
      const c = source[i];
      if (inside && (c === ',' || c === '}')) break;
      const range = c === '[' ? RANGE.exec(source.slice(i, i + 40)) : null;
      if (c === '*' || c === '?') {
        flush();
        glob = true;
        nodes.push(wildcard(source, i, mode));
        // A run of stars matches what one does (`**` counts as one in a name).
        i++;
        while (c === '*' && source[i] === '*') i++;
        if (nodes[nodes.length - 1].kind === 'folders') i++;
      } else if (c === '{') {
        flush();
        i++;
        const options: Node[][] = [sequence(true)];
        while (source[i] === ',' && problem === undefined) {
          i++;
          options.push(sequence(true));
        }
        if (problem !== undefined) break;
        if (source[i] !== '}') problem = `${quoted} has a { without its closing }`;
        nodes.push({ kind: 'either', options });
        i++;
      } else if (c === '}') {
        problem = `${quoted} has a } without an opening {`;
      } else if (range !== null) {
        const start = Number(range[1]);
        const end = Number(range[2]);
        if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
          problem = `the range ${range[0]} in ${quoted} has a bound above ${Number.MAX_SAFE_INTEGER}`;
        } else if (start > end) {
          problem = `the range ${range[0]} in ${quoted} is empty (END is included and must be at least START)`;
        }
        flush();
        ranges = true;
        nodes.push({ kind: 'range', start, end });
        i += range[0].length;
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return nodes;
  };
  const nodes = sequence(false);
  if (problem !== undefined) return { problem };
  const pattern = { source, nodes, glob, ranges };
  if (glob && count(nodes, false) > MAX_ALTERNATIVES) {
    return { problem: `${quoted} has more than ${MAX_ALTERNATIVES} {a,b} alternatives` };
  }
  if (!glob && count(nodes, true) > MAX_EXPANSION) {
    return { problem: `${quoted} stands for more than ${MAX_EXPANSION} names` };
  }
  return pattern;
}

/** The problem with a pattern, or undefined when it is well formed. */
export function patternProblem(source: string, mode: PatternMode): string | undefined {
  const parsed = parsePattern(source, mode);
  return 'problem' in parsed ? parsed.problem : undefined;
}

/**
 * The sequences a pattern stands for, in written order (the leftmost choice
 * varies slowest): `{a,b}` expands; `[START:END]` stays a token (a matcher
 * reads the number in a name).
 */
export function expandPattern(nodes: Node[]): Token[][] {
  let sequences: Token[][] = [[]];
  for (const node of nodes) {
    const choices: Token[][] =
      node.kind === 'either' ? node.options.flatMap((option) => expandPattern(option)) : [[node]];
    const next: Token[][] = [];
    for (const head of sequences) for (const choice of choices) next.push(head.concat(choice));
    sequences = next;
  }
  return sequences;
}

/**
 * The names a pattern without `*` or `?` spells out, in written order (the
 * leftmost choice varies slowest): `{a,b}` and `[START:END]` expand. Made as
 * strings piece by piece, one concatenation per name and piece (a range of
 * 150,528 pixels is as many strings, no token arrays).
 */
export function expandNames(nodes: Node[]): string[] {
  let names = [''];
  for (const node of nodes) {
    if (
      node.kind === 'one' ||
      node.kind === 'star' ||
      node.kind === 'deep' ||
      node.kind === 'folders'
    ) {
      throw new Error('expandNames: a pattern with * or ? names nothing by itself');
    }
    const choices =
      node.kind === 'text'
        ? [node.text]
        : node.kind === 'range'
          ? numbers(node.start, node.end)
          : node.options.flatMap((option) => expandNames(option));
    if (choices.length === 1) {
      const [choice] = choices;
      for (let i = 0; i < names.length; i++) names[i] += choice;
      continue;
    }
    const next = new Array<string>(names.length * choices.length);
    let k = 0;
    for (const head of names) for (const choice of choices) next[k++] = head + choice;
    names = next;
  }
  return names;
}

function wildcard(source: string, i: number, mode: PatternMode): Token {
  if (source[i] === '?') return { kind: 'one' };
  if (source[i + 1] !== '*' || mode === 'name') return { kind: 'star' };
  return source[i + 2] === '/' ? { kind: 'folders' } : { kind: 'deep' };
}

/** START … END as decimal text. */
function numbers(start: number, end: number): string[] {
  const texts = new Array<string>(end - start + 1);
  for (let k = 0; k < texts.length; k++) texts[k] = String(start + k);
  return texts;
}

/** How many sequences `expandPattern` gives, without building them. */
function count(nodes: Node[], ranges: boolean): number {
  let total = 1;
  for (const node of nodes) {
    if (node.kind === 'either') total *= node.options.reduce((s, o) => s + count(o, ranges), 0);
    else if (node.kind === 'range' && ranges) total *= node.end - node.start + 1;
    if (total > MAX_EXPANSION) return total;
  }
  return total;
}
