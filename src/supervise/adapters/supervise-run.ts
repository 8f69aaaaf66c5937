/**
 * The real ports of the supervise phase (phase/supervise.ts): GitHub over REST
 * (supervisor-github.ts), git through simple-git (git-revert.ts), the runner, and the ledger of the watched
 * branch in the Actions cache. No decision here: the phase gathers, core decides, these carry it out.
 */
import type { Config } from '../../core/config.js';
import type { JobEnv } from '../../core/job-env.js';
import type { Ledger } from '../../core/ledger.js';
import type { LedgerPort, SupervisePorts } from '../ports/supervise.js';
import type { GitPort } from '../ports/git.js';
import { getOctokit, type Octokit, type Repo } from '../../adapters/github.js';
import type { StickyOptions } from '../../adapters/sticky-comment.js';
import { ledgerDirIn, restoreLedger, saveLedger, type LedgerLocation } from '../../adapters/ledger-store.js';
import { runnerPort } from '../../runner/adapters/logger.js';
import {
  artifactCalls,
  boundedGit,
  boundedLedger,
  boundedProbes,
  boundedSupervisorGitHub,
  type SuperviseBudget,
} from './supervise-budget.js';
import { probeGitHub } from './probe-github.js';
import { supervisorGitHub } from './supervisor-github.js';
import { boundedSummary } from '../core/supervise-report.js';

export interface SupervisePortsOptions {
  token: string;
  repo: Repo;
  config: Config;
  env: Pick<JobEnv, 'runId' | 'attempt' | 'runnerTemp' | 'commentSettleMs' | 'cacheMode'>;
  /** The supervised run: keys the ledger entry off a runner, where the supervisor's own run id is unset. */
  runId: number;
  /** Scratch space (logs, the clone, the rollback record). */
  tempDir: string;
  /** Bounds every call of the phase (supervise-budget.ts); without it each REST call alone is bounded. */
  budget?: SuperviseBudget;
}

export function supervisePorts(o: SupervisePortsOptions): SupervisePorts {
  const logger = runnerPort.log;
  // The supervisor's own run keys its ledger entry; the watched branch names the ledger. Cache keys are
  // immutable and one invocation may save several times (a wake saves for its run, then for each run it
  // reconciles; the digest in the key may not change with a revert, a probe or a verdict): each save has
  // its key, `supervisor`, `supervisor-2`, … (a lookup by this attempt's key or the branch's prefix finds
  // the newest; the digest stays at the key's end, core/ledger.ts keyRulesOutPass).
  const location = (branch: string, save = 1): LedgerLocation => ({
    branch,
    runId: o.env.runId || String(o.runId),
    attempt: o.env.attempt,
    job: save > 1 ? `supervisor-${save}` : 'supervisor',
    dir: ledgerDirIn(o.env.runnerTemp),
    // A workflow_run of a fork's pull request gets a read-only cache token (docs/runner-model.md).
    ...(o.env.cacheMode !== undefined ? { cacheMode: o.env.cacheMode } : {}),
  });
  const octokit = getOctokit(o.token, { logger });
  const probes = probeGitHub(octokit, o.repo);
  const github = supervisorGitHub({
    octokit,
    repo: o.repo,
    token: o.token,
    logger,
    tempDir: o.tempDir,
    ...(o.budget ? { artifactCall: artifactCalls(o.budget) } : {}),
    sticky: stickyOptions(octokit, o),
  });
  // A ledger that could not be read rejects (the phase goes on without it, as the sweep and the re-land
  // check already do); an empty one saved in its place would bury the branch's history. Every save rests
  // on a load of the same phase that resolved (no empty stand-in): no mark across loads is kept.
  // A wake supervises its run and then reconciles, and the sweep's steps each ask for the ledger: each load
  // looks the branch's newest entry up (a job's post step saves to it meanwhile, outside the supervisor's
  // concurrency group), and downloads it only when it is not the copy this invocation last loaded or saved.
  // A read that failed is not kept, nor a copy the cache did not take.
  const held = new Map<string, { key: string; ledger: Ledger }>();
  let saves = 0;
  const ledger: LedgerPort = {
    load: async (branch: string) => {
      const restored = await restoreLedger(location(branch), logger, held.get(branch));
      if (restored.unread !== undefined) throw new Error(restored.unread);
      if (restored.key !== undefined) held.set(branch, { key: restored.key, ledger: restored.ledger });
      return restored.ledger;
    },
    save: async (saved, branch) => {
      saves += 1;
      const { saved: kept, key } = await saveLedger(saved, location(branch, saves), logger);
      if (kept) held.set(branch, { key, ledger: saved });
    },
  };
  const { budget } = o;
  return {
    github: budget ? boundedSupervisorGitHub(github, budget) : github,
    git: budget ? boundedGit(lazyGitPort(o.tempDir), budget) : lazyGitPort(o.tempDir),
    // One wake writes a part per run it supervises: the step's whole summary stays within the runner's limit.
    runner: { log: runnerPort.log, appendSummary: boundedSummary((m) => runnerPort.appendSummary(m)) },
    probes: budget ? boundedProbes(probes, budget) : probes,
    ...(o.config.ledger.enabled ? { ledger: budget ? boundedLedger(ledger, budget) : ledger } : {}),
  };
}

/** How long the supervisor asks whether another job writes the comment before assuming one does. */
const OTHERS_WRITING_MS = 2_000;

/**
 * The sticky comment's settling: in a run of its own (on a runner), the supervisor asks the Actions API
 * whether any other job is writing, and where none is, its write is final and is not read back twice.
 */
function stickyOptions(octokit: Octokit, o: SupervisePortsOptions): StickyOptions {
  const runId = Number(o.env.runId);
  const self = { runId, attempt: o.env.attempt };
  return {
    ...(o.env.commentSettleMs !== undefined ? { settleMs: o.env.commentSettleMs } : {}),
    ...(Number.isSafeInteger(runId) && runId > 0
      ? {
          othersWriting: async () =>
            (await import('../../adapters/jobs-api.js')).othersWriting(
              octokit,
              o.repo,
              self,
              OTHERS_WRITING_MS,
            ),
        }
      : {}),
  };
}

/** Git (simple-git) loads only when a revert needs a clone. */
function lazyGitPort(tempDir: string): GitPort {
  return {
    cloneDefaultBranch: async (opts) =>
      (await import('./git-revert.js')).gitPort(tempDir).cloneDefaultBranch(opts),
  };
}
