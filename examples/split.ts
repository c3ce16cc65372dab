/**
 * What both example training scripts share: reading their CSV as text rows
 * and a seeded, stratified train/eval split.
 */
import { readFileSync } from 'node:fs';
import { Rng } from '../src/stats/rng.js';

/** A CSV read as text: the header and the data lines, kept as written. */
export interface Table {
  header: string;
  columns: string[];
  lines: string[];
  cells: string[][];
}

export function readCsv(file: string): Table {
  const [header, ...lines] = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  return { header, columns: header.split(','), lines, cells: lines.map((l) => l.split(',')) };
}

/**
 * Per class, a seeded shuffle of its rows; the first round(fraction × count)
 * go to eval. Both parts come back in file order.
 */
export function stratifiedSplit(
  labels: string[],
  classes: string[],
  fraction: number,
  seed: number,
): { train: number[]; held: number[] } {
  const train: number[] = [];
  const held: number[] = [];
  for (const cls of classes) {
    const rows = labels.flatMap((label, i) => (label === cls ? [i] : []));
    const order = Rng.stream(seed, 'split', cls).permutation(rows.length);
    const nHeld = Math.round(fraction * rows.length);
    order.forEach((k, rank) => (rank < nHeld ? held : train).push(rows[k]));
  }
  const ascending = (a: number, b: number): number => a - b;
  return { train: train.sort(ascending), held: held.sort(ascending) };
}
