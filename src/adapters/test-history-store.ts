/**
 * The flaky-test history kept across runs in the cache service (document-cache.ts), one document per branch.
 * The first step that needs it loads it (the branch's newest, merged on a pull request with the default
 * branch's, which the cache's scope lets a PR run restore): a `run/` step once a test failed, else post when a
 * step recorded test outcomes; a green job never does. It is left at `$RUNNER_TEMP/ci-recovery/test-history.json`,
 * where later `run/` steps read it through `loadTestHistoryView` and post finds it again; post saves it only when the job's outcomes changed
 * it, and never when the runner's cache token may only read (`ACTIONS_CACHE_MODE`). Nothing here throws:
 * the history is memory for better decisions, never a reason to fail a job. As the ledger's (ledger-store.ts):
 * an entry not read this time (a failed lookup, a download that may pass, core/store-failure.ts) is never
 * saved over, and no view is left that would pass an empty stand-in off as the branch's; one whose download
 * fails on every try (its blob gone, over the size cap, GHES's not downloaded twice) or that this version
 * cannot read is replaced by the next save, with a warning naming its key (once per process): refused, it would block the branch's history
 * for good. A pull request goes on without a base entry it cannot read (it never saves the base's).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../core/errors.js';
import { cacheReadable } from '../core/job-env.js';
import { readFailureMayPass } from '../core/store-failure.js';
import { inert } from '../core/text.js';
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
    const found = await Promise.allSettled(
      branches.map((branch) => restoreOne(cache, branch, logger, place.base)),
    );
    for (const [i, restored] of found.entries()) {
      if (restored.status === 'rejected') {
        // Not read this time (a failed lookup, a download that may pass): decided on without it, as on a
        // first run (an empty history knows no flake); post's save reads it again, and saves nothing over it unread.
        logger.warning(
          `ci-recovery: could not restore the flaky-test history of branch ${inert(branches[i]!)}: ${inert(errorMessage(restored.reason))}. Going on without it.`,
        );
      } else if (restored.value)
        history = mergeTestHistories({ ...history, branch: place.branch }, restored.value);
    }
    // The base (the default branch, a PR's base) is the branch whose flakes count for quarantine.
    history = { ...history, branch: place.branch, ...(place.base ? { base: place.base } : {}) };
    // Left only when read whole: a later step would take the view for the branch's and not try again.
    if (found.every((r) => r.status === 'fulfilled')) await leave(history, room.runnerTemp);
    logger.info(historySummaryLine(history));
    return history;
  } catch (error) {
    logger.warning(`ci-recovery: could not restore the flaky-test history: ${inert(errorMessage(error))}.`);
    return emptyTestHistory(place.branch);
  }
}

/**
 * What this process already warned about, by entry and kind (post's load and save read the same one): each
 * said once; another problem of the same entry (records dropped at load, then gone at save) is said too.
 */
const told = new Set<string>();
const once = (key: string, kind: 'download' | 'parse', say: () => void): void => {
  const id = `${kind} ${key}`;
  if (told.has(id)) return;
  told.add(id);
  say();
};

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
  // A failed lookup throws: it says nothing of the entry.
  const found = await cache.find(prefix, [prefix]);
  if (!found) return undefined;
  const key = inert(found.key);
  // The base's entry is only read here (a PR's job never saves it): gone for good, it is gone without. This
  // job may save nothing (a read-only token, a `run/` step, no change): the branch's next save replaces it.
  const after = base !== undefined && branch === base ? 'going on without it' : 'the next save replaces it';
  // A download that may pass on a later try throws (the entry may be fine: not saved over); one that fails on
  // what is stored fails so every time, and is replaced. The key (anyone's with write access) is no evidence.
  const text = await found.read().catch((error: unknown) => {
    if (readFailureMayPass(error, [found.key, key])) throw error;
    once(found.key, 'download', () =>
      logger.warning(
        `ci-recovery: the flaky-test history under cache key ${key} could not be downloaded (${inert(errorMessage(error))}), and never will be: ${after}.`,
      ),
    );
    return undefined;
  });
  if (text === undefined) return undefined;
  const { history, problem } = parseTestHistory(text, branch);
  if (problem)
    once(found.key, 'parse', () => logger.warning(`ci-recovery: ${inert(problem)} (cache key ${key}).`));
  if (base === undefined || branch === base) return history;
  const tests = history.tests.map((t) => ({
    key: t.key,
    observations: t.observations.map((o) => ({ ...o, branch })),
  }));
  return { ...history, tests };
}

function parsed(text: string | undefined, branch: string, where: string, logger: Logger): TestHistory {
  const { history, problem } = parseTestHistory(text, branch);
  if (problem) logger.warning(`ci-recovery: ${problem} (${inert(where)}).`);
  return history;
}

/** Leaves the history where later steps of the job read it. */
async function leave(history: TestHistory, runnerTemp: string): Promise<void> {
  const file = viewFile(runnerTemp);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, serializeTestHistory(history));
}

/** The branch's newest entry, re-read before a save, was not read this time: the save must not replace it. */
class NewestUnread extends Error {
  override name = 'NewestUnread';
  constructor(cause: unknown) {
    super(errorMessage(cause), { cause });
  }
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
    // Not read (a failed lookup, a download that may pass): nothing is saved over it. Gone for good or not
    // readable: `history` alone replaces it.
    merged = restoreOne(cache, place.branch, logger, place.base).then(
      (fresh) =>
        serializeTestHistory(
          fresh ? { ...mergeTestHistories(history, fresh), branch: place.branch } : history,
        ),
      (error: unknown) => Promise.reject(new NewestUnread(error)),
    );
    // The save reports its failure; a save that fails before it awaits it must not leave it unhandled.
    merged.catch(() => undefined);
    const refused = await cache.save(key, merged);
    if (refused) {
      logger.warning(
        `ci-recovery: the flaky-test history was not saved (cache key ${inert(key)}): ${inert(refused)}.`,
      );
      return { saved: false, key };
    }
    return { saved: true, key };
  } catch (error) {
    if (error instanceof NewestUnread)
      logger.warning(
        `ci-recovery: the flaky-test history was not saved (cache key ${inert(key)}): the branch's newest history could not be read (${inert(errorMessage(error.cause))}), and one saved now would replace it.`,
      );
    else
      logger.warning(
        `ci-recovery: could not save the flaky-test history (cache key ${inert(key)}): ${inert(errorMessage(error))}`,
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
