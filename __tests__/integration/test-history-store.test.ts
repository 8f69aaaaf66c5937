/**
 * The flaky-test history through the real @actions/cache client against the local stand (Results service +
 * Azurite, with GitHub's cache scopes in the runtime token): the default branch saves it; a pull request's
 * job restores the default branch's and leaves it for the job's later steps; a read-only cache token skips
 * the save with one line; a PR's own entry never leaks into the default branch.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { BlobServiceClient } from '@azure/storage-blob';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import {
  loadTestHistory,
  loadTestHistoryView,
  saveTestHistory,
  viewFile,
} from '../../src/adapters/test-history-store.js';
import { testKey, type TestId } from '../../src/core/test-identity.js';
import {
  emptyTestHistory,
  knowledgeOf,
  recordTestOutcomes,
  testHistoryKeyPrefix,
  type TestHistory,
} from '../../src/core/test-history.js';
import { inert } from '../../src/core/text.js';
import { documentCache } from '../../src/adapters/ledger-store.js';
import { CACHE_CONTAINER } from '../../stand/services/results-service.js';
import { cacheScopesFor, startStand, type Stand } from '../../stand/services/stand.js';
import { repoRoot } from '../../stand/services/paths.js';

const FLAKY: TestId = { runner: 'jest', suite: 'src/api.test.ts', name: 'login > retries <b>@team</b>' };
let stand: Stand;
let work: string;
let savedEnv: NodeJS.ProcessEnv;
const write = process.stdout.write.bind(process.stdout);

/**
 * A new job: RUNNER_TEMP at the same path (as on hosted runners: the cache's version hashes the file's
 * path), emptied, as each job's is.
 */
async function job(runId: number, ref: string, baseRef?: string): Promise<{ runnerTemp: string }> {
  const runnerTemp = path.join(work, 'temp');
  await rm(runnerTemp, { recursive: true, force: true });
  await mkdir(runnerTemp, { recursive: true });
  Object.assign(process.env, stand.jobEnv(runId, 1, 1, cacheScopesFor(ref, 'main', baseRef)), {
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: path.join(work, 'ws'),
  });
  return { runnerTemp };
}

function flakyOn(history: TestHistory, commits: number): TestHistory {
  let h = history;
  for (let i = 0; i < commits; i++) {
    h = recordTestOutcomes(
      h,
      [{ id: FLAKY, outcome: 'flaky', retries: 1 }],
      {
        sha: String(i).repeat(40),
        runId: 900 + i,
        attempt: 1,
        at: new Date(Date.UTC(2026, 10, 1, i)).toISOString(),
      },
      (o) => testKey(o.id),
    );
  }
  return h;
}

beforeAll(async () => {
  stand = await startStand();
  work = await mkdtemp(path.join(os.tmpdir(), 'test-history-store-'));
  await mkdir(path.join(work, 'ws'));
});
afterAll(async () => {
  await stand?.stop();
  await rm(work, { recursive: true, force: true });
});
beforeEach(() => {
  savedEnv = { ...process.env };
  // The cache client logs through @actions/core: keep its workflow commands out of the test output.
  process.stdout.write = (): boolean => true;
});
afterEach(() => {
  process.stdout.write = write;
  process.env = savedEnv;
});

describe('flaky-test history store', () => {
  it("a pull request reads the default branch's history and leaves it for its run/ steps; a read-only token saves nothing", async () => {
    const log = new RecordingLogger();
    // The default branch: three commits on which the test failed and then passed.
    const mainJob = await job(910, 'refs/heads/main');
    const mainPlace = { branch: 'main', runId: 910, attempt: 1, job: 'test' };
    expect(await loadTestHistory(mainPlace, mainJob, log)).toEqual(emptyTestHistory('main'));
    const saved = await saveTestHistory(flakyOn(emptyTestHistory('main'), 3), mainPlace, mainJob, log);
    expect(saved).toMatchObject({ saved: true });
    expect(saved.key.startsWith(testHistoryKeyPrefix('main'))).toBe(true);

    // A pull request's job (a fork's: the runner gives it a read-only cache token).
    const prJob = await job(911, 'refs/pull/5/merge', 'main');
    const prPlace = { branch: 'feature', base: 'main', runId: 911, attempt: 1, job: 'test' };
    const loaded = await loadTestHistory(prPlace, prJob, log);
    expect(loaded.branch).toBe('feature');
    expect(loaded.tests.map((t) => t.key)).toEqual([testKey(FLAKY)]);
    // Left for the job's later steps: run/ asks by key.
    const view = await loadTestHistoryView(prJob.runnerTemp);
    expect(view(testKey(FLAKY))).toMatchObject({ flaky: true, broken: false, flips: 5 });
    expect(view('jest:other::x')).toBeUndefined();
    // Post finds it again without a round trip: the file main left.
    const before = stand.results.caches.length;
    expect(await loadTestHistory(prPlace, prJob, log)).toEqual(loaded);
    expect(JSON.parse(await readFile(viewFile(prJob.runnerTemp), 'utf8'))).toEqual(loaded);

    const readOnly = await saveTestHistory(loaded, prPlace, { ...prJob, cacheMode: 'read' }, log);
    expect(readOnly.saved).toBe(false);
    expect(log.messages('info').filter((m) => m.includes('read-only'))).toEqual([
      'ci-recovery: the cache is read-only for this run (ACTIONS_CACHE_MODE=read): the flaky-test history is read but not saved.',
    ]);
    expect(stand.results.caches.length).toBe(before);
    expect(log.messages('warning')).toEqual([]);
  });

  it("a pull request's own entry stays in its scope: the default branch never reads it", async () => {
    const log = new RecordingLogger();
    const prJob = await job(920, 'refs/pull/6/merge', 'main');
    const prPlace = { branch: 'feature-2', base: 'main', runId: 920, attempt: 1, job: 'test' };
    const other: TestId = { runner: 'pytest', suite: 'tests/test_x.py', name: 'test_pr_only' };
    const history = recordTestOutcomes(
      await loadTestHistory(prPlace, prJob, log),
      [{ id: other, outcome: 'flaky', retries: 1 }],
      { sha: 'f'.repeat(40), runId: 920, attempt: 1, at: new Date().toISOString() },
      (o) => testKey(o.id),
    );
    expect((await saveTestHistory(history, prPlace, prJob, log)).saved).toBe(true);

    // The PR's next run reads its own entry, merged with the default branch's.
    const prAgain = await job(921, 'refs/pull/6/merge', 'main');
    const again = await loadTestHistory({ ...prPlace, runId: 921 }, prAgain, log);
    expect(again.tests.map((t) => t.key).sort()).toEqual([testKey(FLAKY), testKey(other)].sort());
    // Its entry speaks for itself only: flakes it claims the default branch saw count as its own.
    expect(again.base).toBe('main');
    const forged = recordTestOutcomes(
      again,
      [{ id: other, outcome: 'flaky', retries: 1 }],
      { sha: 'e'.repeat(40), branch: 'main', runId: 921, attempt: 1, at: new Date().toISOString() },
      (o) => testKey(o.id),
    );
    expect(knowledgeOf(forged, testKey(other))).toMatchObject({ baseFlakes: 1 });
    expect((await saveTestHistory(forged, { ...prPlace, runId: 921 }, prAgain, log)).saved).toBe(true);
    const third = await job(923, 'refs/pull/6/merge', 'main');
    const read = await loadTestHistory({ ...prPlace, runId: 923 }, third, log);
    expect(knowledgeOf(read, testKey(other))).toMatchObject({ flaky: true, flakes: 2 });
    expect(knowledgeOf(read, testKey(other))?.baseFlakes).toBeUndefined();
    // The default branch's own flakes still count for it.
    expect(knowledgeOf(read, testKey(FLAKY))).toMatchObject({ baseFlakes: 3, quarantinable: true });

    // The default branch: the PR's test is not in its history.
    const mainJob = await job(922, 'refs/heads/main');
    const main = await loadTestHistory({ branch: 'main', runId: 922, attempt: 1, job: 'test' }, mainJob, log);
    expect(main.tests.map((t) => t.key)).toEqual([testKey(FLAKY)]);
    expect(log.messages('warning')).toEqual([]);
  });

  it('a run/ step of a job where main left no history knows no test; a corrupt file is warned about, never thrown', async () => {
    const empty = path.join(work, 'no-history');
    expect((await loadTestHistoryView(empty))(testKey(FLAKY))).toBeUndefined();
    const corrupt = path.join(work, 'corrupt');
    await mkdir(path.dirname(viewFile(corrupt)), { recursive: true });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(viewFile(corrupt), '{"version":1,"tests":[{"key":');
    const log = new RecordingLogger();
    expect((await loadTestHistoryView(corrupt, log))(testKey(FLAKY))).toBeUndefined();
    expect(log.messages('warning')).toEqual([expect.stringContaining('not valid JSON')]);
  });

  it('two jobs of one run that both learnt something: the later save keeps what the earlier one saved, read beside its reservation', async () => {
    const log = new RecordingLogger();
    const a: TestId = { runner: 'go', suite: 'pkg/a', name: 'TestA' };
    const b: TestId = { runner: 'go', suite: 'pkg/b', name: 'TestB' };
    const learnt = (id: TestId, history: TestHistory) =>
      recordTestOutcomes(
        history,
        [{ id, outcome: 'flaky', retries: 1 }],
        { sha: 'a'.repeat(40), runId: 930, attempt: 1, at: new Date().toISOString() },
        (o) => testKey(o.id),
      );
    // Both jobs' main loaded the same history before either saved.
    const jobA = await job(930, 'refs/heads/release');
    const start = await loadTestHistory({ branch: 'release', runId: 930, attempt: 1, job: 'a' }, jobA, log);
    expect(
      (
        await saveTestHistory(
          learnt(a, start),
          { branch: 'release', runId: 930, attempt: 1, job: 'a' },
          jobA,
          log,
        )
      ).saved,
    ).toBe(true);
    const jobB = await job(930, 'refs/heads/release');
    // B's look at what was saved since its main loaded the history goes out beside its new entry's
    // reservation, not before it: the service holds the look-up until the reservation is asked (or 5 s).
    const overlap = stand.results.holdUntil('GetCacheEntryDownloadURL', 'CreateCacheEntry', 5_000);
    expect(
      (
        await saveTestHistory(
          learnt(b, start),
          { branch: 'release', runId: 930, attempt: 1, job: 'b' },
          jobB,
          log,
        )
      ).saved,
    ).toBe(true);
    expect(overlap.sent()).toBe(true);
    const next = await job(931, 'refs/heads/release');
    const later = await loadTestHistory({ branch: 'release', runId: 931, attempt: 1, job: 'a' }, next, log);
    expect(later.tests.map((t) => t.key).sort()).toEqual([testKey(a), testKey(b)]);
    expect(log.messages('warning')).toEqual([]);
  });

  it("a save refused at once returns only once its read of the branch's newest history is done: no work outlives it", async () => {
    const log = new RecordingLogger();
    const room = await job(940, 'refs/heads/settle');
    stand.results.failNext('CreateCacheEntry', { status: 409, code: 'already_exists', msg: 'taken' });
    stand.results.delay('GetCacheEntryDownloadURL', 800);
    const lookUps = () => stand.results.calls.filter((c) => c.method === 'GetCacheEntryDownloadURL').length;
    const before = lookUps();
    try {
      const place = { branch: 'settle', runId: 940, attempt: 1, job: 'a' };
      const result = await saveTestHistory(emptyTestHistory('settle'), place, room, log);
      expect(result.saved).toBe(false);
      // Answered (and recorded) 800 ms after it was sent: the refusal came long before.
      expect(lookUps()).toBe(before + 1);
    } finally {
      stand.results.delay('GetCacheEntryDownloadURL', 0);
    }
    expect(log.messages('warning')).toEqual([expect.stringMatching(/was not saved .*taken/)]);
  });

  it('on GHES, a save whose look-up and folder both fail ends with a warning, not an unhandled rejection (which ends the process)', async () => {
    // Its own process: Node's unhandled rejection would end it, as it ends post's.
    const runnerTemp = path.join(work, 'ghes-runner-temp');
    await writeFile(runnerTemp, ''); // a plain file: the restore's rm and the save's mkdir both fail
    const src = (file: string): string => pathToFileURL(path.join(repoRoot, 'src', file)).href;
    const script = `
      const { saveTestHistory } = await import(${JSON.stringify(src('adapters/test-history-store.ts'))});
      const { emptyTestHistory } = await import(${JSON.stringify(src('core/test-history.ts'))});
      const { RecordingLogger } = await import(${JSON.stringify(src('runner/adapters/logger.ts'))});
      const log = new RecordingLogger();
      const place = { branch: 'main', runId: 1, attempt: 1, job: 'a' };
      const room = { runnerTemp: process.env.RUNNER_TEMP, cacheMode: 'write' };
      const r = await saveTestHistory(emptyTestHistory('main'), place, room, log);
      process.stdout.write('\\n' + JSON.stringify({ saved: r.saved, warnings: log.messages('warning') }));`;
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_OPTIONS: '' };
    Object.assign(env, {
      GITHUB_SERVER_URL: 'https://ghes.example.com',
      ACTIONS_CACHE_URL: 'http://127.0.0.1:9/',
      ACTIONS_RUNTIME_TOKEN: 'x',
      RUNNER_TEMP: runnerTemp,
    });
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      { cwd: repoRoot, env },
    );
    const out = JSON.parse(stdout.split('\n').at(-1)!) as { saved: boolean; warnings: string[] };
    expect(out.saved).toBe(false);
    expect(out.warnings).toEqual([expect.stringMatching(/could not save the flaky-test history .*ENOTDIR/)]);
  });

  describe('a history not read this time is never saved over (nothing is lost); one that never reads is replaced', () => {
    const seen =
      (id: TestId, runId: number): ((h: TestHistory) => TestHistory) =>
      (h) =>
        recordTestOutcomes(
          h,
          [{ id, outcome: 'flaky', retries: 1 }],
          {
            sha: String(runId % 10).repeat(40),
            runId,
            attempt: 1,
            at: new Date(Date.UTC(2026, 10, 2, runId % 24)).toISOString(),
          },
          (o) => testKey(o.id),
        );
    const A: TestId = { runner: 'go', suite: 'pkg/a', name: 'TestOlder' };
    const B: TestId = { runner: 'go', suite: 'pkg/b', name: 'TestNewer' };
    const C: TestId = { runner: 'go', suite: 'pkg/c', name: 'TestLater' };
    /** The branch's entries saved (a key reserved and never filled is no entry). */
    const keysOf = (branch: string): string[] =>
      stand.results.caches
        .filter((c) => c.finalized && c.key.startsWith(testHistoryKeyPrefix(branch)))
        .map((c) => c.key);
    /** Drops the entry's bytes behind the service's back: its lookup succeeds, its download fails (404). */
    const dropBlob = async (key: string): Promise<void> => {
      const record = stand.results.caches.find((c) => c.key === key)!;
      const blobs = BlobServiceClient.fromConnectionString(stand.azurite.connectionString);
      await blobs.getContainerClient(CACHE_CONTAINER).getBlobClient(record.blobName).delete();
    };
    const keysIn = (h: TestHistory): string[] => h.tests.map((t) => t.key).sort();

    it("a 503 on the save's read of the branch's newest: not saved, and says why; the next job saves and keeps the older observations", async () => {
      const log = new RecordingLogger();
      const branch = 'hist-unread';
      const place = (runId: number) => ({ branch, runId, attempt: 1, job: 'test' });
      const first = await job(950, `refs/heads/${branch}`);
      expect(
        (await saveTestHistory(seen(A, 950)(emptyTestHistory(branch)), place(950), first, log)).saved,
      ).toBe(true);
      const [kept] = keysOf(branch);

      // The next job's load fails in passing (503 on both of the lookup's attempts): decided on as a first
      // run, and no view is left for later steps (they try again).
      const second = await job(951, `refs/heads/${branch}`);
      stand.results.failNext(
        'GetCacheEntryDownloadURL',
        { status: 503, code: 'unavailable', msg: 'busy' },
        2,
      );
      const loaded = await loadTestHistory(place(951), second, log);
      expect(loaded).toEqual(emptyTestHistory(branch));
      await expect(readFile(viewFile(second.runnerTemp), 'utf8')).rejects.toThrow(/ENOENT/);
      // Its save reads the newest again, and fails again: nothing is saved over it.
      stand.results.failNext(
        'GetCacheEntryDownloadURL',
        { status: 503, code: 'unavailable', msg: 'busy' },
        2,
      );
      expect((await saveTestHistory(seen(B, 951)(loaded), place(951), second, log)).saved).toBe(false);
      expect(keysOf(branch)).toEqual([kept]);
      expect(log.messages('warning')).toEqual([
        expect.stringMatching(
          /^ci-recovery: could not restore the flaky-test history of branch hist-unread: .*\(503\).*\. Going on without it\.$/,
        ),
        expect.stringMatching(
          /^ci-recovery: the flaky-test history was not saved \(cache key .*951.*\): the branch's newest history could not be read \(.*\(503\).*\), and one saved now would replace it\.$/,
        ),
      ]);

      // The job after reads it (and its save merges what the branch saved meanwhile): the older flake is kept.
      const third = await job(952, `refs/heads/${branch}`);
      const read = await loadTestHistory(place(952), third, log);
      expect((await saveTestHistory(seen(C, 952)(read), place(952), third, log)).saved).toBe(true);
      const fourth = await job(953, `refs/heads/${branch}`);
      expect(keysIn(await loadTestHistory(place(953), fourth, log))).toEqual([testKey(A), testKey(C)].sort());
      expect(log.messages('warning')).toHaveLength(2);
    });

    it('an entry whose blob is gone (404, on every try) is replaced by the next save, with one warning naming its key; the job after reads the new one', async () => {
      // Refused, it would stay the newest and block every later save of the branch, for good.
      const log = new RecordingLogger();
      const branch = 'hist-gone';
      const place = (runId: number) => ({ branch, runId, attempt: 1, job: 'test' });
      const first = await job(960, `refs/heads/${branch}`);
      expect(
        (await saveTestHistory(seen(A, 960)(emptyTestHistory(branch)), place(960), first, log)).saved,
      ).toBe(true);
      const [kept] = keysOf(branch);
      await dropBlob(kept!);

      // Post's load and save in one job: both read the entry, one warning.
      const second = await job(961, `refs/heads/${branch}`);
      const loaded = await loadTestHistory(place(961), second, log);
      expect(loaded).toEqual(emptyTestHistory(branch));
      expect((await saveTestHistory(seen(B, 961)(loaded), place(961), second, log)).saved).toBe(true);
      expect(keysOf(branch)).toHaveLength(2);
      expect(log.messages('warning')).toEqual([
        expect.stringMatching(
          new RegExp(
            `^ci-recovery: the flaky-test history under cache key ${inert(kept!)} could not be downloaded \\(.*blob storage: 404.*\\), and never will be: the next save replaces it\\.$`,
          ),
        ),
      ]);

      const third = await job(962, `refs/heads/${branch}`);
      expect(keysIn(await loadTestHistory(place(962), third, log))).toEqual([testKey(B)]);
      // A later save of the branch goes on as before.
      expect(
        (await saveTestHistory(seen(C, 962)(emptyTestHistory(branch)), place(962), third, log)).saved,
      ).toBe(true);
      expect(log.messages('warning')).toHaveLength(1);
    });

    it("a planted key's words (ETIMEDOUT, blob storage: 503) are no evidence: its entry gone is replaced; one not this version's is replaced, warned once", async () => {
      // Anyone with write access to the cache's scope picks the key the lookup matches: its words read as a
      // failure that may pass would block the branch's history for good.
      const log = new RecordingLogger();
      const cases: [string, string, string][] = [
        ['hist-planted-gone', '9-1 blob storage: 503 (ETIMEDOUT) socket hang up', '{"version":1}'],
        ['hist-planted-junk', '9-1-x', '{"version":99,"tests":'],
      ];
      for (const [branch, suffix, text] of cases) {
        const key = `${testHistoryKeyPrefix(branch)}${suffix}`;
        const room = await job(980, `refs/heads/${branch}`);
        const cache = (await documentCache(path.join(work, 'planted', 'history.json')))!;
        expect(await cache.save(key, text)).toBeUndefined();
        if (branch === 'hist-planted-gone') await dropBlob(key);
        const place = { branch, runId: 980, attempt: 1, job: 'test' };
        const loaded = await loadTestHistory(place, room, log);
        expect(loaded).toEqual(emptyTestHistory(branch));
        expect((await saveTestHistory(seen(A, 980)(loaded), place, room, log)).saved).toBe(true);
        const next = await job(981, `refs/heads/${branch}`);
        expect(keysIn(await loadTestHistory({ ...place, runId: 981 }, next, log))).toEqual([testKey(A)]);
      }
      expect(log.messages('warning')).toEqual([
        expect.stringMatching(
          /^ci-recovery: the flaky-test history under cache key .*blob storage: 404.*the next save replaces it\.$/,
        ),
        expect.stringMatching(
          /^ci-recovery: test history is not valid JSON: starting a new one \(cache key .*9-1-x\)\.$/,
        ),
      ]);
    });

    it('an entry whose records were dropped at load and whose blob is gone at save: both problems are said', async () => {
      // One warning per entry and kind: the second, different problem (the entry replaced) is not hidden.
      const log = new RecordingLogger();
      const branch = 'hist-two-problems';
      const key = `${testHistoryKeyPrefix(branch)}9-1-x`;
      const good = {
        sha: 'a'.repeat(40),
        runId: 9,
        attempt: 1,
        outcome: 'flaky',
        at: '2026-11-02T00:00:00.000Z',
      };
      const text = JSON.stringify({
        version: 1,
        branch,
        tests: [{ key: testKey(A), observations: [good, { ...good, outcome: 'exploded' }] }],
      });
      const room = await job(985, `refs/heads/${branch}`);
      const cache = (await documentCache(path.join(work, 'planted', 'history.json')))!;
      expect(await cache.save(key, text)).toBeUndefined();
      const place = { branch, runId: 985, attempt: 1, job: 'test' };
      const loaded = await loadTestHistory(place, room, log);
      expect(keysIn(loaded)).toEqual([testKey(A)]);
      await dropBlob(key);
      expect((await saveTestHistory(seen(B, 985)(loaded), place, room, log)).saved).toBe(true);
      expect(log.messages('warning')).toEqual([
        expect.stringMatching(
          /^ci-recovery: test history: dropped 1 malformed record\(s\) \(cache key .*9-1-x\)\.$/,
        ),
        expect.stringMatching(
          /^ci-recovery: the flaky-test history under cache key .*9-1-x could not be downloaded \(.*blob storage: 404.*\), and never will be: the next save replaces it\.$/,
        ),
      ]);
    });

    it('on GHES (the cache client, v1), an entry it did not download twice (404) is replaced by the next save; the job after reads the new one', async () => {
      // A v1 cache service of entries kept as the client uploads them: a lookup by prefix (the newest),
      // the archive served back, or 404 once it is gone; reserve, upload and commit for a save.
      const entries: { key: string; version: string; bytes: Buffer; gone?: boolean }[] = [];
      const reserved = new Map<number, { key: string; version: string; chunks: Buffer[] }>();
      const server = createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://x');
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const body = Buffer.concat(chunks);
          const api = '/_apis/artifactcache/';
          if (req.method === 'GET' && url.pathname === `${api}cache`) {
            const keys = (url.searchParams.get('keys') ?? '').split(',');
            const version = url.searchParams.get('version');
            const hit = entries.findLast(
              (e) => e.version === version && keys.some((k) => e.key.startsWith(k)),
            );
            if (!hit) return void res.writeHead(204).end();
            const { port } = server.address() as AddressInfo;
            res.writeHead(200, { 'content-type': 'application/json' });
            const archiveLocation = `http://127.0.0.1:${port}/blob/${entries.indexOf(hit)}`;
            return void res.end(JSON.stringify({ cacheKey: hit.key, archiveLocation }));
          }
          if (req.method === 'GET' && url.pathname.startsWith('/blob/')) {
            const entry = entries[Number(url.pathname.slice('/blob/'.length))];
            if (!entry || entry.gone) return void res.writeHead(404).end('gone');
            return void res.writeHead(200, { 'content-length': entry.bytes.length }).end(entry.bytes);
          }
          if (req.method === 'POST' && url.pathname === `${api}caches`) {
            const { key, version } = JSON.parse(body.toString('utf8')) as { key: string; version: string };
            const cacheId = reserved.size + 1;
            reserved.set(cacheId, { key, version, chunks: [] });
            res.writeHead(201, { 'content-type': 'application/json' });
            return void res.end(JSON.stringify({ cacheId }));
          }
          const id = Number(url.pathname.slice(`${api}caches/`.length));
          const entry = reserved.get(id);
          if (entry && req.method === 'PATCH') entry.chunks.push(body);
          else if (entry && req.method === 'POST')
            entries.push({ key: entry.key, version: entry.version, bytes: Buffer.concat(entry.chunks) });
          else return void res.writeHead(404).end();
          res.writeHead(204).end();
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const log = new RecordingLogger();
      const branch = 'hist-ghes';
      const place = (runId: number) => ({ branch, runId, attempt: 1, job: 'test' });
      const ghesJob = async (runId: number) => {
        const room = await job(runId, `refs/heads/${branch}`);
        const { port } = server.address() as AddressInfo;
        Object.assign(process.env, {
          GITHUB_SERVER_URL: 'https://ghes.example.com',
          ACTIONS_CACHE_URL: `http://127.0.0.1:${port}/`,
          ACTIONS_RUNTIME_TOKEN: 'x',
        });
        delete process.env.ACTIONS_RESULTS_URL;
        delete process.env.ACTIONS_CACHE_SERVICE_V2;
        return room;
      };
      try {
        const first = await ghesJob(990);
        const start = await loadTestHistory(place(990), first, log);
        expect((await saveTestHistory(seen(A, 990)(start), place(990), first, log)).saved).toBe(true);
        expect(entries.map((e) => e.key)).toEqual([expect.stringContaining('990-1-test')]);
        entries[0]!.gone = true;

        const second = await ghesJob(991);
        const loaded = await loadTestHistory(place(991), second, log);
        expect(loaded).toEqual(emptyTestHistory(branch));
        expect((await saveTestHistory(seen(B, 991)(loaded), place(991), second, log)).saved).toBe(true);
        expect(entries).toHaveLength(2);
        const third = await ghesJob(992);
        expect(keysIn(await loadTestHistory(place(992), third, log))).toEqual([testKey(B)]);
        expect(log.messages('warning')).toEqual([
          expect.stringMatching(
            /^ci-recovery: the flaky-test history under cache key .*990-1-test could not be downloaded \(the entry was found, but the cache client did not download it, twice .*\), and never will be: the next save replaces it\.$/,
          ),
        ]);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it('a pull request whose base entry is gone (404) goes on with its own entry, says so once, and saves', async () => {
      const log = new RecordingLogger();
      const base = 'hist-base';
      const basePlace = { branch: base, runId: 970, attempt: 1, job: 'test' };
      const baseJob = await job(970, `refs/heads/${base}`);
      expect(
        (await saveTestHistory(seen(A, 970)(emptyTestHistory(base)), basePlace, baseJob, log)).saved,
      ).toBe(true);
      const [baseKey] = keysOf(base);
      const prPlace = (runId: number) => ({ branch: 'hist-pr', base, runId, attempt: 1, job: 'test' });
      const prJob = await job(971, 'refs/pull/97/merge', base);
      const own = seen(B, 971)(await loadTestHistory(prPlace(971), prJob, log));
      expect((await saveTestHistory(own, prPlace(971), prJob, log)).saved).toBe(true);
      await dropBlob(baseKey!);

      const next = await job(972, 'refs/pull/97/merge', base);
      const loaded = await loadTestHistory(prPlace(972), next, log);
      expect(keysIn(loaded)).toEqual([testKey(A), testKey(B)].sort());
      expect((await saveTestHistory(seen(C, 972)(loaded), prPlace(972), next, log)).saved).toBe(true);
      const after = await job(973, 'refs/pull/97/merge', base);
      expect(keysIn(await loadTestHistory(prPlace(973), after, log))).toEqual(
        [testKey(A), testKey(B), testKey(C)].sort(),
      );
      expect(log.messages('warning')).toEqual([
        expect.stringMatching(
          new RegExp(
            `^ci-recovery: the flaky-test history under cache key ${baseKey!} could not be downloaded \\(.*blob storage: 404.*\\), and never will be: going on without it\\.$`,
          ),
        ),
      ]);
    });
  });
});
