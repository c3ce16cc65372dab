import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildResults, type ResultsParts } from '../../src/results/build.js';
import type { ComponentResult, Contribution, Results } from '../../src/results/types.js';
import { benjaminiHochberg } from '../../src/stats/multiple.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Results documents as `run` wrote them at ae5fc8b: a TF.js suite, and one with retrain ablations. */
const DOCUMENTS = {
  'breast-cancer': path.join(HERE, '..', 'fixtures', 'results', 'breast-cancer.json'),
  'breast-cancer-retrain': path.join(
    HERE,
    '..',
    'fixtures',
    'results',
    'breast-cancer-retrain.json',
  ),
};

function read(file: string): { text: string; results: Results } {
  const text = readFileSync(file, 'utf8');
  return { text, results: JSON.parse(text) as Results };
}

/** Reverses an object's keys: a part handed over in any order. */
function reversed<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).reverse()) as T;
}

/** A document's parts, each object's keys reversed and every q wiped (the builder sets them). */
function partsOf(results: Results): ResultsParts {
  const copy = structuredClone(results);
  for (const component of copy.components) {
    for (const contribution of Object.values(component.metrics ?? {})) {
      if (contribution.value !== null) contribution.q = -1;
    }
  }
  const evaluated = copy.components.filter((c) => c.kind !== 'retrain');
  const retrained = copy.components.filter((c) => c.kind === 'retrain');
  return reversed({
    suite: copy.suite,
    source: reversed(copy.source),
    run: reversed(copy.run),
    timing: copy.timing,
    baseline: reversed({
      task: copy.task,
      classes: copy.classes,
      data: copy.data,
      metrics: copy.metrics,
      baseline: copy.baseline,
      tests: copy.tests,
      predictions: copy.predictions,
    }),
    ...(copy.groups === undefined ? {} : { groups: copy.groups }),
    components: evaluated,
    ...(copy.retrain === undefined
      ? {}
      : { retrain: { components: retrained, retrain: copy.retrain } }),
  });
}

const qs = (components: ComponentResult[], metric: string): number[] =>
  components.flatMap((c) => {
    const m = c.metrics?.[metric];
    return m === undefined || m.value === null ? [] : [m.q];
  });

describe('buildResults', () => {
  it.each(Object.entries(DOCUMENTS))(
    'assembles %s from its parts byte for byte as run wrote it (key order, q, retrain last)',
    (_, file) => {
      const { text, results } = read(file);
      const built = buildResults(partsOf(results));
      expect(`${JSON.stringify(built, null, 2)}\n`).toBe(text);
    },
  );

  it('sets q over each family on its own: evaluation-time components, then retrain variants', () => {
    const { results } = read(DOCUMENTS['breast-cancer-retrain']);
    const built = buildResults(partsOf(results));
    const evaluated = built.components.filter((c) => c.kind !== 'retrain');
    const retrained = built.components.filter((c) => c.kind === 'retrain');
    expect(evaluated).toHaveLength(2);
    expect(retrained).toHaveLength(3);
    for (const { name } of built.metrics) {
      for (const family of [evaluated, retrained]) {
        const p = family.map((c) => (c.metrics![name] as Extract<Contribution, { p: number }>).p);
        expect(qs(family, name)).toEqual([...benjaminiHochberg(Float64Array.from(p))]);
      }
    }
    // One family of all five would give the retrain variants other q values.
    const p = built.components.map(
      (c) => (c.metrics!.accuracy as Extract<Contribution, { p: number }>).p,
    );
    const pooled = [...benjaminiHochberg(Float64Array.from(p))].slice(2);
    expect(qs(retrained, 'accuracy')).not.toEqual(pooled);
  });

  it.each<[string, (parts: ResultsParts) => void, RegExp]>([
    ['an empty suite name', (parts) => (parts.suite = ''), /invalid \(\/suite: /],
    [
      'a confidence given as text',
      (parts) => ((parts.run as { confidence: unknown }).confidence = '0.95'),
      /invalid \(\/run\/confidence: must be number\)/,
    ],
  ])('refuses to build a document the schema refuses: %s', (_, spoil, message) => {
    const parts = partsOf(read(DOCUMENTS['breast-cancer']).results);
    spoil(parts);
    expect(() => buildResults(parts)).toThrow(message);
  });
});
