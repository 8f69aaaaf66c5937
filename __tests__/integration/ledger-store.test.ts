/**
 * The ledger in the cache service of the local stand (Results service + Azurite), as post and the supervisor keep it:
 * new key per run attempt, restore by the branch prefix (newest wins), other branches never leak in, and
 * a broken cache service only warns.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readJobEnv } from '../../src/runner/adapters/job-env.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import { BlobServiceClient } from '@azure/storage-blob';
import { documentCache, ledgerDirIn, restoreLedger, saveLedger } from '../../src/adapters/ledger-store.js';
import { jobStorePort } from '../../src/adapters/job-store-port.js';
import { inert } from '../../src/core/text.js';
import {
  emptyLedger,
  failureSignature,
  isFlaky,
  keyRulesOutPass,
  ledgerKey,
  ledgerKeyPrefix,
  openDigest,
  recordOutcome,
  recordRevert,
  revertsToday,
  serializeLedger,
  type Ledger,
} from '../../src/core/ledger.js';
import { CACHE_CONTAINER, CACHE_WRITE_DENIED } from '../../stand/services/results-service.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

const SHA = 'c0ffee0000000000000000000000000000000001';
let stand: Stand;
let work: string;
let savedEnv: NodeJS.ProcessEnv;
const stdout: string[] = [];
/** Where post and the supervisor keep the ledger file: the cache version hashes this path. */
const dir = (): string => ledgerDirIn(path.join(work, 'temp'));
const write = process.stdout.write.bind(process.stdout);

beforeAll(async () => {
  stand = await startStand();
  work = await mkdtemp(path.join(os.tmpdir(), 'ledger-store-'));
  // The cache client runs tar in the workspace, as on a runner (where it always exists).
  await mkdir(path.join(work, 'ws'));
});
afterAll(async () => {
  await stand?.stop();
  await rm(work, { recursive: true, force: true });
});
beforeEach(() => {
  savedEnv = { ...process.env };
  Object.assign(process.env, stand.jobEnv(700, 1), {
    RUNNER_TEMP: path.join(work, 'temp'),
    GITHUB_WORKSPACE: path.join(work, 'ws'),
  });
  // The cache client logs through @actions/core: keep its workflow commands out of the test output.
  stdout.length = 0;
  process.stdout.write = (chunk: string | Uint8Array): boolean => (stdout.push(String(chunk)), true);
});
afterEach(() => {
  process.stdout.write = write;
  process.env = savedEnv;
});

describe('ledger store', () => {
  it('round-trips: each run saves a new key, the next run restores the newest by prefix', async () => {
    const log = new RecordingLogger();
    const sig = failureSignature('network', 'npm ERR! network read ECONNRESET');

    const first = await restoreLedger({ branch: 'main', runId: 700, attempt: 1, dir: dir() }, log);
    expect(first).toEqual({ ledger: emptyLedger('main') });

    const afterRun1 = recordOutcome(first.ledger, {
      runId: 700,
      attempt: 1,
      sha: SHA,
      job: 'build',
      outcome: 'failure',
      at: new Date().toISOString(),
      failureType: 'network',
      signature: sig,
    });
    const saved1 = await saveLedger(
      afterRun1,
      { branch: 'main', runId: 700, attempt: 1, job: 'build', dir: dir() },
      log,
    );
    expect(saved1.saved).toBe(true);
    expect(saved1.key.startsWith(ledgerKeyPrefix('main'))).toBe(true);

    // Attempt 2 of the same run restores attempt 1's ledger, passes, and saves under its own key.
    Object.assign(process.env, stand.jobEnv(700, 1, 2));
    const second = await restoreLedger(
      { branch: 'main', runId: 700, attempt: 2, job: 'build', dir: dir() },
      log,
    );
    expect(second.key).toBe(saved1.key);
    expect(second.ledger).toEqual(afterRun1);
    let afterRun2 = recordOutcome(second.ledger, {
      runId: 700,
      attempt: 2,
      sha: SHA,
      job: 'build',
      outcome: 'success',
      at: new Date().toISOString(),
    });
    afterRun2 = recordRevert(afterRun2, { at: new Date().toISOString(), sha: 'd'.repeat(40), pr: 3 });
    const saved2 = await saveLedger(
      afterRun2,
      { branch: 'main', runId: 700, attempt: 2, job: 'build', dir: dir() },
      log,
    );
    expect(saved2.saved).toBe(true);
    expect(saved2.key).not.toBe(saved1.key);

    // A later run gets the newest entry: flaky and the revert count are known.
    Object.assign(process.env, stand.jobEnv(701, 1));
    const third = await restoreLedger(
      { branch: 'main', runId: 701, attempt: 1, job: 'build', dir: dir() },
      log,
    );
    expect(third.key).toBe(saved2.key);
    expect(isFlaky(third.ledger, sig, SHA, 'build')).toBe(true);
    expect(revertsToday(third.ledger)).toBe(1);
    expect(log.messages('warning')).toEqual([]);

    // Both entries are really in the cache service, under distinct keys.
    const keys = stand.results.caches.filter((c) => c.finalized).map((c) => c.key);
    expect(keys).toEqual(expect.arrayContaining([saved1.key, saved2.key]));
  });

  it("a job on another runner (another RUNNER_TEMP) finds the ledger a job saved: the entry's version names no path", async () => {
    const log = new RecordingLogger();
    const ledger = recordOutcome(emptyLedger('dev'), {
      runId: 990,
      attempt: 1,
      sha: SHA,
      job: 'build',
      outcome: 'failure',
      at: new Date().toISOString(),
    });
    const runner = (name: string): string => ledgerDirIn(path.join(work, name, '_temp'));
    const place = { branch: 'dev', runId: 990, attempt: 1, job: 'build' };
    expect((await saveLedger(ledger, { ...place, dir: runner('runner-a') }, log)).saved).toBe(true);
    const found = await restoreLedger({ ...place, runId: 991, dir: runner('runner-b') }, log);
    expect(found.ledger.entries).toEqual(ledger.entries);
    expect(log.messages('warning')).toEqual([]);
  });

  it('a branch whose name extends another never restores its ledger', async () => {
    const log = new RecordingLogger();
    const ledger = recordOutcome(emptyLedger('release'), {
      runId: 800,
      attempt: 1,
      sha: SHA,
      job: 'x',
      outcome: 'success',
      at: new Date().toISOString(),
    });
    expect(
      (await saveLedger(ledger, { branch: 'release', runId: 800, attempt: 1, dir: dir() }, log)).saved,
    ).toBe(true);
    const other = await restoreLedger({ branch: 'release-2', runId: 801, attempt: 1, dir: dir() }, log);
    expect(other).toEqual({ ledger: emptyLedger('release-2') });
    const same = await restoreLedger({ branch: 'release', runId: 801, attempt: 1, dir: dir() }, log);
    expect(same.ledger.entries).toHaveLength(1);
  });

  it('a cache service failure only warns: restore says the ledger was not read (an empty stand-in), save reports not saved', async () => {
    const log = new RecordingLogger();
    // 503 on both attempts (a failure that may pass): not read.
    stand.results.failNext('GetCacheEntryDownloadURL', { status: 503, code: 'unavailable', msg: 'no' }, 2);
    const restored = await restoreLedger({ branch: 'main', runId: 900, attempt: 1, dir: dir() }, log);
    expect(restored).toEqual({ ledger: emptyLedger('main'), unread: expect.stringMatching(/\(503\)/) });
    stand.results.failNext('CreateCacheEntry', { status: 403, code: 'permission_denied', msg: 'no' });
    const saved = await saveLedger(
      emptyLedger('main'),
      { branch: 'main', runId: 900, attempt: 1, dir: dir() },
      log,
    );
    expect(saved.saved).toBe(false);
    expect(log.messages('warning')).toEqual([
      expect.stringMatching(
        /^ci-recovery: could not restore the ledger of branch main: .*\(503\).* this job does not save the ledger, so that the branch's history is not overwritten\.$/,
      ),
      expect.stringMatching(/^ci-recovery: could not save the ledger \(cache key .*\): .*\(403\)/),
    ]);
  });

  it('a read-only cache token (ACTIONS_CACHE_MODE=read) says so in one line: no save attempted, no warning', async () => {
    const log = new RecordingLogger();
    const ledger = recordOutcome(emptyLedger('main'), {
      runId: 950,
      attempt: 1,
      sha: SHA,
      job: 'build',
      outcome: 'success',
      at: new Date().toISOString(),
    });
    const place = { branch: 'main', runId: 950, attempt: 1, job: 'build', dir: dir() };
    expect((await saveLedger(ledger, place, log)).saved).toBe(true);

    // A fork PR's workflow_run: the token reads the cache, the service refuses to create an entry.
    Object.assign(process.env, stand.jobEnv(951, 1, 1, [], 'read'));
    const creates = (): number => stand.results.calls.filter((c) => c.method === 'CreateCacheEntry').length;
    const before = creates();
    const restored = await restoreLedger({ ...place, runId: 951 }, log);
    expect(restored.ledger.entries).toHaveLength(1); // reading is still allowed
    // The caller hands the job's mode, as post (job-ports.ts) and the supervisor (supervise-run.ts) do.
    const cacheMode = readJobEnv().cacheMode;
    expect(cacheMode).toBe('read');
    const saved = await saveLedger(
      restored.ledger,
      { ...place, runId: 951, ...(cacheMode ? { cacheMode } : {}) },
      log,
    );
    expect(saved.saved).toBe(false);
    expect(creates()).toBe(before);
    expect(log.messages('info')).toContain(
      'ci-recovery: the cache token of this run is read-only (ACTIONS_CACHE_MODE=read): the ledger is not kept.',
    );
    expect(log.messages('warning')).toEqual([]);
    expect(stdout.join('')).not.toMatch(/another job|::warning::/);
  });

  it('ACTIONS_CACHE_MODE none or write-only: the ledger is not read at all (the runner forbids reads there), and is unread', async () => {
    const log = new RecordingLogger();
    const place = { branch: 'main', runId: 960, attempt: 1, job: 'build', dir: dir() };
    const ledger = recordOutcome(emptyLedger('main'), {
      runId: 960,
      attempt: 1,
      sha: SHA,
      job: 'build',
      outcome: 'success',
      at: new Date().toISOString(),
    });
    expect((await saveLedger(ledger, place, log)).saved).toBe(true);
    const lookups = (): number =>
      stand.results.calls.filter((c) => c.method === 'GetCacheEntryDownloadURL').length;
    for (const cacheMode of ['none', 'write-only']) {
      const before = lookups();
      const restored = await restoreLedger({ ...place, runId: 961, cacheMode }, log);
      expect(restored.ledger.entries).toEqual([]);
      // Not looked up is not "none": the branch's history may be there, and no save may bury it.
      expect(restored.unread).toBe(
        `this run's cache token may not read the cache (ACTIONS_CACHE_MODE=${cacheMode})`,
      );
      expect(lookups()).toBe(before);
      expect(log.messages('info')).toContain(
        `ci-recovery: this run's cache token may not read the cache (ACTIONS_CACHE_MODE=${cacheMode}): going on without the ledger, and saving none.`,
      );
    }
    // `write` reads as before.
    expect(
      (await restoreLedger({ ...place, runId: 962, cacheMode: 'write' }, log)).ledger.entries,
    ).toHaveLength(1);
  });

  it("post's store port hands the job's ACTIONS_CACHE_MODE to the ledger's restore: with none, no read is sent", async () => {
    const log = new RecordingLogger();
    const place = { branch: 'main', runId: 965, attempt: 1, job: 'build' };
    const ledger = recordOutcome(emptyLedger('main'), {
      runId: 965,
      attempt: 1,
      sha: SHA,
      job: 'build',
      outcome: 'success',
      at: new Date().toISOString(),
    });
    expect((await saveLedger(ledger, { ...place, dir: dir() }, log)).saved).toBe(true);
    const lookups = (): number =>
      stand.results.calls.filter((c) => c.method === 'GetCacheEntryDownloadURL').length;
    const runnerTemp = path.join(work, 'temp');

    const before = lookups();
    const closed = jobStorePort({ runnerTemp, cacheMode: 'none' }, log);
    expect(await closed.restoreLedger({ ...place, runId: 966 })).toBeUndefined();
    expect(lookups()).toBe(before);
    expect(log.messages('info')).toContain(
      "ci-recovery: this run's cache token may not read the cache (ACTIONS_CACHE_MODE=none): going on without the ledger, and saving none.",
    );
    // Its save is none, and no warning says so again.
    await closed.saveLedger(ledger, { ...place, runId: 966 });
    expect(log.messages('warning')).toEqual([]);
    // Without a mode the same port reads the entry saved above.
    const open = jobStorePort({ runnerTemp }, log);
    expect(((await open.restoreLedger({ ...place, runId: 967 })) as Ledger).entries).toHaveLength(1);
    expect(lookups()).toBe(before + 1);
  });

  it("the stand refuses a read-only token's entry as the service does: ok false, and the warning says why", async () => {
    Object.assign(process.env, stand.jobEnv(952, 1, 1, [], 'read'));
    delete process.env.ACTIONS_CACHE_MODE; // what a save that does not read the mode meets
    const log = new RecordingLogger();
    const saved = await saveLedger(
      emptyLedger('main'),
      { branch: 'main', runId: 952, attempt: 1, dir: dir() },
      log,
    );
    expect(saved.saved).toBe(false);
    expect(log.messages('warning')).toEqual([
      `ci-recovery: the ledger was not saved (cache key ${saved.key}): the cache service did not reserve ${saved.key} (${CACHE_WRITE_DENIED}).`,
    ]);
    expect(stand.results.caches.some((c) => c.key === saved.key)).toBe(false);
  });

  it("the supervisor of a fork PR's run (a read-only cache token) says the ledger is not kept, in one line", async () => {
    Object.assign(process.env, stand.jobEnv(953, 2, 1, [], 'read'));
    const { supervisePorts } = await import('../../src/supervise/adapters/supervise-run.js');
    const { DEFAULT_CONFIG } = await import('../../src/core/config-defaults.js');
    const ports = supervisePorts({
      token: stand.token,
      repo: { owner: 'octo-org', repo: 'demo' },
      config: DEFAULT_CONFIG,
      env: { runId: '953', attempt: 1, runnerTemp: path.join(work, 'temp'), cacheMode: 'read' },
      runId: 940,
      tempDir: path.join(work, 'temp'),
    });
    await ports.ledger?.save(emptyLedger('main'), 'main');
    const said = stdout.join('');
    expect(said).toContain(
      'ci-recovery: the cache token of this run is read-only (ACTIONS_CACHE_MODE=read): the ledger is not kept.',
    );
    expect(said).not.toMatch(/another job|::warning::/);
  });

  it('without a cache service (no ACTIONS_RESULTS_URL) nothing is attempted and nothing throws', async () => {
    delete process.env.ACTIONS_RESULTS_URL;
    const log = new RecordingLogger();
    expect(await restoreLedger({ branch: 'main', runId: 1, attempt: 1, dir: dir() }, log)).toEqual({
      ledger: emptyLedger('main'),
    });
    expect(
      (await saveLedger(emptyLedger('main'), { branch: 'main', runId: 1, attempt: 1, dir: dir() }, log))
        .saved,
    ).toBe(false);
    expect(log.messages('warning')).toEqual([]);
  });

  it("a ledger's key carries its open items' digest: a green lookup it rules out downloads nothing; an open pass, an older key it downloads", async () => {
    const log = new RecordingLogger();
    const branch = 'settled-branch';
    const at = new Date().toISOString();
    const place = { branch, runId: 980, attempt: 1, job: 'unit' };
    const [s1, s2, s3] = ['1', '2', '3'].map((c) => c.repeat(40)) as [string, string, string];
    const open = recordOutcome(emptyLedger(branch), {
      runId: 980,
      attempt: 1,
      sha: s1,
      job: 'unit',
      outcome: 'failure',
      at,
    });
    // Fixed forward: the pass is on a new commit, and the failure stays open on its own.
    const fixed = recordOutcome(open, {
      runId: 981,
      attempt: 1,
      sha: s2,
      job: 'unit',
      outcome: 'success',
      at,
    });
    const runnerTemp = path.join(work, 'temp');
    const port = jobStorePort({ runnerTemp }, log);
    const blobs = BlobServiceClient.fromConnectionString(stand.azurite.connectionString);
    /** Drops the entry's bytes behind the service's back: a download of it now fails, and warns. */
    const dropBlob = async (key: string): Promise<void> => {
      const record = stand.results.caches.find((c) => c.key === key)!;
      await blobs.getContainerClient(CACHE_CONTAINER).getBlobClient(record.blobName).delete();
    };
    const lookups = (): number =>
      stand.results.calls.filter((c) => c.method === 'GetCacheEntryDownloadURL').length;
    const green = (sha: string) => ({ greenPass: { job: 'unit', sha } });

    // The job's last entry is a failure: a pass on any commit answers it, so a green job downloads the ledger.
    const savedOpen = await saveLedger(open, { ...place, dir: dir() }, log);
    expect(savedOpen).toEqual({ saved: true, key: ledgerKey(branch, 980, 1, 'unit', openDigest(open)) });
    expect(await port.restoreLedger({ ...place, runId: 990 }, green(s2))).toEqual(open);

    // After the fix: a green job on a third commit has nothing to answer, and the key says so.
    const savedFixed = await saveLedger(fixed, { ...place, runId: 981, dir: dir() }, log);
    expect(savedFixed).toEqual({ saved: true, key: ledgerKey(branch, 981, 1, 'unit', openDigest(fixed)) });
    await dropBlob(savedFixed.key);
    const before = lookups();
    const found = await port.restoreLedger({ ...place, runId: 991 }, green(s3));
    // One lookup, no download (the blob is gone: a download would have warned and given an empty ledger).
    expect(found).toEqual({ leftUnread: true, read: expect.any(Function) });
    expect(lookups()).toBe(before + 1);
    expect(log.messages('warning')).toEqual([]);
    // Asked for after all (a job that turned out not green), it is downloaded: here its blob is gone (404),
    // which no later try changes: it warns, naming the key, and a new ledger replaces it.
    expect(await (found as { read(): Promise<Ledger | undefined> }).read()).toEqual(emptyLedger(branch));
    expect(log.messages('warning')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^ci-recovery: the ledger under cache key ${savedFixed.key} could not be downloaded \\(.*blob storage: 404.*\\), and never will be: the next save replaces it\\.$`,
        ),
      ),
    ]);
    // A re-run of the failed commit answers its failure: downloaded (and here it fails, and warns).
    expect(await port.restoreLedger({ ...place, runId: 992 }, green(s1))).toEqual(emptyLedger(branch));
    expect(log.messages('warning')).toHaveLength(2);
    // Without `greenPass` (a job not green, the supervisor) the digest changes nothing: it is downloaded.
    expect(await port.restoreLedger({ ...place, runId: 993 })).toEqual(emptyLedger(branch));
    expect(log.messages('warning')).toHaveLength(3);

    // A key without a digest (saved before it existed), or with a mark of another version, is downloaded.
    const cache = await documentCache(path.join(dir(), 'ledger.json'));
    for (const [runId, mark] of [
      [994, ''],
      [995, '~settled'],
      [996, `~o2-${'0'.repeat(64)}`],
    ] as const) {
      expect(
        await cache!.save(`${ledgerKey(branch, runId, 1, 'unit')}${mark}`, serializeLedger(fixed)),
      ).toBeUndefined();
      expect(await port.restoreLedger({ ...place, runId: 999 }, green(s3))).toEqual(fixed);
    }
  });

  describe('a ledger not read this time is never saved over (nothing is lost); one that never reads is replaced', () => {
    const runnerTemp = (): string => path.join(work, 'temp');
    const entry = (runId: number): Parameters<typeof recordOutcome>[1] => ({
      runId,
      attempt: 1,
      sha: SHA,
      job: 'build',
      outcome: 'failure',
      at: new Date().toISOString(),
    });
    const keysOf = (branch: string): string[] =>
      stand.results.caches.filter((c) => c.key.startsWith(ledgerKeyPrefix(branch))).map((c) => c.key);
    /** Drops the entry's bytes behind the service's back: its lookup succeeds, its download fails (404). */
    const dropBlob = async (key: string): Promise<void> => {
      const record = stand.results.caches.find((c) => c.key === key)!;
      const blobs = BlobServiceClient.fromConnectionString(stand.azurite.connectionString);
      await blobs.getContainerClient(CACHE_CONTAINER).getBlobClient(record.blobName).delete();
    };
    /** The cache service answers the lookup 503 on both of its attempts: a failure that may pass. */
    const unavailable = (msg = 'unavailable'): void =>
      stand.results.failNext('GetCacheEntryDownloadURL', { status: 503, code: 'unavailable', msg }, 2);

    it("post's store: a branch's first run (none found) saves; a restore that fails (503) then saves nothing over it", async () => {
      const log = new RecordingLogger();
      const branch = 'unread-post';
      const place = (runId: number) => ({ branch, runId, attempt: 1, job: 'build' });
      const first = jobStorePort({ runnerTemp: runnerTemp() }, log);
      const none = await first.restoreLedger(place(1001));
      expect(none).toEqual(emptyLedger(branch));
      await first.saveLedger(recordOutcome(none as Ledger, entry(1001)), place(1001));
      const [kept] = keysOf(branch);
      expect(keysOf(branch)).toHaveLength(1);

      unavailable();
      const next = jobStorePort({ runnerTemp: runnerTemp() }, log);
      expect(await next.restoreLedger(place(1002))).toBeUndefined();
      // What post would build on an empty stand-in is refused, with why.
      await next.saveLedger(recordOutcome(emptyLedger(branch), entry(1002)), place(1002));
      expect(keysOf(branch)).toEqual([kept]);
      expect(log.messages('warning')).toEqual([
        expect.stringMatching(/^ci-recovery: could not restore the ledger of branch unread-post: /),
        expect.stringMatching(
          /^ci-recovery: the ledger was not saved: the branch's ledger could not be read \(.+\), and one saved now would replace it\.$/,
        ),
      ]);
    });

    it("post's store: an entry whose blob is gone (404, on every try) is replaced by the next job, with a warning naming its key", async () => {
      // Refused, it would stay the newest and block every later save of the branch, for good.
      const log = new RecordingLogger();
      const branch = 'unread-gone';
      const place = (runId: number) => ({ branch, runId, attempt: 1, job: 'build' });
      const first = jobStorePort({ runnerTemp: runnerTemp() }, log);
      await first.saveLedger(recordOutcome(emptyLedger(branch), entry(2001)), place(2001));
      const [kept] = keysOf(branch);
      await dropBlob(kept!);

      const next = jobStorePort({ runnerTemp: runnerTemp() }, log);
      const restored = await next.restoreLedger(place(2002));
      expect(restored).toEqual(emptyLedger(branch));
      await next.saveLedger(recordOutcome(restored as Ledger, entry(2002)), place(2002));
      expect(keysOf(branch)).toHaveLength(2);
      expect(log.messages('warning')).toEqual([
        expect.stringMatching(
          new RegExp(
            `^ci-recovery: the ledger under cache key ${kept} could not be downloaded \\(.*blob storage: 404.*\\), and never will be: the next save replaces it\\.$`,
          ),
        ),
      ]);
      // The job after reads the new one: the branch's ledger goes on.
      const third = await jobStorePort({ runnerTemp: runnerTemp() }, log).restoreLedger(place(2003));
      expect((third as Ledger).entries.map((e) => e.runId)).toEqual([2002]);
    });

    it("post's store with ACTIONS_CACHE_MODE=write-only: not read, so nothing is saved over the branch's history", async () => {
      // The token may write: a ledger built on nothing would become the branch's newest.
      const log = new RecordingLogger();
      const branch = 'unread-write-only';
      const place = (runId: number) => ({ branch, runId, attempt: 1, job: 'build' });
      await jobStorePort({ runnerTemp: runnerTemp() }, log).saveLedger(
        recordOutcome(emptyLedger(branch), entry(1965)),
        place(1965),
      );
      const [kept] = keysOf(branch);
      const wo = jobStorePort({ runnerTemp: runnerTemp(), cacheMode: 'write-only' }, log);
      const got = await wo.restoreLedger(place(1966));
      expect(got).toBeUndefined();
      await wo.saveLedger(recordOutcome(emptyLedger(branch), entry(1966)), place(1966));
      expect(keysOf(branch)).toEqual([kept]);
      // Said once at the restore, as a line; not a warning on every job of such a run.
      expect(log.messages('warning')).toEqual([]);
      expect(log.messages('info')).toContain(
        "ci-recovery: this run's cache token may not read the cache (ACTIONS_CACHE_MODE=write-only): going on without the ledger, and saving none.",
      );
      const after = await restoreLedger({ ...place(1967), dir: dir() }, log);
      expect(after.ledger.entries.map((e) => e.runId)).toEqual([1965]);
    });

    it('post\'s store: a lookup refused (403 "cache read denied", not retried) says nothing of the entry: nothing is saved over it', async () => {
      const log = new RecordingLogger();
      const branch = 'unread-lookup-403';
      const place = (runId: number) => ({ branch, runId, attempt: 1, job: 'build' });
      await jobStorePort({ runnerTemp: runnerTemp() }, log).saveLedger(
        recordOutcome(emptyLedger(branch), entry(1970)),
        place(1970),
      );
      const [kept] = keysOf(branch);
      stand.results.failNext('GetCacheEntryDownloadURL', {
        status: 403,
        code: 'permission_denied',
        msg: 'cache read denied: no readable cache scopes',
      });
      const next = jobStorePort({ runnerTemp: runnerTemp() }, log);
      expect(await next.restoreLedger(place(1971))).toBeUndefined();
      await next.saveLedger(recordOutcome(emptyLedger(branch), entry(1971)), place(1971));
      expect(keysOf(branch)).toEqual([kept]);
      expect(log.messages('warning')).toEqual([
        expect.stringMatching(
          /^ci-recovery: could not restore the ledger of branch unread-lookup-403: .*\(403\)/,
        ),
        expect.stringMatching(/^ci-recovery: the ledger was not saved: /),
      ]);
    });

    it("a planted key's words (ETIMEDOUT, blob storage: 503, socket hang up) are no evidence: an entry over the cap, or gone, is replaced", async () => {
      // Anyone with write access to the cache's scope picks the key the lookup matches; quoted in an error,
      // its words read as a failure that may pass would block the branch's ledger for good.
      const log = new RecordingLogger();
      const cache = (await documentCache(path.join(dir(), 'ledger.json')))!;
      const cases: [string, string, () => Promise<void>][] = [
        ['planted-cap', '9-1(ETIMEDOUT) socket hang up', () => Promise.resolve()],
        [
          'planted-gone',
          '9-1 blob storage: 503 (ETIMEDOUT) socket hang up',
          () => dropBlob(planted('planted-gone')),
        ],
      ];
      const suffix = new Map(cases.map(([b, s]) => [b, s]));
      const planted = (branch: string): string => `${ledgerKeyPrefix(branch)}${suffix.get(branch)!}`;
      // Past the 32 MiB cap (document-cache.ts) for the first; a ledger's size for the second.
      const big = `{"pad":"${'x'.repeat((32 << 20) + 16)}"}`;
      for (const [branch, , afterSave] of cases) {
        const refused = await cache.save(planted(branch), branch === 'planted-cap' ? big : '{}');
        expect(refused).toBeUndefined();
        await afterSave();
        const place = (runId: number) => ({ branch, runId, attempt: 1, job: 'build' });
        const port = jobStorePort({ runnerTemp: runnerTemp() }, log);
        const restored = await port.restoreLedger(place(1980));
        expect(restored).toEqual(emptyLedger(branch));
        await port.saveLedger(recordOutcome(restored as Ledger, entry(1980)), place(1980));
        expect(keysOf(branch)).toHaveLength(2);
      }
      expect(log.messages('warning')).toEqual([
        expect.stringMatching(
          /^ci-recovery: the ledger under cache key .*is over 33554432 bytes.*the next save replaces it\.$/,
        ),
        expect.stringMatching(
          /^ci-recovery: the ledger under cache key .*blob storage: 404.*the next save replaces it\.$/,
        ),
      ]);
    });

    it("save warnings carry the service's text made inert (an escape sequence, a carriage return)", async () => {
      const log = new RecordingLogger();
      const msg = 'denied\u001b[31m\r::error::forged';
      const location = { branch: 'inert-save', runId: 3001, attempt: 1, dir: dir() };
      // A 403 the client does not retry: the service's message is in the error.
      stand.results.failNext('CreateCacheEntry', { status: 403, code: 'permission_denied', msg });
      expect((await saveLedger(emptyLedger('inert-save'), location, log)).saved).toBe(false);
      expect(keysOf('inert-save')).toEqual([]);
      const warnings = log.messages('warning');
      expect(warnings).toEqual([
        expect.stringMatching(/^ci-recovery: could not save the ledger \(cache key /),
      ]);
      for (const w of warnings) {
        expect(w).toContain('denied\\u001b[31m\\r::error::forged');
        expect(inert(w)).toBe(w); // no control character
      }
    });

    it("post's store: a service's error text in the restore's and the refused save's warnings is made inert", async () => {
      const log = new RecordingLogger();
      const place = { branch: 'unread-inert', runId: 1005, attempt: 1, job: 'build' };
      const port = jobStorePort({ runnerTemp: runnerTemp() }, log);
      const msg = 'denied\u001b[31m\r::error::forged';
      unavailable(msg);
      expect(await port.restoreLedger(place)).toBeUndefined();
      await port.saveLedger(recordOutcome(emptyLedger(place.branch), entry(1005)), place);
      expect(keysOf(place.branch)).toEqual([]);
      const warnings = log.messages('warning');
      expect(warnings).toHaveLength(2);
      expect(warnings[1]).toMatch(/^ci-recovery: the ledger was not saved: /);
      for (const w of warnings) {
        expect(w).toContain('denied\\u001b[31m\\r::error::forged');
        expect(inert(w)).toBe(w); // no control character
      }
    });

    it('an entry downloaded that this version cannot read (empty, not JSON, a newer version, every record malformed) is replaced, with a warning naming its key', async () => {
      // Refused, such an entry would block the branch's ledger for good: it never becomes readable.
      const cache = await documentCache(path.join(dir(), 'ledger.json'));
      const cases = [
        ['unread-empty', '', 'it is empty'],
        // The parser's message quotes the text: an escape sequence in it reaches no log raw.
        [
          'unread-json',
          '\u001b]0;x\u0007{',
          String.raw`ledger is not valid JSON (Unexpected token '\u001b', "\u001b]0;x\u0007{" is not valid JSON)`,
        ],
        [
          'unread-newer',
          JSON.stringify({ version: 99, entries: [] }),
          'ledger is of a newer version (99) than this one reads (1)',
        ],
        ['unread-format', JSON.stringify({ version: 'one' }), 'ledger has an unknown format or version'],
        [
          'unread-records',
          JSON.stringify({ version: 1, entries: [{ job: 7 }], reverts: [null] }),
          'ledger: dropped 2 malformed record(s)',
        ],
      ] as const;
      for (const [branch, text, why] of cases) {
        const log = new RecordingLogger();
        const stored = ledgerKey(branch, 1010, 1, 'build');
        expect(await cache!.save(stored, text)).toBeUndefined();
        const port = jobStorePort({ runnerTemp: runnerTemp() }, log);
        const place = { branch, runId: 1011, attempt: 1, job: 'build' };
        const restored = await port.restoreLedger(place);
        expect(restored).toEqual(emptyLedger(branch));
        await port.saveLedger(recordOutcome(restored as Ledger, entry(1011)), place);
        expect(keysOf(branch)).toHaveLength(2);
        const [warning, ...more] = log.messages('warning');
        expect(more).toEqual([]);
        // Its exact words: why, and nothing of the parser's ": starting a new one".
        expect(warning).toBe(
          `ci-recovery: the ledger under cache key ${stored} is not one this version reads (${why}): the next save replaces it.`,
        );
        expect(inert(warning ?? '')).toBe(warning); // no control character
      }
    });

    it("the supervisor's ledger: a load that fails (503) rejects and nothing is saved on it; a failed load marks nothing; a blob gone is replaced", async () => {
      const { supervisePorts } = await import('../../src/supervise/adapters/supervise-run.js');
      const { DEFAULT_CONFIG } = await import('../../src/core/config-defaults.js');
      /** The supervisor's ledger in run `runId` (its saves are keyed by its run). */
      const supervisorLedger = (runId: number) =>
        supervisePorts({
          token: stand.token,
          repo: { owner: 'octo-org', repo: 'demo' },
          config: DEFAULT_CONFIG,
          env: { runId: String(runId), attempt: 1, runnerTemp: runnerTemp() },
          runId,
          tempDir: runnerTemp(),
        }).ledger!;
      const ledger = supervisorLedger(1020);
      const fresh = await ledger.load('unread-fresh');
      expect(fresh).toEqual(emptyLedger('unread-fresh'));
      await ledger.save(recordOutcome(fresh, entry(1020)), 'unread-fresh');
      expect(keysOf('unread-fresh')).toHaveLength(1);

      const branch = 'unread-supervised';
      const saved = await saveLedger(
        recordOutcome(emptyLedger(branch), entry(1021)),
        { branch, runId: 1021, attempt: 1, job: 'build', dir: dir() },
        new RecordingLogger(),
      );
      unavailable();
      // The phase sees the rejection and builds nothing on it (supervise-gather.ts, supervise-sweep.ts).
      await expect(ledger.load(branch)).rejects.toThrow(/\(503\)/);
      expect(keysOf(branch)).toEqual([saved.key]);
      // The failed read is not kept for the invocation: the next step's load reads it, and a later load of
      // the invocation that finds the same entry gets that read, not a second download of it.
      const read = await ledger.load(branch);
      expect(read.entries.map((e) => e.runId)).toEqual([1021]);
      expect(await ledger.load(branch)).toBe(read);
      // The verdicts built on the good read are saved (the invocation's second save: a key of its own).
      await ledger.save(recordOutcome(read, entry(1022)), branch);
      expect(keysOf(branch)).toHaveLength(2);
      // Its blobs gone (404, on every try): the supervisor reads an empty one, and its save replaces it.
      for (const key of keysOf(branch)) await dropBlob(key);
      const later = supervisorLedger(1023);
      expect(await later.load(branch)).toEqual(emptyLedger(branch));
      await later.save(recordOutcome(emptyLedger(branch), entry(1023)), branch);
      expect(keysOf(branch)).toHaveLength(3);
    });

    it("a job's save between two loads of one supervisor invocation is read by the later load, not buried by the supervisor's next save", async () => {
      const { supervisePorts } = await import('../../src/supervise/adapters/supervise-run.js');
      const { DEFAULT_CONFIG } = await import('../../src/core/config-defaults.js');
      const ledger = supervisePorts({
        token: stand.token,
        repo: { owner: 'octo-org', repo: 'demo' },
        config: DEFAULT_CONFIG,
        env: { runId: '1040', attempt: 1, runnerTemp: runnerTemp() },
        runId: 1040,
        tempDir: runnerTemp(),
      }).ledger!;
      const branch = 'held-race';
      // The wake supervises its own run: a load, nothing to save.
      const first = await ledger.load(branch);
      // Meanwhile a CI job's post step on the branch records its outcome (outside the supervisor's
      // concurrency group).
      const at = { branch, runId: 1041, attempt: 1, job: 'build', dir: dir() };
      const post = await restoreLedger(at, new RecordingLogger());
      expect(
        (await saveLedger(recordOutcome(post.ledger, entry(1041)), at, new RecordingLogger())).saved,
      ).toBe(true);
      // A run the wake reconciles loads and saves.
      const later = await ledger.load(branch);
      expect(later).not.toBe(first);
      await ledger.save(recordOutcome(later, entry(1042)), branch);
      const newest = await restoreLedger(
        { branch, runId: 1050, attempt: 1, dir: dir() },
        new RecordingLogger(),
      );
      expect(newest.ledger.entries.map((e) => e.runId).sort()).toEqual([1041, 1042]);
      // Its own save is what a later load of the invocation gets, without downloading it again.
      expect((await ledger.load(branch)).entries.map((e) => e.runId).sort()).toEqual([1041, 1042]);
    });

    it("the supervisor's saves in one invocation each land under a key of their own (a wake saves for its run, then for each run it reconciles), and a lookup finds the newest", async () => {
      const { supervisePorts } = await import('../../src/supervise/adapters/supervise-run.js');
      const { DEFAULT_CONFIG } = await import('../../src/core/config-defaults.js');
      const ledger = supervisePorts({
        token: stand.token,
        repo: { owner: 'octo-org', repo: 'demo' },
        config: DEFAULT_CONFIG,
        env: { runId: '1030', attempt: 1, runnerTemp: runnerTemp() },
        runId: 1030,
        tempDir: runnerTemp(),
      }).ledger!;
      const branch = 'wake-saves';
      const ownRun = recordOutcome(await ledger.load(branch), entry(1030));
      await ledger.save(ownRun, branch);
      // A reconciled run's revert: the open items, and so the key's digest, are the same as the first save's.
      const reconciled = recordRevert(await ledger.load(branch), {
        at: new Date().toISOString(),
        sha: 'e'.repeat(40),
      });
      expect(reconciled.entries).toEqual(ownRun.entries);
      expect(openDigest(reconciled)).toBe(openDigest(ownRun));
      await ledger.save(reconciled, branch);
      const said = stdout.join('');
      expect(said).not.toMatch(/not saved|::warning::/);
      const keys = keysOf(branch);
      expect(keys).toEqual([
        ledgerKey(branch, 1030, 1, 'supervisor', openDigest(ownRun)),
        ledgerKey(branch, 1030, 1, 'supervisor-2', openDigest(reconciled)),
      ]);
      // The digest is still read off the key's end: a pass of `build` on SHA is open, another job's is not.
      expect(keyRulesOutPass(keys[1]!, { job: 'build', sha: SHA })).toBe(false);
      expect(keyRulesOutPass(keys[1]!, { job: 'lint', sha: SHA })).toBe(true);
      // The next invocation (by the branch's prefix) and this attempt's own key both find the newest.
      const log = new RecordingLogger();
      for (const runId of [1031, 1030]) {
        const restored = await restoreLedger(
          { branch, runId, attempt: 1, job: 'supervisor', dir: dir() },
          log,
        );
        expect(restored.key).toBe(keys[1]);
        expect(restored.ledger.reverts.map((r) => r.sha)).toEqual(['e'.repeat(40)]);
      }
      expect(log.messages('warning')).toEqual([]);
    });
  });
});
