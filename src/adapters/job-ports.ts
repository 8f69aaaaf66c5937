/**
 * The real ports of the root action's main and post, over the job's environment: files on disk, git, the
 * REST API and the checkpoint store (resume); post's store (ledger, history, plan) is job-store-port.ts. Git and the heavy
 * clients load only when a call needs them (post never reads the change; Octokit loads with the first
 * REST call, so a job without a token never loads it).
 */
import type { JobEnv } from '../core/job-env.js';
import type { Change } from '../core/lanes.js';
import type { ChangeOptions, WorkspaceGit } from '../ports/workspace-git.js';
import type { StoreGuard } from '../checkpoint/index.js';
import type { CheckpointStore } from '../checkpoint/index.js';
import type { KeyedEntryStore } from '../checkpoint/index.js';
import type { JobGitHub } from '../ports/job-github.js';
import type { StickyRead } from './sticky-comment.js';
import type { JobFilesPort } from '../ports/job-files.js';
import type { ResumePort } from '../ports/job-store.js';
import type { NamedByRun } from '../checkpoint/index.js';
import { load } from '../checkpoint/load.js';
import type { Logger } from '../runner/ports/logger.js';
import { effectiveConfig, loadConfig, writeChangedFiles, writeEffectiveConfig } from './config-file.js';
import { readRunContext } from './event.js';
import { workspaceHead } from '../runner/adapters/checkout-head.js';
import { MAIN_LIMITS, POST_LIMITS, type Deadline } from './deadline.js';
import type { Repo } from './github-plain.js';
import { endCallsWith, type RestPolicy } from './rest-call.js';
import type { RestClient } from './rest-light.js';
import { readRecords, recordsDir } from './records.js';

export function jobFilesPort(env: JobEnv): JobFilesPort {
  return {
    loadConfig: (file) => loadConfig(env.workspace, file),
    effectiveConfig: () => effectiveConfig(env),
    saveEffectiveConfig: (config) => writeEffectiveConfig(env.runnerTemp, config),
    saveChangedFiles: (files) => writeChangedFiles(env.runnerTemp, files),
    runContext: () => readRunContext(env),
    checkoutHead: () => workspaceHead(env.workspace),
    records: () => readRecords(recordsDir(env)),
  };
}

/** Git in the workspace; with `bound`, main's deadline and its logger, the change gives up and warns. */
export function gitPort(
  env: Pick<JobEnv, 'workspace'>,
  bound?: { deadline: Deadline; logger: Logger },
): WorkspaceGit {
  const read = async (base: string, opts: ChangeOptions, signal?: AbortSignal): Promise<Change> => {
    const { gitChange } = await import('./changed-files.js');
    return gitChange(env.workspace, base, { ...opts, ...(signal ? { signal } : {}) });
  };
  return {
    change: (base, opts = {}) =>
      bound
        ? bound.deadline.run(
            'reading the change with git',
            MAIN_LIMITS.gitMs,
            (signal) => read(base, opts, signal),
            warnAnd(bound.logger, (reason) => ({ unknownBecause: reason })),
          )
        : read(base, opts),
  };
}

export interface GitHubPortOptions {
  /** Bounds the phase's calls, each and together; without it only each REST call is bounded. */
  deadline?: Deadline;
  /** The API's address and push-back policy (tests); default GITHUB_API_URL and the shared policy. */
  baseUrl?: string;
  policy?: RestPolicy;
}

/** The REST API with `token` (non-empty), on the run's repository. */
export function githubPort(
  token: string,
  env: Pick<JobEnv, 'owner' | 'repo' | 'commentSettleMs'>,
  logger: Logger,
  options: GitHubPortOptions = {},
): JobGitHub {
  const { deadline, baseUrl, policy } = options;
  let client: Promise<{ octokit: RestClient; repo: Repo }> | undefined;
  const connect = (): Promise<{ octokit: RestClient; repo: Repo }> =>
    (client ??= Promise.all([import('./rest-light.js'), import('./github-plain.js')]).then(
      async ([light, plain]) => ({
        octokit: await light.restClient(token, logger, {
          ...(baseUrl ? { baseUrl } : {}),
          ...(policy ? { policy } : {}),
        }),
        repo: plain.repoFromEnv(env),
      }),
    ));
  // `work` is handed the signal of the deadline's give-up, and every REST call it makes ends with it
  // (endCallsWith: the comment's reads and writes too), letting go of its socket then.
  const bounded = <T>(
    what: string,
    work: (signal?: AbortSignal) => Promise<T>,
    fallback: (reason: string) => T,
    limitMs: number = POST_LIMITS.githubMs,
  ): Promise<T> =>
    deadline
      ? deadline.run(
          what,
          limitMs,
          (signal) => endCallsWith(signal, () => work(signal)),
          warnAnd(logger, fallback),
        )
      : work();
  return {
    pullChange: (pr) =>
      bounded(
        `reading the files of pull request #${pr}`,
        async (signal) => {
          const { octokit, repo } = await connect();
          const { pullRequestChange } = await import('./changed-files.js');
          return pullRequestChange(octokit, repo, pr, signal);
        },
        (reason) => ({ unknownBecause: reason }),
        MAIN_LIMITS.githubMs,
      ),
    jobSteps: (jobId) =>
      bounded(
        "reading the job's steps",
        async (signal) => {
          const { octokit, repo } = await connect();
          const { readJobSteps } = await import('./jobs-api.js');
          return readJobSteps(octokit, repo, jobId, signal);
        },
        (reason) => ({ ok: false, reason }),
      ),
    attemptJobs: (runId, attempt) =>
      bounded(
        "reading the run attempt's jobs",
        async (signal) => {
          const { octokit, repo } = await connect();
          const { readAttemptJobs } = await import('./jobs-api.js');
          return readAttemptJobs(octokit, repo, runId, attempt, signal);
        },
        (reason) => ({ ok: false, reason }),
      ),
    ...commentCalls(connect, bounded, env, logger),
  };
}

type Connect = () => Promise<{ octokit: RestClient; repo: Repo }>;
type Bounded = <T>(
  what: string,
  work: (signal?: AbortSignal) => Promise<T>,
  fallback: (reason: string) => T,
  limitMs?: number,
) => Promise<T>;

/** The sticky comment's calls: its first read started ahead (prefetchComment), then the write. */
/** How long post asks whether another job writes the comment before assuming one does. */
const OTHERS_WRITING_MS = 2_000;

function commentCalls(
  connect: Connect,
  bounded: Bounded,
  env: Pick<JobEnv, 'commentSettleMs'>,
  logger: Logger,
): Pick<JobGitHub, 'prefetchComment' | 'upsertComment'> {
  // The comment's first read, started ahead by prefetchComment: the PR it is of, and the read.
  let ahead: { pr: number; read: Promise<StickyRead> } | undefined;
  return {
    prefetchComment: (pr, options = {}) => {
      if (ahead) return;
      const identity = options.identityAhead === false ? 'if-sticky' : true;
      const read = connect().then(async ({ octokit, repo }) =>
        (await import('./sticky-comment.js')).readSticky(octokit, repo, pr, identity),
      );
      read.catch(() => undefined); // awaited by upsertComment, whose failure path reports it
      ahead = { pr, read };
    },
    upsertComment: (pr, jobKey, section, options = {}) =>
      bounded(
        'the PR comment',
        async () => {
          const { octokit, repo } = await connect();
          const { upsertStickyComment } = await import('./sticky-comment.js');
          const settle = env.commentSettleMs !== undefined ? { settleMs: env.commentSettleMs } : {};
          const { writer, ...rest } = options;
          const firstRead = ahead?.pr === pr ? { firstRead: ahead.read } : {};
          ahead = undefined;
          const racing = writer
            ? {
                // A hint, not worth post's time: past its limit a rival is assumed (the comment settles
                // as it always did), and the call given up lets post end with it.
                othersWriting: () =>
                  bounded(
                    'asking the Actions API whether another job writes the comment',
                    async () => (await import('./jobs-api.js')).othersWriting(octokit, repo, writer),
                    () => true,
                    OTHERS_WRITING_MS,
                  ),
              }
            : {};
          return upsertStickyComment(octokit, repo, pr, jobKey, section, logger, {
            ...settle,
            ...rest,
            ...racing,
            ...firstRead,
          });
        },
        (reason) => ({ status: 'failed', removedDuplicates: 0, reason }),
      ),
  };
}

/** Logs a give-up as a warning, then answers with the fallback. */
export const warnAnd =
  <T>(logger: Logger, fallback: (reason: string) => T) =>
  (reason: string): T => {
    logger.warning(`ci-recovery: ${reason}.`);
    return fallback(reason);
  };

/**
 * Resume from the checkpoint store `store` (the `store` input); the checkpoint code loads on first use.
 * With `deadline`, the artifact store is given up when main's budget runs out while a call waits on it.
 */
export function resumePort(
  store: string,
  token: string,
  env: JobEnv,
  logger: Logger,
  deadline?: Deadline,
): ResumePort {
  return {
    async checkoutProblem() {
      const { checkoutProblem } = await load.engine();
      return checkoutProblem(env.workspace, env.repository);
    },
    async namedCheckpoints(previous) {
      // The run's artifacts are written by its own jobs alone: every checkpoint found there is the run's.
      if (store === 'artifact') return { trusted: (await import('../checkpoint/index.js')).RUN_ARTIFACTS };
      const work = async (): Promise<NamedByRun> => {
        const { readTrustRecords } = await load.trustRecords();
        return readTrustRecords({ token, ...previous, owner: env.owner ?? '', repo: env.repo ?? '' });
      };
      return deadline
        ? deadline.run(
            "reading the run's record of its checkpoints",
            MAIN_LIMITS.artifactsMs,
            work,
            (reason) => ({
              unreadable: reason,
            }),
          )
        : work();
    },
    async resume(previous, trusted) {
      const { defaultManifestCache, openStore, restoreJournals, resumeFromPreviousAttempt } =
        await load.engine();
      const { repoFromEnv } = await import('./github-plain.js');
      const opened = await openStore(store, {
        token,
        runId: previous.runId,
        ...repoFromEnv(env),
        cwd: env.workspace,
        ...(deadline ? { guard: await budgetedGuard(env, deadline) } : {}),
      });
      const manifestCache = defaultManifestCache(env);
      const journalDir = restoreJournals(env);
      const keyedStore = deadline ? await budgetedKeyedStore(opened, env, deadline) : undefined;
      const result = await resumeFromPreviousAttempt({
        store: opened,
        ...previous,
        legValues: env.legValues,
        trusted,
        ...(keyedStore ? { keyedStore } : {}),
        workspace: env.workspace,
        logger,
        ...(manifestCache ? { manifestCache } : {}),
        ...(journalDir ? { journalDir } : {}),
      });
      return { ...result, store: opened.spec };
    },
  };
}

/**
 * The keyed entries' store of `store` (the cache service on a runner), given up like the artifact store when
 * `deadline` runs out: a keyed entry a resume downloads is part of main's work.
 */
async function budgetedKeyedStore(
  store: CheckpointStore,
  env: JobEnv,
  deadline: Deadline,
): Promise<KeyedEntryStore | undefined> {
  const { CacheKeyedStore, keyedStoreFor } = await load.keyedStore();
  const keyed = keyedStoreFor(store, env);
  if (keyed instanceof CacheKeyedStore)
    keyed.guard.endBy(deadline.endsAtMs, deadline.spentReason('the keyed entries download'));
  return keyed;
}

/** The artifact store's stall watchdog, which also gives the store up when `deadline` runs out. */
async function budgetedGuard(env: JobEnv, deadline: Deadline): Promise<StoreGuard> {
  const { artifactServiceGuard } = await load.storeGuard();
  return artifactServiceGuard(env).endBy(deadline.endsAtMs, deadline.spentReason('the checkpoint download'));
}
