/**
 * With a proxy named, the REST client goes through it as @actions/github's does (its proxy-aware fetch is
 * loaded for that): a runner behind a proxy must still reach the API.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { getOctokit } from '../../src/adapters/github.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';
import { apiThroughProxy, closeServers, listen, tunnellingProxy } from '../tunnel-proxy.js';

let api: Server;
let proxy: Server;
const tunnels: string[] = [];
const saved = { ...process.env };

beforeAll(async () => {
  api = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 1, name: 'through the proxy' }));
  });
  await listen(api);
  // A tunnelling proxy: whatever host the client asks for, it connects to the API above.
  proxy = await tunnellingProxy(api, tunnels);
  apiThroughProxy(proxy);
});
afterAll(async () => {
  process.env = saved;
  await closeServers(proxy, api);
});

it('a call goes through the proxy the environment names', async () => {
  const octokit = getOctokit('ghs_test', { logger: new RecordingLogger() });
  const { data } = await octokit.rest.repos.get({ owner: 'o', repo: 'r' });
  expect(data.name).toBe('through the proxy');
  expect(tunnels).toEqual(['api.github.test:80']);
});
