/**
 * The memory of the local GitHub stand-in (github-server.ts): users and tokens,
 * repositories with their issues, comments and commits, injected failures and
 * delays, and the request log.
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
  /** `owner/repo` of a pull request's head when it comes from a fork (default: the repository). */
  headRepo?: string;
  /** A merged pull request's merge commit (GET /commits/SHA/pulls lists it). */
  mergeCommit?: string;
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
  /** Collaborators' permission (`admin`, `maintain`, `write`, `triage`, `read`); anyone else reads a public repository. */
  permissions: Map<string, string>;
  /** Run ids whose failed jobs were re-run (POST …/actions/runs/ID/rerun-failed-jobs). */
  reruns: number[];
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

export interface Fault {
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

const MAX_LOGGED = 10_000;

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
      permissions: new Map(),
      reruns: [],
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
