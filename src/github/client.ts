import type { getOctokit } from '@actions/github';

/** The REST client every function here takes first: `getOctokit(token, { baseUrl })`. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** Items per page for every list call: GitHub's maximum. */
export const PER_PAGE = 100;

/** What GitHub said when a request failed: the HTTP status and its `message`. */
export interface ApiFailure {
  status: number;
  message: string;
}

/**
 * The status and GitHub's message of a failed request (Octokit's RequestError,
 * recognised by shape so that no transitive package is imported), or undefined
 * for anything else, which callers re-throw.
 */
export function apiFailure(error: unknown): ApiFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, response } = error as { status?: unknown; response?: { data?: unknown } };
  if (typeof status !== 'number') return undefined;
  const data = response?.data;
  const message =
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : error instanceof Error
        ? error.message
        : `HTTP ${status}`;
  return { status, message: message.replace(/\s*\n\s*/g, ' ').trim() };
}

/**
 * True when the token may not do this: 403, or 404 (GitHub answers 404, not
 * 403, for a private repository the token cannot see), or 410 (issues are
 * turned off in the repository).
 */
export function isPermissionFailure(failure: ApiFailure | undefined): failure is ApiFailure {
  return failure !== undefined && [403, 404, 410].includes(failure.status);
}
