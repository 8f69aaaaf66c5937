/**
 * The REST client is built from @actions/github's own packages without loading @actions/github (its
 * undici and proxy code are most of a phase's start-up): with no proxy named, a call must reach the API
 * exactly as @actions/github's client sends it.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getOctokit } from '../../src/adapters/github.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
let server: Server;
let url: string;
const seen: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
const saved = { ...process.env };

beforeAll(async () => {
  for (const name of PROXY_VARIABLES) delete process.env[name];
  server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    req.resume();
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
