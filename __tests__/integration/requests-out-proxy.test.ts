/**
 * Behind a proxy, post's REST reads go through @actions/github's fetch (undici's), not node:http: the count
 * of requests sent (adapters/requests-out.ts) must see them, or the classifier's compile waits out its cap.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createServer, type ServerResponse, type Server } from 'node:http';
import { requestsOut } from '../../src/adapters/requests-out.js';
import { restClient } from '../../src/adapters/rest-light.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';
import { apiThroughProxy, closeServers, listen, tunnellingProxy } from '../tunnel-proxy.js';

let api: Server;
let proxy: Server;
const tunnels: string[] = [];
const held: ServerResponse[] = [];
let arrived: () => void = () => undefined;
const saved = { ...process.env };

/** Whether `p` has settled once every callback already due has run. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

beforeAll(async () => {
  api = createServer((req, res) => {
    req.resume();
    // Held unanswered: what counts is that the request went out, not its answer.
    held.push(res);
    arrived();
  });
  await listen(api);
  proxy = await tunnellingProxy(api, tunnels);
  apiThroughProxy(proxy);
});
afterAll(async () => {
  process.env = saved;
  await closeServers(proxy, api);
});

it("counts the reads post sends through a proxy (undici's fetch)", async () => {
  const out = requestsOut(20_000);
  const both = new Promise<void>((resolve) => (arrived = () => held.length >= 2 && resolve()));
  const client = await restClient('ghs_test', new RecordingLogger(), {});
  const reads = [
    client.rest.actions.getJobForWorkflowRun({ owner: 'o', repo: 'r', job_id: 1 }),
    client.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 2 }),
  ];
  for (const read of reads) read.catch(() => undefined);
  // Both reached the API through the proxy: both were sent, so the count has them.
  await both;
  expect(tunnels.length).toBeGreaterThanOrEqual(1);
  expect(await settled(out(2))).toBe(true);
  for (const res of held) res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  await Promise.allSettled(reads);
});
