/**
 * Post's store: the ledger and the flaky-test history in the cache service, the plan and the deletions in
 * artifacts, each call bounded by post's deadline. Apart from job-ports.ts so main, which keeps nothing,
 * never loads the ledger's and the history's modules (and node:crypto with them).
 */
import type { JobEnv } from '../core/job-env.js';
import { emptyLedger, type Ledger } from '../core/ledger.js';
import { emptyTestHistory } from '../core/test-history.js';
import type { JobStorePort, LedgerLeftUnread } from '../ports/job-store.js';
import { load } from '../checkpoint/load.js';
import type { Logger } from '../runner/ports/logger.js';
import { POST_LIMITS, type Deadline } from './deadline.js';
import { warnAnd } from './job-ports.js';

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
  return {
    restoreLedger: (place, options) =>
      bounded(
        'restoring the ledger',
        async (): Promise<Ledger | LedgerLeftUnread> => {
          const { ledgerDirIn, restoreLedger, restoreLedgerForGreenPass } = await import('./ledger-store.js');
          // The job's cache mode rides along: with `none` or `write-only` the runner forbids reads, so none is sent.
          const location = { ...place, ...modeOf(env), dir: ledgerDirIn(env.runnerTemp) };
          if (!options?.greenPass) return (await restoreLedger(location, logger)).ledger;
          const found = await restoreLedgerForGreenPass(location, logger, options.greenPass);
          if (!('leftUnread' in found)) return found.ledger;
          const read = (): Promise<Ledger> =>
            bounded(
              'restoring the ledger',
              async () => (await found.read()).ledger,
              () => emptyLedger(place.branch),
            );
          return { leftUnread: true, read };
        },
        () => emptyLedger(place.branch),
      ),
    saveLedger: (ledger, place) =>
      bounded(
        'saving the ledger',
        async () => {
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
