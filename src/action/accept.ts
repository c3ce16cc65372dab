import {
  ACCEPT_LABEL,
  CommandError,
  parseAcceptCommand,
  type AcceptCommand,
} from '../accept/command.js';
import { acceptancesFor, unknownCheck } from '../accept/rules.js';
import { parseState, recordLine } from '../accept/state.js';
import type { Acceptance } from '../compare/acceptance.js';
import { InputError, errorMessage } from '../errors.js';
import {
  collaboratorPermission,
  listAcceptances,
  mergedPullRequest,
  postNote,
  pullRequestFacts,
  rerunFailedJobs,
} from '../accept/records.js';
import { apiFailure, isPermissionFailure } from '../github/client.js';
import { findStickyComment, tokenLogin } from '../github/comment.js';
import type { IssueCommentEvent } from '../github/event.js';
import { escapeText } from '../report/escape.js';
import type { ActionContext } from './context.js';
import { suiteOfConfig } from './suite-name.js';

/** Who asks to accept, on which pull request, and how. */
interface Request {
  number: number;
  actor: string;
  via: Acceptance['via'];
  /** The command's checks; undefined for the label (every failing check). */
  command: AcceptCommand | undefined;
}

/**
 * `issue_comment`: a comment on a pull request whose first line is
 * `/ablation-ci accept …`. Any other comment, an edit or a deletion, or a
 * comment on an issue, does nothing.
 */
export async function acceptFromComment(
  context: ActionContext,
  event: IssueCommentEvent,
): Promise<void> {
  if (event.action !== 'created' || !event.isPullRequest) {
    context.sinks.info('not a new comment on a pull request: nothing to do');
    return;
  }
  let command: AcceptCommand | undefined;
  try {
    command = parseAcceptCommand(event.body);
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    await note(
      context,
      event.number,
      `The accept command of ${mention(event.commenter)} was not read: ${escapeText(error.message, 300)}. Nothing was accepted.`,
    );
    throw new InputError(`${error.message}; nothing accepted`, { where: 'the accept command' });
  }
  if (command === undefined) {
    context.sinks.info('the comment is not an ablation-ci command: nothing to do');
    return;
  }
  await accept(context, { number: event.number, actor: event.commenter, via: 'comment', command });
}

/** `pull_request_target` or `pull_request` `labeled` with the accept label; any other label does nothing. */
export async function acceptFromLabel(
  context: ActionContext,
  event: { number: number; label?: string | undefined; sender: string },
): Promise<void> {
  if (event.label !== ACCEPT_LABEL) {
    context.sinks.info(`the label is not "${ACCEPT_LABEL}": nothing to do`);
    return;
  }
  await accept(context, {
    number: event.number,
    actor: event.sender,
    via: 'label',
    command: undefined,
  });
}

/**
 * Checks the actor through the API (write permission; not the author of a
 * pull request from a fork), reads the last report's checks from the sticky
 * comment, records the acceptance in a comment of the Action's own, and
 * re-runs the failed jobs of the run that wrote the report, which then
 * finds the record and passes. A refusal is a note on the pull request and
 * a successful step; a name the report does not list fails the step with one
 * line, nothing accepted.
 */
async function accept(context: ActionContext, request: Request): Promise<void> {
  const { owner, repo } = context.repository;
  const where = { owner, repo, number: request.number };
  const suite = await suiteOfConfig(context.inputs.config, context.workspace);
  const author = await tokenLogin(context.octokit);
  const what = request.via === 'label' ? `label \`${ACCEPT_LABEL}\`` : 'accept command';
  const permission = await collaboratorPermission(context.octokit, {
    owner,
    repo,
    username: request.actor,
  });
  if (!permission.canWrite) {
    await note(
      context,
      request.number,
      `The ${what} of ${mention(request.actor)} is ignored: accepting a regression of **${escapeText(suite)}** needs write permission, and GitHub reports ${escapeText(permission.role)}.`,
    );
    return;
  }
  const pull = await pullRequestFacts(context.octokit, where);
  if (pull.fromFork && pull.author.toLowerCase() === request.actor.toLowerCase()) {
    await note(
      context,
      request.number,
      `The ${what} of ${mention(request.actor)} is refused: the author of a pull request from a fork cannot accept its regressions; another maintainer can.`,
    );
    return;
  }
  const sticky = await findStickyComment(context.octokit, {
    ...where,
    issueNumber: request.number,
    suite,
    author,
  });
  const state = sticky === undefined ? undefined : parseState(suite, sticky.body);
  if (state === undefined) {
    await note(
      context,
      request.number,
      `Nothing to accept for **${escapeText(suite)}** yet: this pull request has no ablation-ci report. Accept once the run has reported.`,
    );
    return;
  }
  if (state.sha !== pull.headSha) {
    await note(
      context,
      request.number,
      `Not accepted: the last report of **${escapeText(suite)}** is of \`${state.sha.slice(0, 7)}\`, but the head is now \`${pull.headSha.slice(0, 7)}\`. Accept once the run of the head has reported.`,
    );
    return;
  }
  let command = request.command;
  if (command === undefined) {
    const failing = state.checks.filter((c) => c.failing).map((c) => c.name);
    if (failing.length === 0) {
      await note(
        context,
        request.number,
        `Nothing to accept: no check of **${escapeText(suite)}** fails in the last report.`,
      );
      return;
    }
    command = { checks: failing, reason: '' };
  }
  const unknown = unknownCheck(command.checks, state);
  if (unknown !== undefined) {
    await note(context, request.number, `Nothing accepted: ${escapeText(unknown, 2000)}.`);
    throw new InputError(`${unknown}; nothing accepted`, {
      where: `the accept command on #${request.number}`,
    });
  }
  const acceptances = acceptancesFor(command, state, {
    by: request.actor,
    pullRequest: request.number,
    via: request.via,
  });
  const listed = acceptances.map((a) => `**${escapeText(a.check)}**`).join(', ');
  const why = command.reason === '' ? '' : `: ${escapeText(command.reason, 1000)}`;
  const record = await postNote(
    context.octokit,
    where,
    `✅ ${mention(request.actor)} accepted ${listed} of **${escapeText(suite)}** at \`${state.sha.slice(0, 7)}\`${why}\n\n` +
      'Each holds while the check moves no further (docs/action.md#accepting-an-intended-regression).\n' +
      recordLine(suite, acceptances),
  );
  context.sinks.setOutput('accepted', acceptances.map((a) => a.check).join(','));
  context.sinks.info(`recorded: ${record.url}`);
  if (!state.failed) return;
  const runId = state.runId ?? sticky?.meta?.runId;
  if (runId === undefined || runId === 0) return;
  try {
    await rerunFailedJobs(context.octokit, { owner, repo, runId });
    context.sinks.info(`re-running the failed jobs of run ${runId}`);
  } catch (error) {
    const failure = apiFailure(error);
    const why = isPermissionFailure(failure)
      ? `${failure.status} ${failure.message}; grant \`actions: write\``
      : errorMessage(error);
    context.sinks.warning(`could not re-run run ${runId} (${why}): re-run its failed jobs by hand`);
    await note(
      context,
      request.number,
      `The acceptance is recorded, but run ${runId} could not be re-run (${escapeText(why, 300)}): re-run its failed jobs by hand to turn the check green.`,
    );
  }
}

/** `@login` that does not ping. */
function mention(login: string): string {
  return escapeText(`@${login}`);
}

async function note(context: ActionContext, number: number, text: string): Promise<void> {
  context.sinks.info(text);
  const { owner, repo } = context.repository;
  try {
    await postNote(context.octokit, { owner, repo, number }, text);
  } catch (error) {
    context.sinks.warning(`could not comment on #${number}: ${errorMessage(error)}`);
  }
}

/**
 * The acceptances recorded on a pull request for the suite (the pull
 * request's run applies them); none, with a warning, when the comments
 * cannot be read.
 */
export async function acceptancesOfPullRequest(
  context: ActionContext,
  number: number,
  suite: string,
  /** The login the token writes as; undefined: asked of the API here. */
  author: string | undefined,
): Promise<Acceptance[]> {
  try {
    const login = author ?? (await tokenLogin(context.octokit));
    return await listAcceptances(context.octokit, {
      ...context.repository,
      number,
      suite,
      author: login,
    });
  } catch (error) {
    context.sinks.warning(`could not read the acceptances on #${number}: ${errorMessage(error)}`);
    return [];
  }
}

/**
 * The acceptances in effect in the last report of the pull request that the
 * pushed commit merged (stored with main's run); none when the commit merged
 * no pull request or it had none, and none with a warning when the API
 * cannot tell (`pull-requests: read` missing).
 */
export async function acceptancesOfMerge(
  context: ActionContext,
  sha: string,
  suite: string,
): Promise<Acceptance[]> {
  try {
    const number = await mergedPullRequest(context.octokit, { ...context.repository, sha });
    if (number === undefined) return [];
    const author = await tokenLogin(context.octokit);
    const sticky = await findStickyComment(context.octokit, {
      ...context.repository,
      issueNumber: number,
      suite,
      author,
    });
    const accepted = sticky === undefined ? [] : (parseState(suite, sticky.body)?.accepted ?? []);
    if (accepted.length > 0) {
      context.sinks.info(
        `#${number} accepted ${accepted.map((a) => a.check).join(', ')}: stored with this run`,
      );
    }
    return accepted;
  } catch (error) {
    context.sinks.warning(
      `could not read the acceptances of the pull request ${sha.slice(0, 7)} merged: ${errorMessage(error)}; grant \`pull-requests: read\``,
    );
    return [];
  }
}
