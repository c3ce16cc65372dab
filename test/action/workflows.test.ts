import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const declared = Object.keys(action.inputs);

/** The README and every page of docs/. */
const pages = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Every workflow the README, docs/ and examples/workflows/ show, by where it is. */
function workflows(): [string, string][] {
  const dir = 'examples/workflows';
  const files = readdirSync(dir).map((f): [string, string] => [
    path.join(dir, f),
    readFileSync(path.join(dir, f), 'utf8'),
  ]);
  const blocks = pages.flatMap((page) =>
    [...readFileSync(page, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .filter((text) => text.includes('uses: ablation-ci/ablation-ci'))
      .map((text, i): [string, string] => [`${page} block ${i + 1}`, text]),
  );
  return [...files, ...blocks];
}

describe('the documented workflows', () => {
  it('include the five kinds: pull request, nightly, the fork-safe pair, the matrix', () => {
    expect(readdirSync('examples/workflows').sort()).toEqual([
      'accept.yml',
      'fork-compute.yml',
      'fork-report.yml',
      'matrix.yml',
      'nightly.yml',
      'pull-request.yml',
    ]);
  });

  it('the matrix: N shard jobs write I/N for every I of the matrix, one merge job reads them all', () => {
    const workflow = parse(readFileSync('examples/workflows/matrix.yml', 'utf8')) as {
      jobs: Record<
        string,
        { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: Step[] }
      >;
    };
    const { shard, merge } = workflow.jobs;
    const ours = (steps: Step[]) =>
      steps.find((step) => step.uses?.startsWith('ablation-ci/ablation-ci@'))!.with!;
    const shards = shard.strategy!.matrix.shard;
    const spec = String(ours(shard.steps).shard);
    expect(spec).toBe(`\${{ matrix.shard }}/${shards.length}`);
    expect(shards).toEqual(Array.from({ length: shards.length }, (_, i) => i + 1));
    const upload = shard.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with!.path).toBe(ours(shard.steps)['artifact-path']);
    expect(merge.needs).toBe('shard');
    expect(ours(merge.steps)).toMatchObject({ mode: 'merge' });
    const download = merge.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(download.with!.path).toBe(ours(merge.steps)['artifact-path']);
    expect(String(upload.with!.name).replace('${{ matrix.shard }}', '1')).toMatch(
      new RegExp(`^${String(download.with!.pattern).replace('*', '.*')}$`),
    );
  });

  it('finds the workflow blocks of the README and docs/ (a moved block stays tested)', () => {
    const blocks = workflows().filter(([where]) => !where.startsWith('examples/'));
    expect(blocks.map(([where]) => where)).toEqual(['docs/action.md block 1']);
  });

  it.each(workflows())('%s is valid YAML and uses only declared inputs', (_, text) => {
    const workflow = parse(text) as Workflow;
    expect(workflow.on).toBeDefined();
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const ours = steps.filter((step) => step.uses?.startsWith('ablation-ci/ablation-ci@'));
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) {
      for (const key of Object.keys(step.with ?? {})) expect(declared).toContain(key);
    }
  });

  it('the workflows that run the suite set up the same backend as the one storing the baseline', () => {
    const backends = ['pull-request.yml', 'nightly.yml', 'fork-compute.yml'].map((file) => {
      const workflow = parse(
        readFileSync(path.join('examples/workflows', file), 'utf8'),
      ) as Workflow;
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      return steps.find((step) => step.uses?.startsWith('ablation-ci/ablation-ci@'))?.with?.backend;
    });
    expect(backends).toEqual(['wasm', 'wasm', 'wasm']);
  });

  it('runs on node24 from the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the Action reads, with defaults it accepts', () => {
    const read: string[] = [];
    readInputs((name) => {
      read.push(name);
      const fallback = action.inputs[name]?.default ?? '';
      return fallback.startsWith('${{') ? 'token' : fallback;
    });
    expect([...new Set(read)].sort()).toEqual([...declared].sort());
  });
});
