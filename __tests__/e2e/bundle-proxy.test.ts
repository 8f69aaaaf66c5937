/**
 * The bundle's REST client behind a proxy: the bundle maps `undici` to its stand-in (src/adapters/undici-lazy.ts,
 * tsconfig.bundle.json), so @actions/github's proxy-aware fetch gets the stand-in's ProxyAgent, which must still
 * send the call through the proxy the environment names. Main's lane on a PR job asks the API for the PR's files:
 * run from dist/ with HTTP_PROXY set, that call must reach the API through the proxy's tunnel.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { runNodeAction } from './node-action.js';
import { listen, portOf, tunnellingProxy } from '../tunnel-proxy.js';

let api: Server;
let proxy: Server;
const tunnels: string[] = [];
const asked: string[] = [];

beforeAll(async () => {
  api = createServer((req, res) => {
    asked.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url?.startsWith('/repos/o/r/pulls/5/files')) res.end(JSON.stringify([{ filename: 'docs/a.md' }]));
    else if (req.url?.startsWith('/repos/o/r/pulls/5'))
      res.end(
        JSON.stringify({ additions: 1, deletions: 0, changed_files: 1, labels: [{ name: 'via-proxy' }] }),
      );
    else res.end('{}');
  });
  await listen(api);
  // A tunnelling proxy: whatever host the client asks for, it connects to the API above.
  proxy = await tunnellingProxy(api, tunnels);
});
afterAll(async () => {
  for (const server of [proxy, api]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

it("main's call for the PR's files goes through the proxy the environment names", async () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bundle-proxy-'));
  const ws = path.join(tmp, 'ws');
  mkdirSync(ws);
  const event = path.join(tmp, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: { number: 5, base: { ref: 'main' }, head: { ref: 'feature' }, labels: [] },
    }),
  );
  const r = await runNodeAction({
    entry: 'main',
    ws,
    tmp,
    inputs: { 'github-token': 'ghs_test' },
    env: {
      // A host that is not loopback (loopback bypasses the proxy); only the proxy knows where it is.
      GITHUB_API_URL: 'http://api.github.test',
      HTTP_PROXY: `http://127.0.0.1:${portOf(proxy)}`,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REF: 'refs/pull/5/merge',
      GITHUB_BASE_REF: 'main',
      GITHUB_HEAD_REF: 'feature',
    },
    killAfterMs: 60_000,
  });
  expect(r.code).toBe(0);
  expect(asked).toContain('GET /repos/o/r/pulls/5');
  expect(tunnels.length).toBeGreaterThan(0);
  expect(new Set(tunnels)).toEqual(new Set(['api.github.test:80']));
  expect(r.stdout).not.toMatch(/pull request #5 could not be read/);
}, 90_000);

// The artifact and cache services' transport (@actions/http-client) builds its proxy agent from `tunnel`, which
// the bundle maps to a stand-in that loads the real package at the first agent (src/adapters/tunnel-lazy.ts).
// Post restores the recovery ledger from the cache service on every job (main asks the cache nothing).
it("post's read of the ledger from the cache service goes through the proxy the environment names", async () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bundle-proxy-'));
  const ws = path.join(tmp, 'ws');
  mkdirSync(ws);
  tunnels.length = 0;
  asked.length = 0;
  const r = await runNodeAction({
    entry: 'post',
    ws,
    tmp,
    inputs: {},
    env: {
      // Not loopback, which bypasses the proxy: only the proxy knows where it is.
      ACTIONS_RESULTS_URL: 'http://results.github.test/',
      HTTP_PROXY: `http://127.0.0.1:${portOf(proxy)}`,
    },
    killAfterMs: 60_000,
  });
  expect(r.code).toBe(0);
  expect(new Set(tunnels)).toEqual(new Set(['results.github.test:80']));
  expect(asked.some((a) => /^POST \/twirp\/github\.actions\.results\.api\.v1\.CacheService\//.test(a))).toBe(
    true,
  );
}, 90_000);
