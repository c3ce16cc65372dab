import { InputError } from '../errors.js';

/** The repository an event happened in. */
export interface EventRepository {
  /** `owner/repo`. */
  fullName: string;
  id: number | undefined;
  defaultBranch: string | undefined;
}

/** A pull request was opened, pushed to, reopened… (`pull_request`). */
export interface PullRequestEvent {
  kind: 'pull_request';
  number: number;
  headSha: string;
  baseRef: string;
  repository: EventRepository;
  /** The payload's `action` (`opened`, `synchronize`, `labeled`…); undefined when absent. */
  action?: string;
  /** For `labeled`: the label's name. */
  label?: string;
  /** Who did it (`sender.login`). */
  sender?: string;
}

/**
 * A label was added to a pull request, seen with the base repository's token
 * (`pull_request_target`): only the accept label is handled, and no code of
 * the pull request runs.
 */
export interface PullRequestTargetEvent {
  kind: 'pull_request_target';
  number: number;
  action: string;
  label: string | undefined;
  sender: string;
  repository: EventRepository;
}

/** A comment was written on an issue or a pull request (`issue_comment`). */
export interface IssueCommentEvent {
  kind: 'issue_comment';
  action: string;
  number: number;
  /** The issue is a pull request. */
  isPullRequest: boolean;
  body: string;
  /** The comment's author (`comment.user.login`). */
  commenter: string;
  repository: EventRepository;
}

/** Commits were pushed to a branch or tag (`push`). */
export interface PushEvent {
  kind: 'push';
  /** The branch name when a branch was pushed; undefined for a tag. */
  branch: string | undefined;
  repository: EventRepository;
}

/** A cron schedule fired (`schedule`): it runs on the default branch. */
export interface ScheduleEvent {
  kind: 'schedule';
  repository: EventRepository | undefined;
}

/** Someone started the workflow by hand (`workflow_dispatch`). */
export interface WorkflowDispatchEvent {
  kind: 'workflow_dispatch';
  repository: EventRepository | undefined;
}

/** Another workflow's run was requested or completed (`workflow_run`). */
export interface WorkflowRunEvent {
  kind: 'workflow_run';
  /** The triggering run's id (`workflow_run.id`); undefined when absent. */
  runId?: number;
  /** The event that started that run, e.g. `pull_request`. */
  event: string;
  headSha: string;
  /** `owner/repo` of the run's head; undefined when unknown. */
  headRepo: string | undefined;
  /**
   * Numbers of this repository's pull requests whose head is the run's head.
   * GitHub leaves the list empty for a pull request from a fork (the PR number
   * then comes from the `compute` artifact) and may list pull requests of other
   * repositories, which are dropped here.
   */
  pullRequests: number[];
  repository: EventRepository;
}

/** An event the Action has no use for. */
export interface UnsupportedEvent {
  kind: 'unsupported';
  eventName: string;
}

/** The event that started the workflow, as far as the Action uses it. */
export type ActionEvent =
  | PullRequestEvent
  | PullRequestTargetEvent
  | IssueCommentEvent
  | PushEvent
  | ScheduleEvent
  | WorkflowDispatchEvent
  | WorkflowRunEvent
  | UnsupportedEvent;

/**
 * Reads the event payload (the parsed JSON of GITHUB_EVENT_PATH) of the event
 * named `eventName` (GITHUB_EVENT_NAME): only the fields the Action uses. A
 * payload missing one of them is an input error naming the field.
 */
export function parseEvent(eventName: string, payload: unknown): ActionEvent {
  const root = new Reader(payload, eventName);
  switch (eventName) {
    case 'pull_request': {
      const pr = root.object('pull_request');
      return {
        kind: 'pull_request',
        number: pr.integer('number'),
        headSha: pr.object('head').string('sha'),
        baseRef: pr.object('base').string('ref'),
        repository: repository(root.object('repository')),
        ...labeled(root),
      };
    }
    case 'pull_request_target': {
      const pr = root.object('pull_request');
      const { label, sender } = labeled(root);
      return {
        kind: 'pull_request_target',
        number: pr.integer('number'),
        action: root.string('action'),
        label,
        sender: sender ?? '',
        repository: repository(root.object('repository')),
      };
    }
    case 'issue_comment': {
      const issue = root.object('issue');
      const comment = root.object('comment');
      return {
        kind: 'issue_comment',
        action: root.string('action'),
        number: issue.integer('number'),
        isPullRequest: issue.optionalObject('pull_request') !== undefined,
        body: comment.optionalString('body') ?? '',
        commenter: comment.object('user').string('login'),
        repository: repository(root.object('repository')),
      };
    }
    case 'push': {
      const ref = root.string('ref');
      return {
        kind: 'push',
        branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
        repository: repository(root.object('repository')),
      };
    }
    case 'schedule':
    case 'workflow_dispatch': {
      const repo = root.optionalObject('repository');
      return { kind: eventName, repository: repo && repository(repo) };
    }
    case 'workflow_run': {
      const run = root.object('workflow_run');
      const repo = repository(root.object('repository'));
      const pullRequests = run
        .array('pull_requests')
        .filter((pr) => {
          const id = pr.optionalObject('base')?.optionalObject('repo')?.optionalInteger('id');
          return id === undefined || repo.id === undefined || id === repo.id;
        })
        .map((pr) => pr.integer('number'));
      return {
        kind: 'workflow_run',
        ...(run.optionalInteger('id') === undefined ? {} : { runId: run.optionalInteger('id') }),
        event: run.string('event'),
        headSha: run.string('head_sha'),
        headRepo: run.optionalObject('head_repository')?.string('full_name'),
        pullRequests,
        repository: repo,
      };
    }
    default:
      return { kind: 'unsupported', eventName };
  }
}

/** `action`, the label's name and the sender of a pull request event, when present. */
function labeled(root: Reader): { action?: string; label?: string; sender?: string } {
  const action = root.optionalString('action');
  const label = root.optionalObject('label')?.optionalString('name');
  const sender = root.optionalObject('sender')?.optionalString('login');
  return {
    ...(action === undefined ? {} : { action }),
    ...(label === undefined ? {} : { label }),
    ...(sender === undefined ? {} : { sender }),
  };
}

function repository(repo: Reader): EventRepository {
  return {
    fullName: repo.string('full_name'),
    id: repo.optionalInteger('id'),
    defaultBranch: repo.optionalString('default_branch'),
  };
}

/** Typed access to a JSON value; a missing or mistyped field is an input error naming its path. */
class Reader {
  constructor(
    readonly value: unknown,
    private readonly eventName: string,
    private readonly path = '',
  ) {}

  object(key: string): Reader {
    const reader = this.optionalObject(key);
    if (reader === undefined) throw this.error(key, 'an object');
    return reader;
  }

  optionalObject(key: string): Reader | undefined {
    const value = this.field(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) throw this.error(key, 'an object');
    return new Reader(value, this.eventName, this.at(key));
  }

  array(key: string): Reader[] {
    const value = this.field(key);
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw this.error(key, 'an array');
    return value.map(
      (item, index) => new Reader(item, this.eventName, `${this.at(key)}[${index}]`),
    );
  }

  string(key: string): string {
    const value = this.optionalString(key);
    if (value === undefined) throw this.error(key, 'a string');
    return value;
  }

  optionalString(key: string): string | undefined {
    const value = this.field(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw this.error(key, 'a string');
    return value;
  }

  integer(key: string): number {
    const value = this.optionalInteger(key);
    if (value === undefined) throw this.error(key, 'an integer');
    return value;
  }

  optionalInteger(key: string): number | undefined {
    const value = this.field(key);
    if (value === undefined || value === null) return undefined;
    if (!Number.isSafeInteger(value)) throw this.error(key, 'an integer');
    return value as number;
  }

  private field(key: string): unknown {
    if (typeof this.value !== 'object' || this.value === null || Array.isArray(this.value)) {
      throw new InputError(`expected an object`, {
        file: this.file(),
        where: this.path || '(root)',
      });
    }
    return (this.value as Record<string, unknown>)[key];
  }

  private at(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  private file(): string {
    return `${this.eventName} event payload`;
  }

  private error(key: string, expected: string): InputError {
    return new InputError(`expected ${expected}`, { file: this.file(), where: this.at(key) });
  }
}
