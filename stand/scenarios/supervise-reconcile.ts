/**
 * The supervisor as GitHub really drives it (issue 65): the stand starts runs and sends `workflow_run`
 * events only as GitHub does for the token that acted (services/token-rules.ts), and the caller workflow of
 * docs/supervisor.md also runs the supervisor on its `schedule:`. `drive` is GitHub's clock: it completes
 * the runs GitHub started (their jobs from the story's `outcome`), delivers each completion GitHub would send
 * to the supervisor (the real `supervise/` bundle), and when none is left runs a scheduled sweep. Nothing
 * here delivers an event GitHub would not send.
 */
import { probeRef } from '../../src/supervise/core/bisect.js';
import type { FakeRun } from '../services/github-api.js';
import type { Stand } from '../services/stand.js';
import { firesWorkflowRun } from '../services/token-rules.js';
import {
  corpusLog,
  finishAttempt,
  landCommit,
  LOGS,
  NO_BACKOFF_CONFIG,
  runSupervisor,
  seedRun,
  type SeedJob,
  type SupervisorRun,
} from './supervise-stand.js';

/** An App installation's token the stand accepts (`startStand({ appTokens: [APP_TOKEN] })`). */
export const APP_TOKEN = 'ghs_localstandapptoken0000000000000000';

export const FAILING: SeedJob[] = [{ name: 'test', conclusion: 'failure', log: corpusLog(LOGS.test) }];
export const PASSING: SeedJob[] = [{ name: 'test', conclusion: 'success', log: 'ok\n' }];

export interface Wake {
  /** `event`: a run's completion GitHub sent; `sweep`: the schedule. */
  by: 'event' | 'sweep';
  runId?: number;
  supervisor: SupervisorRun;
}

export interface DriveOptions {
  /** Which token the supervisor has: the job's GITHUB_TOKEN or an App's. */
  token: 'github-token' | 'app';
  /** The jobs a run GitHub started ends with. */
  outcome: (run: FakeRun) => SeedJob[];
  /** Runs GitHub leaves queued (a probe that never completes); the hook may age them. */
  hold?: (run: FakeRun) => boolean;
  /** Stops the drive when true (checked after each supervisor run). */
  done: (wakes: readonly Wake[]) => boolean | Promise<boolean>;
  /** Supervisor runs at most. */
  maxWakes: number;
  config: string;
  /**
   * With no completion to send: `sweep` (the schedule), or `unrelated`: a person's push to a branch of its
   * own starts a green run whose completion GitHub sends, and that wakes the supervisor instead.
   */
  idle?: 'sweep' | 'unrelated';
}

/** The branch of `idle: 'unrelated'` pushes: nobody's pending work. */
const UNRELATED = 'feature/unrelated';

/** The caller workflow's `if:` (docs/supervisor.md): pushes to ci-recovery's own branches are not watched. */
function callerTakes(run: FakeRun): boolean {
  return !(run.event === 'push' && run.headBranch.startsWith('ci-recovery/'));
}

/** Runs GitHub's clock until `done`: completions first, as events where GitHub sends them, else a sweep. */
export async function drive(stand: Stand, o: DriveOptions): Promise<Wake[]> {
  const gh = stand.github;
  gh.startsRuns = true;
  const events: { runId: number; attempt: number; depth: number }[] = [];
  const wakes: Wake[] = [];
  const token = o.token === 'app' ? APP_TOKEN : stand.token;
  try {
    while (wakes.length < o.maxWakes) {
      const queued = gh.state.runs.filter((r) => r.repo === stand.repo && r.status === 'queued');
      for (const run of queued.filter((r) => !o.hold?.(r))) {
        finishAttempt(stand, run.id, o.outcome(run));
        if (firesWorkflowRun(run) && callerTakes(run))
          events.push({ runId: run.id, attempt: run.runAttempt, depth: (run.chainDepth ?? 0) + 1 });
      }
      if (o.idle === 'unrelated' && events.length === 0) {
        const sha = (await stand.git.revParse('refs/heads/main'))!;
        const [run] = gh.pushed({
          repo: stand.repo,
          branch: UNRELATED,
          sha,
          token: 'a person',
          workflowIds: [4242],
        });
        finishAttempt(stand, run!.id, PASSING);
        events.push({ runId: run!.id, attempt: run!.runAttempt, depth: 1 });
      }
      const event = events.shift();
      gh.callerDepth = event?.depth ?? 0;
      const before = await stand.git.revParse('refs/heads/main');
      const supervisor = await runSupervisor(stand, {
        runId: event?.runId,
        ...(event ? { runAttempt: event.attempt } : {}),
        config: o.config,
        with: { 'github-token': token },
      });
      wakes.push({ by: event ? 'event' : 'sweep', ...(event ? { runId: event.runId } : {}), supervisor });
      // A push-mode revert: what GitHub starts for a push with the supervisor's token.
      const after = await stand.git.revParse('refs/heads/main');
      if (after && after !== before)
        gh.pushed({
          repo: stand.repo,
          branch: 'main',
          sha: after,
          token,
          workflowIds: gh.pushWorkflows(stand.repo),
        });
      if (await o.done(wakes)) break;
    }
  } finally {
    gh.startsRuns = false;
    gh.callerDepth = 0;
  }
  return wakes;
}

export interface BisectDrive {
  green: string;
  commits: string[];
  broken: string;
  wakes: Wake[];
  /** Probe branches left on the remote at the end. */
  probeBranchesLeft: string[];
}

/**
 * Three commits since the last green run, the second broke the tests: a person's push of the third starts
 * the failing run (its completion is sent: a person pushed), and the supervisor bisects from there.
 */
export async function bisectThroughGitHub(
  stand: Stand,
  token: DriveOptions['token'],
  opts: { maxWakes?: number; hold?: DriveOptions['hold']; done?: DriveOptions['done'] } = {},
): Promise<BisectDrive> {
  const file = 'src/parser.js';
  const green = await landCommit(stand, {
    message: 'Add parser',
    files: { [file]: 'export const sep = ",";\n' },
  });
  seedRun(stand, { sha: green, jobs: PASSING });
  const commits = [
    await landCommit(stand, { message: 'Docs', files: { 'docs.md': 'a\n' } }),
    await landCommit(stand, { message: 'Speed up parser', files: { [file]: 'export const sep = ";";\n' } }),
    await landCommit(stand, { message: 'More docs', files: { 'docs.md': 'b\n' } }),
  ];
  const broken = commits[1]!;
  const isBroken = (sha: string): boolean => commits.indexOf(sha) >= commits.indexOf(broken);
  // A person's push: GitHub starts the push run, and its completion is sent on.
  stand.github.pushed({
    repo: stand.repo,
    branch: 'main',
    sha: commits[2]!,
    token: 'a person',
    workflowIds: [4242],
  });
  const revertBranch = `ci-recovery/revert-${broken.slice(0, 12)}`;
  const wakes = await drive(stand, {
    token,
    config: NO_BACKOFF_CONFIG + 'revert:\n  daily-cap: 100\n',
    maxWakes: opts.maxWakes ?? 12,
    outcome: (run) => (isBroken(run.headSha) ? FAILING : PASSING),
    ...(opts.hold ? { hold: opts.hold } : {}),
    done: opts.done ?? (() => stand.github.state.pulls.some((p) => p.head.ref === revertBranch)),
  });
  const probeBranchesLeft: string[] = [];
  for (const sha of commits)
    if (await stand.git.revParse(`refs/heads/${probeRef(sha)}`)) probeBranchesLeft.push(probeRef(sha));
  return { green, commits, broken, wakes, probeBranchesLeft };
}

export interface VerdictDrive {
  culprit: string;
  runId: number;
  wakes: Wake[];
}

/**
 * A change breaks main (its parent green): the supervisor confirms by a re-run, reverts in push mode when
 * the failure comes back, and waits for the revert's verdict. Which of those steps an event brings, and which
 * only a sweep, depends on the token.
 */
export async function rerunAndRevertThroughGitHub(
  stand: Stand,
  token: DriveOptions['token'],
  /** `tag`: tells this story's commits from another's with the same token in one stand. */
  { tag = '', ...opts }: Pick<DriveOptions, 'hold' | 'idle'> & { tag?: string } = {},
): Promise<VerdictDrive> {
  const file = 'src/sum.js';
  const parent = await landCommit(stand, {
    message: 'Add sum',
    files: { [file]: `a + b // ${token}${tag}\n` },
  });
  seedRun(stand, { sha: parent, jobs: PASSING });
  const culprit = await landCommit(stand, {
    message: 'Break sum',
    files: { [file]: `a - b // ${token}${tag}\n` },
  });
  const [run] = stand.github.pushed({
    repo: stand.repo,
    branch: 'main',
    sha: culprit,
    token: 'a person',
    workflowIds: [4242],
  });
  const wakes = await drive(stand, {
    token,
    config: NO_BACKOFF_CONFIG + 'revert:\n  daily-cap: 100\n  mode: push\n',
    maxWakes: 8,
    ...opts,
    outcome: (r) => (r.headSha === culprit ? FAILING : PASSING),
    done: (wakes) => wakes.some((w) => w.supervisor.summary.includes('helped')),
  });
  return { culprit, runId: run!.id, wakes };
}
