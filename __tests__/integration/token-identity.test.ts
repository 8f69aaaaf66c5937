/**
 * Who the token writes as, where GitHub answers in a shape the types do not promise: asked ahead and not
 * awaited (`void tokenIdentity`), a throw there is an unhandled rejection, which ends post's process.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tokenIdentity } from '../../src/adapters/sticky-comment.js';
import { getOctokit } from '../../src/adapters/github.js';
import { ACTIONS_BOT } from '../../src/core/report/comment.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';

let server: http.Server;
let url: string;

beforeAll(async () => {
  // GET /user refused (an installation token); GraphQL answers 200 with neither `data` nor `errors`.
  server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const body =
        req.url === '/graphql' ? '{}' : JSON.stringify({ message: 'Resource not accessible by integration' });
      res.writeHead(req.url === '/graphql' ? 200 : 403, { 'content-type': 'application/json' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

it('a GraphQL answer without data is taken as no answer (GITHUB_TOKEN), never a rejection', async () => {
  const octokit = getOctokit('ghs_identitytesttoken', { baseUrl: url, logger: new RecordingLogger() });
  await expect(tokenIdentity(octokit)).resolves.toEqual(ACTIONS_BOT);
});
