/**
 * A checkpoint store given up is cancelled for real, not abandoned: the connections its calls held are
 * closed, so nothing keeps the node process alive afterwards (the e2e test proves the bundles' end).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ArtifactStore } from '../../src/checkpoint/adapters/artifact-store.js';
import { StoreGuard, StoreStalledError } from '../../src/checkpoint/adapters/store-guard.js';
import { timedLessCpuWait } from '../cpu-time.js';

let server: Server;
let port: number;
let saved: NodeJS.ProcessEnv;
/** The Results service answers nothing at all. */
let silentTwirp = false;
/** Requests the service has received. */
let requests = 0;

/**
 * Lists nothing, answers CreateArtifact with a blob URL on itself, and never answers anything else (with
 * `silentTwirp`, nothing at all).
 */
beforeAll(async () => {
  server = createServer((req, res) => {
    requests++;
    req.resume();
    res.setHeader('content-type', 'application/json');
    if (silentTwirp) return;
    if (req.url?.endsWith('/ListArtifacts')) res.end('{"artifacts":[]}');
    else if (req.url?.endsWith('/CreateArtifact'))
      res.end(JSON.stringify({ ok: true, signed_upload_url: `http://${req.headers.host}/c/b?sig=c2ln` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  saved = { ...process.env };
  const part = (x: object): string => Buffer.from(JSON.stringify(x)).toString('base64url');
  Object.assign(process.env, {
    ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`,
    ACTIONS_RUNTIME_TOKEN: `${part({ alg: 'none' })}.${part({ scp: 'Actions.Results:1:2' })}.`,
    GITHUB_SERVER_URL: 'https://github.com',
  });
});
afterEach(() => {
  process.env = saved;
  silentTwirp = false;
});

const connections = (): Promise<number> =>
  new Promise((resolve, reject) => server.getConnections((e, n) => (e ? reject(e) : resolve(n))));

/** Waits up to 2 s for the server to see every connection closed. */
async function connectionsClosed(): Promise<number> {
  for (let i = 0; i < 40 && (await connections()) > 0; i++) await new Promise((r) => setTimeout(r, 50));
  return connections();
}

it('an upload whose blob storage never answers: given up after the stall limit, its connection closed', async () => {
  const store = new ArtifactStore({ guard: new StoreGuard('the artifact service', 400) });
  const { value: error, ms } = await timedLessCpuWait(() =>
    store.putArchive('ckpt.tar.zst', Readable.from([Buffer.from('bytes')])).catch((e: unknown) => e),
  );
  expect(error).toBeInstanceOf(StoreStalledError);
  expect(ms).toBeLessThan(3000); // less the time this process waited for a CPU (a loaded machine)
  expect(await connectionsClosed()).toBe(0);
});

it('a Twirp call that never answers: given up, its connection closed, later calls refused at once', async () => {
  const store = new ArtifactStore({ guard: new StoreGuard('the artifact service', 400) });
  silentTwirp = true;
  const error = await store.objects().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreStalledError);
  expect(await connectionsClosed()).toBe(0);
  // Refused without asking the service again, and without waiting out the stall limit (400 ms) again:
  // settled before the event loop's next turn, so no timer or socket was waited on (a bound in wall time
  // failed whenever a busy machine paused this process for longer).
  const before = requests;
  const refused = store.putManifest('x', Buffer.from('{}')).then(
    () => 'stored',
    (e: unknown) => (e === error ? 'refused' : e),
  );
  const nextTurn = new Promise((r) => setImmediate(() => r('still waiting')));
  expect(await Promise.race([refused, nextTurn])).toBe('refused');
  expect(requests).toBe(before);
});

it("a re-run's resume against a store that never answers resumes nothing and warns; main does not fail", async () => {
  const { resumeFromPreviousAttempt } = await import('../../src/checkpoint/adapters/resume.js');
  const { RecordingLogger } = await import('../../src/runner/ports/logger.js');
  silentTwirp = true;
  const logger = new RecordingLogger();
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'hanging-resume-'));
  try {
    const result = await resumeFromPreviousAttempt({
      store: new ArtifactStore({ guard: new StoreGuard('the artifact service', 400) }),
      // The store hangs before any candidate is read: what the records name does not matter here.
      trusted: new Map(),
      runId: '91',
      attempt: 2,
      job: 'build',
      workspace,
      logger,
    });
    expect(result).toMatchObject({ resumed: false, completedStages: [] });
    expect(logger.messages('warning').join('\n')).toMatch(
      /ci-recovery: not resuming: the artifact service answered nothing for 0\.4 s, so the checkpoint store was given up .*; every stage runs again/,
    );
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
});
