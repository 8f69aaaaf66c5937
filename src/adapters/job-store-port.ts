/**
 * Post's store: the ledger and the flaky-test history in the cache service, the plan and the deletions in
 * artifacts, each call bounded by post's deadline. Apart from job-ports.ts so main, which keeps nothing,
 * never loads the ledger's and the history's modules (and node:crypto with them).
 */
import { cacheReadable, type JobEnv } from '../core/job-env.js';
import type { Ledger } from '../core/ledger.js';
import { emptyTestHistory } from '../core/test-history.js';
import type { JobStorePort, LedgerLeftUnread } from '../ports/job-store.js';
import { load } from '../checkpoint/load.js';
import type { RestoredLedger } from './ledger-store.js';
import type { Logger } from '../runner/ports/logger.js';
import { POST_LIMITS, type Deadline } from './deadline.js';
import { warnAnd } from './job-ports.js';
import { inert } from '../core/text.js';

const modeOf = (env: Pick<JobEnv, 'cacheMode'>): { cacheMode?: string } =>
  env.cacheMode !== undefined ? { cacheMode: env.cacheMode } : {};

const room = (env: Pick<JobEnv, 'runnerTemp' | 'cacheMode'>) => ({
  runnerTemp: env.runnerTemp,
  ...modeOf(env),
});

export function jobStorePort(
  env: Pick<JobEnv, 'runnerTemp' | 'cacheMode'>,
  logger: Logger,
  deadline?: Deadline,
): JobStorePort {
  const bounded = <T>(what: string, work: () => Promise<T>, fallback: () => T): Promise<T> =>
    deadline ? deadline.run(what, POST_LIMITS.storeMs, work, warnAnd(logger, fallback)) : work();
  // Set once a restore could not read the branch's ledger (failed, timed out, given up): from then on this
  // store saves none, since what it would save was built on an empty stand-in and would become the newest.
  let unread: string | undefined;
  const readOrNot = (restored: RestoredLedger): Ledger | undefined => {
    if (restored.unread === undefined) return restored.ledger;
    unread ??= restored.unread;
    return undefined;
  };
  const gaveUp = (): undefined => {
    unread ??= 'its restore was given up at the time limit';
    logger.warning(
      "ci-recovery: the ledger was not restored in time: this job does not save the ledger, so that the branch's history is not overwritten.",
    );
    return undefined;
  };
  return {
    restoreLedger: (place, options) =>
      bounded(
        'restoring the ledger',
        async (): Promise<Ledger | LedgerLeftUnread | undefined> => {
          const { ledgerDirIn, restoreLedger, restoreLedgerForGreenPass } = await import('./ledger-store.js');
          // The job's cache mode rides along: with `none` or `write-only` the runner forbids reads, so none is sent.
          const location = { ...place, ...modeOf(env), dir: ledgerDirIn(env.runnerTemp) };
          if (!options?.greenPass) return readOrNot(await restoreLedger(location, logger));
          const found = await restoreLedgerForGreenPass(location, logger, options.greenPass);
          if (!('leftUnread' in found)) return readOrNot(found);
          const read = (): Promise<Ledger | undefined> =>
            bounded('restoring the ledger', async () => readOrNot(await found.read()), gaveUp);
          return { leftUnread: true, read };
        },
        gaveUp,
      ),
    saveLedger: (ledger, place) =>
      bounded(
        'saving the ledger',
        async () => {
          if (unread !== undefined) {
            // A cache mode that may not read was said in one line at the restore ("saving none"): not a warning.
            if (cacheReadable(env.cacheMode))
              logger.warning(
                `ci-recovery: the ledger was not saved: the branch's ledger could not be read (${inert(unread)}), and one saved now would replace it.`,
              );
            return;
          }
          const { ledgerDirIn, saveLedger } = await import('./ledger-store.js');
          await saveLedger(
            ledger,
            {
              ...place,
              dir: ledgerDirIn(env.runnerTemp),
              ...modeOf(env),
            },
            logger,
          );
        },
        () => undefined,
      ),
    loadTestHistory: (place) =>
      bounded(
        'restoring the flaky-test history',
        async () => {
          const { loadTestHistory } = await import('./test-history-store.js');
          return loadTestHistory(place, room(env), logger);
        },
        () => emptyTestHistory(place.branch),
      ),
    saveTestHistory: (history, place) =>
      bounded(
        'saving the flaky-test history',
        async () => {
          const { saveTestHistory } = await import('./test-history-store.js');
          await saveTestHistory(history, place, room(env), logger);
        },
        () => undefined,
      ),
    dropCheckpoints: (ids, place) =>
      bounded(
        "deleting the green attempt's checkpoints",
        async () => {
          const { dropRunCheckpoints } = await load.artifactCleanup();
          return dropRunCheckpoints(ids, place);
        },
        () => ({ deleted: 0, bytes: 0, kept: ids.length, error: 'given up at the time limit' }),
      ),
    preparePlan: () => {
      // a head start only: uploadPlan imports it again and reports its own failure
      import('./plan-upload.js').then(
        (m) => m.prepareUpload(),
        () => undefined,
      );
    },
    uploadPlan: (plan) =>
      bounded(
        'uploading the recovery plan',
        async () => {
          const { uploadPlan } = await import('./plan-upload.js');
          await uploadPlan(plan, logger);
        },
        () => undefined,
      ),
  };
}
