/**
 * Writes `data/train.csv`: the 1198 rows of the digits data that
 * examples/digits/train.ts trains on (its held-out rows are
 * `examples/digits/data/eval.csv`, the eval data of this suite too). The
 * split is that script's: a third of each digit held out, seed 42.
 *
 * Run from the repository root: npx tsx examples/digits-retrain/split.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv, stratifiedSplit } from '../split.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIGITS = path.join(HERE, '..', 'digits', 'data');
const CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

const table = readCsv(path.join(DIGITS, 'digits.csv'));
const label = table.columns.indexOf('digit');
const labels = table.cells.map((row) => row[label]);
const { train, held } = stratifiedSplit(labels, CLASSES, 1 / 3, 42);
const evalFile = path.join(DIGITS, 'eval.csv');
const heldText = [table.header, ...held.map((i) => table.lines[i])].join('\n') + '\n';
if (readFileSync(evalFile, 'utf8') !== heldText) {
  throw new Error(
    `${evalFile} is not the held-out part of this split; run examples/digits/train.ts`,
  );
}
writeFileSync(
  path.join(HERE, 'data', 'train.csv'),
  [table.header, ...train.map((i) => table.lines[i])].join('\n') + '\n',
);
console.log(`digits-retrain: ${train.length} training rows, ${held.length} eval rows`);
