import type { Answer, Context } from './github-routes.js';
import { HttpError, issueOf, repoOf, userJson } from './github-routes.js';

/**
 * The endpoints accepting a regression uses (src/accept/records.ts), with
 * GitHub's shapes: a collaborator's permission, re-running a run's failed
 * jobs, and the pull requests of a commit.
 */

const REPO = '/repos/([^/]+)/([^/]+)';

export const ACCEPT_ROUTES: {
  method: string;
  pattern: RegExp;
  route: string;
  handle: (context: Context) => Answer;
}[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/collaborators/([^/]+)/permission$`),
    route: 'repos.getCollaboratorPermissionLevel',
    handle: permission,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${REPO}/actions/runs/(\\d+)/rerun-failed-jobs$`),
    route: 'actions.reRunWorkflowFailedJobs',
    handle: rerun,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/commits/([^/]+)/pulls$`),
    route: 'repos.listPullRequestsAssociatedWithCommit',
    handle: pullsOfCommit,
  },
];

/** GitHub's legacy `permission` of a role: maintain counts as write, triage as read. */
const LEGACY: Record<string, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
};

function permission(context: Context): Answer {
  const repo = repoOf(context);
  const login = context.params[2];
  const user = context.state.users.get(login);
  if (user === undefined) throw new HttpError(404, 'Not Found');
  // Anyone reads a public repository; a private one's non-members have none.
  const role = repo.permissions.get(login) ?? (repo.private ? 'none' : 'read');
  return {
    status: 200,
    data: {
      permission: LEGACY[role] ?? 'none',
      role_name: role,
      user: userJson(context.base, user),
    },
  };
}

function rerun(context: Context): Answer {
  const repo = repoOf(context, true);
  repo.reruns.push(Number(context.params[2]));
  return { status: 201, data: {} };
}

function pullsOfCommit(context: Context): Answer {
  const repo = repoOf(context);
  const sha = context.params[2];
  const pulls = repo.issues.filter(
    (i) => i.pullRequest && (i.mergeCommit === sha || i.head?.sha === sha),
  );
  return {
    status: 200,
    data: pulls.map((i) => {
      const issue = issueOf(repo, String(i.number));
      return {
        number: issue.number,
        state: issue.state,
        user: userJson(context.base, issue.user),
        merged_at: issue.mergeCommit === undefined ? null : issue.updatedAt,
        merge_commit_sha: issue.mergeCommit ?? null,
        head: { sha: issue.head?.sha, ref: issue.head?.ref },
      };
    }),
  };
}
