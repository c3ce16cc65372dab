import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';

const exec = promisify(execFile);

const action = parse(await readFile('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

export interface RunnerResult {
  code: number;
  /** The GITHUB_EVENT_PATH the run was given. */
  eventPath: string;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs the bundled Action as a GitHub runner does: every input of action.yml
 * at its default as INPUT_* (overridden by `inputs`), the event payload in a
 * file named by GITHUB_EVENT_PATH, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
 * files read back afterwards.
 */
export async function runAction(options: {
  workspace: string;
  apiUrl: string;
  eventName: string;
  payload: unknown;
  sha: string;
  runId: number;
  repository: string;
  inputs?: Record<string, string>;
  token: string;
  /** The event file's text as is, instead of `payload` as JSON. */
  rawPayload?: string;
}): Promise<RunnerResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-runner-'));
  const eventPath = path.join(dir, 'event.json');
  const outputPath = path.join(dir, 'output');
  const summaryPath = path.join(dir, 'summary.md');
  await writeFile(eventPath, options.rawPayload ?? JSON.stringify(options.payload));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: options.repository,
    GITHUB_SHA: options.sha,
    GITHUB_REF: 'refs/heads/master',
    GITHUB_RUN_ID: String(options.runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: dir,
  };
  for (const [name, spec] of Object.entries(action.inputs)) {
    const fallback = spec.default ?? '';
    env[`INPUT_${name.toUpperCase()}`] = fallback.startsWith('${{') ? '' : fallback;
  }
  env['INPUT_GITHUB-TOKEN'] = options.token;
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  let code = 0;
  let stdout: string;
  try {
    ({ stdout } = await exec(process.execPath, [path.resolve('dist/index.js')], {
      cwd: options.workspace,
      env,
    }));
  } catch (error) {
    const failure = error as { code?: number; stdout?: string };
    code = failure.code ?? 1;
    stdout = failure.stdout ?? '';
  }
  return {
    code,
    eventPath,
    stdout,
    outputs: parseOutputs(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
  };
}

/** GITHUB_OUTPUT's `name<<DELIMITER … DELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (match === null) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]);
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}
