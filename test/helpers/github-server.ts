import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for api.github.com: the REST endpoints ablation-ci calls,
 * with GitHub's JSON shapes, status codes, pagination (`per_page`, `page`,
 * `Link` rel="next"/"last") and token auth, over in-memory state. Loopback
 * only, bounded request bodies and request log, deterministic timestamps.
 */

export interface User {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface Comment {
  id: number;
  issueNumber: number;
  body: string;
  user: User;
  createdAt: string;
  updatedAt: string;
}

export interface Issue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  user: User;
  /** Pull requests are issues too; they list with a `pull_request` key. */
  pullRequest: boolean;
  /** A pull request's branches (GET /pulls/N). */
  head?: { sha: string; ref: string };
  base?: { ref: string };
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface Commit {
  sha: string;
  parents: string[];
  date: string;
  message: string;
}

export interface Repo {
  owner: string;
  name: string;
  /** A private repository answers 404 to everyone but its members. */
  private: boolean;
  members: Set<string>;
  issues: Issue[];
  comments: Comment[];
  commits: Map<string, Commit>;
  branches: Map<string, string>;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Octokit's name for the endpoint, e.g. `issues.createComment`; undefined when unknown. */
  route: string | undefined;
  login: string | undefined;
  body: unknown;
  status: number;
}

interface Fault {
  route: string;
  status: number;
  message: string;
  headers: Record<string, string>;
  remaining: number;
}

/** A pause before the endpoint is handled: `ms` long, or until `barrier` requests wait, or forever (`hang`). */
interface Delay {
  route: string;
  ms: number;
  hang: boolean;
  /** Requests held until this many have arrived (then all go on together). */
  barrier: number;
  waiting: (() => void)[];
  remaining: number;
}

const DOCS = 'https://docs.github.com/rest';
const MAX_BODY_BYTES = 4 * 1024 * 1024;
const MAX_LOGGED = 10_000;
const MAX_TEXT_CHARS = 65_536;

/** The server's memory: users by token, repositories, switches and the request log. */
export class GitHubState {
  readonly repos = new Map<string, Repo>();
  readonly tokens = new Map<string, { user: User; installation: boolean }>();
  readonly users = new Map<string, User>();
  readonly requests: LoggedRequest[] = [];
  private readonly faults: Fault[] = [];
  private readonly delays: Delay[] = [];
  private nextId = 1000;
  private clock = Date.parse('2025-01-01T00:00:00Z');

  /**
   * A user, reachable with `token` when given. An installation token (the
   * workflow's GITHUB_TOKEN) writes as the Bot `login` and gets 403 on GET /user.
   */
  addUser(login: string, options: { token?: string; installation?: boolean } = {}): User {
    const user = this.users.get(login) ?? {
      login,
      id: this.id(),
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
    };
    this.users.set(login, user);
    if (options.token !== undefined) {
      this.tokens.set(options.token, { user, installation: options.installation ?? false });
    }
    return user;
  }

  addRepo(fullName: string, options: { private?: boolean; members?: string[] } = {}): Repo {
    const [owner, name] = fullName.split('/');
    const repo: Repo = {
      owner,
      name,
      private: options.private ?? false,
      members: new Set(options.members ?? []),
      issues: [],
      comments: [],
      commits: new Map(),
      branches: new Map(),
    };
    this.repos.set(fullName, repo);
    return repo;
  }

  addIssue(
    fullName: string,
    fields: {
      title?: string;
      body?: string;
      login: string;
      pullRequest?: boolean;
      head?: { sha: string; ref: string };
      base?: { ref: string };
    },
  ): Issue {
    const repo = this.repo(fullName);
    const time = this.tick();
    const issue: Issue = {
      id: this.id(),
      number: repo.issues.length + 1,
      title: fields.title ?? `Issue ${repo.issues.length + 1}`,
      body: fields.body ?? null,
      state: 'open',
      stateReason: null,
      user: this.addUser(fields.login),
      pullRequest: fields.pullRequest ?? fields.head !== undefined,
      ...(fields.head === undefined ? {} : { head: fields.head }),
      ...(fields.base === undefined ? {} : { base: fields.base }),
      createdAt: time,
      updatedAt: time,
      closedAt: null,
    };
    repo.issues.push(issue);
    return issue;
  }

  addComment(
    fullName: string,
    issueNumber: number,
    fields: { login: string; body: string },
  ): Comment {
    const time = this.tick();
    const comment: Comment = {
      id: this.id(),
      issueNumber,
      body: fields.body,
      user: this.addUser(fields.login),
      createdAt: time,
      updatedAt: time,
    };
    this.repo(fullName).comments.push(comment);
    return comment;
  }

  /** A commit; `branch` moves that branch to it. `date` defaults to the server clock. */
  addCommit(
    fullName: string,
    fields: { sha: string; parents?: string[]; date?: string; branch?: string },
  ): Commit {
    const repo = this.repo(fullName);
    const commit = {
      sha: fields.sha,
      parents: fields.parents ?? [],
      date: fields.date ?? this.tick(),
      message: `commit ${fields.sha.slice(0, 7)}`,
    };
    repo.commits.set(commit.sha, commit);
    if (fields.branch !== undefined) repo.branches.set(fields.branch, commit.sha);
    return commit;
  }

  /**
   * Makes the endpoint named `route` (Octokit's name) fail `times` times
   * (default: always), with `headers` on the answer (e.g. `retry-after`).
   */
  fail(
    route: string,
    options: {
      status?: number;
      message?: string;
      times?: number;
      headers?: Record<string, string>;
    } = {},
  ): void {
    this.faults.push({
      route,
      status: options.status ?? 403,
      message: options.message ?? 'Resource not accessible by integration',
      headers: options.headers ?? {},
      remaining: options.times ?? Infinity,
    });
  }

  /**
   * Holds the next `times` requests to `route` (default: all) before handling
   * them: `ms` milliseconds; or, with `barrier`, until that many are held,
   * so that concurrent clients all read before any writes; or forever
   * (`hang`: the connection stays open until the client gives up).
   */
  delay(
    route: string,
    options: { ms?: number; barrier?: number; hang?: boolean; times?: number } = {},
  ): void {
    this.delays.push({
      route,
      ms: options.ms ?? 0,
      hang: options.hang ?? false,
      barrier: options.barrier ?? 0,
      waiting: [],
      remaining: options.times ?? Infinity,
    });
  }

  /** Ends every failure and delay set up with {@link fail} and {@link delay}; held requests go on. */
  clearFaults(): void {
    this.faults.length = 0;
    for (const held of this.delays.splice(0)) for (const release of held.waiting) release();
  }

  /** Waits as the first matching {@link delay} says (hangs forever for `hang`). */
  async hold(route: string): Promise<void> {
    const held = this.delays.find((d) => d.route === route && d.remaining > 0);
    if (held === undefined) return;
    held.remaining--;
    if (held.hang) return new Promise<void>(() => undefined);
    if (held.barrier > 0) {
      const arrived = new Promise<void>((resolve) => held.waiting.push(resolve));
      if (held.waiting.length >= held.barrier) for (const release of held.waiting) release();
      await arrived;
    }
    if (held.ms > 0) await new Promise((resolve) => setTimeout(resolve, held.ms));
  }

  /** The repository, which must exist. */
  repo(fullName: string): Repo {
    const repo = this.repos.get(fullName);
    if (repo === undefined) throw new Error(`no repository ${fullName} in the test server`);
    return repo;
  }

  takeFault(route: string): Fault | undefined {
    const fault = this.faults.find((f) => f.route === route && f.remaining > 0);
    if (fault !== undefined) fault.remaining--;
    return fault;
  }

  log(entry: LoggedRequest): void {
    if (this.requests.length >= MAX_LOGGED) this.requests.shift();
    this.requests.push(entry);
  }

  id(): number {
    return this.nextId++;
  }

  /** The next timestamp: one second after the previous, so order is visible in `created_at`. */
  tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace('.000Z', 'Z');
  }
}

/** A thrown answer: status and GitHub's error body. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

interface Context {
  state: GitHubState;
  base: string;
  url: URL;
  params: string[];
  body: Record<string, unknown>;
  login: User | undefined;
  installation: boolean;
}

interface Answer {
  status: number;
  data: unknown;
  headers?: Record<string, string>;
}

type Handler = (context: Context) => Answer;

const REPO = '/repos/([^/]+)/([^/]+)';
const ROUTES: { method: string; pattern: RegExp; route: string; handle: Handler }[] = [
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
];

/** A running test server: its base URL (for `getOctokit(token, { baseUrl })`), its state, and `close`. */
export interface GitHubServer {
  url: string;
  state: GitHubState;
  close: () => Promise<void>;
}

/** Starts the server on 127.0.0.1 with an ephemeral port. */
export async function startGitHubServer(): Promise<GitHubServer> {
  const state = new GitHubState();
  const server = http.createServer((request, response) => {
    void serve(state, base, request, response);
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(
  state: GitHubState,
  base: string,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', base);
  const method = request.method ?? 'GET';
  const match = ROUTES.map((r) => ({ r, m: r.pattern.exec(url.pathname) })).find(
    ({ r, m }) => m !== null && r.method === method,
  );
  const entry: LoggedRequest = {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    route: match?.r.route,
    login: undefined,
    body: undefined,
    status: 500,
  };
  let answer: Answer;
  try {
    const text = await readBody(request);
    const body = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    entry.body = text === '' ? undefined : body;
    const auth = authenticate(state, request.headers.authorization);
    entry.login = auth?.user.login;
    if (match === undefined) throw new HttpError(404, 'Not Found');
    await state.hold(match.r.route);
    const fault = state.takeFault(match.r.route);
    if (fault !== undefined) throw new HttpError(fault.status, fault.message, {}, fault.headers);
    const params = match.m!.slice(1).map(decodeURIComponent);
    answer = match.r.handle({
      state,
      base,
      url,
      params,
      body,
      login: auth?.user,
      installation: auth?.installation ?? false,
    });
  } catch (error) {
    const failure =
      error instanceof HttpError
        ? error
        : error instanceof SyntaxError
          ? new HttpError(400, 'Problems parsing JSON')
          : new HttpError(500, String(error));
    answer = {
      status: failure.status,
      data: {
        message: failure.message,
        documentation_url: DOCS,
        status: String(failure.status),
        ...failure.extra,
      },
      headers: failure.headers,
    };
  }
  entry.status = answer.status;
  state.log(entry);
  const payload = answer.status === 204 ? '' : JSON.stringify(answer.data);
  response.writeHead(answer.status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    ...answer.headers,
  });
  response.end(payload);
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the client still gets its 413.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > MAX_BODY_BYTES) reject(new HttpError(413, 'Payload too large'));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

function authenticate(state: GitHubState, header: string | undefined) {
  if (header === undefined) return undefined;
  const token = /^(?:token|bearer)\s+(\S+)$/i.exec(header)?.[1];
  const auth = token === undefined ? undefined : state.tokens.get(token);
  if (auth === undefined) throw new HttpError(401, 'Bad credentials');
  return auth;
}

/** The repository of the route, checked for access: 404 when private and not a member. */
function repoOf(context: Context, write = false): Repo {
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
      head: { sha: issue.head.sha, ref: issue.head.ref, repo: { full_name: fullName } },
      base: { ref: issue.base?.ref ?? 'main', repo: { full_name: fullName } },
      html_url: `https://github.com/${fullName}/pull/${issue.number}`,
    },
  };
}

function issueOf(repo: Repo, number: string): Issue {
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

function userJson(base: string, user: User) {
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
