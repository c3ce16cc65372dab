import { markdownTable, percent } from '../markdown.js';
import type { Rate } from './documents.js';

/** One null check: the gate should block at most alpha of its trials. */
export interface NullRow {
  check: string;
  method: string;
  tolerance: number;
  rate: Rate;
}

/** One degraded model and the gate's power against it, per tolerance. */
export interface PowerRun {
  losses: number;
  wins: number;
  /** Population rows made wrong, and made right. */
  lost: number[];
  won: number[];
  tolerances: number[];
  rates: Rate[];
}

/** Everything the calibration measured. */
export interface Calibration {
  /** Rows in the population (the eval set). */
  size: number;
  alpha: number;
  defaultTolerance: number;
  resamples: number;
  seed: number;
  /** Population rows the committed model gets right. */
  baseCorrect: number;
  nulls: NullRow[];
  seeds: { seed: number; correct: number }[];
  pair: { base: number; head: number; correct: number; losses: number; wins: number };
  powerRows: number;
  power: PowerRun[];
}

/** The calibration as markdown (bench/results/stats.md). */
export function calibrationReport(c: Calibration): string {
  const accuracy = (correct: number): string =>
    `${correct}/${c.size} = ${(correct / c.size).toFixed(4)}`;
  const list = (rows: number[]): string => (rows.length === 0 ? 'none' : rows.join(', '));
  const [main, mixed] = c.power;
  const drop = (main.losses - main.wins) / c.size;
  const seeds = c.seeds.map((s) => s.seed);
  const powerRows = c.powerRows.toLocaleString('en-US');
  return [
    '# Calibration of the regression gate',
    '',
    'Made by `npm run bench:stats` (`bench/stats.ts`); deterministic, so a rerun writes this',
    'file unchanged. The gate under test is `regressionGate` (`src/compare/gate.ts`), called on',
    'results documents cloned from a real run of the breast-cancer example (`--backend wasm`)',
    'whose stored predictions are replaced by the rows each trial draws.',
    '',
    `- **Population**: the example's ${c.size} eval rows. The committed model gets`,
    `  ${accuracy(c.baseCorrect)} right. Every trial draws its rows from these ${c.size} with`,
    '  replacement, so each null hypothesis below holds exactly in the population.',
    `- **Gate settings**: alpha ${c.alpha}; tolerance ${c.defaultTolerance} (the default) and 0;`,
    `  \`run.resamples\` = ${c.resamples} for the bootstrap checks (the example runs 1,000); the`,
    `  gate's seed is the trial number. Rows are drawn from \`Rng\` streams of seed ${c.seed}.`,
    '',
    '## False blocks when nothing regressed (target: block rate ≤ α)',
    '',
    nullTable(c),
    '',
    '- **(a)** base and head are the committed model on two independent bootstrap resamples of',
    `  the ${c.size} rows; their data hashes differ, so the gate runs its unpaired bootstrap. The`,
    "  true accuracy difference is 0. In the rows with unit tests, each of the example's tests",
    '  is re-sliced to the drawn rows; every check compares the model with itself, so the rate',
    '  is the family-wise one after Holm.',
    `- **(b)** ${seeds.length} MLPs trained by the example's recipe (\`trainBreastCancerModel\` in`,
    `  \`examples/breast-cancer/train.ts\`: same train split, seeds ${seeds[0]}–${seeds[seeds.length - 1]}, wasm`,
    '  backend), scored on the eval rows with `model.predict`. Rows right, of ' +
      `${c.size}, by seed:`,
    `  ${c.seeds.map((s) => `${s.seed}: ${s.correct}`).join(', ')}. Seeds ${c.pair.base} and ${c.pair.head} tie at`,
    `  ${accuracy(c.pair.correct)} and, of the tied pairs, disagree on the most rows: ${c.pair.losses} that only`,
    `  seed ${c.pair.base} gets right, ${c.pair.wins} that only seed ${c.pair.head} does. Per trial both are scored on the`,
    '  same bootstrap resample (same data hash: the exact paired test). With this few discordant',
    '  rows the exact test cannot spend all of α, so its rate sits below it.',
    '',
    `## Power against a ${(100 * drop).toFixed(2)}-point accuracy drop (target: ≥ 80%)`,
    '',
    `The degraded model flips the prediction of ${main.losses} of the ${c.baseCorrect} rows the committed`,
    `model gets right (eval rows ${list(main.lost)}, 0-based, drawn at random): its population`,
    `accuracy is ${accuracy(c.baseCorrect - main.losses)}, a drop of exactly ${main.losses}/${c.size} = ${drop.toFixed(4)}.`,
    'It gains nowhere, so every discordant row is a loss. A second degraded model has the same',
    `drop with noise: ${mixed.losses} rows lost (${list(mixed.lost)}) and ${mixed.wins} gained (${list(mixed.won)}). Per`,
    `trial, base and head are scored on the same ${powerRows} rows drawn from the population (the`,
    `exact paired test), alpha ${c.alpha}.`,
    '',
    powerTable(c),
    '',
    powerNote(c, drop),
  ].join('\n');
}

function rateCells(r: Rate): string[] {
  const [low, high] = r.ci;
  return [
    String(r.trials),
    String(r.blocked),
    percent(r.rate),
    `${percent(low)} – ${percent(high)}`,
  ];
}

function nullTable(c: Calibration): string {
  return markdownTable(
    [
      { header: 'null check' },
      { header: 'gate test' },
      { header: 'rows per run', align: 'right' },
      { header: 'tolerance', align: 'right' },
      { header: 'trials', align: 'right' },
      { header: 'blocked', align: 'right' },
      { header: 'block rate', align: 'right' },
      { header: '95% interval (Clopper–Pearson)', align: 'right' },
      { header: 'rate ≤ α', align: 'right' },
    ],
    c.nulls.map((row) => [
      row.check,
      row.method,
      String(c.size),
      row.tolerance.toFixed(3),
      ...rateCells(row.rate),
      row.rate.rate <= c.alpha ? 'yes' : 'no',
    ]),
  );
}

function powerTable(c: Calibration): string {
  return markdownTable(
    [
      { header: 'degraded model' },
      { header: 'tolerance', align: 'right' },
      { header: 'trials', align: 'right' },
      { header: 'blocked', align: 'right' },
      { header: 'power', align: 'right' },
      { header: '95% interval (Clopper–Pearson)', align: 'right' },
      { header: 'power ≥ 80%', align: 'right' },
    ],
    c.power.flatMap((run) =>
      run.tolerances.map((tolerance, i) => [
        `${run.losses} lost, ${run.wins} gained`,
        tolerance.toFixed(3),
        ...rateCells(run.rates[i]),
        run.rates[i].rate >= 0.8 ? 'yes' : 'no',
      ]),
    ),
  );
}

function powerNote(c: Calibration, drop: number): string {
  const [main, mixed] = c.power;
  const margin = drop - c.defaultTolerance;
  return [
    `The gate tests "worse than main by more than the tolerance": at tolerance ${c.defaultTolerance} a`,
    `${drop.toFixed(4)} drop is only ${margin.toFixed(4)} beyond it, about ${Math.round(margin * c.powerRows)} rows in ${c.powerRows.toLocaleString('en-US')}.`,
    `${reach(c, main, 'Against the noiseless degraded model')} The noisy one has the same drop`,
    'but twice the discordant rows, so the paired difference varies more:',
    `${reach(c, mixed, 'against it')}`,
  ].join('\n');
}

/** Power at the default tolerance, and up to which tolerance of the grid it stays ≥ 80%. */
function reach(c: Calibration, run: PowerRun, who: string): string {
  const atDefault = run.rates[run.tolerances.indexOf(c.defaultTolerance)];
  const first = run.rates.findIndex((r) => r.rate < 0.8);
  const at = `${who} power at ${c.defaultTolerance} is ${percent(atDefault.rate)}`;
  if (first === -1) return `${at}, and at least 80% at every tolerance tried.`;
  if (first === 0) return `${at}, and below 80% at every tolerance tried.`;
  const last = run.tolerances[first - 1];
  return (
    `${at}; it is at least 80% up to a tolerance of ${last.toFixed(3)} ` +
    `(${percent(run.rates[first - 1].rate)}; ${percent(run.rates[first].rate)} at ${run.tolerances[first].toFixed(3)}).`
  );
}
