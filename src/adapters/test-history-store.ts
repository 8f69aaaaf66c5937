/**
 * The flaky-test history kept across runs in the cache service (document-cache.ts), one document per branch.
 * The first step that needs it loads it (the branch's newest, merged on a pull request with the default
 * branch's, which the cache's scope lets a PR run restore): a `run/` step once a test failed, else post when a
 * step recorded test outcomes; a green job never does. It is left at `$RUNNER_TEMP/ci-recovery/test-history.json`,
 * where later `run/` steps read it through `loadTestHistoryView` and post finds it again; post saves it only when the job's outcomes changed
 * it, and never when the runner's cache token may only read (`ACTIONS_CACHE_MODE`). Nothing here throws:
 * the history is memory for better decisions, never a reason to fail a job.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../core/errors.js';
import { cacheReadable } from '../core/job-env.js';
import type { TestHistoryView } from '../core/test-identity.js';
import {
  TEST_HISTORY_VIEW_FILE,
  cacheWritable,
  emptyTestHistory,
  mergeTestHistories,
  testHistoryKey,
  testHistoryKeyPrefix,
  historySummaryLine,
  testHistoryView,
  type TestHistory,
} from '../core/test-history.js';
import { parseTestHistory, serializeTestHistory } from '../core/test-history-read.js';
import type { TestHistoryPlace } from '../ports/job-store.js';
import type { DocumentCache } from './document-cache.js';
import { documentCache } from './ledger-store.js';
import type { Logger } from '../runner/adapters/logger.js';

export interface TestHistoryRoom {
  runnerTemp: string;
  /** ACTIONS_CACHE_MODE. */
  cacheMode?: string;
}

/** Where the cache client keeps it (GHES): one path for every branch, as the client's version hashes it. */
function cacheFile(runnerTemp: string): string {
  return path.join(runnerTemp, 'ci-recovery', 'test-history-cache', 'history.json');
}

export function viewFile(runnerTemp: string): string {
  return path.join(runnerTemp, ...TEST_HISTORY_VIEW_FILE.split('/'));
}

/**
 * The job's history: the one an earlier step left this job, else the branch's from the cache (and the default
 * branch's, merged), which it then leaves for the later steps and sums up in one line. Empty when there is
 * none or it cannot be read.
 */
export async function loadTestHistory(
  place: TestHistoryPlace,
  room: TestHistoryRoom,
  logger: Logger,
): Promise<TestHistory> {
  // no view left by an earlier step in RUNNER_TEMP: read from the cache instead
  const left = await readFile(viewFile(room.runnerTemp), 'utf8').catch(() => undefined);
  if (left !== undefined) return parsed(left, place.branch, 'the job', logger);
  if (!cacheReadable(room.cacheMode)) {
    logger.info(
      `ci-recovery: this run's cache token may not read the cache (ACTIONS_CACHE_MODE=${room.cacheMode ?? ''}): no flaky-test history.`,
    );
    return emptyTestHistory(place.branch);
  }
  try {
    const cache = await documentCache(cacheFile(room.runnerTemp));
    if (!cache) {
      logger.info('ci-recovery: the cache service is not available here: no flaky-test history.');
      return emptyTestHistory(place.branch);
    }
    let history = emptyTestHistory(place.branch);
    // The base's entry and the branch's are looked up side by side (a round trip each), merged in order.
    const branches = place.base ? [place.base, place.branch] : [place.branch];
    const found = await Promise.all(branches.map((branch) => restoreOne(cache, branch, logger, place.base)));
    for (const restored of found)
      if (restored) history = mergeTestHistories({ ...history, branch: place.branch }, restored);
    // The base (the default branch, a PR's base) is the branch whose flakes count for quarantine.
    history = { ...history, branch: place.branch, ...(place.base ? { base: place.base } : {}) };
    await leave(history, room.runnerTemp);
    logger.info(historySummaryLine(history));
    return history;
  } catch (error) {
    logger.warning(`ci-recovery: could not restore the flaky-test history: ${errorMessage(error)}.`);
    return emptyTestHistory(place.branch);
  }
}

/**
 * The branch's newest entry. A branch reading `base` beside its own (a PR) may have written its own entry
 * as it liked: every observation in it counts as its own, so only the base's entry speaks for the base
 * (its copies of the base's observations are in the base's entry too, merged first).
 */
async function restoreOne(
  cache: DocumentCache,
  branch: string,
  logger: Logger,
  base?: string,
): Promise<TestHistory | undefined> {
  const prefix = testHistoryKeyPrefix(branch);
  const found = await cache.restore(prefix, [prefix]);
  const history = found && parsed(found.text, branch, `cache key ${found.key}`, logger);
  if (!history || base === undefined || branch === base) return history;
  const tests = history.tests.map((t) => ({
    key: t.key,
    observations: t.observations.map((o) => ({ ...o, branch })),
  }));
  return { ...history, tests };
}

function parsed(text: string | undefined, branch: string, where: string, logger: Logger): TestHistory {
  const { history, problem } = parseTestHistory(text, branch);
  if (problem) logger.warning(`ci-recovery: ${problem} (${where}).`);
  return history;
}

/** Leaves the history where later steps of the job read it. */
async function leave(history: TestHistory, runnerTemp: string): Promise<void> {
  const file = viewFile(runnerTemp);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, serializeTestHistory(history));
}

/**
 * Saves the branch's history under a new key (keys are immutable); the restore by prefix takes the newest,
 * so the branch's newest entry is merged in first. Not when the runner's cache token may only read: one
 * line says so.
 */
export async function saveTestHistory(
  history: TestHistory,
  place: TestHistoryPlace,
  room: TestHistoryRoom,
  logger: Logger,
): Promise<{ saved: boolean; key: string }> {
  const key = testHistoryKey(place.branch, place.runId, place.attempt, place.job);
  if (!cacheWritable(room.cacheMode)) {
    logger.info(
      `ci-recovery: the cache is ${cacheReadable(room.cacheMode) ? 'read-only' : 'closed'} for this run (ACTIONS_CACHE_MODE=${room.cacheMode ?? ''}): the flaky-test history is ${cacheReadable(room.cacheMode) ? 'read but ' : ''}not saved.`,
    );
    return { saved: false, key };
  }
  let merged: Promise<string> | undefined;
  try {
    const cache = await documentCache(cacheFile(room.runnerTemp));
    if (!cache) {
      logger.info(
        'ci-recovery: the cache service is not available here: the flaky-test history is not kept.',
      );
      return { saved: false, key };
    }
    // What another job of the branch saved since main loaded it (a job of the same run, a later push):
    // merged in, so its observations are not lost when this newer entry wins the next restore. Read while
    // the new entry's key is reserved: the two round trips overlap.
    merged = restoreOne(cache, place.branch, logger, place.base).then((fresh) =>
      serializeTestHistory(fresh ? { ...mergeTestHistories(history, fresh), branch: place.branch } : history),
    );
    // The save reports its failure; a save that fails before it awaits it must not leave it unhandled.
    merged.catch(() => undefined);
    const refused = await cache.save(key, merged);
    if (refused) {
      logger.warning(`ci-recovery: the flaky-test history was not saved (cache key ${key}): ${refused}.`);
      return { saved: false, key };
    }
    return { saved: true, key };
  } catch (error) {
    logger.warning(
      `ci-recovery: could not save the flaky-test history (cache key ${key}): ${errorMessage(error)}`,
    );
    return { saved: false, key };
  } finally {
    // A save that failed before it awaited the read: the read ends here, not after the call (its warnings
    // and sockets would outlive it).
    await Promise.allSettled([merged]);
  }
}

/**
 * What a `run/` step asks of the history once a test failed: the view of the history an earlier step left
 * this job, else of the one `restore` loads (and leaves). Without either (no cache service, the history
 * switched off) it knows no test: every answer is undefined, and `run/` behaves as for a test it has never seen.
 */
export async function loadTestHistoryView(
  runnerTemp: string,
  logger?: Logger,
  restore?: () => Promise<TestHistory | undefined>,
): Promise<TestHistoryView> {
  // no view left by an earlier step: restored here, else no history, as on a first run
  const text = await readFile(viewFile(runnerTemp), 'utf8').catch(() => undefined);
  if (text === undefined) {
    const restored = await restore?.();
    return restored ? testHistoryView(restored) : () => undefined;
  }
  const { history, problem } = parseTestHistory(text, '');
  if (problem) logger?.warning(`ci-recovery: ${problem} (${viewFile(runnerTemp)}).`);
  return testHistoryView(history);
}
