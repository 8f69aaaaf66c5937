/**
 * The ledger kept across runs in the cache service (document-cache.ts): a new key per run attempt (keys
 * are immutable), restored by the branch's key prefix (the newest entry wins). Save and restore never
 * throw: the ledger is memory for better decisions, never a reason to fail a job. A ledger not read this
 * time is `unread`, not empty: saved over, the branch's history would be lost. So is every failed lookup (it
 * says nothing of the entry), and a cache token that may not read (ACTIONS_CACHE_MODE=write-only). A found
 * entry whose download fails so on every try (its blob gone, over the size cap, on GHES one the cache client
 * did not download twice), or downloaded and not one this version reads, is replaced, with a warning naming
 * its key: refused, it would block the branch's ledger for good; one that may pass (the time limit, the
 * network, a 408, 429 or 5xx: core/store-failure.ts, which never reads the key) leaves it unread. Known
 * limits, both GHES's (document-cache.ts): a failed lookup reads as "none found", and a download failure
 * that may pass but fails twice is taken as lasting; the branch's history is then saved over.
 */
import path from 'node:path';
import { errorMessage } from '../core/errors.js';
import { readFailureMayPass } from '../core/store-failure.js';
import { cacheReadable, cacheWritable } from '../core/job-env.js';
import {
  emptyLedger,
  keyRulesOutPass,
  ledgerKey,
  ledgerKeyPrefix,
  openDigest,
  parseLedger,
  serializeLedger,
  type Ledger,
} from '../core/ledger.js';
import { inert } from '../core/text.js';
import type { DocumentCache } from './document-cache.js';
import type { Logger } from '../runner/adapters/logger.js';

/**
 * The document cache (also the flaky-test history's), imported when first asked for: post imports this
 * store and the history's at once, and jest's ESM linker fails a module that two dynamic imports in flight
 * reach by different paths ("is not linked").
 */
export const documentCache = async (file: string): Promise<DocumentCache | undefined> =>
  (await import('./document-cache.js')).documentCache(file);

export interface LedgerLocation {
  branch: string;
  runId: number | string;
  attempt: number;
  /** Job key: jobs of one run save under distinct keys. */
  job?: string;
  /**
   * Directory of the ledger file, where the cache client keeps it (GHES). Its version hashes this path, so
   * save and restore use the same one there: `ledgerDirIn(RUNNER_TEMP)` for post and the supervisor alike.
   */
  dir: string;
  /**
   * The job's ACTIONS_CACHE_MODE (JobEnv.cacheMode, passed by the caller, which read the job's environment):
   * a read-only cache token (cacheWritable) saves nothing, and says so.
   */
  cacheMode?: string;
}

export interface RestoredLedger {
  ledger: Ledger;
  /** The cache key restored, when one was. */
  key?: string;
  /**
   * Why the branch's ledger was not read this time (not looked up, a failed lookup, a download failure that
   * may pass; made inert): `ledger` is then an empty stand-in, which no save may replace the branch's newest with.
   */
  unread?: string;
}

const FILE = 'ledger.json';

/** The ledger's directory under a runner temp directory. */
export function ledgerDirIn(runnerTemp: string): string {
  return path.join(runnerTemp, 'ci-recovery', 'ledger');
}

/** A ledger whose key rules out that a green pass would be recorded in it (core/ledger.ts `keyRulesOutPass`), found and not downloaded. */
export interface LedgerLeftUnread {
  leftUnread: true;
  key: string;
  /** Downloads it after all: the branch's ledger as `restoreLedger` gives it. */
  read(): Promise<RestoredLedger>;
}

/**
 * The branch's newest ledger, an empty one when none is kept, or an `unread` one (with a warning). `held`:
 * a copy this process loaded or saved under its key; the lookup still runs (another job may have saved
 * since), and only when it finds that very key is the copy given instead of a download.
 */
export async function restoreLedger(
  location: LedgerLocation,
  logger: Logger,
  held?: { key: string; ledger: Ledger },
): Promise<RestoredLedger> {
  const found = await findLedger(location, logger, undefined, held);
  return 'leftUnread' in found ? found.read() : found;
}

/**
 * As `restoreLedger`, but a ledger whose key rules out that `pass` (a green job's, as its ledger entry would
 * carry it) would be recorded is not downloaded: a green job's post learns that from the lookup alone.
 */
export function restoreLedgerForGreenPass(
  location: LedgerLocation,
  logger: Logger,
  pass: { job: string; sha: string },
): Promise<RestoredLedger | LedgerLeftUnread> {
  return findLedger(location, logger, pass);
}

async function findLedger(
  location: LedgerLocation,
  logger: Logger,
  pass: { job: string; sha: string } | undefined,
  held?: { key: string; ledger: Ledger },
): Promise<RestoredLedger | LedgerLeftUnread> {
  const file = path.join(location.dir, FILE);
  // Not looked up is not "none": the branch may have a history, which an empty one saved would bury.
  if (!cacheReadable(location.cacheMode)) {
    const why = `this run's cache token may not read the cache (ACTIONS_CACHE_MODE=${inert(location.cacheMode ?? '')})`;
    logger.info(`ci-recovery: ${why}: going on without the ledger, and saving none.`);
    return { ledger: emptyLedger(location.branch), unread: why };
  }
  try {
    const cache = await documentCache(file);
    if (!cache) {
      logger.info('ci-recovery: the cache service is not available here: starting with an empty ledger.');
      return { ledger: emptyLedger(location.branch) };
    }
    const found = await cache.find(
      ledgerKey(location.branch, location.runId, location.attempt, location.job),
      [ledgerKeyPrefix(location.branch)],
    );
    if (!found) {
      // Not a failure: a branch's first run, or its entries evicted (docs, "Usage limits and eviction policy").
      logger.info(
        `ci-recovery: no ledger of branch ${inert(location.branch)} in the cache (a first run, or evicted: unused for 7 days, or least recently used once the repository passed its cache limit, 10 GB by default): starting with an empty one.`,
      );
      return { ledger: emptyLedger(location.branch) };
    }
    if (held?.key === found.key) return { ledger: held.ledger, key: found.key };
    const read = async (): Promise<RestoredLedger> => {
      const key = inert(found.key);
      // A download that may pass on a later try throws (unread: the entry may be fine, and saved over it
      // would be lost); one that fails on what is stored (gone, over the cap) fails so every time: replaced.
      // The key (anyone's with write access to the cache) is no evidence: cut out of what is classified.
      const text = await found.read().catch((error: unknown) => {
        if (readFailureMayPass(error, [found.key, key])) throw error;
        logger.warning(
          `ci-recovery: the ledger under cache key ${key} could not be downloaded (${inert(errorMessage(error))}), and never will be: the next save replaces it.`,
        );
        return undefined;
      });
      if (text === undefined) return { ledger: emptyLedger(location.branch), key: found.key };
      const { ledger, problem, unreadable } = parseLedger(text, location.branch);
      // Downloaded and nothing in it to read (empty, not JSON, another version, every record malformed): it
      // never will be, so a new one replaces it; refused, it would block the branch's ledger for good.
      if (text.trim() === '' || (problem && isBlank(ledger)))
        logger.warning(
          `ci-recovery: the ledger under cache key ${key} is not one this version reads (${inert(unreadable ?? problem ?? 'it is empty')}): the next save replaces it.`,
        );
      else if (problem) logger.warning(`ci-recovery: ${inert(problem)} (cache key ${key}).`);
      return { ledger, key: found.key };
    };
    if (pass && keyRulesOutPass(found.key, pass))
      return { leftUnread: true, key: found.key, read: () => read().catch(unread(location, logger)) };
    return await read();
  } catch (error) {
    return unread(location, logger)(error);
  }
}

const isBlank = (ledger: Ledger): boolean =>
  ledger.entries.length === 0 &&
  ledger.reverts.length === 0 &&
  (ledger.probes ?? []).length === 0 &&
  (ledger.ended ?? []).length === 0;

/**
 * An unread ledger (an empty stand-in), with a warning, for one not restored this time: a failed lookup
 * (whatever the failure: it says nothing of the entry), or a download that may pass.
 */
function unread(location: LedgerLocation, logger: Logger): (error: unknown) => RestoredLedger {
  return (error) => {
    const why = inert(errorMessage(error));
    logger.warning(
      `ci-recovery: could not restore the ledger of branch ${inert(location.branch)}: ${why}. Going on without it; this job does not save the ledger, so that the branch's history is not overwritten.`,
    );
    return { ledger: emptyLedger(location.branch), unread: why };
  };
}

/** Save under this run attempt's key; returns whether it was saved (a failure only warns). */
export async function saveLedger(
  ledger: Ledger,
  location: LedgerLocation,
  logger: Logger,
): Promise<{ saved: boolean; key: string }> {
  // The key carries the digest of what a pass would answer: a green job it rules out skips the download.
  const key = ledgerKey(location.branch, location.runId, location.attempt, location.job, openDigest(ledger));
  const file = path.join(location.dir, FILE);
  // The service would refuse the entry, and the cache client would blame "another job" (issue 45: 1).
  const mode = location.cacheMode;
  if (!cacheWritable(mode)) {
    logger.info(
      `ci-recovery: the cache token of this run is read-only (ACTIONS_CACHE_MODE=${mode ?? ''}): the ledger is not kept.`,
    );
    return { saved: false, key };
  }
  try {
    const cache = await documentCache(file);
    if (!cache) {
      logger.info('ci-recovery: the cache service is not available here: the ledger is not kept.');
      return { saved: false, key };
    }
    const refused = await cache.save(key, serializeLedger(ledger));
    if (refused) {
      logger.warning(`ci-recovery: the ledger was not saved (cache key ${inert(key)}): ${inert(refused)}.`);
      return { saved: false, key };
    }
    return { saved: true, key };
  } catch (error) {
    logger.warning(
      `ci-recovery: could not save the ledger (cache key ${inert(key)}): ${inert(errorMessage(error))}`,
    );
    return { saved: false, key };
  }
}
