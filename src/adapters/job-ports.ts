/**
 * The real ports of the root action's main and post, over the job's environment: files on disk, git, the
 * REST API, the cache (ledger), artifacts (plan) and the checkpoint store (resume). Git and the heavy
 * clients load only when a call needs them (post never reads the change).
 */
import type { JobEnv } from '../core/job-env.js';
import type { WorkspaceGit } from '../ports/workspace-git.js';
import type { JobGitHub } from '../ports/job-github.js';
import type { JobFilesPort } from '../ports/job-files.js';
import type { JobStorePort, ResumePort } from '../ports/job-store.js';
import type { Logger } from '../ports/logger.js';
import { effectiveConfig, loadConfig, writeEffectiveConfig } from './config-file.js';
import { readRunContext } from './event.js';
import { getOctokit, repoFromEnv } from './github.js';
import { readJobSteps } from './jobs-api.js';
import { readRecords, recordsDir } from './records.js';

export function jobFilesPort(env: JobEnv): JobFilesPort {
  return {
    loadConfig: (file) => loadConfig(env.workspace, file),
    effectiveConfig: () => effectiveConfig(env),
    saveEffectiveConfig: (config) => writeEffectiveConfig(env.runnerTemp, config),
    runContext: () => readRunContext(env),
    records: () => readRecords(recordsDir(env)),
  };
}

export function gitPort(env: Pick<JobEnv, 'workspace'>): WorkspaceGit {
  return {
    async change(base) {
      const { gitChange } = await import('./changed-files.js');
      return gitChange(env.workspace, base);
    },
  };
}

/** The REST API with `token` (non-empty), on the run's repository. */
export function githubPort(token: string, env: Pick<JobEnv, 'owner' | 'repo'>, logger: Logger): JobGitHub {
  const octokit = getOctokit(token);
  return {
    async pullChange(pr) {
      const repo = repoFromEnv(env);
      const { pullRequestChange } = await import('./changed-files.js');
      return pullRequestChange(octokit, repo, pr);
    },
    jobSteps: (jobId) => readJobSteps(octokit, repoFromEnv(env), jobId),
    async upsertComment(pr, jobKey, section) {
      const { upsertStickyComment } = await import('./sticky-comment.js');
      return upsertStickyComment(octokit, repoFromEnv(env), pr, jobKey, section, logger);
    },
  };
}

export function jobStorePort(env: Pick<JobEnv, 'runnerTemp'>, logger: Logger): JobStorePort {
  return {
    async restoreLedger(place) {
      const { ledgerDirIn, restoreLedger } = await import('./ledger-store.js');
      return (await restoreLedger({ ...place, dir: ledgerDirIn(env.runnerTemp) }, logger)).ledger;
    },
    async saveLedger(ledger, place) {
      const { ledgerDirIn, saveLedger } = await import('./ledger-store.js');
      await saveLedger(ledger, { ...place, dir: ledgerDirIn(env.runnerTemp) }, logger);
    },
    async uploadPlan(plan) {
      const { uploadPlan } = await import('./plan-artifact.js');
      await uploadPlan(plan, logger, { tempDir: env.runnerTemp });
    },
  };
}

/** Resume from the checkpoint store `store` (the `store` input); the checkpoint code loads on first use. */
export function resumePort(store: string, token: string, env: JobEnv, logger: Logger): ResumePort {
  return {
    async checkoutProblem() {
      const { checkoutProblem } = await import('./checkpoint/index.js');
      return checkoutProblem(env.workspace, env.repository);
    },
    async resume(previous) {
      const { defaultManifestCache, openStore, resumeFromPreviousAttempt } =
        await import('./checkpoint/index.js');
      const opened = await openStore(store, {
        token,
        runId: previous.runId,
        ...repoFromEnv(env),
        cwd: env.workspace,
      });
      const manifestCache = defaultManifestCache(env);
      const result = await resumeFromPreviousAttempt({
        store: opened,
        ...previous,
        workspace: env.workspace,
        logger,
        ...(manifestCache ? { manifestCache } : {}),
      });
      return { ...result, store: opened.spec };
    },
  };
}
