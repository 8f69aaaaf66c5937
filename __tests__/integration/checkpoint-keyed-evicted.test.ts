/**
 * A keyed entry evicted by the cache service (issue 45: the stand's cache limit, least recently used first):
 * a re-run's resume must not plan to skip a stage on the word of files that cannot come back. It gives up
 * the checkpoint that took files from the entry, says the entry was evicted, and resumes from the one before.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { quietly, setEnv } from './stand-helpers.js';
import {
  openStore,
  resumeFromPreviousAttempt,
  saveCheckpoint,
  treeDigest,
} from '../../src/checkpoint/adapters/index.js';
import { checkpointId } from '../../src/checkpoint/index.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import { trustedIn } from '../trusted.js';

const JOB = 'build';
const RUN = 901;
/** node_modules below is 400 kB of random bytes: it fits, and a second 400 kB entry pushes it out. */
const LIMIT = 600_000;
let stand: Stand;
let restoreEnv: () => void;
let tmp: string;

beforeAll(async () => {
  stand = await startStand({ runId: RUN, jobId: 5, runAttempt: 1, cacheLimitBytes: LIMIT });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-keyed-evicted-'));
  restoreEnv = setEnv({ ...stand.env, RUNNER_TEMP: path.join(tmp, 'runner-temp') });
});

afterAll(async () => {
  restoreEnv();
  await stand.stop();
  rmSync(tmp, { recursive: true, force: true });
});

function checkout(name: string): string {
  const ws = path.join(tmp, name);
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/test.js'), "console.log('ok');\n");
  writeFileSync(path.join(ws, 'package-lock.json'), '{"lockfileVersion":3}');
  return ws;
}

async function save(ws: string, stage: string, seq: number, completedStages: string[]): Promise<string> {
  const store = await openStore('artifact', {
    token: stand.token,
    runId: String(RUN),
    owner: 'octo-org',
    repo: 'demo',
  });
  const { value } = await quietly(() =>
    saveCheckpoint({
      store,
      workspace: ws,
      paths: ['src', 'node_modules'],
      id: checkpointId({ runId: String(RUN), job: JOB }, stage, 1, seq),
      meta: { job: JOB, runId: String(RUN), attempt: 1, stage, completedStages },
      keyed: [{ path: 'node_modules', hashFiles: ['package-lock.json'] }],
      logger: new RecordingLogger(),
    }),
  );
  return value.manifest.id;
}

it('a re-run whose keyed entry was evicted resumes from the checkpoint before it and says it was evicted', async () => {
  process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(RUN, 5, 1);
  const ws = checkout('attempt1');
  const beforeInstall = await save(ws, 'install', 1, []);
  mkdirSync(path.join(ws, 'node_modules/pkg'), { recursive: true });
  writeFileSync(path.join(ws, 'node_modules/pkg/blob.bin'), randomBytes(400_000));
  const afterInstall = await save(ws, 'test', 2, ['install']);
  const entry = stand.results.caches.find((c) => c.finalized && !c.key.endsWith('-manifest'));
  expect(entry).toBeDefined();

  // Another job of the repository saves a large entry: the repository passes its limit and the least
  // recently used entries, node_modules and its manifest, are evicted.
  const other = path.join(tmp, 'other');
  mkdirSync(other, { recursive: true });
  writeFileSync(path.join(other, 'blob.bin'), randomBytes(400_000));
  const cache = await import('@actions/cache');
  expect((await quietly(() => cache.saveCache([other], 'someone-else'))).value).toBeGreaterThan(0);
  expect(stand.results.evictedCaches.map((c) => c.key)).toContain(entry!.key);

  process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(RUN, 5, 2);
  const rerun = checkout('attempt2');
  const before = await treeDigest(rerun);
  const store = await openStore('artifact', {
    token: stand.token,
    runId: String(RUN),
    owner: 'octo-org',
    repo: 'demo',
  });
  const logger = new RecordingLogger();
  const { value: resumed } = await quietly(async () =>
    resumeFromPreviousAttempt({
      store,
      trusted: await trustedIn(store),
      runId: String(RUN),
      attempt: 2,
      job: JOB,
      workspace: rerun,
      logger,
    }),
  );
  expect(resumed).toMatchObject({ resumed: true, resumeFrom: beforeInstall, completedStages: [] });
  const problems = JSON.stringify(resumed.problems);
  expect(problems).toContain(afterInstall);
  expect(problems).toContain(entry!.key);
  expect(problems).toMatch(/evicted/);
  expect(problems).toMatch(/least recently used/);
  expect(await treeDigest(rerun)).toBe(before);
});
