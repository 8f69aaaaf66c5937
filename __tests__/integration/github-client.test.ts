/**
 * The REST client is built from @actions/github's own packages without loading @actions/github (its
 * undici and proxy code are most of a phase's start-up): with no proxy named, a call must reach the API
 * exactly as @actions/github's client sends it.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_REST_POLICY, getOctokit } from '../../src/adapters/github.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
let server: Server;
let url: string;
const seen: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
/** Paths answered once with a 503 already (each path's first request fails). */
const failedOnce = new Set<string>();
const saved = { ...process.env };

beforeAll(async () => {
  for (const name of PROXY_VARIABLES) delete process.env[name];
  server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    req.resume();
    if (req.url?.startsWith('/repos/o/flaky-') && !failedOnce.has(req.url)) {
      failedOnce.add(req.url);
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Service Unavailable' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 1, name: 'r' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  process.env = saved;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** What reached the server for one `repos.get` by the client `make` builds. */
async function requestOf(
  make: () => { rest: { repos: { get(p: { owner: string; repo: string }): Promise<unknown> } } },
): Promise<(typeof seen)[number]> {
  seen.length = 0;
  await make().rest.repos.get({ owner: 'o', repo: 'r' });
  expect(seen).toHaveLength(1);
  const [request] = seen;
  if (!request) throw new Error('no request');
  return request;
}

it("sends the same request as @actions/github's client: method, path and headers", async () => {
  process.env.ACTIONS_ORCHESTRATION_ID = 'run 42/attempt:1';
  const github = await import('@actions/github');
  const theirs = await requestOf(() => github.getOctokit('ghs_test', { baseUrl: url }));
  const ours = await requestOf(() => getOctokit('ghs_test', { baseUrl: url, logger: new RecordingLogger() }));
  expect(ours).toEqual(theirs);
  expect(ours.headers.authorization).toBe('token ghs_test');
  expect(ours.headers['user-agent']).toMatch(
    /^actions_orchestration_id\/run_42_attempt_1 octokit-core\.js\//,
  );
});

it('honours GITHUB_API_URL when no base URL is given', async () => {
  process.env.GITHUB_API_URL = url;
  const ours = await requestOf(() => getOctokit('ghs_test', { logger: new RecordingLogger() }));
  expect(ours.url).toBe('/repos/o/r');
});

it("counts each call's retries on its own: a later call's first retry pauses 1 s, not the 4 s of a second retry", async () => {
  // A "second" of 7 ms: the pauses are read from the timers the retry plugin sets, not from a clock.
  const second = 7;
  const client = getOctokit('ghs_test', {
    baseUrl: url,
    logger: new RecordingLogger(),
    policy: { ...DEFAULT_REST_POLICY, msPerSecond: second },
  });
  const pauses: number[] = [];
  const realSetTimeout = globalThis.setTimeout;
  globalThis.setTimeout = ((fn: () => void, ms?: number) => {
    if (ms !== undefined && ms > 0 && ms % second === 0 && ms <= 16 * second) pauses.push(ms / second);
    return realSetTimeout(fn, ms);
  }) as typeof setTimeout;
  try {
    for (const name of ['flaky-1', 'flaky-2', 'flaky-3'])
      await client.rest.repos.get({ owner: 'o', repo: name });
  } finally {
    globalThis.setTimeout = realSetTimeout;
  }
  expect(seen.filter((r) => r.url?.startsWith('/repos/o/flaky-')).map((r) => r.url)).toEqual([
    '/repos/o/flaky-1',
    '/repos/o/flaky-1',
    '/repos/o/flaky-2',
    '/repos/o/flaky-2',
    '/repos/o/flaky-3',
    '/repos/o/flaky-3',
  ]);
  // Each call failed once: each waited the first retry's pause (1, 4, 9 s), not a count carried over.
  expect(pauses).toEqual([1, 1, 1]);
});
