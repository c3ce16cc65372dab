import path from 'node:path';
import * as core from '@actions/core';
import { BACKEND_CHOICES, type BackendChoice } from './backend/resolve.js';
import { InputError, errorMessage } from './errors.js';
import { verdict as gateVerdict } from './compare/compare.js';
import { writeFileAtomic } from './results/write.js';
import { sourceOf } from './cli/source.js';
import { runEngine } from './suite/engine.js';

/**
 * The Action: runs the suite named by the `config` input in the checked-out
 * repository, writes the results document, sets the outputs and fails the
 * step when the gate fails.
 */
export async function run(): Promise<void> {
  try {
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const backend = core.getInput('backend') || 'auto';
    if (!BACKEND_CHOICES.includes(backend as BackendChoice)) {
      throw new InputError(
        `input backend must be one of ${BACKEND_CHOICES.join(', ')}, got "${backend}"`,
      );
    }
    const { results } = await core.group('Run the ablation suite', () =>
      runEngine(core.getInput('config') || 'ablation.yml', {
        cwd,
        backend: backend as BackendChoice,
        source: (root) => sourceOf(root, process.env),
        onNotice: (message) => core.warning(message),
      }),
    );
    const out = path.join(process.env.RUNNER_TEMP ?? cwd, 'ablation-ci', `${results.suite}.json`);
    await writeFileAtomic(out, `${JSON.stringify(results, null, 2)}\n`);
    const verdict = gateVerdict(results, []);
    core.setOutput('results-path', out);
    core.setOutput('passed', String(verdict.passed));
    core.setOutput('failed-tests', verdict.failedTests.join(','));
    core.info(`results: ${out}`);
    if (!verdict.passed) {
      core.setFailed(
        `model unit tests failed: ${[...verdict.failedTests, ...verdict.inconclusiveTests].join(', ')}`,
      );
    }
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
