/**
 * Writes `data/train.csv`: the rows of the breast-cancer data that
 * examples/breast-cancer/train.ts trains on (its held-out rows are
 * `examples/breast-cancer/data/eval.csv`, the eval data of this suite too).
 *
 * Run from the repository root: npx tsx examples/breast-cancer-retrain/split.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBreastCancerSplit } from '../breast-cancer/train.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const { table, train, held } = loadBreastCancerSplit();
const evalFile = path.join(HERE, '..', 'breast-cancer', 'data', 'eval.csv');
const heldText = [table.header, ...held.map((i) => table.lines[i])].join('\n') + '\n';
if (readFileSync(evalFile, 'utf8') !== heldText) {
  throw new Error(
    `${evalFile} is not the held-out part of this split; run examples/breast-cancer/train.ts`,
  );
}
writeFileSync(
  path.join(HERE, 'data', 'train.csv'),
  [table.header, ...train.map((i) => table.lines[i])].join('\n') + '\n',
);
console.log(`breast-cancer-retrain: ${train.length} training rows, ${held.length} eval rows`);
