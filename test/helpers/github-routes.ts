import { ACCEPT_ROUTES } from './github-routes-accept.js';
import type { Comment, Commit, GitHubState, Issue, Repo, User } from './github-state.js';

/**
 * The REST endpoints of the local GitHub stand-in: Octokit's route names,
 * GitHub's paths, JSON shapes, status codes and pagination.
 */

const MAX_TEXT_CHARS = 65_536;

/** A thrown answer: status and GitHub's error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface Context {
  state: GitHubState;
  base: string;
  url: URL;
  params: string[];
  body: Record<string, unknown>;
  login: User | undefined;
  installation: boolean;
}

export interface Answer {
  status: number;
  data: unknown;
  headers?: Record<string, string>;
}

type Handler = (context: Context) => Answer;

const REPO = '/repos/([^/]+)/([^/]+)';
export const ROUTES: { method: string; pattern: RegExp; route: string; handle: Handler }[] = [
  { method: 'GET', pattern: /^\/user$/, route: 'users.getAuthenticated', handle: getUser },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/issues/(\\d+)/comments$`),
    route: 'issues.listComments',
    handle: listComments,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${REPO}/issues/(\\d+)/comments$`),
    route: 'issues.createComment',
    handle: createComment,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/issues/comments/(\\d+)$`),
    route: 'issues.getComment',
    handle: getComment,
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`^${REPO}/issues/comments/(\\d+)$`),
    route: 'issues.updateComment',
    handle: updateComment,
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^${REPO}/issues/comments/(\\d+)$`),
    route: 'issues.deleteComment',
    handle: deleteComment,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/issues$`),
    route: 'issues.listForRepo',
    handle: listIssues,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${REPO}/issues$`),
    route: 'issues.create',
    handle: createIssue,
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`^${REPO}/issues/(\\d+)$`),
    route: 'issues.update',
    handle: updateIssue,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/pulls/(\\d+)$`),
    route: 'pulls.get',
    handle: getPull,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/compare/([^/]+)$`),
    route: 'repos.compareCommitsWithBasehead',
    handle: compare,
  },
  ...ACCEPT_ROUTES,
];

/** The repository of the route, checked for access: 404 when private and not a member. */
export function repoOf(context: Context, write = false): Repo {
  const [owner, name] = context.params;
  const repo = context.state.repos.get(`${owner}/${name}`);
  if (repo === undefined) throw new HttpError(404, 'Not Found');
  const login = context.login?.login;
  if (repo.private && (login === undefined || !repo.members.has(login)))
    throw new HttpError(404, 'Not Found');
  if (write && login === undefined) throw new HttpError(401, 'Requires authentication');
  return repo;
}

function getPull(context: Context): Answer {
  const repo = repoOf(context);
  const issue = issueOf(repo, context.params[2]);
  if (!issue.pullRequest || issue.head === undefined) throw new HttpError(404, 'Not Found');
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    status: 200,
    data: {
      number: issue.number,
      state: issue.state,
      title: issue.title,
      user: userJson(context.base, issue.user),
      head: {
        sha: issue.head.sha,
        ref: issue.head.ref,
        repo: { full_name: issue.headRepo ?? fullName },
      },
      base: { ref: issue.base?.ref ?? 'main', repo: { full_name: fullName } },
      html_url: `https://github.com/${fullName}/pull/${issue.number}`,
    },
  };
}

export function issueOf(repo: Repo, number: string): Issue {
  const issue = repo.issues.find((i) => i.number === Number(number));
  if (issue === undefined) throw new HttpError(404, 'Not Found');
  return issue;
}

function text(
  context: Context,
  field: string,
  required: boolean,
  resource: string,
): string | undefined {
  const value = context.body[field];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string')
    throw new HttpError(422, `Invalid request.\n\n"${field}" wasn't supplied.`);
  if ([...value].length > MAX_TEXT_CHARS) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [
        {
          resource,
          code: 'custom',
          field,
          message: `${field} is too long (maximum is ${MAX_TEXT_CHARS} characters)`,
        },
      ],
    });
  }
  return value;
}

/** One page of `items` per `per_page` (default 30, at most 100) and `page`, with GitHub's Link header. */
function paginate(context: Context, items: unknown[]): Answer {
  const perPage = Math.min(
    Math.max(Number(context.url.searchParams.get('per_page') ?? 30) || 30, 1),
    100,
  );
  const page = Math.max(Number(context.url.searchParams.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const target = new URL(context.url);
    target.searchParams.set('page', String(n));
    return `<${target.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return {
    status: 200,
    data: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

export function userJson(base: string, user: User) {
  return {
    login: user.login,
    id: user.id,
    node_id: `U_${user.id}`,
    type: user.type,
    site_admin: false,
    url: `${base}/users/${encodeURIComponent(user.login)}`,
    html_url: `https://github.com/${user.login}`,
  };
}

function commentJson(context: Context, repo: Repo, comment: Comment) {
  const issue = issueOf(repo, String(comment.issueNumber));
  const kind = issue.pullRequest ? 'pull' : 'issues';
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${context.base}/repos/${repo.owner}/${repo.name}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/${kind}/${issue.number}#issuecomment-${comment.id}`,
    issue_url: `${context.base}/repos/${repo.owner}/${repo.name}/issues/${issue.number}`,
    body: comment.body,
    user: userJson(context.base, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: repo.members.has(comment.user.login) ? 'MEMBER' : 'NONE',
  };
}

function issueJson(context: Context, repo: Repo, issue: Issue) {
  const api = `${context.base}/repos/${repo.owner}/${repo.name}`;
  const kind = issue.pullRequest ? 'pull' : 'issues';
  return {
    id: issue.id,
    node_id: `I_${issue.id}`,
    url: `${api}/issues/${issue.number}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/${kind}/${issue.number}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.stateReason,
    user: userJson(context.base, issue.user),
    labels: [],
    locked: false,
    comments: repo.comments.filter((c) => c.issueNumber === issue.number).length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    ...(issue.pullRequest
      ? {
          pull_request: {
            url: `${api}/pulls/${issue.number}`,
            html_url: `https://github.com/${repo.owner}/${repo.name}/pull/${issue.number}`,
          },
        }
      : {}),
  };
}

function getUser(context: Context): Answer {
  if (context.login === undefined) throw new HttpError(401, 'Requires authentication');
  if (context.installation) throw new HttpError(403, 'Resource not accessible by integration');
  return { status: 200, data: userJson(context.base, context.login) };
}

function listComments(context: Context): Answer {
  const repo = repoOf(context);
  issueOf(repo, context.params[2]);
  const comments = repo.comments.filter((c) => c.issueNumber === Number(context.params[2]));
  return paginate(
    context,
    comments.map((c) => commentJson(context, repo, c)),
  );
}

function createComment(context: Context): Answer {
  const repo = repoOf(context, true);
  const issue = issueOf(repo, context.params[2]);
  const body = text(context, 'body', true, 'IssueComment')!;
  const comment = context.state.addComment(`${repo.owner}/${repo.name}`, issue.number, {
    login: context.login!.login,
    body,
  });
  return { status: 201, data: commentJson(context, repo, comment) };
}

function commentOf(repo: Repo, id: string): Comment {
  const comment = repo.comments.find((c) => c.id === Number(id));
  if (comment === undefined) throw new HttpError(404, 'Not Found');
  return comment;
}

function getComment(context: Context): Answer {
  const repo = repoOf(context);
  return { status: 200, data: commentJson(context, repo, commentOf(repo, context.params[2])) };
}

function deleteComment(context: Context): Answer {
  const repo = repoOf(context, true);
  const comment = commentOf(repo, context.params[2]);
  if (comment.user.login !== context.login!.login) {
    throw new HttpError(403, 'Resource not accessible by integration');
  }
  repo.comments.splice(repo.comments.indexOf(comment), 1);
  return { status: 204, data: undefined };
}

function updateComment(context: Context): Answer {
  const repo = repoOf(context, true);
  const comment = repo.comments.find((c) => c.id === Number(context.params[2]));
  if (comment === undefined) throw new HttpError(404, 'Not Found');
  comment.body = text(context, 'body', true, 'IssueComment')!;
  comment.updatedAt = context.state.tick();
  return { status: 200, data: commentJson(context, repo, comment) };
}

function listIssues(context: Context): Answer {
  const repo = repoOf(context);
  const state = context.url.searchParams.get('state') ?? 'open';
  const direction = context.url.searchParams.get('direction') ?? 'desc';
  const key = context.url.searchParams.get('sort') === 'updated' ? 'updatedAt' : 'createdAt';
  const issues = repo.issues
    .filter((i) => state === 'all' || i.state === state)
    .sort(
      (a, b) =>
        (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.number - b.number) *
        (direction === 'asc' ? 1 : -1),
    );
  return paginate(
    context,
    issues.map((i) => issueJson(context, repo, i)),
  );
}

function createIssue(context: Context): Answer {
  const repo = repoOf(context, true);
  const title = text(context, 'title', true, 'Issue')!;
  const issue = context.state.addIssue(`${repo.owner}/${repo.name}`, {
    title,
    body: text(context, 'body', false, 'Issue'),
    login: context.login!.login,
  });
  return { status: 201, data: issueJson(context, repo, issue) };
}

function updateIssue(context: Context): Answer {
  const repo = repoOf(context, true);
  const issue = issueOf(repo, context.params[2]);
  issue.title = text(context, 'title', false, 'Issue') ?? issue.title;
  issue.body = text(context, 'body', false, 'Issue') ?? issue.body;
  const state = context.body.state;
  if (state !== undefined && state !== 'open' && state !== 'closed') {
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ resource: 'Issue', code: 'invalid', field: 'state' }],
    });
  }
  issue.updatedAt = context.state.tick();
  if (state === 'closed' && issue.state === 'open') {
    issue.state = 'closed';
    issue.closedAt = issue.updatedAt;
    issue.stateReason =
      typeof context.body.state_reason === 'string' ? context.body.state_reason : 'completed';
  } else if (state === 'open' && issue.state === 'closed') {
    Object.assign(issue, { state: 'open', closedAt: null, stateReason: 'reopened' });
  }
  return { status: 200, data: issueJson(context, repo, issue) };
}

function compare(context: Context): Answer {
  const repo = repoOf(context);
  const [baseRef, headRef] = context.params[2].split('...');
  if (headRef === undefined) throw new HttpError(404, 'Not Found');
  const resolve = (ref: string): Commit => {
    const sha =
      repo.branches.get(ref) ??
      [...repo.commits.keys()].find((s) => ref.length >= 7 && s.startsWith(ref));
    const commit = sha === undefined ? undefined : repo.commits.get(sha);
    if (commit === undefined) throw new HttpError(404, 'Not Found');
    return commit;
  };
  const base = resolve(baseRef);
  const head = resolve(headRef);
  const ancestors = (start: Commit): Set<string> => {
    const seen = new Set<string>();
    const queue = [start.sha];
    while (queue.length > 0) {
      const sha = queue.shift()!;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(repo.commits.get(sha)?.parents ?? []));
    }
    return seen;
  };
  const ofBase = ancestors(base);
  const ofHead = ancestors(head);
  const common = [...ofBase].filter((sha) => ofHead.has(sha));
  // The best common ancestor: one that no other common ancestor descends from.
  const best = common.filter(
    (sha) => !common.some((other) => other !== sha && ancestors(repo.commits.get(other)!).has(sha)),
  );
  if (best.length === 0)
    throw new HttpError(404, `No common ancestor between ${baseRef} and ${headRef}.`);
  const mergeBase = repo.commits.get(best[0])!;
  const ahead = [...ofHead].filter((sha) => !ofBase.has(sha));
  const behind = [...ofBase].filter((sha) => !ofHead.has(sha));
  const commitJson = (commit: Commit) => {
    const signature = { name: 'Test', email: 'test@example.com', date: commit.date };
    return {
      sha: commit.sha,
      node_id: `C_${commit.sha}`,
      url: `${context.base}/repos/${repo.owner}/${repo.name}/commits/${commit.sha}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/commit/${commit.sha}`,
      commit: {
        author: signature,
        committer: signature,
        message: commit.message,
        comment_count: 0,
      },
      author: null,
      committer: null,
      parents: commit.parents.map((sha) => ({ sha })),
    };
  };
  const page = paginate(
    context,
    ahead.map((sha) => commitJson(repo.commits.get(sha)!)),
  );
  return {
    status: 200,
    data: {
      url: `${context.base}/repos/${repo.owner}/${repo.name}/compare/${baseRef}...${headRef}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/compare/${baseRef}...${headRef}`,
      base_commit: commitJson(base),
      merge_base_commit: commitJson(mergeBase),
      status:
        ahead.length === 0
          ? behind.length === 0
            ? 'identical'
            : 'behind'
          : behind.length === 0
            ? 'ahead'
            : 'diverged',
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: page.data,
      files: [],
    },
  };
}
