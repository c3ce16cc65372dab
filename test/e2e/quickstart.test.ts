import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { resultsProblem } from '../../src/results/validate.js';
import type { Results } from '../../src/results/types.js';

const run = promisify(execFile);

/** The README's quickstart, through the bundled CLI as `npx ablation-ci` runs it. */
async function quickstart(out: string): Promise<{ results: Results; stdout: string }> {
  const { stdout } = await run(
    process.execPath,
    ['dist/cli.js', 'run', '--config', 'examples/breast-cancer/ablation.yml', '--out', out],
    { env: { ...process.env, GITHUB_SHA: 'c0ffee', GITHUB_REF: 'refs/heads/main' } },
  );
  return { results: JSON.parse(await readFile(out, 'utf8')) as Results, stdout };
}

/** The block the README's Quickstart says the command prints. */
function readmeQuickstartOutput(): string {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Quickstart'));
  const block = /```\n([\s\S]*?)```/.exec(section.slice(section.indexOf(', and prints')));
  if (block === null) throw new Error("README.md: the Quickstart's printed output was not found");
  return block[1];
}

describe('the quickstart', () => {
  it('writes a valid, complete and deterministic results document', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-quickstart-'));
    const first = await quickstart(path.join(dir, 'a.json'));
    const second = await quickstart(path.join(dir, 'b.json'));
    const { results } = first;

    expect(resultsProblem(results)).toBeUndefined();
    expect(results.run.backend).toBe('wasm');
    expect(results.source.commit).toBe('c0ffee');
    expect(first.stdout).toContain('breast-cancer: accuracy 0.9648');

    // A contribution with its interval for every layer, feature and group.
    const layers = ['hidden_1', 'hidden_2'];
    const features = results.components.filter((c) => c.kind === 'feature');
    expect(new Set(features.map((c) => c.target![0])).size).toBe(30);
    // Each group defined once, with the count of what it matched; its components name it.
    expect(results.groups?.map((g) => [g.name, g.count])).toEqual([
      ['mean-features', 10],
      ['error-features', 10],
      ['worst-features', 10],
      ['size', 9],
      ['hidden', 2],
    ]);
    const groups = results.components.filter((c) => c.kind === 'group');
    expect(new Set(groups.map((c) => c.name)).size).toBe(5);
    expect(groups.every((c) => c.target === undefined)).toBe(true);
    for (const layer of layers) {
      expect(
        results.components.some((c) => c.kind === 'layer' && c.target![0] === layer && c.metrics),
      ).toBe(true);
    }
    for (const component of results.components) {
      if (component.notApplicable !== undefined) continue;
      for (const name of ['accuracy', 'f1', 'roc_auc', 'log_loss']) {
        const metric = component.metrics![name];
        if (metric.value === null) throw new Error(`${component.id} ${name}: ${metric.reason}`);
        expect(metric.ci[0]).toBeLessThanOrEqual(metric.contribution);
        expect(metric.ci[1]).toBeGreaterThanOrEqual(metric.contribution);
      }
    }
    expect(results.components.filter((c) => c.notApplicable).map((c) => c.id)).toEqual([
      'layer:hidden_1:remove',
      'group:hidden:remove',
    ]);
    // Every test has a status; the tight one is inconclusive, not failed.
    expect(results.tests.map((t) => [t.name, t.status])).toEqual([
      ['malignant-recall', 'pass'],
      ['benign-recall', 'pass'],
      ['malignant-precision', 'pass'],
      ['large-tumour-accuracy', 'pass'],
      ['borderline-concavity-accuracy', 'inconclusive'],
    ]);

    // Same seed, same document byte for byte, timing aside.
    const strip = (r: Results) => JSON.stringify({ ...r, timing: null });
    expect(strip(second.results)).toBe(strip(results));

    // The README prints what the quickstart prints (its results line names the default --out).
    expect(first.stdout.replace(/^results: .*$/m, 'results: ablation-results.json')).toBe(
      readmeQuickstartOutput(),
    );
  });
});
