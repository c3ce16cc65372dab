import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A column of a markdown table: its header and whether numbers sit on the right. */
export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/**
 * A markdown table with padded columns, laid out as Prettier lays it out, so
 * that the committed results pass `prettier --check`.
 */
export function markdownTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((column, j) =>
    Math.max(3, column.header.length, ...rows.map((row) => row[j].length)),
  );
  const cell = (text: string, j: number): string =>
    columns[j].align === 'right' ? text.padStart(widths[j]) : text.padEnd(widths[j]);
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const rule = widths.map((w, j) =>
    columns[j].align === 'right' ? '-'.repeat(w - 1) + ':' : '-'.repeat(w),
  );
  return [
    line(columns.map((column, j) => cell(column.header, j))),
    line(rule),
    ...rows.map((row) => line(row.map(cell))),
  ].join('\n');
}

/** A proportion as a percentage with one decimal: 0.0512 → `5.1%`. */
export function percent(value: number): string {
  return `${(100 * value).toFixed(1)}%`;
}

/** Prints a report and writes it to bench/results/<name>.md. */
export function publish(name: string, markdown: string): void {
  const file = path.join(import.meta.dirname, 'results', `${name}.md`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, markdown.endsWith('\n') ? markdown : markdown + '\n');
  process.stdout.write(`${markdown}\n\nwritten to ${path.relative(process.cwd(), file)}\n`);
}
