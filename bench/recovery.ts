/**
 * Time to green, end to end: how long from the start of a failed run until the job is green again, three
 * ways, side by side in one run, on jobs that do real work through the stand (the real dist/ bundles, the
 * local runner, Azurite, the Results service, the GitHub fake):
 *   (a) a person clicks "Re-run failed jobs": the whole job again, on a fresh workspace;
 *   (b) a plain step retry, as nick-fields/retry does (max_attempts 3, retry_wait_seconds 10): the failed
 *       step again in the same workspace; when the job itself died, (b) is (a);
 *   (c) ci-recovery: in-step retry by failure type, a checkpoint before the risky stage, the supervisor's
 *       re-run that resumes from it.
 *
 * The workload is this repository itself, as a project of its own: `npm ci` of its real lockfile (offline,
 * from the npm cache your own `npm ci` filled: no network; 1 GB of node_modules), its real build (`tsc` over
 * its sources, then its own `npm run build`: the wasm module, the ncc bundle of src/index.ts into dist/ with
 * ncc's type check of the project, the entry stubs, docs/inputs.md), and eleven of its unit test
 * suites under jest. Nothing is repeated or padded to look heavier: the same steps in (a), (b) and (c); the
 * checkpoint paths are what those steps make (node_modules, build, dist), with node_modules kept once per
 * lockfile (checkpoint.keyed: the first green run below keeps it; the timed runs are the steady state).
 * No mode uses actions/cache: with it, (a) and (b) would skip `npm ci` on a hit, as a resume skips it;
 * that is left out here. Each scenario injects one failure the way it happens:
 *   network-late      HEAVY     the coverage upload after the tests loses its connection (git's, reset by the remote), once
 *   runner-lost-late  HEAVY     the machine dies two minutes into the test stage (no post runs)
 *   job-time-limit    HEAVY     a test waits on a server that never answers; the job's timeout-minutes fires
 *   oom-kill          STANDARD  the test process is SIGKILLed as the kernel's OOM killer does (exit 137), once
 *   flaky-test        STANDARD  a real jest test fails once, then passes (seen for the first time: no flaky history)
 *   quality-gate      STANDARD  the linter fails; the fix is the next commit, whose run is green
 *
 * What it cannot model, and why: the minutes before a person notices a red job and clicks (not counted: it
 * only widens the gap in (c)'s favour); GitHub's queueing of a new attempt or of the supervisor's
 * workflow_run (seconds to minutes; counted as zero for every mode); a real hosted runner's disk and
 * network (the artifact store is Azurite on this machine); the time a person takes to write the next
 * commit (quality-gate counts only the machines' time); a build heavier than this repository's (here about
 * 20 s on two cores: a HEAVY job of a bigger project builds for minutes, and a resume skips all of it while
 * its fixed cost, restoring the checkpoint and re-running the interrupted stage, stays the same).
 *
 *   npm run bench:recovery [-- --only network-late,runner-lost-late] [--rounds 3] [--mix flaky-test=30,...]
 *
 * Two more scenarios, test failures on a pull request on a suite that takes minutes, run on a workload of
 * their own (bench/recovery-tests.ts): flaky-test-pr and broken-test; `--test-scale S` (default 0.25)
 * scales how long their suite runs.
 *
 * --rounds N runs every scenario's three modes N times, in turn first and last, and reports medians and
 * b/c within each round (the machine is shared: one round is one sample). Then the bound docs/benchmarks.md
 * claims (bench/bound.ts): per scenario and round, (b), (c) and (c)'s checkpoints' own cost, read from its
 * step records, and whether c <= b + checkpoints, judged on the median over the rounds with their noise
 * as allowance; a scenario that breaks it is named, and the exit status is 1. --root DIR puts the stand and
 * every job's workspace there: --root /dev/shm takes the disk out of the comparison (on this project's
 * shared build machines, extracting the same 1 GB node_modules with `zstd -d | tar -x` took 1.1-1.2 s on
 * tmpfs and 3.9-12.3 s on the ext4 disk, mostly in the kernel). --against DIR (another checkout, its dist/
 * built) runs the test scenarios' (c) with that build too, in every round beside this one's, and prints both
 * builds' (c) - (b) and own stages.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { runJob, type Step } from '../stand/runner/job.js';
import { startStand, type Stand } from '../stand/services/stand.js';
import { outage } from '../stand/scenarios/network-retry.js';
import { runSupervisor, startNextAttempt } from '../stand/scenarios/supervise-stand.js';
import { checkout } from '../stand/scenarios/workspace.js';
import { readRecords, recordsDir } from '../src/adapters/records.js';
import { boundReport, checkpointSeconds, type BoundRound } from './bound.js';
import { median } from './stats.js';
import { stepRetry } from './step-retry.js';
import { TESTS, workloadFiles } from './workload.js';
import {
  DEFAULT_TEST_SCALE,
  runTestBench,
  testBoundRounds,
  testReport,
  TEST_SCENARIOS,
  type TestScenario,
} from './recovery-tests.js';

type Lane = 'HEAVY' | 'STANDARD';
type Mode = 'a' | 'b' | 'c';

const INSTALL = 'npm ci --offline --ignore-scripts --no-audit --no-fund --loglevel=error';
// The build is this repository's own: `tsc` of its sources, then `npm run build` (scripts/build.ts: the
// wasm module assembled from lanes.wat, the ncc bundle of src/index.ts into dist/ with its type check of
// the whole project, the entry stubs, docs/inputs.md regenerated from the action.yml files).
const BUILD = 'npx tsc -p tsconfig.bench.json && npm run build';
/** The suite a green job runs: the unit tests of this repository, as every scenario runs them. */
export const JEST = `NODE_OPTIONS="--experimental-vm-modules --disable-warning=ExperimentalWarning" npx jest --ci ${TESTS.join(' ')}`;

/** A failure that happens once per (scenario, mode): a marker outside the workspace remembers it. */
const once = (marker: string, command: string): string =>
  `if [ ! -e '${marker}' ]; then touch '${marker}'; ${command}; fi`;

const FLAKY_TEST = '__tests__/unit/flaky-timing.test.ts';
/** Writes FLAKY_TEST: its one test fails while `marker` is missing, and makes it. */
const flakyTest = (marker: string): string => {
  const source = [
    "import { existsSync, writeFileSync } from 'node:fs';",
    "describe('timer', () => {",
    "  test('fires within 50 ms', () => {",
    `    if (existsSync(${JSON.stringify(marker)})) return;`,
    `    writeFileSync(${JSON.stringify(marker)}, '');`,
    "    throw new Error('fired after 63 ms');",
    '  });',
    '});',
  ].join('\n');
  return `cat > ${FLAKY_TEST} <<'EOF'\n${source}\nEOF`;
};

export interface Scenario {
  name: string;
  lane: Lane;
  /**
   * The test stage's command for this scenario; `marker` makes an injected failure happen once, `outage` is a
   * git remote that resets every connection (stand/scenarios/network-retry.ts).
   */
  test(marker: string, outage: string): string;
  /** The job dies (runner lost, job time limit): no step retry can run; a new attempt is needed. */
  jobDies?: 'runner-lost' | 'time-limit';
  /** The fix is a new commit (a person's work, not counted), whose run is the first green one. */
  needsNewCommit?: boolean;
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'network-late',
    lane: 'HEAVY',
    test: (m, remote) => `${JEST}\n${once(m, `git ls-remote ${remote}`)}\necho coverage uploaded`,
  },
  {
    name: 'runner-lost-late',
    lane: 'HEAVY',
    jobDies: 'runner-lost',
    // The suite runs on after jest (a long integration part) until the machine dies 120 s into the step: past
    // the checkpoint ci-recovery saves at the step's start, as a late loss is.
    test: (m) => `${JEST}\n${once(m, 'echo "integration tests: 40 to go"; sleep 600')}`,
  },
  {
    name: 'job-time-limit',
    lane: 'HEAVY',
    jobDies: 'time-limit',
    test: (m) => `${JEST}\n${once(m, 'echo "waiting for the test server on :8080"; sleep 3600')}`,
  },
  {
    name: 'oom-kill',
    lane: 'STANDARD',
    // The test process grows, then the kernel's OOM killer sends SIGKILL: bash reports "Killed", exit 137.
    test: (m) => `${once(m, `${JEST} & pid=$!; sleep 8; kill -KILL $pid; wait $pid`)}\n${JEST}`,
  },
  {
    name: 'flaky-test',
    lane: 'STANDARD',
    // A real test among the suites that fails the first time it runs in a mode and round (its marker is
    // missing), then passes: jest names it in its own words, and a re-run of it alone can pass.
    test: (m) => `${flakyTest(m)}\n${JEST} ${FLAKY_TEST}`,
  },
  {
    name: 'quality-gate',
    lane: 'STANDARD',
    needsNewCommit: true,
    test: () => JEST,
  },
];

/** One timed piece of a recovery: a job attempt, the supervisor, a step's retries. */
export interface Leg {
  what: string;
  seconds: number;
  conclusion?: string;
  /** The stages that ran in the attempt and their seconds, in order: where its time went. */
  stages?: { name: string; seconds: number }[];
  /** Seconds its steps spent on checkpoints, from ci-recovery's step records (bench/bound.ts). */
  checkpoint?: number;
}

interface ModeResult {
  mode: Mode;
  seconds: number;
  green: boolean;
  legs: Leg[];
}

/** The checkpoints' own cost of a recovery: every attempt's. */
const checkpointCost = (r: ModeResult): number => r.legs.reduce((sum, l) => sum + (l.checkpoint ?? 0), 0);

export interface Env {
  stand: Stand;
  /** A git remote that resets git's connection mid-answer: the network-late scenario's outage. */
  outage: string;
  markers: string;
  nextRun: number;
  /** The Node that runs the actions' stages (default the stand's): a profiler wraps it. */
  node?: string;
  /** How far into the test stage the runner is lost (default 120 s). */
  loseAfterMs?: number;
  /** The checkout whose action (c) runs (its action.yml files and dist/): default this one. */
  root?: string;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, (performance.now() - start) / 1000];
}

const CHECKOUT: Step = { id: 'checkout', uses: 'actions/checkout@v4' };

/** The job's steps in one mode: plain run steps for (a), a retried test step for (b), ci-recovery for (c). */
function jobSteps(mode: Mode, scenario: Scenario, test: string, fixed = false, root = '.'): Step[] {
  const lintStep = (bad: boolean): Step => ({
    id: 'lint',
    name: 'Lint',
    run: bad
      ? 'printf "const unused = 1;\\nexport {};\\n" > src/lint-me.ts && bash lint.sh src/lint-me.ts'
      : 'true',
  });
  const lint = scenario.needsNewCommit ? [lintStep(!fixed)] : [];
  if (mode === 'c') {
    const run = (stage: string, command: string): Step => ({
      id: stage,
      name: stage,
      uses: path.join(root, 'run'),
      with: { stage, run: command },
    });
    return [
      CHECKOUT,
      { id: 'recovery', uses: root, with: { lane: scenario.lane } },
      run('install', INSTALL),
      ...lint.map((s) => ({ ...run('lint', (s as { run: string }).run) })),
      run('build', BUILD),
      run('test', test),
    ];
  }
  const retried = (s: Step): Step => (mode === 'b' && 'run' in s ? { ...s, run: stepRetry(s.run) } : s);
  return [
    CHECKOUT,
    { id: 'install', name: 'install', run: INSTALL },
    ...lint.map(retried),
    { id: 'build', name: 'build', run: BUILD },
    { id: 'test', name: 'test', run: mode === 'b' && !scenario.jobDies ? stepRetry(test) : test },
  ];
}

export interface Run {
  runId: number;
  attempt: number;
  fixed?: boolean;
  /** The round of a repeated bench: each round's injected failures happen once again. */
  round?: number;
}

/** One attempt of the job in `mode`, on a fresh clone (as a hosted runner starts every attempt). */
export async function attempt(
  env: Env,
  scenario: Scenario,
  mode: Mode,
  run: Run,
  limit: number,
): Promise<Leg> {
  const marker = path.join(env.markers, `${scenario.name}-${mode}-${run.round ?? 1}`);
  const workspace = await checkout(env.stand, 'main');
  const dies = run.attempt === 1 && !run.fixed ? scenario.jobDies : undefined;
  const [job, seconds] = await timed(() =>
    runJob({
      stand: env.stand,
      workspace,
      runId: run.runId,
      runAttempt: run.attempt,
      jobId: run.runId * 10 + run.attempt,
      jobKey: 'build',
      jobName: 'build',
      steps: jobSteps(mode, scenario, scenario.test(marker, env.outage), run.fixed, env.root),
      ...(dies === 'time-limit' ? { timeoutMinutes: limit } : {}),
      ...(dies === 'runner-lost'
        ? { loseRunner: { step: 'test', afterMs: env.loseAfterMs ?? 120_000 } }
        : {}),
      ...(env.node ? { node: env.node } : {}),
    }),
  );
  // Each attempt leaves a gigabyte of node_modules: gone before the next, so a bench on tmpfs fits in memory.
  await rm(workspace, { recursive: true, force: true });
  const what = `${run.fixed ? 'next commit, ' : ''}attempt ${run.attempt}`;
  const stages = job.stages.filter((s) => s.ran).map((s) => ({ name: s.name, seconds: s.ms / 1000 }));
  const checkpoint = checkpointSeconds(await readRecords(recordsDir(job)));
  return { what, seconds, conclusion: job.conclusion, stages, checkpoint };
}

/** Time to green in one mode: attempts (and the supervisor in (c)) until a green job. */
async function recover(
  env: Env,
  scenario: Scenario,
  mode: Mode,
  limit: number,
  round: number,
): Promise<ModeResult> {
  const runId = (env.nextRun += 1);
  const legs: Leg[] = [await attempt(env, scenario, mode, { runId, attempt: 1, round }, limit)];
  if (legs[0]?.conclusion !== 'success') {
    if (mode === 'c' && !scenario.needsNewCommit) {
      const [sup, seconds] = await timed(() => runSupervisor(env.stand, { runId, runAttempt: 1 }));
      const decision = sup.decisions.map((d) => `${d.action}${d.type ? ` (${d.type})` : ''}`).join(', ');
      legs.push({ what: `supervisor: ${decision || 'nothing'}`, seconds });
    }
    if (scenario.needsNewCommit) {
      legs.push(
        await attempt(
          env,
          scenario,
          mode,
          { runId: (env.nextRun += 1), attempt: 1, fixed: true, round },
          limit,
        ),
      );
    } else {
      // The supervisor's re-run in (c); a person's click on "Re-run failed jobs" otherwise.
      startNextAttempt(env.stand, runId);
      legs.push(await attempt(env, scenario, mode, { runId, attempt: 2, round }, limit));
    }
  }
  const seconds = legs.reduce((sum, leg) => sum + leg.seconds, 0);
  return { mode, seconds, green: legs.at(-1)?.conclusion === 'success', legs };
}

interface Options {
  only: string[];
  mix: Map<string, number>;
  rounds: number;
  root?: string;
  /** How long the test scenarios' suite runs against its 4 minutes at scale 1 (bench/recovery-tests.ts). */
  testScale: number;
  /** Another checkout whose (c) the test scenarios also run, in the same rounds (bench/recovery-tests.ts). */
  against?: string;
}

const isTestScenario = (name: string): name is TestScenario =>
  (TEST_SCENARIOS as readonly string[]).includes(name);

const DEFAULT_MIX =
  'flaky-test=30,quality-gate=30,network-late=15,runner-lost-late=10,job-time-limit=10,oom-kill=5';

function parseArgs(argv: string[]): Options {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const only = (value('--only') ?? '').split(',').filter(Boolean);
  for (const name of only)
    if (!SCENARIOS.some((s) => s.name === name) && !isTestScenario(name))
      throw new Error(
        `--only: no scenario '${name}' (there are ${[...SCENARIOS.map((s) => s.name), ...TEST_SCENARIOS].join(', ')})`,
      );
  const scale = value('--test-scale') ?? String(DEFAULT_TEST_SCALE);
  if (!/^\d*\.?\d+$/.test(scale) || Number(scale) <= 0 || Number(scale) > 10)
    throw new Error(`--test-scale: '${scale}' is not a number above 0 and at most 10`);
  const mix = new Map<string, number>();
  for (const pair of (value('--mix') ?? DEFAULT_MIX).split(',')) {
    const [name = '', share = ''] = pair.split('=');
    if (!/^\d+$/.test(share)) throw new Error(`--mix: '${pair}' is not name=percent`);
    mix.set(name, Number(share));
  }
  const rounds = value('--rounds') ?? '1';
  if (!/^[1-9]\d*$/.test(rounds)) throw new Error(`--rounds: '${rounds}' is not a whole number of rounds`);
  const root = value('--root');
  const against = value('--against');
  if (
    against !== undefined &&
    !['action.yml', 'run/action.yml', 'dist/run.js'].every((f) => existsSync(path.join(against, f)))
  )
    throw new Error(`--against ${against}: not a checkout with action.yml, run/action.yml and dist/ built`);
  return {
    only,
    mix,
    rounds: Number(rounds),
    testScale: Number(scale),
    ...(root ? { root } : {}),
    ...(against ? { against: path.resolve(against) } : {}),
  };
}

const fmt = (s: number): string => `${s.toFixed(0)} s`;
const ratio = (a: number, c: number): string => `${(a / Math.max(c, 0.001)).toFixed(2)}x`;

/**
 * Where an attempt's time went: each stage that ran, in seconds to a tenth (ci-recovery's own pre, main and
 * post, which take under a second, summed as `recovery`), so that two modes can be compared stage by stage.
 */
function stageTimes(leg: Leg): string {
  if (!leg.stages?.length) return '';
  const own = leg.stages.filter((s) => /^(Pre |Post )?Run \.$/.test(s.name));
  const named = leg.stages.filter((s) => !own.includes(s) && !s.name.includes('checkout'));
  const parts = named.map((s) => `${s.name} ${s.seconds.toFixed(1)}`);
  if (own.length) parts.push(`recovery ${own.reduce((sum, s) => sum + s.seconds, 0).toFixed(1)}`);
  // Inside the run/ stages above, not beside them: what the bound allows (c) over (b).
  if (leg.checkpoint) parts.push(`checkpoints in the stages ${leg.checkpoint.toFixed(1)}`);
  return ` [${parts.join(', ')}]`;
}

/** Seconds from the end of the failed attempt to the first green job. */
const afterFailure = (r: ModeResult): number => r.seconds - (r.legs[0]?.seconds ?? 0);

/** One mode of one scenario over every round: medians, and whether every round ended green. */
interface ModeSummary {
  seconds: number;
  after: number;
  green: boolean;
}

function summarize(rounds: ModeResult[]): ModeSummary {
  return {
    seconds: median(rounds.map((r) => r.seconds)),
    after: median(rounds.map(afterFailure)),
    green: rounds.every((r) => r.green),
  };
}

/** Each scenario's rounds as the bound judges them: (b) and (c) of the same round side by side. */
function boundRounds(results: Map<string, ModeResult[]>): Map<string, BoundRound[]> {
  const rounds = new Map<string, BoundRound[]>();
  for (const [name, modes] of results) {
    const bs = modes.filter((r) => r.mode === 'b');
    const cs = modes.filter((r) => r.mode === 'c');
    const paired = cs.flatMap((c, i) => {
      const b = bs[i];
      return b
        ? [{ b: b.seconds, c: c.seconds, checkpoint: checkpointCost(c), cGreen: c.green, bGreen: b.green }]
        : [];
    });
    if (paired.length > 0) rounds.set(name, paired);
  }
  return rounds;
}

/** b/c within each round: the modes of a round ran one after the other, so they share its load. */
function pairedRatios(modes: ModeResult[], top: Mode, bottom: Mode): string {
  const rounds = modes.filter((r) => r.mode === bottom);
  const over = modes.filter((r) => r.mode === top);
  return rounds.map((c, i) => ratio(over[i]?.seconds ?? 0, c.seconds)).join(' ');
}

function report(
  results: Map<string, ModeResult[]>,
  clean: Leg[],
  opts: Pick<Options, 'mix' | 'rounds'>,
): string {
  const of = opts.rounds > 1 ? ` (medians of ${opts.rounds} rounds)` : '';
  const out = [
    '',
    `Green job without a failure: ${clean.map((l) => `${l.what} ${fmt(l.seconds)}`).join(', ')}`,
    '',
    `From the start of the failed run to the first green job${of} (a person's reaction time not counted):`,
    `${'scenario'.padEnd(18)}${'lane'.padEnd(10)}${'(a) rerun'.padStart(11)}${'(b) retry'.padStart(11)}${'(c) ours'.padStart(11)}${'a/c'.padStart(8)}${'b/c'.padStart(8)}   after the failure: (a) (b) (c), a/c`,
  ];
  let saved = 0;
  let share = 0;
  for (const scenario of SCENARIOS) {
    const modes = results.get(scenario.name);
    if (!modes) continue;
    const [a, b, c] = (['a', 'b', 'c'] as const).map((m) => summarize(modes.filter((r) => r.mode === m)));
    if (!a || !b || !c) continue;
    const flag = (r: ModeSummary): string => (r.green ? '' : '!');
    const recovery =
      a.after > 0
        ? `   ${fmt(a.after)} ${fmt(b.after)} ${fmt(c.after)}, ${c.after > 0 ? ratio(a.after, c.after) : 'in the same job'}`
        : '';
    out.push(
      `${scenario.name.padEnd(18)}${scenario.lane.padEnd(10)}${(fmt(a.seconds) + flag(a)).padStart(11)}${(fmt(b.seconds) + flag(b)).padStart(11)}${(fmt(c.seconds) + flag(c)).padStart(11)}${ratio(a.seconds, c.seconds).padStart(8)}${ratio(b.seconds, c.seconds).padStart(8)}${recovery}`,
    );
    if (opts.rounds > 1) out.push(`${''.padEnd(28)}b/c in each round: ${pairedRatios(modes, 'b', 'c')}`);
    const weight = opts.mix.get(scenario.name) ?? 0;
    saved += weight * (a.seconds - c.seconds);
    share += weight;
  }
  out.push('', '(! = not green at the end)', '');
  for (const [name, modes] of results)
    for (const r of modes)
      out.push(
        `  ${name} (${r.mode}): ${r.legs.map((l) => `${l.what} ${fmt(l.seconds)}${l.conclusion ? ` ${l.conclusion}` : ''}${stageTimes(l)}`).join(' + ')}`,
      );
  if (share > 0)
    out.push(
      '',
      `Per 100 failures at the mix ${[...opts.mix].map(([k, v]) => `${k}=${v}`).join(',')} (scenarios run: ${share} of 100):`,
      `  machine minutes to green saved against (a): ${(((saved / share) * 100) / 60).toFixed(0)} (not counting the minutes before a person clicks)`,
    );
  return out.join('\n');
}

/** Green jobs each way before the timed runs; the first with ci-recovery keeps node_modules under its key. */
async function calibrate(env: Env): Promise<Leg[]> {
  const green: Scenario = { name: 'green', lane: 'HEAVY', test: () => JEST };
  const plain = await attempt(env, green, 'a', { runId: (env.nextRun += 1), attempt: 1 }, 0);
  // The first green job with ci-recovery keeps node_modules under its lockfile's key; every later run of
  // the same lockfile (the steady state the timed runs below measure) takes it from there.
  const firstOfKey = await attempt(env, green, 'c', { runId: (env.nextRun += 1), attempt: 1 }, 0);
  const ours = await attempt(env, green, 'c', { runId: (env.nextRun += 1), attempt: 1 }, 0);
  const clean = [
    { ...plain, what: 'plain steps' },
    { ...firstOfKey, what: 'with ci-recovery, first run of its lockfile (node_modules kept under its key)' },
    { ...ours, what: 'with ci-recovery, the key already kept (checkpoints included)' },
  ];
  console.log(clean.map((l) => `${l.what}: ${fmt(l.seconds)} ${l.conclusion}`).join('\n'));
  // Without a green baseline every figure would measure a broken workload, not a recovery.
  if (clean.some((l) => l.conclusion !== 'success'))
    throw new Error(
      'the workload fails without any injected failure: nothing to measure (see the job above)',
    );
  return clean;
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const opts = parseArgs(argv);
  const scenarios = SCENARIOS.filter((s) => opts.only.length === 0 || opts.only.includes(s.name));
  // The stand, its workspaces and the jobs' temporary files go where TMPDIR points (os.tmpdir()).
  if (opts.root) process.env.TMPDIR = path.resolve(opts.root);
  const tests = TEST_SCENARIOS.filter((s) => opts.only.length === 0 || opts.only.includes(s));
  const bound = new Map<string, BoundRound[]>();
  if (tests.length > 0) {
    const testOpts = {
      only: tests,
      rounds: opts.rounds,
      scale: opts.testScale,
      ...(opts.against ? { against: opts.against } : {}),
    };
    const testResults = await runTestBench(testOpts);
    console.log(testReport(testResults, testOpts));
    for (const [name, rounds] of testBoundRounds(testResults)) bound.set(name, rounds);
  }
  if (scenarios.length > 0) await runScenarios(scenarios, opts, bound);
  const judged = boundReport(bound);
  console.log(judged.text);
  // A broken bound is the bench's finding, not a crash: its exit status says so to a script that runs it.
  if (judged.broken.length > 0) process.exitCode = 1;
}

/** The workload's scenarios on a stand of their own; their rounds go into `bound`. */
async function runScenarios(
  scenarios: Scenario[],
  opts: Options,
  bound: Map<string, BoundRound[]>,
): Promise<void> {
  const stand = await startStand({ commits: [{ message: 'the workload', files: workloadFiles() }] });
  const remote = await outage('coverage-upload.git');
  try {
    const markers = await mkdtemp(path.join(stand.root, 'markers-'));
    const env: Env = { stand, outage: remote.url, markers, nextRun: 500 };
    const clean = await calibrate(env);
    // The time limit of job-time-limit: 1.3x the slower green job (plain, or with the key kept), plus 30 s.
    const [plain, , ours] = clean;
    const limit = (Math.max(plain?.seconds ?? 0, ours?.seconds ?? 0) * 1.3 + 30) / 60;
    const results = new Map<string, ModeResult[]>();
    for (const scenario of scenarios) {
      const modes: ModeResult[] = [];
      for (let round = 1; round <= opts.rounds; round++) {
        // Each mode takes the first and the last place in turn, so none always runs on the same load.
        const order: Mode[] = round % 2 ? ['a', 'b', 'c'] : ['c', 'b', 'a'];
        for (const mode of order) {
          const r = await recover(env, scenario, mode, limit, round);
          console.log(
            `${scenario.name} (${mode}) round ${round}: ${fmt(r.seconds)}${r.green ? '' : ' NOT GREEN'}`,
          );
          modes.push(r);
        }
      }
      results.set(scenario.name, modes);
    }
    console.log(report(results, clean, opts));
    for (const [name, rounds] of boundRounds(results)) bound.set(name, rounds);
  } finally {
    await remote.close();
    await stand.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
