/**
 * The one fixture of the supervisor's integration tests over the stand (bisection, its adversity and its
 * workflows, the rollback loop): the stand started for a jest file (its git remote answering for
 * https://github.com/<repo>, as in the e2e stories), and the phase wired to it with its real adapters (src,
 * not dist). The jobs' plans come from the Results service, which the e2e stories cover: the job log
 * decides here. The ledger is kept between supervisor runs as JSON, as the cache keeps it.
 *
 * For jest test files only: `bisectStand` registers the file's beforeAll/afterAll.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { getOctokit } from '../../src/adapters/github.js';
import { DEFAULT_CONFIG, type Config } from '../../src/core/config.js';
import { parseLedger, type Ledger } from '../../src/core/ledger.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { gitPort } from '../../src/supervise/adapters/git-revert.js';
import { probeGitHub } from '../../src/supervise/adapters/probe-github.js';
import { supervisorGitHub } from '../../src/supervise/adapters/supervisor-github.js';
import { probeRef } from '../../src/supervise/core/bisect.js';
import {
  superviseRun,
  type LedgerPort,
  type SuperviseContext,
  type SupervisePorts,
} from '../../src/supervise/index.js';
import { sweep, type SweepOutcome } from '../../src/supervise/phase/supervise-sweep.js';
import { startStand, type Stand } from '../services/stand.js';
import { corpusLog, finishAttempt, landCommit, LOGS, seedRun, type SeedJob } from './supervise-stand.js';

/** The watched job failing the way the corpus's go-ethereum log does (test). */
export const FAILING: SeedJob[] = [{ name: 'test', conclusion: 'failure', log: corpusLog(LOGS.test) }];
export const PASSING: SeedJob[] = [{ name: 'test', conclusion: 'success', log: 'ok\n' }];
/** The route of a workflow's dispatch, as the stand records its calls. */
export const DISPATCHES = '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';

export interface WiringOptions {
  config?: Config;
  /** The fixture's kept ledger (true) or none (false). */
  ledger?: boolean;
  /** The probes port (true), or none: a supervisor that cannot bisect. */
  probes?: boolean;
}

export interface Wiring {
  ctx: SuperviseContext;
  ports: SupervisePorts;
  runner: RecordingRunner;
  /** The names of the artifacts this wiring's supervisor uploaded. */
  artifacts: string[];
}

/** The branch's ledger between supervisor runs, as text (the cache keeps a file). */
export interface KeptLedger extends LedgerPort {
  current: () => Ledger;
  reset: () => void;
}

export type Supervised = Awaited<ReturnType<typeof superviseRun>>;

export interface BisectStand {
  readonly stand: Stand;
  readonly ledger: KeptLedger;
  wiring: (opts?: WiringOptions) => Wiring;
  /** The supervisor of a completed run whose workflow_run GitHub sends (a person's push). */
  supervise: (runId: number, opts?: WiringOptions) => Promise<Supervised>;
  /** The same, with the artifacts it uploaded. */
  superviseWith: (
    runId: number,
    opts?: WiringOptions,
  ) => Promise<{ outcome: Supervised; artifacts: string[] }>;
  /** The scheduled sweep, with the summary it wrote. */
  sweep: (opts?: WiringOptions) => Promise<{ swept: SweepOutcome; summary: string }>;
  /** The dispatches of a workflow on `ref` the supervisor asked GitHub for. */
  dispatchesTo: (ref: string) => number;
  /** Three commits since the last green run, the head failing; the first probe dispatched and passed. */
  bisectionUnderWay: (tag: string) => Promise<{ head: number; c2: string }>;
}

/**
 * The stand for this test file, its scratch directory named `prefix`, and the supervisor wired to it;
 * `defaults` hold for every wiring of the file (a call's options override them): the kept ledger and the
 * probes port by default, with the default config.
 */
export function bisectStand(prefix: string, defaults: WiringOptions = {}): BisectStand {
  let stand: Stand | undefined;
  let temp = '';
  const env0 = { ...process.env };
  beforeAll(async () => {
    stand = await startStand({ commits: [{ message: 'initial', files: { 'README.md': '# demo\n' } }] });
    temp = await mkdtemp(path.join(stand.root, prefix));
    Object.assign(process.env, stand.git.env);
  }, 120_000);
  afterAll(async () => {
    for (const key of Object.keys(stand?.git.env ?? {})) {
      if (env0[key] === undefined) delete process.env[key];
      else process.env[key] = env0[key];
    }
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    await stand?.stop();
  });
  const started = (): Stand => {
    if (!stand) throw new Error('the stand is not started: use the fixture inside a test');
    return stand;
  };

  let kept: string | undefined;
  const ledger: KeptLedger = {
    load: (branch) => Promise.resolve(parseLedger(kept, branch).ledger),
    save: (l) => Promise.resolve(void (kept = JSON.stringify(l))),
    current: () => parseLedger(kept, 'main').ledger,
    reset: () => void (kept = undefined),
  };

  const wiring = (opts: WiringOptions = {}): Wiring => {
    const { config = DEFAULT_CONFIG, ledger: keepsLedger = true, probes = true } = { ...defaults, ...opts };
    const s = started();
    const [owner = '', repo = ''] = s.repo.split('/');
    const octokit = getOctokit(s.token, { baseUrl: s.github.url, logger: new RecordingLogger() });
    const artifacts: string[] = [];
    const real = supervisorGitHub({
      octokit,
      repo: { owner, repo },
      token: s.token,
      logger: new RecordingLogger(),
      tempDir: temp,
      uploadArtifact: (name) => Promise.resolve(void artifacts.push(name)),
    });
    const runner = new RecordingRunner();
    return {
      runner,
      artifacts,
      ctx: {
        settings: { token: s.token, runId: 0, dryRun: false, comment: true, revertLabels: ['ci-recovery'] },
        config,
        env: { serverUrl: 'https://github.com' },
        repository: s.repo,
      },
      ports: {
        github: { ...real, recoveryPlans: () => Promise.resolve([]) },
        git: gitPort(temp),
        runner,
        ...(probes ? { probes: probeGitHub(octokit, { owner, repo }) } : {}),
        ...(keepsLedger ? { ledger } : {}),
      },
    };
  };

  const superviseWith: BisectStand['superviseWith'] = async (runId, opts) => {
    const { ctx, ports, artifacts } = wiring(opts);
    const outcome = await superviseRun({ ...ctx, settings: { ...ctx.settings, runId } }, ports);
    return { outcome, artifacts };
  };
  const supervise: BisectStand['supervise'] = async (runId, opts) =>
    (await superviseWith(runId, opts)).outcome;

  const sweepOnce: BisectStand['sweep'] = async (opts) => {
    const { ctx, ports, runner } = wiring(opts);
    const swept = await sweep(ctx, ports, { defaultBranch: 'main' });
    return { swept, summary: runner.summaries.join('') };
  };

  const dispatchesTo = (ref: string): number =>
    started().github.calls.filter(
      (c) =>
        c.method === 'POST' &&
        c.route === DISPATCHES &&
        (c.body as { ref?: string } | undefined)?.ref === ref,
    ).length;

  const bisectionUnderWay = async (tag: string): Promise<{ head: number; c2: string }> => {
    const s = started();
    ledger.reset();
    const green = await landCommit(s, { message: `${tag}: green`, files: { [`${tag}.txt`]: '0\n' } });
    seedRun(s, { sha: green, jobs: PASSING });
    const c1 = await landCommit(s, { message: `${tag}: one`, files: { [`${tag}.txt`]: '1\n' } });
    const c2 = await landCommit(s, { message: `${tag}: two`, files: { [`${tag}.txt`]: '2\n' } });
    const c3 = await landCommit(s, { message: `${tag}: three`, files: { [`${tag}.txt`]: '3\n' } });
    const head = seedRun(s, { sha: c3, jobs: FAILING });
    const first = await supervise(head.id);
    expect(first.plan.jobs[0]?.reason).toContain(`dispatched on ${probeRef(c1)}`);
    const probe = s.github.state.runs.find((r) => r.headBranch === probeRef(c1) && r.status === 'queued');
    finishAttempt(s, probe!.id, PASSING);
    return { head: head.id, c2 };
  };

  return {
    get stand() {
      return started();
    },
    ledger,
    wiring,
    supervise,
    superviseWith,
    sweep: sweepOnce,
    dispatchesTo,
    bisectionUnderWay,
  };
}
