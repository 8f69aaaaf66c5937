/**
 * Time to green on test failures of a pull request, on a suite that takes minutes: a real pytest suite
 * (Debian's python3-pytest) whose tests sleep, writing a real JUnit report, run by the stand (the real
 * dist/ bundles, the local runner, the GitHub fake) three ways in the same run:
 *   (a) a person clicks "Re-run failed jobs": the whole job again;
 *   (b) the whole test step re-run in the job, as nick-fields/retry does (max_attempts 3, 10 s apart);
 *   (c) ci-recovery's run/ step: only the failed tests re-run, alone, inside the step.
 * Scenarios:
 *   flaky-test-pr     a test that waits on a queue fails once, then passes; the PR changes only a doc
 *   broken-test       the PR changes the code a test checks, and the test fails every time
 *   flaky-test-small  the flaky test in the same suite cut to about 2 s (python-tabulate's size), whatever
 *                     --test-scale says, its tests computing (CPU) where the others sleep, as a unit suite
 *                     does: pytest's start-up is then most of a re-run, and (b) re-runs the whole step at
 *                     once (no 10 s wait), the fastest plain retry there is
 *
 * The suite is 8 files of 5 tests and one of the code under test: 41 tests of 6 s each at scale 1 (about 4
 * minutes, a mid-sized integration suite); `--test-scale` multiplies every test's sleep so that the default
 * run stays short (the default 0.25: about a minute a suite). Each pytest session writes its end time (conftest.py), so
 * "from the failure" is measured from the end of the failing run of the suite to the green job's end (or, for
 * a failure that never goes green, to the end of the last attempt). A person's reaction time is not counted.
 * Each mode's CPU (its job's processes, bench/child-cpu.ts) is printed beside its wall time: on a shared machine
 * the load moves between rounds and stretches each mode's CPU-bound part (node's start-ups, pytest's) by
 * what it is that moment, while the suite's sleeps stay as they are; CPU shows what a mode costs apart from that.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runJob, type JobResult, type Step } from '../stand/runner/job.js';
import { startStand, type Stand } from '../stand/services/stand.js';
import { startNextAttempt } from '../stand/scenarios/supervise-stand.js';
import { checkout, pullRequestEvent, type PullRequestEvent } from '../stand/scenarios/workspace.js';
import { readRecords, recordsDir } from '../src/adapters/records.js';
import { checkpointSeconds, type BoundRound } from './bound.js';
import { reapedChildrenCpu } from './child-cpu.js';
import { median } from './stats.js';
import { stepRetry } from './step-retry.js';

export const TEST_SCENARIOS = ['flaky-test-pr', 'broken-test', 'flaky-test-small'] as const;
export type TestScenario = (typeof TEST_SCENARIOS)[number];
/** (a), (b), (c) as above; `c0`: (c) with the build given by `--against` (another checkout), in the same round. */
type Mode = 'a' | 'b' | 'c' | 'c0';

const FILES = 8;
const PER_FILE = 5;
/** Seconds each test sleeps at scale 1. */
const TEST_SECONDS = 6;
export const DEFAULT_TEST_SCALE = 0.25;
/** flaky-test-small's scale: 41 tests of 48 ms of CPU, about 2 s of tests a run, as python-tabulate's suite. */
const SMALL_SCALE = 0.008;

const PYTEST = 'python3 -m pytest -p no:cacheprovider -q --junitxml=reports/junit.xml tests';
const FLAKY = 'tests/test_queue_4.py::test_case_3';
const BROKEN = 'tests/test_pricing.py::test_total_with_discount';

const PRICING = 'def total(prices, discount=0):\n    return sum(prices) - discount\n';
// The change of broken-test: the discount is now added, a bug the test catches on every run.
const PRICING_BROKEN = 'def total(prices, discount=0):\n    return sum(prices) + discount\n';

/**
 * What each test does, heading its file: with TEST_CPU, that many seconds of its own CPU, as a unit test
 * computes (python-tabulate's tests format tables); else it sleeps TEST_SLEEP seconds (default `sleep`), as
 * an integration test waits on a queue or a server.
 */
const work = (sleep: string): string => `import os, time
def work():
    cpu = os.environ.get("TEST_CPU")
    if cpu:
        end = time.process_time() + float(cpu)
        while time.process_time() < end:
            pass
    else:
        time.sleep(float(os.environ.get("TEST_SLEEP", "${sleep}")))
`;

/** The suite at `scale`: sleeping tests, one of which fails once while its marker file is missing. */
export function suiteFiles(scale: number): Record<string, string> {
  const sleep = (TEST_SECONDS * scale).toFixed(3);
  const files: Record<string, string> = {
    'pytest.ini': '[pytest]\npythonpath = .\n',
    'src/__init__.py': '',
    'src/pricing.py': PRICING,
    'docs/notes.md': 'notes\n',
    // Every session appends its end, exit status and size: where the bench's clock for "from the failure" starts.
    'tests/conftest.py': `import json, os, time
def pytest_sessionfinish(session, exitstatus):
    log = os.environ.get("SESSION_LOG")
    if log:
        with open(log, "a") as f:
            f.write(json.dumps({"end": time.time(), "exit": int(exitstatus), "tests": session.testscollected}) + "\\n")
`,
    'tests/test_pricing.py': `${work(sleep)}from src.pricing import total
def test_total_with_discount():
    work()
    assert total([3, 4], discount=2) == 5
`,
  };
  for (let f = 1; f <= FILES; f++) {
    const tests = Array.from({ length: PER_FILE }, (_, i) => {
      const body =
        f === 4 && i + 1 === 3
          ? `    marker = os.environ.get("FLAKY_MARKER")
    if marker and not os.path.exists(marker):
        open(marker, "w").close()
        assert False, "timed out waiting for the queue to drain"`
          : '    pass';
      return `def test_case_${i + 1}():\n    work()\n${body}\n`;
    });
    files[`tests/test_queue_${f}.py`] = `${work(sleep)}${tests.join('')}`;
  }
  return files;
}

export interface Session {
  end: number;
  exit: number;
  tests: number;
}

export interface TestModeResult {
  scenario: TestScenario;
  mode: Mode;
  green: boolean;
  /** From the job's start to its last attempt's end. */
  seconds: number;
  /** From the end of the first failing run of the suite to the last attempt's end. */
  fromFailure: number;
  /** Runs of the whole suite after the failing one, and runs of fewer tests (single tests re-run). */
  suiteReruns: number;
  testReruns: number;
  attempts: number;
  outputs: Record<string, string>;
  /**
   * CPU seconds of the job's processes (every attempt's: the checkout's git, the actions' node stages, the
   * test runner), from the bench's reaped children (bench/child-cpu.ts); NaN off Linux.
   */
  cpu: number;
  /** Seconds (c)'s steps spent on checkpoints, every attempt's (bench/bound.ts); 0 in (a) and (b). */
  checkpoint: number;
  /** Seconds of ci-recovery's post (dist/post.js as the runner runs it), every attempt's; 0 in (a) and (b). */
  post: number;
  /**
   * Seconds of each of (c)'s own stages, every attempt's: the root action's pre, main and post, and the
   * `run/` step that runs the suite, re-runs the failed tests and classifies. Empty in (a), (b).
   */
  stages: Record<string, number>;
}

/** Seconds the job's ci-recovery post stage took, when it ran. */
const postSeconds = (job: JobResult): number => (job.stage('recovery', 'post')?.ms ?? 0) / 1000;

/** Seconds of (c)'s own stages in `job` (none in the other modes). */
const ownStages = (job: JobResult): Record<string, number> => {
  const of = (step: string, stage: 'pre' | 'main' | 'post'): number =>
    (job.stage(step, stage)?.ms ?? 0) / 1000;
  return job.stage('recovery', 'main')
    ? {
        pre: of('recovery', 'pre'),
        main: of('recovery', 'main'),
        'run/': of('test', 'main'),
        post: of('recovery', 'post'),
      }
    : {};
};

const addStages = (a: Record<string, number>, b: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.keys({ ...a, ...b }).map((k) => [k, (a[k] ?? 0) + (b[k] ?? 0)]));

/** What the pytest sessions of one mode say: when the failure was seen, and what ran after it. */
export function afterFailure(
  sessions: Session[],
  endMs: number,
): { fromFailure: number; suiteReruns: number; testReruns: number } {
  const first = sessions.findIndex((s) => s.exit !== 0);
  if (first < 0) throw new Error('no run of the suite failed: the scenario injected nothing');
  const full = sessions[first]!.tests;
  const later = sessions.slice(first + 1);
  return {
    fromFailure: Math.max(0, endMs / 1000 - sessions[first]!.end),
    suiteReruns: later.filter((s) => s.tests >= full).length,
    testReruns: later.filter((s) => s.tests < full).length,
  };
}

interface Env {
  stand: Stand;
  dir: string;
  base: string;
  nextRun: number;
  /** The checkout `c0` runs (`--against`). */
  against?: string;
}

/** The whole step again at once, up to 3 runs: the fastest plain retry of a step (no wait between runs). */
const atOnce = (command: string): string =>
  `for attempt in 1 2 3; do ${command} && exit 0; echo "Attempt $attempt failed"; done; exit 1`;

/**
 * The job's steps; the workspace is a clone with the PR's change written over it (as a merge ref checks out).
 * (c) uses this checkout's action (its dist/), `c0` the checkout `against` names.
 */
function steps(mode: Mode, env: Record<string, string>, small: boolean, against?: string): Step[] {
  if (mode === 'c' || mode === 'c0') {
    const root = mode === 'c0' && against ? against : '.';
    return [
      { id: 'recovery', uses: root, with: {} },
      {
        id: 'test',
        name: 'test',
        uses: path.join(root, 'run'),
        env,
        with: { stage: 'test', run: PYTEST, 'test-report': 'reports/*.xml' },
      },
    ];
  }
  const retried = small ? atOnce(PYTEST) : stepRetry(PYTEST);
  return [{ id: 'test', name: 'test', env, run: mode === 'b' ? retried : PYTEST }];
}

const PR = { 'flaky-test-pr': 11, 'broken-test': 12, 'flaky-test-small': 13 } as const;

/** The PR's changed files: a doc for the flaky test, the code under test for the broken one. */
const change = (scenario: TestScenario): Record<string, string> =>
  scenario === 'broken-test' ? { 'src/pricing.py': PRICING_BROKEN } : { 'docs/notes.md': 'notes, edited\n' };

function prEvent(env: Env, scenario: TestScenario): PullRequestEvent {
  const number = PR[scenario];
  return pullRequestEvent({
    repo: env.stand.repo,
    number,
    base: env.base,
    head: { ref: `feature-${number}` },
  });
}

async function jobAttempt(
  env: Env,
  scenario: TestScenario,
  mode: Mode,
  runId: number,
  attempt: number,
  stepEnv: Record<string, string>,
): Promise<JobResult> {
  const workspace = await checkout(env.stand, 'main', change(scenario));
  return runJob({
    stand: env.stand,
    workspace,
    runId,
    runAttempt: attempt,
    jobId: runId * 10 + attempt,
    jobKey: 'tests',
    jobName: 'tests',
    ref: `refs/pull/${PR[scenario]}/merge`,
    event: prEvent(env, scenario),
    steps: steps(mode, stepEnv, scenario === 'flaky-test-small', env.against),
  });
}

/** One mode of one scenario: attempts until green, or (a) one re-run by a person of a job still red. */
async function recover(env: Env, scenario: TestScenario, mode: Mode, round: number): Promise<TestModeResult> {
  const tag = `${scenario}-${mode}-${round}`;
  // Only the flaky scenario's test fails once (its marker file is missing on the first run).
  const stepEnv = {
    ...(scenario !== 'broken-test' ? { FLAKY_MARKER: path.join(env.dir, `${tag}.marker`) } : {}),
    // The small suite computes, as a unit suite of its size does: under load its CPU stretches on both sides.
    ...(scenario === 'flaky-test-small' ? { TEST_CPU: (TEST_SECONDS * SMALL_SCALE).toFixed(3) } : {}),
    SESSION_LOG: path.join(env.dir, `${tag}.sessions`),
  };
  const runId = (env.nextRun += 1);
  const start = Date.now();
  const cpuStart = reapedChildrenCpu();
  let job = await jobAttempt(env, scenario, mode, runId, 1, stepEnv);
  let checkpoint = checkpointSeconds(await readRecords(recordsDir(job)));
  let post = postSeconds(job);
  let stages = ownStages(job);
  let attempts = 1;
  // (a): a person's click on "Re-run failed jobs"; (b) and (c) recover, or not, inside the job.
  if (mode === 'a' && job.conclusion !== 'success') {
    startNextAttempt(env.stand, runId);
    job = await jobAttempt(env, scenario, mode, runId, 2, stepEnv);
    checkpoint += checkpointSeconds(await readRecords(recordsDir(job)));
    post += postSeconds(job);
    stages = addStages(stages, ownStages(job));
    attempts = 2;
  }
  const end = Date.now();
  const cpu = reapedChildrenCpu() - cpuStart;
  const sessions = (await readFile(stepEnv.SESSION_LOG, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Session);
  return {
    scenario,
    mode,
    green: job.conclusion === 'success',
    seconds: (end - start) / 1000,
    ...afterFailure(sessions, end),
    attempts,
    cpu,
    outputs: job.stage('test', 'main')?.outputs ?? {},
    checkpoint,
    post,
    stages,
  };
}

export interface TestBenchOptions {
  only: readonly TestScenario[];
  rounds: number;
  scale: number;
  /** Another checkout (its action.yml, run/action.yml and dist/) whose (c) runs as `c0` in every round. */
  against?: string;
}

/** Runs the test scenarios on a stand of their own; the results, every mode of every round. */
export async function runTestBench(opts: TestBenchOptions): Promise<TestModeResult[]> {
  const stand = await startStand({ commits: [{ message: 'the suite', files: suiteFiles(opts.scale) }] });
  try {
    const env: Env = {
      stand,
      dir: await mkdtemp(path.join(stand.root, 'sessions-')),
      base: stand.git.seeded.at(-1)!,
      nextRun: 900,
      ...(opts.against ? { against: opts.against } : {}),
    };
    for (const scenario of opts.only)
      stand.github.addPull({
        repo: stand.repo,
        number: PR[scenario],
        head: { ref: `feature-${PR[scenario]}`, sha: env.base },
        title: scenario,
        files: Object.keys(change(scenario)).map((filename) => ({ filename, status: 'modified' })),
      });
    const results: TestModeResult[] = [];
    for (const scenario of opts.only)
      for (let round = 1; round <= opts.rounds; round++) {
        const modes: Mode[] = opts.against ? ['a', 'b', 'c', 'c0'] : ['a', 'b', 'c'];
        const order = round % 2 ? modes : modes.toReversed();
        for (const mode of order) {
          const r = await recover(env, scenario, mode, round);
          console.log(
            `${scenario} (${mode}) round ${round}: ${r.seconds.toFixed(1)} s${r.green ? '' : ' NOT GREEN'}, CPU ${r.cpu.toFixed(2)} s, ${r.fromFailure.toFixed(1)} s from the failure${mode === 'c' || mode === 'c0' ? `, post ${r.post.toFixed(2)} s` : ''}`,
          );
          results.push(r);
        }
      }
    return results;
  } finally {
    await stand.stop();
  }
}

/** Each scenario's (b) and (c) of the same round side by side, for the bound (bench/bound.ts). */
export function testBoundRounds(results: readonly TestModeResult[]): Map<string, BoundRound[]> {
  const rounds = new Map<string, BoundRound[]>();
  for (const scenario of new Set(results.map((r) => r.scenario))) {
    const of = (m: Mode): TestModeResult[] => results.filter((r) => r.scenario === scenario && r.mode === m);
    const bs = of('b');
    const paired = of('c').flatMap((c, i) => {
      const b = bs[i];
      return b
        ? [{ b: b.seconds, c: c.seconds, checkpoint: c.checkpoint, cGreen: c.green, bGreen: b.green }]
        : [];
    });
    if (paired.length > 0) rounds.set(scenario, paired);
  }
  return rounds;
}

const fmt = (s: number): string => `${s.toFixed(1)} s`;
const ratio = (top: number, bottom: number): string => `${(top / Math.max(bottom, 0.001)).toFixed(1)}x`;

/**
 * (c) of this build and of `--against`'s, each against (b) of the same round: their own stages, (c) - (b)
 * per round and its median, and the two builds' (c) paired by round.
 */
function againstLines(by: (m: Mode) => TestModeResult[], against: string): string[] {
  const [bs, cs, c0s] = [by('b'), by('c'), by('c0')];
  const minusB = (rs: TestModeResult[]): number[] => rs.map((r, i) => r.seconds - (bs[i]?.seconds ?? NaN));
  const each = (xs: number[]): string => xs.map((x) => x.toFixed(1)).join(' ');
  const stages = (rs: TestModeResult[]): string =>
    Object.keys(rs.at(-1)?.stages ?? {})
      .map((k) => `${k} ${median(rs.map((r) => r.stages[k] ?? 0)).toFixed(2)}`)
      .join(', ');
  const [own, theirs] = [minusB(cs), minusB(c0s)];
  return [
    `  (c) - (b) by round, this build: ${each(own)} s (median ${median(own).toFixed(2)}); --against ${against}: ${each(theirs)} s (median ${median(theirs).toFixed(2)})`,
    `  (c) this build - (c) --against, paired by round: median ${median(cs.map((c, i) => c.seconds - (c0s[i]?.seconds ?? NaN))).toFixed(2)} s`,
    `  own stages (s, medians): this build ${stages(cs)}; --against ${stages(c0s)}`,
  ];
}

/**
 * The CPU of each mode's job (medians) and (c) - (b) paired by round: what (c) costs the machine beside what
 * it saves, which a load moving between rounds does not blur as it blurs their wall times.
 */
export function cpuLine(by: (m: Mode) => readonly Pick<TestModeResult, 'cpu'>[]): string {
  const modes = (['a', 'b', 'c', 'c0'] as const).filter((m) => by(m).length > 0);
  const med = modes.map((m) => `(${m}) ${median(by(m).map((r) => r.cpu)).toFixed(2)} s`);
  const bs = by('b');
  const minusB = by('c').map((r, i) => r.cpu - (bs[i]?.cpu ?? NaN));
  const paired = minusB.length
    ? `; (c) - (b) by round: ${minusB.map((x) => x.toFixed(2)).join(' ')} s (median ${median(minusB).toFixed(2)})`
    : '';
  return `  CPU of the job's processes, medians: ${med.join(', ')}${paired}`;
}

/** The table: time to green and from the failure, per mode, with the ratios the goals are judged by. */
export function testReport(results: TestModeResult[], opts: TestBenchOptions): string {
  const suite = (FILES * PER_FILE + 1) * TEST_SECONDS;
  const of = opts.rounds > 1 ? `, medians of ${opts.rounds} rounds` : '';
  const out = [
    '',
    `Test failures on a pull request: a pytest suite of ${FILES * PER_FILE + 1} tests, ${suite} s at scale 1; this run at --test-scale ${opts.scale}: ${(suite * opts.scale).toFixed(0)} s of tests per run of the suite${of}.`,
    `${'scenario'.padEnd(15)}${'mode'.padEnd(22)}${'green'.padEnd(7)}${'job start to end'.padStart(17)}${'from the failure'.padStart(18)}   re-runs after the failure`,
  ];
  if (opts.only.includes('flaky-test-small'))
    out.splice(
      2,
      0,
      `flaky-test-small: the same suite at ${(suite * SMALL_SCALE).toFixed(1)} s of tests' CPU a run (scale ${SMALL_SCALE}), its (b) the whole step again at once.`,
    );
  const names = { a: "(a) person's re-run", b: '(b) step re-run', c: '(c) ci-recovery', c0: '(c) --against' };
  for (const scenario of opts.only) {
    const by = (m: Mode): TestModeResult[] => results.filter((r) => r.scenario === scenario && r.mode === m);
    const med = (m: Mode, f: (r: TestModeResult) => number): number => median(by(m).map(f));
    for (const mode of ['a', 'b', 'c', 'c0'] as const) {
      const rs = by(mode);
      const last = rs.at(-1);
      if (!last) continue;
      const green = rs.every((r) => r.green) ? 'yes' : 'NEVER';
      out.push(
        `${scenario.padEnd(15)}${names[mode].padEnd(22)}${green.padEnd(7)}${fmt(med(mode, (r) => r.seconds)).padStart(17)}${fmt(med(mode, (r) => r.fromFailure)).padStart(18)}   ${last.suiteReruns} of the whole suite, ${last.testReruns} of single tests`,
      );
    }
    const after = (m: Mode): number => med(m, (r) => r.fromFailure);
    const c = by('c').at(-1);
    const posts = by('c').map((r) => r.post.toFixed(2));
    out.push(
      `  (c)'s post (dist/post.js): median ${med('c', (r) => r.post).toFixed(2)} s; each round: ${posts.join(' ')} s`,
      `  (c)'s own stages, medians: ${Object.keys(c?.stages ?? {})
        .map((k) => `${k} ${med('c', (r) => r.stages[k] ?? 0).toFixed(2)} s`)
        .join(', ')}`,
    );
    out.push(cpuLine(by));
    if (opts.against) out.push(...againstLines(by, opts.against));
    if (scenario === 'flaky-test-small') {
      const [b, cs] = [med('b', (r) => r.seconds), med('c', (r) => r.seconds)];
      out.push(
        `  job start to green: (b) the whole step again ${fmt(b)}, (c) ${fmt(cs)}: (c) - (b) = ${(cs - b).toFixed(1)} s`,
        `  run/ said: flaky-tests=${c?.outputs['flaky-tests'] ?? '?'}, tests-rerun=${c?.outputs['tests-rerun'] ?? '?'}`,
      );
    } else if (scenario === 'flaky-test-pr')
      out.push(
        `  from the failure to green: (a)/(c) ${ratio(after('a'), after('c'))} (goal 5x), (b)/(c) ${ratio(after('b'), after('c'))} (goal 3x); job start to green: (a)/(c) ${ratio(
          med('a', (r) => r.seconds),
          med('c', (r) => r.seconds),
        )}, (b)/(c) ${ratio(
          med('b', (r) => r.seconds),
          med('c', (r) => r.seconds),
        )}`,
        `  run/ said: flaky-tests=${c?.outputs['flaky-tests'] ?? '?'}, tests-rerun=${c?.outputs['tests-rerun'] ?? '?'}`,
      );
    else
      out.push(
        `  after the failure (never green): (a) costs ${fmt(after('a'))}, (b) ${fmt(after('b'))}, (c) ${fmt(after('c'))} (goal: at most one re-run of the test itself)`,
        `  run/ said: failed-tests=${c?.outputs['failed-tests'] ?? '?'}, tests-rerun=${c?.outputs['tests-rerun'] ?? '?'}`,
      );
  }
  return out.join('\n');
}

export { BROKEN, FLAKY, PRICING_BROKEN };
