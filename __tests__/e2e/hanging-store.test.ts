/**
 * The checkpoint/ and restore/ bundles against a Results service that accepts every connection and never
 * answers: each step gives the store up after CI_RECOVERY_STORE_STALL_SECONDS of silence, warns, and its
 * node process ends (the runner waits for it), instead of holding the job for minutes per request.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runNodeAction, type Ran } from './node-action.js';

let silent: Server;
let answering: Server;
/** Accepts and never answers anything. */
let url: string;
/** Lists no artifacts and answers CreateArtifact with a signed URL on itself, where blob storage never answers. */
let answeringUrl: string;
const held: ServerResponse[] = [];
let tmp: string;
let blobRequests = 0;

async function listen(answers: boolean): Promise<[Server, string]> {
  const server = createServer((req, res) => {
    req.resume();
    if (answers && req.url?.endsWith('/ListArtifacts')) {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ artifacts: [] }));
      return;
    }
    if (answers && req.url?.endsWith('/CreateArtifact')) {
      res.setHeader('content-type', 'application/json');
      const blob = `http://${req.headers.host}/container/ckpt?sig=c2ln&sv=2024-01-01`;
      res.end(JSON.stringify({ ok: true, signed_upload_url: blob }));
      return;
    }
    if (answers && req.url?.startsWith('/container/')) blobRequests++;
    held.push(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return [server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`];
}

beforeAll(async () => {
  [silent, url] = await listen(false);
  [answering, answeringUrl] = await listen(true);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'hanging-store-'));
});
afterAll(async () => {
  for (const res of held) res.destroy();
  for (const server of [silent, answering]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs `dist/<entry>.js` as the runner runs a node action, with `inputs`, in a fresh workspace `ws`. */
function runBundle(
  entry: string,
  ws: string,
  inputs: Record<string, string>,
  resultsUrl = url,
): Promise<Ran> {
  const env = { ACTIONS_RESULTS_URL: resultsUrl, CI_RECOVERY_STORE_STALL_SECONDS: '2' };
  // A process the hung store keeps alive is killed at 30 s, and the test fails on its time.
  return runNodeAction({ entry, ws, tmp, inputs, env, killAfterMs: 30_000 });
}

function workspace(name: string): string {
  const ws = path.join(tmp, name);
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/a.txt'), 'mine');
  return ws;
}

it('checkpoint/ gives a silent artifact service up after the stall limit, warns, and its process ends with exit 0', async () => {
  const ws = workspace('ws-checkpoint');
  const r = await runBundle('checkpoint', ws, { paths: 'src', stage: 'build', store: 'artifact' });
  expect(r.code).toBe(0);
  expect(r.ms - (r.cpuWaitMs ?? 0)).toBeLessThan(15_000); // less its wait for a CPU (a loaded machine)
  expect(r.stdout).toMatch(
    /::warning::ci-recovery: no checkpoint saved for stage 'build': the artifact service answered nothing for 2 s, so the checkpoint store was given up/,
  );
  expect(r.outputs).not.toMatch(/checkpoint-id<<\S+\n\S/); // no id: nothing was saved
}, 40_000);

it('checkpoint/ whose blob upload hangs after the Results service answered is given up the same way', async () => {
  const ws = workspace('ws-blob');
  const r = await runBundle(
    'checkpoint',
    ws,
    { paths: 'src', stage: 'build', store: 'artifact' },
    answeringUrl,
  );
  expect(r.code).toBe(0);
  expect(r.ms - (r.cpuWaitMs ?? 0)).toBeLessThan(15_000); // less its wait for a CPU (a loaded machine)
  expect(blobRequests).toBeGreaterThan(0); // it did reach blob storage: the Azure client was what waited
  expect(r.stdout).toMatch(
    /::warning::ci-recovery: no checkpoint saved for stage 'build': the artifact service answered nothing for 2 s/,
  );
}, 40_000);

it('restore/ against a silent artifact service ends with found=false, a warning, and the workspace untouched', async () => {
  const ws = workspace('ws-restore');
  const r = await runBundle('restore', ws, { store: 'artifact', 'fail-on-miss': 'false' });
  expect(r.code).toBe(0);
  expect(r.ms - (r.cpuWaitMs ?? 0)).toBeLessThan(15_000); // less its wait for a CPU (a loaded machine)
  expect(r.stdout).toMatch(
    /::warning::ci-recovery: restore failed: the artifact service answered nothing for 2 s, so the checkpoint store was given up[^\n]*'fail-on-miss: false'/,
  );
  expect(r.outputs).toMatch(/found<<(\S+)\nfalse\n\1/);
  expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('mine');
}, 40_000);
