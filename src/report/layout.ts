import { markdownTable } from 'markdown-table';

/**
 * How much a row matters when the report must be cut to a size limit: the
 * lowest tier goes first, and within a tier the rows nearest the end.
 */
export const Tier = {
  /** Rows of collapsed lists (components that do not apply). */
  detail: 0,
  /** Contributions past the largest few. */
  minorContribution: 1,
  /** Tests that pass as they did on main; label counts. */
  unchanged: 2,
  /** Gate checks that did not regress; the chart. */
  check: 3,
  /** The largest contributions; tests that changed without failing. */
  key: 4,
  /** Failing and fixed tests, regressions. */
  failure: 5,
  /** The run facts: a few short rows, kept to the last. */
  fact: 6,
} as const;

export type Tier = (typeof Tier)[keyof typeof Tier];

/** A table row: cells already escaped markdown. */
export interface Row {
  cells: string[];
  tier: Tier;
}

/** A piece of the report, in document order; blocks are joined by blank lines. */
export type Block =
  /** Always kept. */
  | { type: 'text'; text: string }
  /** A table whose rows may be dropped one by one; a notice then says how many. */
  | { type: 'table'; header: string[]; align?: ('l' | 'r' | 'c')[]; rows: Row[] }
  /** Kept whole or dropped whole (a chart). */
  | { type: 'optional'; text: string; tier: Tier }
  /** Where the notice that the report was cut goes (nothing when it was not). */
  | { type: 'trim-notice' };

/** How a size limit is counted: GitHub counts a comment in characters, a job summary in bytes. */
export type Measure = 'utf16-units' | 'utf8-bytes';

export interface FitOptions {
  limit: number;
  measure: Measure;
  /** Where the full report is, e.g. `the full report is in the job summary and the results artifact`. */
  hint: string;
  /** The limit in words, e.g. `GitHub's limit of 65,536 characters for a comment`. */
  limitLabel: string;
}

interface Unit {
  block: number;
  /** The row index, or -1 for an optional block. */
  row: number;
  tier: Tier;
  size: number;
  order: number;
}

const TABLE_OPTIONS = { alignDelimiters: false } as const;

/**
 * The blocks as markdown of at most `limit` units: everything when it fits;
 * otherwise rows (and optional blocks) dropped, lowest tier first, with a
 * notice under each cut table and at the trim-notice block. If the parts that
 * are always kept exceed the limit on their own, whole lines are cut from the
 * end as a last resort.
 */
export function fit(blocks: Block[], options: FitOptions): string {
  const size = measurer(options.measure);
  const dropped = blocks.map((block) =>
    block.type === 'table' ? block.rows.map(() => false) : [false],
  );
  let text = render(blocks, dropped, options, 0);
  if (size(text) <= options.limit) return text;

  const units = droppable(blocks, size);
  let next = 0;
  let droppedCount = 0;
  for (;;) {
    let excess = size(text) - options.limit;
    while (next < units.length && excess > 0) {
      const unit = units[next++];
      dropped[unit.block][Math.max(0, unit.row)] = true;
      if (unit.row >= 0) droppedCount++;
      excess -= unit.size;
    }
    text = render(blocks, dropped, options, droppedCount);
    if (size(text) <= options.limit) return text;
    if (next >= units.length) return cutLines(text, options, size);
  }
}

function render(blocks: Block[], dropped: boolean[][], options: FitOptions, total: number): string {
  const parts: string[] = [];
  blocks.forEach((block, b) => {
    switch (block.type) {
      case 'text':
        parts.push(block.text);
        break;
      case 'optional':
        if (!dropped[b][0]) parts.push(block.text);
        break;
      case 'trim-notice':
        if (total > 0) {
          parts.push(
            `> ✂️ **Trimmed** to fit ${options.limitLabel}: ${rows(total)} not shown; ${options.hint}.`,
          );
        }
        break;
      case 'table': {
        const kept = block.rows.filter((_, r) => !dropped[b][r]);
        // A table that lost every row is only its notice: a bare header says nothing.
        if (kept.length > 0 || block.rows.length === 0) parts.push(table(block, kept));
        const missing = block.rows.length - kept.length;
        if (missing > 0) parts.push(`_…${more(missing)} not shown; ${options.hint}._`);
        break;
      }
    }
  });
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

function table(block: Extract<Block, { type: 'table' }>, rows: Row[]): string {
  return markdownTable([block.header, ...rows.map((row) => row.cells)], {
    ...TABLE_OPTIONS,
    ...(block.align === undefined ? {} : { align: block.align }),
  });
}

function more(n: number): string {
  return `${n.toLocaleString('en-US')} more ${n === 1 ? 'row' : 'rows'}`;
}

function rows(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'row' : 'rows'}`;
}

/** Every row and optional block, in the order they are dropped. */
function droppable(blocks: Block[], size: (text: string) => number): Unit[] {
  const units: Unit[] = [];
  blocks.forEach((block, b) => {
    if (block.type === 'optional') {
      units.push({
        block: b,
        row: -1,
        tier: block.tier,
        size: size(block.text) + 2,
        order: units.length,
      });
    } else if (block.type === 'table') {
      block.rows.forEach((row, r) => {
        // Rows are independent lines without delimiter alignment: the third line is this row.
        const line = table({ ...block, rows: [] }, [row]).split('\n')[2];
        units.push({ block: b, row: r, tier: row.tier, size: size(line) + 1, order: units.length });
      });
    }
  });
  return units.sort((a, b) => a.tier - b.tier || b.order - a.order);
}

/** The last resort: whole lines from the start, open `<details>` closed, and a notice. */
function cutLines(text: string, options: FitOptions, size: (text: string) => number): string {
  const notice = `\n_✂️ Cut to fit ${options.limitLabel}; ${options.hint}._\n`;
  const lines = text.split('\n');
  for (let end = lines.length - 1; end >= 0; end--) {
    const head = lines.slice(0, end).join('\n');
    const open =
      (head.match(/<details[\s>]/g) ?? []).length - (head.match(/<\/details>/g) ?? []).length;
    const candidate = `${head}${'\n\n</details>'.repeat(Math.max(0, open))}\n${notice}`;
    if (size(candidate) <= options.limit) return candidate;
  }
  return Array.from(notice.trim()).reduce(
    (kept, char) => (size(kept + char) <= options.limit ? kept + char : kept),
    '',
  );
}

function measurer(measure: Measure): (text: string) => number {
  return measure === 'utf8-bytes'
    ? (text) => Buffer.byteLength(text, 'utf8')
    : (text) => text.length;
}
