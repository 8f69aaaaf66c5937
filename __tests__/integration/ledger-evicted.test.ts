/**
 * The ledger once the cache service evicted it (issue 45: the stand's cache limit, least recently used
 * first): the next run starts from an empty ledger and says why in one line, never a warning.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import { ledgerDirIn, restoreLedger, saveLedger } from '../../src/adapters/ledger-store.js';
import { emptyLedger, recordOutcome } from '../../src/core/ledger.js';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { quietly, setEnv } from './stand-helpers.js';

/** A ledger entry is well under 1 kB; the other job's entry below is 20 kB, past the limit on its own. */
const LIMIT = 10_000;
let stand: Stand;
let work: string;
let restoreEnv: () => void;

beforeAll(async () => {
  stand = await startStand({ cacheLimitBytes: LIMIT });
  work = await mkdtemp(path.join(os.tmpdir(), 'ledger-evicted-'));
  await mkdir(path.join(work, 'ws'));
  restoreEnv = setEnv({
    ...stand.jobEnv(710, 1),
    RUNNER_TEMP: path.join(work, 'temp'),
    GITHUB_WORKSPACE: path.join(work, 'ws'),
  });
});
afterAll(async () => {
  restoreEnv();
  await stand.stop();
  await rm(work, { recursive: true, force: true });
});

it('an evicted ledger: the next run starts from an empty one and says it may have been evicted', async () => {
  const dir = ledgerDirIn(path.join(work, 'temp'));
  const log = new RecordingLogger();
  const place = { branch: 'main', runId: 710, attempt: 1, job: 'build', dir };
  const ledger = recordOutcome(emptyLedger('main'), {
    runId: 710,
    attempt: 1,
    sha: 'c0ffee0000000000000000000000000000000001',
    job: 'build',
    outcome: 'success',
    at: new Date().toISOString(),
  });
  expect((await quietly(() => saveLedger(ledger, place, log))).value.saved).toBe(true);
  const { value: kept } = await quietly(() => restoreLedger({ ...place, runId: 711 }, log));
  expect(kept.ledger.entries).toHaveLength(1);

  // Another job of the repository saves a large entry: the repository passes its limit, the ledger goes.
  const other = path.join(work, 'other');
  await mkdir(other);
  await writeFile(path.join(other, 'blob.bin'), randomBytes(20_000));
  const cache = await import('@actions/cache');
  expect((await quietly(() => cache.saveCache([other], 'someone-else'))).value).toBeGreaterThan(0);
  expect(stand.results.evictedCaches.map((c) => c.key)).toEqual([kept.key]);

  const after = new RecordingLogger();
  const { value: restored } = await quietly(() => restoreLedger({ ...place, runId: 712 }, after));
  expect(restored).toEqual({ ledger: emptyLedger('main') });
  expect(after.messages('warning')).toEqual([]);
  expect(after.messages('info')).toEqual([
    'ci-recovery: no ledger of branch main in the cache (a first run, or evicted: unused for 7 days, or least recently used once the repository passed its cache limit, 10 GB by default): starting with an empty one.',
  ]);
});
