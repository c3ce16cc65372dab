import { tokenLogin } from '../github/comment.js';
import { checkBranch } from '../store/index.js';
import { baselineFromFile, type Baseline } from './baseline.js';
import type { ActionContext } from './context.js';
import { checkResultsBranch } from './inputs.js';

/** What the checks before evaluation found and later steps use. */
export interface Preflight {
  /** The login the token writes as, when this run uses the GitHub API. */
  author: string | undefined;
  /** The `baseline-file` document, read and checked, when given. */
  baselineFile: Baseline | undefined;
}

/**
 * Everything about the inputs that can be checked before the suite is
 * evaluated, so that a bad value costs seconds, not a whole run: the results
 * branch is a valid branch name and not the repository's default branch, `baseline-file` is a valid
 * results document, and (for a run that uses the API) GitHub accepts the
 * token. Each failure is an input error naming the input.
 */
export async function preflight(
  context: ActionContext,
  options: { usesApi: boolean },
): Promise<Preflight> {
  const { inputs } = context;
  const defaultBranch = eventDefaultBranch(context);
  if (defaultBranch !== undefined) {
    checkResultsBranch(inputs.resultsBranch, defaultBranch, 'default');
  }
  await checkBranch(context.git, 'origin', inputs.resultsBranch);
  const baselineFile =
    inputs.baselineFile === undefined
      ? undefined
      : await baselineFromFile(inputs.baselineFile, context.workspace);
  const author = options.usesApi ? await tokenLogin(context.octokit) : undefined;
  return { author, baselineFile };
}

/** The branch whose stored results count as the baseline: the input, else the default branch. */
export function baselineBranch(context: ActionContext): string | undefined {
  return context.inputs.baselineBranch ?? eventDefaultBranch(context);
}

/** The repository's default branch, when the event names it. */
function eventDefaultBranch({ event }: ActionContext): string | undefined {
  return 'repository' in event ? event.repository?.defaultBranch : undefined;
}
