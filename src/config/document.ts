import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { InputError } from '../errors.js';
import { keyPath, type KeySegment } from '../key-path.js';

/** A parsed config-like document: its plain value and the line of every key path in it. */
export interface ParsedDocument {
  data: unknown;
  /** Key path → 1-based line: of the key for mapping entries, of the item for list items. */
  lines: Map<string, number>;
}

/**
 * Parses YAML text. Malformed YAML, several documents or an empty document
 * throw an InputError naming `file` and the line.
 */
export function parseYaml(text: string, file: string): ParsedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const error = doc.errors[0];
  if (error !== undefined) {
    // The yaml package's own message, without its "at line…" tail: the prefix carries the line.
    const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const position = error.linePos?.[0];
    const column = position === undefined ? '' : ` at column ${position.col}`;
    throw new InputError(`invalid YAML${column}: ${detail}`, { file, line: position?.line });
  }
  if (doc.contents === null) {
    throw new InputError('the file is empty; expected a mapping with suite, model and data', {
      file,
    });
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (cause) {
    // Only alias expansion can fail here (a "billion laughs" document).
    throw new InputError(`invalid YAML: ${(cause as Error).message}`, { file }, { cause });
  }
  const lines = new Map<string, number>();
  const lineOf = (node: { range?: [number, number, number] | null }): number | undefined =>
    node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  record(doc.contents, [], lines, lineOf);
  return { data, lines };
}

/**
 * Parses JSON text, strictly (JSON.parse), and takes the lines of its keys
 * from the same text read as YAML, which JSON is a subset of.
 */
export function parseJson(text: string, file: string): ParsedDocument {
  if (text.trim() === '') throw new InputError('the file is empty', { file });
  try {
    JSON.parse(text);
  } catch (cause) {
    const message = (cause as Error).message;
    const position = / at position (\d+)/.exec(message);
    const line =
      position === null ? undefined : text.slice(0, Number(position[1])).split('\n').length;
    // V8 appends either the position or a quoted excerpt that may span lines: drop both.
    const detail = message.replace(
      /(?: in JSON)? at position \d+.*$|, ".*" is not valid JSON$/s,
      '',
    );
    throw new InputError(`invalid JSON: ${detail}`, { file, line }, { cause });
  }
  return parseYaml(text, file);
}

function record(
  node: Node | null,
  segments: KeySegment[],
  lines: Map<string, number>,
  lineOf: (node: Node) => number | undefined,
): void {
  const set = (path: KeySegment[], at: Node | null): void => {
    const line = at === null ? undefined : lineOf(at);
    if (line !== undefined) lines.set(keyPath(...path), line);
  };
  if (segments.length === 0) set(segments, node);
  // Keys under an alias keep the alias's line: following aliases could blow up.
  if (node === null || isAlias(node)) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const path = [...segments, String(pair.key.value)];
      set(path, pair.key);
      record(pair.value as Node | null, path, lines, lineOf);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const path = [...segments, i];
      set(path, item as Node | null);
      record(item as Node | null, path, lines, lineOf);
    });
  }
}
