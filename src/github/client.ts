import { setTimeout as delay } from 'node:timers/promises';
import type { getOctokit } from '@actions/github';
import { errorMessage } from '../errors.js';

/** The REST client every function here takes first: made by `createClient` (octokit.ts). */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** Items per page for every list call: GitHub's maximum. */
export const PER_PAGE = 100;

/** How long one request may take, how often it is tried, how long to wait between tries. */
export interface RetryPolicy {
  /** Milliseconds before one request is given up (default 30 s). */
  timeoutMs: number;
  /** Tries per request, the first included (default 4). */
  attempts: number;
  /** The longest wait before a retry, whatever `retry-after` asks (default 60 s). */
  maxDelayMs: number;
  /** Waits `ms` milliseconds; tests pass one that does not sleep. */
  sleep: (ms: number) => Promise<void>;
  /** Told about each retry, e.g. to log it. */
  onRetry?: (message: string) => void;
}

const DEFAULT_RETRY_POLICY: RetryPolicy = {
  timeoutMs: 30_000,
  attempts: 4,
  maxDelayMs: 60_000,
  sleep: (ms) => delay(ms),
};

/**
 * Bounds every request of `octokit`: each try is aborted after `timeoutMs`; a
 * timeout, a network error, a 5xx and a rate limit (429, or 403 with
 * `retry-after` or `x-ratelimit-remaining: 0`) are retried up to `attempts`
 * tries, waiting as `retry-after` or `x-ratelimit-reset` ask (else 1 s, 2 s,
 * 4 s…), never longer than `maxDelayMs`. Anything else fails at once.
 */
export function boundRequests(
  octokit: GitHubClient,
  overrides: Partial<RetryPolicy> = {},
): GitHubClient {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...overrides };
  octokit.hook.wrap('request', async (request, endpoint) => {
    for (let attempt = 1; ; attempt++) {
      const signal = AbortSignal.timeout(policy.timeoutMs);
      // Set in place: before-after-hook hands inner hooks (the token's) the options object it
      // was called with, so options passed to `request` as a new object would be lost.
      endpoint.request = { ...endpoint.request, signal };
      try {
        return await request(endpoint);
      } catch (error) {
        const failure = signal.aborted ? timeoutFailure(policy.timeoutMs) : apiFailure(error);
        const wait = failure === undefined ? undefined : retryDelay(failure, attempt, policy);
        if (wait === undefined || attempt >= policy.attempts) {
          if (signal.aborted) throw new TimeoutError(endpoint, policy, error);
          throw error;
        }
        policy.onRetry?.(
          `GitHub API ${endpoint.method} ${endpoint.url}: ${failure!.status} ${failure!.message}; ` +
            `try ${attempt + 1} of ${policy.attempts} in ${Math.round(wait / 100) / 10} s`,
        );
        await policy.sleep(wait);
      }
    }
  });
  return octokit;
}

/** A request that got no answer within the client's timeout, on every try. */
export class TimeoutError extends Error {
  readonly status = 0;
  constructor(endpoint: { method: string; url: string }, policy: RetryPolicy, cause: unknown) {
    super(
      `GitHub API ${endpoint.method} ${endpoint.url} gave no answer within ${policy.timeoutMs / 1000} s, ` +
        `${policy.attempts} times`,
      { cause },
    );
    this.name = 'TimeoutError';
  }
}

/** What GitHub said when a request failed: the HTTP status, its `message`, and whether it was a rate limit. */
export interface ApiFailure {
  status: number;
  message: string;
  /** 429, or 403 with `retry-after` or `x-ratelimit-remaining: 0`: not a permission problem. */
  rateLimited: boolean;
  /** Milliseconds GitHub asked to wait (`retry-after`, else until `x-ratelimit-reset`). */
  retryAfterMs: number | undefined;
}

/**
 * The status and GitHub's message of a failed request (Octokit's RequestError,
 * recognised by shape so that no transitive package is imported), or undefined
 * for anything else, which callers re-throw.
 */
export function apiFailure(error: unknown, now: number = Date.now()): ApiFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, response } = error as {
    status?: unknown;
    response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
  };
  if (typeof status !== 'number' || status === 0) return undefined;
  const data = response?.data;
  const message =
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : error instanceof Error
        ? error.message
        : `HTTP ${status}`;
  const headers = response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  const reset = Number(headers['x-ratelimit-reset']);
  const exhausted = String(headers['x-ratelimit-remaining']) === '0';
  const retryAfterMs =
    headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0
      ? retryAfter * 1000
      : exhausted && Number.isFinite(reset)
        ? Math.max(0, reset * 1000 - now)
        : undefined;
  const rateLimited =
    status === 429 || (status === 403 && (headers['retry-after'] !== undefined || exhausted));
  return {
    status,
    message: message.replace(/\s*\n\s*/g, ' ').trim(),
    rateLimited,
    retryAfterMs,
  };
}

/**
 * True when the token may not do this: 403 (not a rate limit), or 404 (GitHub
 * answers 404, not 403, for a private repository the token cannot see), or
 * 410 (issues are turned off in the repository).
 */
export function isPermissionFailure(failure: ApiFailure | undefined): failure is ApiFailure {
  return failure !== undefined && !failure.rateLimited && [403, 404, 410].includes(failure.status);
}

/**
 * A write that failed as a result for its caller: `rate-limited` when the
 * rate limit held after the retries, `forbidden` (with `needs`, the
 * permission to grant) for a permission failure. Any other error is thrown,
 * prefixed by `what` (the step and the repository or pull request).
 */
export function refusedWrite(
  error: unknown,
  what: string,
  needs: string,
): { action: 'forbidden' | 'rate-limited'; message: string } {
  const failure = apiFailure(error);
  if (failure !== undefined && failure.rateLimited) {
    return {
      action: 'rate-limited',
      message: `${what} hit GitHub's rate limit (${failure.status} ${failure.message}), still after retrying`,
    };
  }
  if (!isPermissionFailure(failure)) {
    throw new Error(`${what}: ${errorMessage(error)}`, { cause: error });
  }
  return {
    action: 'forbidden',
    message: `${what} failed (${failure.status} ${failure.message}): ${needs}`,
  };
}

function timeoutFailure(timeoutMs: number): ApiFailure {
  return {
    status: 0,
    message: `no answer within ${timeoutMs / 1000} s`,
    rateLimited: false,
    retryAfterMs: undefined,
  };
}

/** How long to wait before trying again, or undefined when trying again cannot help. */
function retryDelay(failure: ApiFailure, attempt: number, policy: RetryPolicy): number | undefined {
  const transient =
    failure.status === 0 ||
    // Octokit reports a network error (no response) as 500 too: both are worth another try.
    [500, 502, 503, 504].includes(failure.status) ||
    failure.rateLimited;
  if (!transient) return undefined;
  const backoff = 1000 * 2 ** (attempt - 1);
  return Math.min(failure.retryAfterMs ?? backoff, policy.maxDelayMs);
}
