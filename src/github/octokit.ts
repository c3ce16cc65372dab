import { getOctokit } from '@actions/github';
import { boundRequests, type GitHubClient, type RetryPolicy } from './client.js';

/**
 * A REST client for `baseUrl` (GITHUB_API_URL, default api.github.com) whose
 * every request has a timeout and a bounded retry ({@link boundRequests}).
 *
 * Importing this module parses GITHUB_EVENT_PATH: `@actions/github` builds its
 * `context` on import and throws a bare SyntaxError on a non-JSON payload. The
 * Action's entry therefore imports it only after it has read the payload itself.
 */
export function createClient(
  token: string,
  options: { baseUrl?: string } & Partial<RetryPolicy> = {},
): GitHubClient {
  const { baseUrl, ...policy } = options;
  return boundRequests(getOctokit(token, baseUrl === undefined ? {} : { baseUrl }), policy);
}
