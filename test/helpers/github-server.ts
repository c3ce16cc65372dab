import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpError, ROUTES, type Answer } from './github-routes.js';
import { GitHubState, type LoggedRequest } from './github-state.js';

export * from './github-state.js';

/**
 * A local stand-in for api.github.com: the REST endpoints ablation-ci calls,
 * with GitHub's JSON shapes, status codes, pagination (`per_page`, `page`,
 * `Link` rel="next"/"last") and token auth, over in-memory state. Loopback
 * only, bounded request bodies and request log, deterministic timestamps.
 */

const DOCS = 'https://docs.github.com/rest';
const MAX_BODY_BYTES = 4 * 1024 * 1024;

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
