/**
 * Keyed paths through the real engine, the artifact store and the cache service of the local stand
 * (Azurite + the Results service's CacheService, with the Twirp contract of @actions/cache): run 1 packs
 * node_modules and publishes it under the lockfile's key; run 2 with the same lockfile does not pack it,
 * and its re-run resumes with node_modules back byte for byte, so the later stage runs; a changed lockfile
 * packs again; a swapped entry is refused with the workspace untouched, and the stage that filled it runs
 * again; a cache service that refuses the publication never fails the checkpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { quietly, setEnv } from './stand-helpers.js';
import {
  openStore,
  restoreCheckpoint,
  resumeFromPreviousAttempt,
  saveCheckpoint,
  treeDigest,
  type SaveResult,
} from '../../src/checkpoint/adapters/index.js';
import { checkpointId, keyedId } from '../../src/checkpoint/index.js';
import { CacheKeyedStore, keyedStoreFor } from '../../src/checkpoint/adapters/keyed-store.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import { trustedIn } from '../trusted.js';

const JOB = 'build';
const keyed = [{ path: 'node_modules', hashFiles: ['package-lock.json'] }];
let stand: Stand;
let restoreEnv: () => void;
let tmp: string;

beforeAll(async () => {
  stand = await startStand({ runId: 801, jobId: 5, runAttempt: 1 });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-keyed-cache-'));
  restoreEnv = setEnv({ ...stand.env, RUNNER_TEMP: path.join(tmp, 'runner-temp') });
});

afterAll(async () => {
  restoreEnv();
  await stand.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** A job's workspace: a checkout (src, the lockfile), and node_modules when installed. */
function checkout(name: string, lock: string): string {
  const ws = path.join(tmp, name);
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/test.js'), "require('../node_modules/pkg3'); console.log('ok');\n");
  writeFileSync(path.join(ws, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, lock }));
  return ws;
}

/** `npm ci`: the same lockfile makes the same tree (noise, so the archive is not all compression). */
function install(ws: string, lock: string): void {
  let seed = [...lock].reduce((n, c) => n * 31 + c.charCodeAt(0), 7) >>> 0;
  const noise = (n: number): Buffer =>
    Buffer.from(Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
  for (let p = 0; p < 20; p++) {
    const dir = path.join(ws, 'node_modules', `pkg${p}`);
    mkdirSync(path.join(dir, 'lib'), { recursive: true });
    writeFileSync(path.join(dir, 'index.js'), `module.exports = ${p};\n`);
    for (let f = 0; f < 10; f++) writeFileSync(path.join(dir, 'lib', `f${f}.bin`), noise(8_000));
  }
}

const ctx = (runId: number): Parameters<typeof openStore>[1] => ({
  token: stand.token,
  runId: String(runId),
  owner: 'octo-org',
  repo: 'demo',
});

async function save(
  runId: number,
  ws: string,
  stage: string,
  seq: number,
  completedStages: string[],
  withKeys = true,
): Promise<SaveResult> {
  const store = await openStore('artifact', ctx(runId));
  const { value } = await quietly(() =>
    saveCheckpoint({
      store,
      workspace: ws,
      paths: ['src', 'node_modules'],
      id: checkpointId({ runId: String(runId), job: JOB }, stage, 1, seq),
      meta: { job: JOB, runId: String(runId), attempt: 1, stage, completedStages },
      ...(withKeys ? { keyed } : {}),
      logger: new RecordingLogger(),
    }),
  );
  return value;
}

const nodeModulesIn = (r: SaveResult): string[] =>
  r.manifest.changed.filter((p) => p.startsWith('node_modules'));

describe('keyed node_modules through the cache service', () => {
  let run1: SaveResult;
  let run2: SaveResult;
  let run2Tree: string;

  it('run 1 packs node_modules once, into the entry it publishes under the lockfile key', async () => {
    process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(801, 5, 1);
    const ws = checkout('run1', 'v1');
    install(ws, 'v1');
    run1 = await save(801, ws, 'test', 1, ['install']);
    expect(run1.keyed).toEqual([expect.objectContaining({ path: 'node_modules', outcome: 'published' })]);
    expect(nodeModulesIn(run1)).toEqual([]);
    const key = run1.keyed![0]!.key;
    const published = stand.results.caches.filter((c) => c.finalized);
    expect(published.map((c) => c.key)).toEqual([key, `${key}-manifest`]);
    expect(run1.manifest.keyed).toEqual([expect.objectContaining({ key, id: keyedId(key) })]);
  });

  it('run 2 with the same lockfile does not pack it; its re-run restores it byte for byte and the next stage runs', async () => {
    process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(802, 5, 1);
    const ws = checkout('run2', 'v1');
    await save(802, ws, 'install', 1, []);
    install(ws, 'v1');
    // The same checkpoint without keys, as a baseline (another run's: this run's resume must not find it).
    const plain = await save(805, ws, 'plain', 1, ['install'], false);
    run2 = await save(802, ws, 'test', 2, ['install']);
    const key = run1.keyed![0]!.key;
    expect(run2.keyed).toEqual([{ path: 'node_modules', key, outcome: 'taken' }]);
    expect(nodeModulesIn(run2)).toEqual([]);
    expect(run2.manifest.keyed?.map((r) => r.id)).toEqual([keyedId(key)]);
    expect(nodeModulesIn(plain).length).toBeGreaterThan(200);
    expect(run2.manifest.archive.size).toBeLessThan(plain.manifest.archive.size / 20);
    expect(run2.storedBytes).toBeLessThan(1000);
    run2Tree = await treeDigest(ws);

    // The re-run: a fresh runner with the checkout only.
    process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(802, 5, 2);
    const rerun = checkout('run2-attempt2', 'v1');
    const store = await openStore('artifact', ctx(802));
    const logger = new RecordingLogger();
    const { value: resumed } = await quietly(async () =>
      resumeFromPreviousAttempt({
        store,
        trusted: await trustedIn(store),
        runId: '802',
        attempt: 2,
        job: JOB,
        workspace: rerun,
        logger,
      }),
    );
    expect(resumed).toMatchObject({
      resumed: true,
      resumeFrom: run2.manifest.id,
      completedStages: ['install'],
    });
    expect(await treeDigest(rerun)).toBe(run2Tree);
    expect(execFileSync(process.execPath, ['src/test.js'], { cwd: rerun, encoding: 'utf8' })).toBe('ok\n');
  });

  it("a resume whose keyed entries' store is past main's budget gives that checkpoint up", async () => {
    process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(802, 5, 2);
    const rerun = checkout('run2-attempt2-spent', 'v1');
    const before = await treeDigest(rerun);
    const store = await openStore('artifact', ctx(802));
    // What main hands the resume (adapters/job-ports.ts): the cache service's guard ends with its budget.
    const keyedStore = keyedStoreFor(store) as CacheKeyedStore;
    keyedStore.guard.endBy(Date.now() - 1, "main's budget is spent: the keyed entries download");
    const logger = new RecordingLogger();
    const { value: resumed } = await quietly(async () =>
      resumeFromPreviousAttempt({
        store,
        trusted: await trustedIn(store),
        runId: '802',
        attempt: 2,
        job: JOB,
        workspace: rerun,
        logger,
        keyedStore,
      }),
    );
    // The checkpoint that takes node_modules from the entry is given up; only the one before the install
    // (which takes nothing from the cache) is restored, so nothing of node_modules is there.
    expect(resumed).toMatchObject({ resumed: true, completedStages: [] });
    expect(resumed.resumeFrom).not.toBe(run2.manifest.id);
    expect(JSON.stringify(resumed.problems)).toContain("main's budget is spent: the keyed entries download");
    expect(await treeDigest(rerun)).toBe(before);
  });

  it('a changed lockfile packs node_modules again, into an entry under a new key', async () => {
    process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(803, 5, 1);
    const ws = checkout('run3', 'v2');
    install(ws, 'v2');
    const r = await save(803, ws, 'test', 1, ['install']);
    expect(r.keyed).toEqual([expect.objectContaining({ outcome: 'published' })]);
    const key = r.keyed![0]!.key;
    expect(key).not.toBe(run1.keyed![0]!.key);
    expect(stand.results.caches.filter((c) => c.finalized && c.key.startsWith(key))).toHaveLength(2);
  });

  it('a swapped entry is refused, the workspace left as it was, and the install runs again', async () => {
    // The v1 key now serves the v2 entry's archive.
    const v1 = stand.results.caches.find((c) => c.key === run1.keyed![0]!.key)!;
    const v2 = stand.results.caches.filter((c) => c.finalized && !c.key.endsWith('-manifest')).at(-1)!;
    expect(v2.key).not.toBe(v1.key);
    v1.blobName = v2.blobName;

    process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(802, 5, 3);
    const rerun = checkout('run2-attempt3', 'v1');
    const before = await treeDigest(rerun);
    const store = await openStore('artifact', ctx(802));
    const { value: refused } = await quietly(() =>
      restoreCheckpoint({ store, checkpoint: run2.manifest.id, dest: rerun }).then(
        () => 'restored',
        (error: Error) => error.message,
      ),
    );
    expect(refused).toMatch(/(swapped|tampered) with.*the workspace was not changed/s);
    expect(await treeDigest(rerun)).toBe(before);

    const logger = new RecordingLogger();
    const { value: resumed } = await quietly(async () =>
      resumeFromPreviousAttempt({
        store,
        trusted: await trustedIn(store),
        runId: '802',
        attempt: 3,
        job: JOB,
        workspace: rerun,
        logger,
      }),
    );
    // The checkpoint before the install stands in: 'install' is not complete, so it runs again.
    expect(resumed.resumeFrom).not.toBe(run2.manifest.id);
    expect(resumed.completedStages).toEqual([]);
    expect(resumed.problems?.[0]).toContain(run2.manifest.id);
  });

  it('a read-only cache token (ACTIONS_CACHE_MODE=read) publishes nothing and says why, not "another job"', async () => {
    process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(805, 5, 1);
    process.env.ACTIONS_CACHE_MODE = 'read';
    try {
      const before = stand.results.caches.length;
      const ws = checkout('run5', 'v5');
      install(ws, 'v5');
      const store = await openStore('artifact', ctx(805));
      const logger = new RecordingLogger();
      const { value: r } = await quietly(() =>
        saveCheckpoint({
          store,
          workspace: ws,
          paths: ['src', 'node_modules'],
          id: checkpointId({ runId: '805', job: JOB }, 'test', 1, 1),
          meta: { job: JOB, runId: '805', attempt: 1, stage: 'test', completedStages: ['install'] },
          keyed,
          logger,
        }),
      );
      expect(r.keyed).toEqual([expect.objectContaining({ outcome: 'not-published' })]);
      expect(nodeModulesIn(r).length).toBeGreaterThan(200);
      expect(stand.results.caches.length).toBe(before);
      const said = logger.messages('info').join('\n');
      expect(said).toContain("this run's cache token is read-only (ACTIONS_CACHE_MODE=read)");
      expect(said).not.toContain('by another job');
    } finally {
      delete process.env.ACTIONS_CACHE_MODE;
    }
  });

  it('a cache service that refuses the publication never fails the checkpoint', async () => {
    process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(804, 5, 1);
    stand.results.failNext('CreateCacheEntry', { status: 400, code: 'invalid_argument', msg: 'refused' }, 2);
    const ws = checkout('run4', 'v3');
    install(ws, 'v3');
    const r = await save(804, ws, 'test', 1, ['install']);
    expect(r.keyed).toEqual([expect.objectContaining({ outcome: 'not-published' })]);
    expect(nodeModulesIn(r).length).toBeGreaterThan(200);
    const dest = checkout('run4-restored', 'v3');
    const store = await openStore('artifact', ctx(804));
    const { value: restored } = await quietly(() =>
      restoreCheckpoint({ store, checkpoint: r.manifest.id, dest }),
    );
    expect(restored.files).toBe(r.files);
  });
});
