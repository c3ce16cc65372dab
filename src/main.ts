import { readFile } from 'node:fs/promises';
import os from 'node:os';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { runAction } from './action/run.js';
import { readInputs } from './action/inputs.js';
import type { ActionContext, Sinks } from './action/context.js';
import { InputError, errorMessage } from './errors.js';
import { parseEvent } from './github/event.js';
import { gitRunner } from './store/index.js';

/** The step's outputs, log and summary, through @actions/core. */
const sinks: Sinks = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (message) => core.setFailed(message),
  writeSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  },
  group: (name, work) => core.group(name, work),
};

/**
 * The Action's entry: reads the inputs and the runner's environment once,
 * then runs. Any error fails the step with one line; an input error is named
 * as such, nothing having been posted or stored before it.
 */
export async function run(): Promise<void> {
  try {
    const env = process.env;
    const inputs = readInputs((name) => core.getInput(name));
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const payload: unknown = env.GITHUB_EVENT_PATH
      ? JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'))
      : {};
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = Number(env.GITHUB_RUN_ID ?? 0);
    const context: ActionContext = {
      inputs,
      event: parseEvent(eventName, payload),
      repository: { owner, repo },
      sha: env.GITHUB_SHA ?? '',
      runId,
      runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1),
      runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
      workspace,
      temp: env.RUNNER_TEMP ?? os.tmpdir(),
      octokit: getOctokit(inputs.token, env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
      git: gitRunner(workspace),
      sinks,
      env,
      now: () => new Date(),
    };
    await runAction(context);
  } catch (error) {
    const kind = error instanceof InputError ? 'input error' : 'error';
    core.setFailed(`ablation-ci: ${kind}: ${errorMessage(error)}`);
    if (!(error instanceof InputError) && error instanceof Error && error.stack) {
      core.debug(error.stack);
    }
  }
}
