import { readFile } from 'node:fs/promises';
import os from 'node:os';
import * as core from '@actions/core';
import { runAction } from './action/run.js';
import { readInputs } from './action/inputs.js';
import type { ActionContext, Sinks } from './action/context.js';
import { InputError, errorMessage } from './errors.js';
import { parseEvent } from './github/event.js';
import { blankEnvironBlock } from './process/scrub.js';
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
 * then runs. Any error fails the step with one line, also written to the job
 * summary (so the summary is never empty); an input error is named as such,
 * nothing having been posted or stored before it.
 */
export async function run(): Promise<void> {
  // No token in /proc/PID/environ for training code to read (src/process/scrub.ts).
  blankEnvironBlock();
  try {
    await runAction(await contextFromEnvironment(process.env));
  } catch (error) {
    const kind = error instanceof InputError ? 'input error' : 'error';
    const line = `ablation-ci: ${kind}: ${errorMessage(error)}`;
    core.setFailed(line);
    if (!(error instanceof InputError) && error instanceof Error && error.stack) {
      core.debug(error.stack);
    }
    await sinks
      .writeSummary(`> ❌ ${line.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`)}\n`)
      .catch((summaryError: unknown) =>
        core.warning(`could not write the job summary: ${errorMessage(summaryError)}`),
      );
  }
}

/** Everything the Action reads from a runner's environment, checked. */
async function contextFromEnvironment(env: NodeJS.ProcessEnv): Promise<ActionContext> {
  const inputs = readInputs((name) => core.getInput(name));
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = Number(env.GITHUB_RUN_ID ?? 0);
  const event = parseEvent(env.GITHUB_EVENT_NAME ?? '', await readPayload(env.GITHUB_EVENT_PATH));
  // Only now: importing @actions/github parses the payload again, and would throw a bare stack trace.
  const { createClient } = await import('./github/octokit.js');
  return {
    inputs,
    event,
    repository: { owner, repo },
    sha: env.GITHUB_SHA ?? '',
    runId,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1),
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
    serverUrl,
    workspace,
    temp: env.RUNNER_TEMP ?? os.tmpdir(),
    octokit: createClient(inputs.token, {
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
      onRetry: (message) => core.info(message),
    }),
    git: gitRunner(workspace),
    sinks,
    env,
    now: () => new Date(),
  };
}

/** The event payload GITHUB_EVENT_PATH names; a missing or non-JSON file is an input error naming it. */
async function readPayload(file: string | undefined): Promise<unknown> {
  if (file === undefined || file === '') return {};
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the event payload: ${errorMessage(error)}`, {
      file,
      where: 'GITHUB_EVENT_PATH',
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`the event payload is not JSON (${errorMessage(error)})`, {
      file,
      where: 'GITHUB_EVENT_PATH',
    });
  }
}
