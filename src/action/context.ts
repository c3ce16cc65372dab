import type { GitHubClient } from '../github/client.js';
import type { ActionEvent } from '../github/event.js';
import type { Git } from '../store/index.js';
import type { ActionInputs } from './inputs.js';

/**
 * Where the Action reports to: the step's outputs, its log, its job summary.
 * `@actions/core` in a run; tests may pass their own.
 */
export interface Sinks {
  info(message: string): void;
  warning(message: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  writeSummary(markdown: string): Promise<void>;
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** Everything a run of the Action reads from its environment, parsed once in main.ts. */
export interface ActionContext {
  inputs: ActionInputs;
  event: ActionEvent;
  /** `owner` and `repo` of GITHUB_REPOSITORY. */
  repository: { owner: string; repo: string };
  /** GITHUB_SHA: the commit the workflow runs on. */
  sha: string;
  runId: number;
  runAttempt: number;
  /** Link to this run's page. */
  runUrl: string;
  /** GITHUB_SERVER_URL: where commit links point (GitHub Enterprise Server has its own). */
  serverUrl: string;
  /** GITHUB_WORKSPACE: the checkout. */
  workspace: string;
  /** RUNNER_TEMP: where results and reports are written. */
  temp: string;
  octokit: GitHubClient;
  git: Git;
  sinks: Sinks;
  /** The process environment, for the source commit of the results. */
  env: NodeJS.ProcessEnv;
  now: () => Date;
}
