/**
 * The `run/` phase's test recovery through its in-memory ports: the failed tests read from a report or
 * the console, re-run alone (scripted outcomes), and what the step concludes, records and outputs.
 * The real runners re-running for real are in tests-rerun.test.ts and e2e/run-tests.test.ts.
 */
import { DEFAULT_CONFIG, type Config } from '../../src/core/config-defaults.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import type { RunSettings } from '../../src/core/run-step.js';
import { testKey, type TestHistoryView } from '../../src/core/test-identity.js';
import { FAILED_AGAIN_WHY, type RunTestSettings } from '../../src/test-recovery/core/plan.js';
import { runPhase, type RunPorts } from '../../src/phases/run.js';
import { FakeClock } from '../../src/ports/clock.js';
import { RecordingProcess, type ScriptedRun } from '../../src/ports/process.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { RecordingStageCheckpoint } from '../../src/ports/stage-checkpoint.js';
import { MemoryTestFiles, type TestReport } from '../../src/test-recovery/ports/tests.js';
import { project, run, runners } from '../runners.js';
import { runSettings } from '../run-settings.js';

const TESTS: RunTestSettings = {
  report: '',
  rerunCommand: '',
  retries: 2,
  maxFailed: 10,
  failOnPassedAfterRetry: false,
};

/** What pytest -rA prints for tests that passed (the short summary's PASSED lines). */
const PYTEST_PASSED = (...ids: string[]): string =>
  `===== short test summary info =====\n${ids.map((id) => `PASSED ${id}`).join('\n')}\n== ${ids.length} passed ==\n`;

const PYTEST_FAILED = (...ids: string[]): string =>
  `===== short test summary info =====\n${ids.map((id) => `FAILED ${id} - assert False`).join('\n')}\n== ${ids.length} failed ==\n`;

async function phase(
  s: RunSettings,
  outcomes: ScriptedRun[],
  files = new MemoryTestFiles(),
  config: Config = DEFAULT_CONFIG,
  type: 'test' | 'build' = 'test',
  windows = false,
) {
  const runner = new RecordingRunner();
  const process = new RecordingProcess(outcomes);
  const records = new RecordingRecords();
  const ports: RunPorts = {
    runner,
    process,
    checkpoint: new RecordingStageCheckpoint(),
    records,
    classify: () => ({ type, confidence: 'high', retryable: false, rule: `stub:${type}` }),
    clock: new FakeClock(),
    tests: files,
  };
  const job = parseJobEnv({ GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/rt' }, { cwd: '/', tmpdir: '/tmp' });
  const ctx = { lane: 'STANDARD' as const, branchKind: 'pr' as const, config, windows };
  const result = await runPhase(s, job, ctx, ports);
  return { result, runner, process, records, outputs: Object.fromEntries(runner.outputs), log: runner.log };
}

const pytestStep = (over: Partial<RunTestSettings> = {}): RunSettings =>
  runSettings({ run: 'python3 -m pytest -q tests', stage: 'tests', tests: { ...TESTS, ...over } });

describe('run/ re-runs only the failed tests, inside the step', () => {
  it('a flaky test: re-run alone, passes, the step is green and the test recorded flaky', async () => {
    const r = await phase(pytestStep(), [
      { exitCode: 1, output: PYTEST_FAILED('tests/test_a.py::test_flaky') },
      { exitCode: 0, output: PYTEST_PASSED('tests/test_a.py::test_flaky') },
    ]);
    expect(r.process.runs.map((x) => [x.name, x.script])).toEqual([
      ['attempt-1', 'python3 -m pytest -q tests'],
      ['tests-rerun-1', "python3 -m pytest -q -rA 'tests/test_a.py::test_flaky'"],
    ]);
    expect(r.result.success).toBe(true);
    expect(r.runner.exitCode).toBeUndefined();
    expect(r.outputs).toMatchObject({
      'flaky-tests': 'pytest:tests/test_a.py::test_flaky',
      'tests-flaky': '1',
      'tests-failed': '0',
      'tests-rerun': '1',
    });
    expect(r.records.written[0]?.tests).toEqual([
      {
        id: { runner: 'pytest', suite: 'tests/test_a.py', name: 'test_flaky' },
        outcome: 'flaky',
        retries: 1,
      },
    ]);
  });

  it('a test that has passed only alone, over and over: its pass alone needs the whole step, which shows the order-dependent failure', async () => {
    const failsInStep = { exitCode: 1, output: PYTEST_FAILED('tests/test_a.py::test_after_a') };
    const passesAlone = { exitCode: 0, output: PYTEST_PASSED('tests/test_a.py::test_after_a') };
    const aloneOnly = (): MemoryTestFiles =>
      new MemoryTestFiles([], [], () => ({
        flaky: true,
        broken: false,
        flips: 3,
        flakes: 3,
        passedOnlyAlone: 3,
      }));
    const r = await phase(pytestStep(), [failsInStep, passesAlone, failsInStep], aloneOnly());
    expect(r.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'tests-rerun-1', 'tests-whole-step']);
    expect(r.log.messages('info').join('\n')).toContain('passed only on a re-run of itself 4 times in a row');
    expect(r.result.success).toBe(false);
    expect(r.runner.exitCode).toBe(1);
    // A real flake passes there: green, at a plain retry's cost.
    const flake = await phase(pytestStep(), [failsInStep, passesAlone, { exitCode: 0 }], aloneOnly());
    expect(flake.result.success).toBe(true);
    // It passed in the full run too: recorded, which ends the doubt (the next three passes alone stand again).
    expect(flake.records.written[0]?.tests?.[0]).toMatchObject({ outcome: 'flaky', passedInStep: true });
    expect(r.records.written[0]?.tests?.[0]?.passedInStep).toBeUndefined();
    // Without the history's doubt the pass alone stands, as before.
    const once = await phase(pytestStep(), [failsInStep, passesAlone, failsInStep]);
    expect(once.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'tests-rerun-1']);
    expect(once.result.success).toBe(true);
  });

  it('a broken test: re-run once, alone, fails again, the step is red and the step itself is not retried', async () => {
    const fails = { exitCode: 1, output: PYTEST_FAILED('tests/test_a.py::test_broken') };
    const r = await phase(pytestStep(), [fails, fails, fails, { exitCode: 0 }]);
    // One re-run tells it from a flake: a test the history does not know as flaky costs one re-run.
    expect(r.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'tests-rerun-1']);
    expect(r.result.success).toBe(false);
    expect(r.runner.exitCode).toBe(1);
    expect(r.outputs['failed-tests']).toBe('pytest:tests/test_a.py::test_broken');
    expect(r.records.written[0]?.tests?.[0]).toMatchObject({ outcome: 'failed', retries: 1 });
  });

  it('only the tests still failing are re-run again; fail-on-passed-after-retry keeps the step red', async () => {
    const both = PYTEST_FAILED('tests/test_a.py::a', 'tests/test_a.py::b');
    const outcomes = (): ScriptedRun[] => [
      { exitCode: 1, output: both },
      { exitCode: 1, output: `${PYTEST_FAILED('tests/test_a.py::b')}PASSED tests/test_a.py::a\n` },
      { exitCode: 0, output: PYTEST_PASSED('tests/test_a.py::b') },
    ];
    // Both known to flip: each may have every retry (test-retries: 2).
    const knownFlaky = (): MemoryTestFiles =>
      new MemoryTestFiles([], [], () => ({ flaky: true, broken: false, flips: 3 }));
    const r = await phase(pytestStep(), outcomes(), knownFlaky());
    expect(r.process.runs[2]?.script).toBe("python3 -m pytest -q -rA 'tests/test_a.py::b'");
    expect(r.result.success).toBe(true);
    expect(r.outputs['tests-flaky']).toBe('2');
    const strict = await phase(pytestStep({ failOnPassedAfterRetry: true }), outcomes(), knownFlaky());
    expect(strict.result.success).toBe(false);
    // Not known to flip: b, failing its one re-run, is a failure.
    const unknown = await phase(pytestStep(), outcomes());
    expect(unknown.process.runs).toHaveLength(2);
    expect(unknown.result.success).toBe(false);
  });

  it('a test in a changed file is never re-run; nor any when more than the cap failed', async () => {
    const changed = new MemoryTestFiles([], ['tests/test_new.py']);
    const r = await phase(
      pytestStep(),
      [{ exitCode: 1, output: PYTEST_FAILED('tests/test_new.py::t') }],
      changed,
    );
    expect(r.process.runs.map((x) => x.name)).toEqual(['attempt-1']);
    expect(r.result.success).toBe(false);
    expect(r.log.messages('info').join('\n')).toMatch(/test_new\.py::t: the change added or edited its file/);
    expect(r.records.written[0]?.tests?.[0]).toMatchObject({ outcome: 'failed', changed: true, retries: 0 });
    const many = Array.from({ length: 3 }, (_, i) => `tests/test_a.py::t${i}`);
    const capped = await phase(pytestStep({ maxFailed: 2 }), [
      { exitCode: 1, output: PYTEST_FAILED(...many) },
    ]);
    expect(capped.process.runs.map((x) => x.name)).toEqual(['attempt-1']);
    expect(capped.log.messages('info').join('\n')).toMatch(
      /3 tests failed, more than tests.max-failures \(2\)/,
    );
  });

  it('reads the failed tests from the JUnit report the attempt wrote', async () => {
    const report: TestReport = {
      path: 'report.xml',
      text: '<testsuite><testcase classname="tests.test_a" name="test_x"><failure/></testcase><testcase classname="tests.test_a" name="test_ok"/></testsuite>',
    };
    // The re-run writes no report (its `--junitxml` dropped): its verdict is its console's `-rA` summary.
    const files = new MemoryTestFiles([[report]]);
    const r = await phase(
      pytestStep({ report: 'report.xml' }),
      [
        { exitCode: 1, output: 'no summary' },
        { exitCode: 0, output: PYTEST_PASSED('tests/test_a.py::test_x') },
      ],
      files,
    );
    expect(r.process.runs[1]?.script).toBe("python3 -m pytest -q -rA 'tests/test_a.py::test_x'");
    expect(files.asked[0]).toMatchObject({ glob: 'report.xml', cwd: '/ws' });
    expect(r.result.success).toBe(true);
  });

  it("a vitest re-run writes no report: the step's own, found by the glob, is not read as the re-run's", async () => {
    // The step's report, written within the reports' mtime slack of the re-run's start: its failure is the step's.
    const report: TestReport = {
      path: 'junit.xml',
      text: '<testsuite name="a.test.mjs"><testcase classname="a.test.mjs" name="t"><failure/></testcase></testsuite>',
    };
    const files = new MemoryTestFiles([[report], [report]]);
    const step = runSettings({
      run: 'npx vitest run --reporter=junit --outputFile=junit.xml',
      stage: 'tests',
      tests: { ...TESTS, report: 'junit.xml' },
    });
    const passed = ' ✓ a.test.mjs > t 1ms\n\n Test Files  1 passed (1)\n      Tests  1 passed (1)\n';
    const r = await phase(
      step,
      [
        { exitCode: 1, output: 'junit only' },
        { exitCode: 0, output: passed },
      ],
      files,
    );
    expect(r.process.runs[1]?.script).not.toContain('--reporter=junit');
    expect(r.outputs).toMatchObject({ 'flaky-tests': 'vitest:a.test.mjs::t', 'failed-tests': '' });
  });

  it("a go re-run writes no report: the step's own (go-junit-report's, within the slack) is not read as the re-run's", async () => {
    // `go test -v ./... | go-junit-report > report.xml`: the step's script writes the report, the re-run (`-v`,
    // no `-json`) writes none, and its console names each test's outcome (end-of-stop review, medium).
    const report: TestReport = {
      path: 'report.xml',
      text: '<testsuites><testsuite name="example.com/x"><testcase classname="example.com/x" name="TestA"><failure/></testcase></testsuite></testsuites>',
    };
    const files = new MemoryTestFiles([[report], [report]]);
    const step = runSettings({
      run: 'go test -v ./... 2>&1 | go-junit-report -set-exit-code > report.xml',
      stage: 'tests',
      tests: { ...TESTS, runner: 'go', report: 'report.xml' },
    });
    const failed = '--- FAIL: TestA (0.00s)\nFAIL\nFAIL\texample.com/x\t0.01s\n';
    const passed = '=== RUN   TestA\n--- PASS: TestA (0.00s)\nPASS\nok  \texample.com/x\t0.01s\n';
    const r = await phase(
      step,
      [
        { exitCode: 1, output: failed },
        { exitCode: 0, output: passed },
      ],
      files,
    );
    expect(r.outputs).toMatchObject({ 'flaky-tests': 'go:example.com/x::TestA', 'failed-tests': '' });
  });

  it('cannot tell which tests failed: says so in one line and goes on as before', async () => {
    const r = await phase(pytestStep(), [{ exitCode: 2, output: 'ImportError while loading conftest' }]);
    expect(r.process.runs.map((x) => x.name)).toEqual(['attempt-1']);
    expect(r.log.messages('info')).toContain(
      'ci-recovery: could not tell which tests failed (the output names no failed test): the step goes on without re-running tests.',
    );
    expect(r.result.success).toBe(false);
    // A step that runs no tests is not told about tests.
    const build = await phase(
      runSettings({ run: 'make', tests: TESTS, maxAttempts: 1 }),
      [{ exitCode: 2, output: 'x' }],
      new MemoryTestFiles(),
      DEFAULT_CONFIG,
      'build',
    );
    expect(build.log.messages('info').join('\n')).not.toContain('could not tell');
  });

  it('a known-flaky test is re-run over the cap; quarantined when quarantine is on; a broken one never', async () => {
    const key = testKey({ runner: 'pytest', suite: 'tests/test_a.py', name: 'flaky' });
    const known: TestHistoryView = (k) =>
      k === key ? { flaky: true, broken: false, flips: 3, baseFlakes: 2, quarantinable: true } : undefined;
    const fails = { exitCode: 1, output: PYTEST_FAILED('tests/test_a.py::flaky') };
    const config: Config = { ...DEFAULT_CONFIG, tests: { ...DEFAULT_CONFIG.tests, quarantine: true } };
    const q = await phase(
      pytestStep({ maxFailed: 0 }),
      [fails, fails, fails],
      new MemoryTestFiles([], [], known),
      config,
    );
    expect(q.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'tests-rerun-1', 'tests-rerun-2']);
    expect(q.result.success).toBe(true);
    expect(q.outputs).toMatchObject({ 'quarantined-tests': key, 'tests-failed': '0' });
    const brokenView: TestHistoryView = (k) =>
      k === key ? { flaky: false, broken: true, flips: 0 } : undefined;
    const listed: Config = {
      ...DEFAULT_CONFIG,
      tests: { ...DEFAULT_CONFIG.tests, quarantine: true, quarantined: [key] },
    };
    const b = await phase(
      pytestStep(),
      [fails, fails, fails],
      new MemoryTestFiles([], [], brokenView),
      listed,
    );
    // Broken: re-run once, never quarantined.
    expect(b.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'tests-rerun-1']);
    expect(b.result.success).toBe(false);
  });

  it('a hostile test name from a report never reaches a log line or an output raw, nor the shell', async () => {
    const name = "x&#10;::error::pwned $(touch /tmp/pwned) 'q";
    const report: TestReport = {
      path: 'r.xml',
      text: `<testsuite><testcase classname="tests.test_a" name="${name}"><failure/></testcase></testsuite>`,
    };
    const fails = { exitCode: 1, output: '' };
    const r = await phase(
      pytestStep({ report: 'r.xml', retries: 1 }),
      [fails, fails],
      new MemoryTestFiles([[report]]),
    );
    const lines = [...r.log.messages('info'), ...r.log.messages('error')].join('\n').split('\n');
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([]);
    expect(r.outputs['failed-tests']).toBe(
      "pytest:tests/test_a.py::x\\n::error::pwned $(touch /tmp/pwned) 'q",
    );
    expect(r.process.runs[1]?.script).toBe(
      "python3 -m pytest -q -rA 'tests/test_a.py::x\n::error::pwned $(touch /tmp/pwned) '\\''q'",
    );
    // The re-run printed nothing: it shows no result for the test, whose failure stands.
    expect(r.log.messages('error')[0]).toMatch(/1 test\(s\) failed/);
    expect(r.result.success).toBe(false);
  });

  it('re-runs tests only under a POSIX shell, and not at all on Windows', async () => {
    const fails = { exitCode: 1, output: PYTEST_FAILED('tests/test_a.py::t') };
    const pwsh = await phase({ ...pytestStep(), shell: 'pwsh' }, [fails, { exitCode: 0 }]);
    expect(pwsh.process.runs.map((x) => x.name)).toEqual(['attempt-1']);
    expect(pwsh.log.messages('info')).toContain(
      'ci-recovery: failed tests are re-run only under shell bash or sh: none is re-run.',
    );
    const sh = await phase({ ...pytestStep(), shell: '/bin/sh -e {0}' }, [fails, { exitCode: 0 }]);
    expect(sh.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'tests-rerun-1']);
    const win = await phase(pytestStep(), [fails, { exitCode: 0 }], undefined, DEFAULT_CONFIG, 'test', true);
    expect(win.process.runs.map((x) => x.name)).toEqual(['attempt-1']);
    expect(win.outputs['tests-rerun']).toBeUndefined();
  });
});

/** Early flake detection through the in-memory ports: each repeat takes a minute of the fake clock. */
describe('the history a failed test is judged by', () => {
  it('its load (a restore from the cache service on the first failure) starts before the attempt is classified', async () => {
    const order: string[] = [];
    class Ordered extends MemoryTestFiles {
      loadHistory(): Promise<TestHistoryView> {
        order.push('history');
        return Promise.resolve(() => undefined);
      }
    }
    const runner = new RecordingRunner();
    const process = new RecordingProcess([
      { exitCode: 1, output: PYTEST_FAILED('tests/test_a.py::test_flaky') },
      { exitCode: 0, output: PYTEST_PASSED('tests/test_a.py::test_flaky') },
    ]);
    const ports: RunPorts = {
      runner,
      process,
      checkpoint: new RecordingStageCheckpoint(),
      records: new RecordingRecords(),
      classify: () => {
        order.push('classify');
        return { type: 'test', confidence: 'high', retryable: false, rule: 'stub:test' };
      },
      clock: new FakeClock(),
      tests: new Ordered(),
    };
    const job = parseJobEnv(
      { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/rt' },
      { cwd: '/', tmpdir: '/tmp' },
    );
    const ctx = {
      lane: 'STANDARD' as const,
      branchKind: 'pr' as const,
      config: DEFAULT_CONFIG,
      windows: false,
    };
    const result = await runPhase(pytestStep(), job, ctx, ports);
    expect(result.success).toBe(true);
    // recoverTests asks again (the real port answers the same load: run-step.ts lazyTestFilesPort).
    expect(order).toEqual(['history', 'classify', 'history']);
  });

  it('a step whose failed attempt names no test loads none', async () => {
    const order: string[] = [];
    class Ordered extends MemoryTestFiles {
      loadHistory(): Promise<TestHistoryView> {
        order.push('history');
        return Promise.resolve(() => undefined);
      }
    }
    await phase(pytestStep(), [{ exitCode: 1, output: 'no tests here' }], new Ordered());
    expect(order).toEqual([]);
  });
});

describe('early flake detection, within its budget', () => {
  class MinuteProcess extends RecordingProcess {
    constructor(
      outcomes: ScriptedRun[],
      private readonly clock: FakeClock,
    ) {
      super(outcomes);
    }
    override async run(spec: Parameters<RecordingProcess['run']>[0]) {
      const result = await super.run(spec);
      this.clock.advance(60_000);
      return result;
    }
  }
  const efd = (budgetSeconds: number, failStep = false): Config => ({
    ...DEFAULT_CONFIG,
    tests: {
      ...DEFAULT_CONFIG.tests,
      earlyFlakeDetection: { enabled: true, repeats: 5, budgetSeconds, failStep },
    },
  });
  async function arrival(
    outcomes: ScriptedRun[],
    config: Config,
    branchKind: 'pr' | 'default' = 'pr',
    tests = new MemoryTestFiles([], ['tests/test_new.py', 'src/app.py']),
    step = pytestStep(),
  ) {
    const runner = new RecordingRunner();
    const clock = new FakeClock();
    const process = new MinuteProcess(outcomes, clock);
    const records = new RecordingRecords();
    const ports: RunPorts = {
      runner,
      process,
      checkpoint: new RecordingStageCheckpoint(),
      records,
      classify: () => ({ type: 'test', confidence: 'high', retryable: false, rule: 'stub:test' }),
      clock,
      tests,
    };
    const job = parseJobEnv(
      { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/rt' },
      { cwd: '/', tmpdir: '/tmp' },
    );
    const result = await runPhase(step, job, { lane: 'STANDARD', branchKind, config, windows: false }, ports);
    return { result, process, records, outputs: Object.fromEntries(runner.outputs), log: runner.log };
  }
  const passed = { exitCode: 0, output: '1 passed' };
  const COV_KEPT = ' --cov-fail-under=0 --cov-report= --cov-append';
  const failedX = { exitCode: 1, output: PYTEST_FAILED('tests/test_new.py::test_x') };

  it('stops when the budget is used, says so, and counts only the runs that name their failures', async () => {
    const r = await arrival(
      [passed, { exitCode: 2, output: 'ERROR collecting tests/test_new.py' }, failedX, passed],
      efd(150),
    );
    expect(r.process.runs.map((x) => [x.name, x.script])).toEqual([
      ['attempt-1', 'python3 -m pytest -q tests'],
      ['tests-arrival-1', "python3 -m pytest -q 'tests/test_new.py'"],
      ['tests-arrival-2', "python3 -m pytest -q 'tests/test_new.py'"],
      ['tests-arrival-3', "python3 -m pytest -q 'tests/test_new.py'"],
    ]);
    const info = r.log.messages('info').join('\n');
    expect(info).toContain('repeat 1 failed (exit 2) and names no failed test: not counted.');
    expect(info).toContain("its budget (150s) or the step's time is used: 3 of 5 repeats run.");
    // The step's own pass is not counted (its selection may not have run the test): two repeats counted.
    expect(r.log.messages('warning')).toContain(
      'ci-recovery: early flake detection: pytest:tests/test_new.py::test_x is flaky on arrival: it failed in 1 and passed in 1 of 2 runs of the same code.',
    );
    // Not fail-step: named, and the step keeps its own conclusion.
    expect(r.result.success).toBe(true);
    expect(r.outputs['flaky-on-arrival']).toBe('pytest:tests/test_new.py::test_x');
  });

  it("a repeat is read from its console: the step's report (within the mtime slack) names no test of the repeat's", async () => {
    // The step's junit.xml, found by `test-report` at a repeat's start: its failure (test_y) is the step's,
    // not the repeat's (end-of-stop review, low): read as the repeat's, test_y was called flaky, test_x missed.
    const report: TestReport = {
      path: 'junit.xml',
      text: '<testsuite><testcase classname="tests.test_new" name="test_y" file="tests/test_new.py"><failure/></testcase></testsuite>',
    };
    const files = new MemoryTestFiles([[report]], ['tests/test_new.py', 'src/app.py']);
    const r = await arrival(
      [passed, passed, failedX, passed],
      efd(150),
      'pr',
      files,
      pytestStep({ report: 'junit.xml' }),
    );
    expect(r.outputs['flaky-on-arrival']).toBe('pytest:tests/test_new.py::test_x');
  });

  it("a repeat reads pytest's addopts as a re-run does: no report or threshold of the step's is its", async () => {
    // end-of-stop review, medium: a repeat without the ini's addopts wrote over the step's junit.xml and
    // coverage.xml, and `--cov-fail-under` made each repeat exit 1 with no failed test (none counted).
    const ini = '[pytest]\naddopts = --junitxml=junit.xml --cov=app --cov-report=xml --cov-fail-under=90\n';
    const changed = ['tests/test_new.py', 'src/app.py'];
    const files = new MemoryTestFiles([], changed, undefined, {}, { 'pytest.ini': ini });
    const r = await arrival([passed, passed, failedX], efd(120), 'pr', files);
    const repeat = `python3 -m pytest -q${COV_KEPT} --cov-report=xml:/dev/null --junitxml= 'tests/test_new.py'`;
    expect(r.process.runs.map((x) => x.script)).toEqual(['python3 -m pytest -q tests', repeat, repeat]);
    expect(r.outputs['flaky-on-arrival']).toBe('pytest:tests/test_new.py::test_x');
  });

  it("PYTEST_ADDOPTS in the step's environment is read too: pytest-cov and its threshold", async () => {
    const changed = ['tests/test_new.py', 'src/app.py'];
    const env = { PYTEST_ADDOPTS: '--cov=app --cov-fail-under=90' };
    const files = new MemoryTestFiles([], changed, undefined, {}, {}, env);
    const r = await arrival([passed, passed], efd(60), 'pr', files);
    expect(r.process.runs.map((x) => x.script)).toEqual([
      'python3 -m pytest -q tests',
      `python3 -m pytest -q${COV_KEPT} 'tests/test_new.py'`,
    ]);
  });

  it("a new test the step's -k left out fails in every repeat: broken, never flaky on arrival", async () => {
    // The step passed: its `-k "not test_x"` never ran test_x, which the repeats (selection dropped) run. Its pass
    // counted as test_x's, and test_x, failing in every repeat, was named flaky and recorded a flake.
    const step = runSettings({
      run: 'python3 -m pytest -q -k "not test_x" tests',
      stage: 'tests',
      tests: TESTS,
    });
    const r = await arrival([passed, failedX, failedX], efd(90), 'pr', undefined, step);
    expect(r.process.runs.map((x) => x.script)).toEqual([
      'python3 -m pytest -q -k "not test_x" tests',
      "python3 -m pytest -q 'tests/test_new.py'",
      "python3 -m pytest -q 'tests/test_new.py'",
    ]);
    expect(r.outputs['flaky-on-arrival']).toBeUndefined();
    expect(r.log.messages('warning').join('\n')).not.toContain('flaky on arrival');
    expect(r.log.messages('warning')).toEqual([
      "ci-recovery: early flake detection: 1 new test(s) failed in every one of 2 repeats alone, which the step's own run did not name failed (its selection may not run them): broken when run alone, not flaky: pytest:tests/test_new.py::test_x.",
    ]);
    expect(r.records.written[0]?.tests ?? []).toEqual([]);
  });

  it('a repeat that shows a name failed and passed (two tests of it): named, but kept out of the flaky history', async () => {
    // Real jest output of a new file with two `m › works`, one failing: the flip may be either test's, and the
    // history (which would merge them) must not learn the name flaky, as a step's own twin is kept out.
    const twin = (broken: boolean): string =>
      run(
        project({
          'package.json': '{"name":"t","jest":{"testEnvironment":"node"}}',
          'src/new.test.js': `describe('m', () => { test('works', () => {}); });
describe('m', () => { test('works', () => { ${broken ? "throw new Error('flake');" : ''} }); });
`,
        }),
        runners.jest,
        ['--ci', '--runTestsByPath', 'src/new.test.js'],
      ).output;
    const step = runSettings({ run: 'npx jest --ci', stage: 'tests', tests: TESTS });
    const files = new MemoryTestFiles([], ['src/new.test.js']);
    const r = await arrival(
      [passed, { exitCode: 1, output: twin(true) }, { exitCode: 0, output: twin(false) }],
      efd(90),
      'pr',
      files,
      step,
    );
    expect(r.outputs['flaky-on-arrival']).toBe('jest:src/new.test.js::m › works');
    expect(r.records.written[0]?.tests).toEqual([
      {
        id: { runner: 'jest', suite: 'src/new.test.js', name: 'm › works' },
        outcome: 'flaky',
        retries: 2,
        changed: true,
        arrival: true,
        sharedName: true,
      },
    ]);
  });

  it('a new test that passed in the full step and failed in every repeat alone: warned broken, and fail-step fails the step', async () => {
    // Review, high: once the step's own pass stopped counting, such a test only got an info line; with fail-step
    // a step main made red (it named the test flaky on arrival) passed.
    const red = await arrival([passed, failedX, failedX, failedX, failedX, failedX], efd(600, true));
    expect(red.result.success).toBe(false);
    expect(red.records.written[0]).toMatchObject({ outcome: 'failure' });
    const warned = red.log.records.filter((x) => x.level === 'warning');
    expect(warned).toEqual([
      {
        level: 'warning',
        message:
          "ci-recovery: early flake detection: 1 new test(s) failed in every one of 5 repeats alone, which the step's own run did not name failed (its selection may not run them): broken when run alone, not flaky: pytest:tests/test_new.py::test_x. It fails the step (tests.early-flake-detection.fail-step).",
        where: { title: 'ci-recovery: broken on arrival' },
      },
    ]);
    // Broken, not flaky: never in the flaky-on-arrival output nor the flaky history.
    expect(red.outputs['flaky-on-arrival']).toBeUndefined();
    expect(red.records.written[0]?.tests ?? []).toEqual([]);
    // Without fail-step: the same warning, and the step keeps its own conclusion.
    const kept = await arrival([passed, failedX, failedX, failedX, failedX, failedX], efd(600));
    expect(kept.result.success).toBe(true);
    expect(kept.log.messages('warning').join('\n')).toContain('broken when run alone, not flaky');
  });

  it("under fail-step, a new test the step's selection (-k) left out, failing in every repeat: warned, the step not failed", async () => {
    // Review: the repeats drop the step's -k, --shard, -t; a test this job leaves to another on purpose (one
    // needing another job's service) then fails every repeat. It is warned of; it does not fail the step.
    const step = runSettings({
      run: 'python3 -m pytest -q -k "not test_x" tests',
      stage: 'tests',
      tests: TESTS,
    });
    const r = await arrival([passed, failedX, failedX], efd(90, true), 'pr', undefined, step);
    expect(r.result.success).toBe(true);
    expect(r.log.messages('warning')).toEqual([
      "ci-recovery: early flake detection: 1 new test(s) failed in every one of 2 repeats alone, which the step's own run did not name failed (its selection may not run them): broken when run alone, not flaky: pytest:tests/test_new.py::test_x. The step runs a selection of its tests the repeats leave out (a shard, -k, -t): it does not fail the step.",
    ]);
    // One repeat's failure is what a flaky test gives too: not called broken, nor flaky.
    const once = await arrival([passed, failedX], efd(90, true), 'pr');
    expect(once.log.messages('warning').join('\n')).not.toContain('broken when run alone');
  });

  it('fail-step fails a step whose command passed; a push never repeats', async () => {
    const red = await arrival([passed, failedX, passed, passed, passed, passed], efd(600, true));
    expect(red.result.success).toBe(false);
    expect(red.records.written[0]).toMatchObject({ outcome: 'failure' });
    const push = await arrival([passed], efd(600, true), 'default');
    expect(push.process.runs.map((x) => x.name)).toEqual(['attempt-1']);
    expect(push.result.success).toBe(true);
  });
});

describe('a test that passed alone and failed again in the whole step after it', () => {
  // `make test` (its Makefile `cd`s into web/): the re-run, by pytest's usual program in the step's directory,
  // ran a root test of the same path and name, which passed; the whole step then failed it again. It was
  // recorded flaky (a broken test's flake in the history, a step later retried as known flaky).
  const make = runSettings({ run: 'make test', stage: 'tests', tests: { ...TESTS, runner: 'pytest' } });
  const failedA = { exitCode: 2, output: PYTEST_FAILED('tests/test_a.py::test_x') };
  const passedA = { exitCode: 0, output: PYTEST_PASSED('tests/test_a.py::test_x') };

  it('named failed again there: failed, not flaky, and said why', async () => {
    const r = await phase(make, [failedA, passedA, failedA]);
    expect(r.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'tests-rerun-1', 'tests-whole-step']);
    expect(r.result.success).toBe(false);
    // It was re-run (review, low: outputs said it was not): counted in tests-rerun, not in not-rerun-tests.
    expect(r.outputs).toMatchObject({
      'failed-tests': 'pytest:tests/test_a.py::test_x',
      'flaky-tests': '',
      'tests-rerun': '1',
      'not-rerun-tests': '',
    });
    expect(r.log.messages('info')).toContain(
      `ci-recovery: pytest:tests/test_a.py::test_x: ${FAILED_AGAIN_WHY}: not flaky`,
    );
    expect(r.records.written[0]?.tests).toEqual([
      {
        id: { runner: 'pytest', suite: 'tests/test_a.py', name: 'test_x' },
        outcome: 'failed',
        retries: 1,
        failedAgain: true,
      },
    ]);
    // The summary, read back from the record post reads: re-run and passed, then failed (not "re-runs failed too").
    const { renderTestsBlock, testViews } = await import('../../src/core/report/tests.js');
    expect(renderTestsBlock(testViews(r.records.written, undefined))).toContain(
      "| failed: passed on 1 re-run of itself, then failed again in the step's run after it (not flaky) |",
    );
  });

  it('the whole step timed out or was cancelled: its output and reports are not read (it stays flaky)', async () => {
    // Review, low: a stopped run's failures were read (findFailedTests never reads a stopped attempt's): a test
    // killed mid-run by the timeout or a cancel is no failure of its own.
    for (const stopped of [{ timedOut: true }, { aborted: true }]) {
      const r = await phase(make, [failedA, passedA, { ...failedA, ...stopped }]);
      expect(r.result.success).toBe(false);
      expect(r.outputs).toMatchObject({
        'flaky-tests': 'pytest:tests/test_a.py::test_x',
        'failed-tests': '',
      });
      expect(r.log.messages('info').join('\n')).not.toContain(FAILED_AGAIN_WHY);
    }
  });

  it('the whole step failing another test: it passed there, and stays flaky', async () => {
    const failedB = { exitCode: 2, output: PYTEST_FAILED('tests/test_b.py::test_y') };
    const r = await phase(make, [failedA, passedA, failedB]);
    expect(r.result.success).toBe(false);
    expect(r.outputs).toMatchObject({ 'flaky-tests': 'pytest:tests/test_a.py::test_x', 'failed-tests': '' });
  });
});

describe("a re-run's verdict is each test's own result, and green only once the whole step ran", () => {
  const fails = { exitCode: 1, output: PYTEST_FAILED('tests/test_a.py::t') };

  it('a re-run that exits 0 but shows no result for the test: not re-run, the step stays red and says why', async () => {
    const r = await phase(pytestStep(), [
      fails,
      { exitCode: 0, output: '\n=== no tests ran in 0.01s ===\n' },
    ]);
    expect(r.result.success).toBe(false);
    expect(r.outputs).toMatchObject({
      'failed-tests': 'pytest:tests/test_a.py::t',
      'tests-flaky': '0',
      'tests-rerun': '0',
      'not-rerun-tests': 'pytest:tests/test_a.py::t (the re-run ran no test: its selection matched nothing)',
    });
    expect(r.log.messages('info')).toContain(
      'ci-recovery: pytest:tests/test_a.py::t: could not be re-run (the re-run ran no test: its selection matched nothing): its failure stands',
    );
    expect(r.records.written[0]?.tests?.[0]).toMatchObject({ outcome: 'failed', retries: 0 });
  });

  it('a command that did not start, and a template whose filter matched nothing, say so', async () => {
    const missing = await phase(pytestStep(), [
      fails,
      { exitCode: 127, output: 'bash: pytest: command not found' },
    ]);
    expect(missing.result.success).toBe(false);
    expect(missing.outputs['not-rerun-tests']).toMatch(/did not start \(exit 127/);
    const template = await phase(pytestStep({ rerunCommand: 'python3 -m pytest -k {names}' }), [
      fails,
      { exitCode: 0, output: 'no tests ran in 0.01s' },
    ]);
    expect(template.result.success).toBe(false);
    expect(template.outputs['not-rerun-tests']).toBe(
      'pytest:tests/test_a.py::t (the test-rerun-command template ran no test: its selection matched nothing)',
    );
  });

  it('a re-run that exits 1 (a coverage threshold) while the test itself passed: flaky, the step green', async () => {
    const r = await phase(pytestStep(), [
      fails,
      {
        exitCode: 1,
        output: `${PYTEST_PASSED('tests/test_a.py::t')}FAIL Required test coverage of 100% not reached.\n`,
      },
    ]);
    expect(r.result.success).toBe(true);
    expect(r.outputs).toMatchObject({ 'flaky-tests': 'pytest:tests/test_a.py::t', 'tests-failed': '0' });
  });

  it("a && b: once a's failed test passed alone, b runs (the step's failure skipped it), and decides", async () => {
    const step = runSettings({
      run: 'python3 -m pytest -q tests && make lint',
      stage: 'tests',
      tests: TESTS,
    });
    const passed = { exitCode: 0, output: PYTEST_PASSED('tests/test_a.py::t') };
    const red = await phase(step, [fails, passed, { exitCode: 2, output: 'lint: 3 errors' }]);
    expect(red.process.runs.map((x) => [x.name, x.script])).toEqual([
      ['attempt-1', 'python3 -m pytest -q tests && make lint'],
      ['tests-rerun-1', "python3 -m pytest -q -rA 'tests/test_a.py::t'"],
      ['tests-rest', 'make lint'],
    ]);
    expect(red.result.success).toBe(false);
    expect(red.log.messages('info')).toContain(
      'ci-recovery: the rest of the step failed (exit 2): the step fails.',
    );
    const green = await phase(step, [fails, passed, { exitCode: 0 }]);
    expect(green.result.success).toBe(true);
  });

  it('a quarantined failure (no re-run) in a && b: b still runs and decides', async () => {
    const step = runSettings({
      run: 'python3 -m pytest -q tests && make lint',
      stage: 'tests',
      tests: { ...TESTS, retries: 0 },
    });
    const key = 'pytest:tests/test_a.py::t';
    const config: Config = {
      ...DEFAULT_CONFIG,
      tests: { ...DEFAULT_CONFIG.tests, quarantine: true, quarantined: [key] },
    };
    const r = await phase(
      step,
      [fails, { exitCode: 2, output: 'lint: 3 errors' }],
      new MemoryTestFiles(),
      config,
    );
    expect(r.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'tests-rest']);
    expect(r.result.success).toBe(false);
  });

  it('a step whose command does not say what it skipped is run whole once, as a plain retry would', async () => {
    const step = runSettings({ run: 'python3 -m pytest -q tests | tee log', stage: 'tests', tests: TESTS });
    const passed = { exitCode: 0, output: PYTEST_PASSED('tests/test_a.py::t') };
    const r = await phase(step, [
      fails,
      passed,
      { exitCode: 1, output: PYTEST_FAILED('tests/test_a.py::u') },
    ]);
    expect(r.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'tests-rerun-1', 'tests-whole-step']);
    expect(r.log.messages('info')).toContain(
      'ci-recovery: the failed tests passed alone, but its command has a pipe, so what it skipped is unknown: re-running the whole step once, as a plain retry would.',
    );
    expect(r.result.success).toBe(false);
  });

  it("npm test: the re-run is the script's runner invocation through npm, its config kept", async () => {
    const step = runSettings({ run: 'npm test', stage: 'tests', tests: { ...TESTS, runner: 'jest' } });
    const out = 'FAIL src/a.test.js\n  ● m › t\n\n    boom\n\nTest Suites: 1 failed, 1 total\n';
    const scripts = { test: 'jest --config ci.config.js --coverage' };
    const r = await phase(
      step,
      [
        { exitCode: 1, output: out },
        { exitCode: 0, output: 'PASS src/a.test.js\n  m\n    ✓ t (3 ms)\n' },
      ],
      new MemoryTestFiles([], undefined, undefined, scripts),
    );
    expect(r.process.runs[1]?.script).toBe(
      "npm exec --no -- jest --config ci.config.js --coverage --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'src/a.test.js' -t '^(m t)$'",
    );
    expect(r.result.success).toBe(true);
    expect(r.outputs['flaky-tests']).toBe('jest:src/a.test.js::m › t');
  });
});

describe("the runner's config files are asked for from the step's directory, the `cd` in their path", () => {
  /** Records what the phase asks the disk for: the adapter refuses a link anywhere on a path it is given. */
  class AskedFiles extends MemoryTestFiles {
    readonly configsAsked: { cwd: string; files: readonly string[] }[] = [];
    override configTexts(cwd: string, files: readonly string[]) {
      this.configsAsked.push({ cwd, files });
      return super.configTexts(cwd, files);
    }
  }

  it('cd web && mocha --config ci.yml: the files are web/ci.yml, web/package.json and web/test/mocha.opts, asked under the step directory', async () => {
    const files = new AskedFiles();
    const step = runSettings({ run: 'cd web && npx mocha --config ci.yml', stage: 'tests', tests: TESTS });
    const out = '  0 passing (5ms)\n  1 failing\n\n  1) suite\n       flaky:\n     Error: boom\n';
    await phase(
      step,
      [
        { exitCode: 1, output: out },
        { exitCode: 0, output: '  1 passing (5ms)\n' },
      ],
      files,
    );
    // npm's project config where the step ran first (its workspaces), then where the runner ran (web/, the cd in
    // its path as asked), then the runner's files (mocha 7's opts too).
    expect(files.configsAsked).toEqual([
      { cwd: '/ws', files: ['.npmrc'] },
      { cwd: '/ws', files: ['web/.npmrc'] },
      { cwd: '/ws', files: ['web/ci.yml', 'web/package.json', 'web/test/mocha.opts'] },
    ]);
  });

  it('yarn --cwd web mocha: mocha ran in web, where its files are asked for', async () => {
    const files = new AskedFiles();
    const step = runSettings({ run: 'yarn --cwd web mocha --config ci.yml', stage: 'tests', tests: TESTS });
    const out = '  0 passing (5ms)\n  1 failing\n\n  1) suite\n       flaky:\n     Error: boom\n';
    await phase(
      step,
      [
        { exitCode: 1, output: out },
        { exitCode: 0, output: '  1 passing (5ms)\n' },
      ],
      files,
    );
    // npm's project config where the step ran first (its workspaces), then where the runner ran (web/, the cd in
    // its path as asked), then the runner's files (mocha 7's opts too).
    expect(files.configsAsked).toEqual([
      { cwd: '/ws', files: ['.npmrc'] },
      { cwd: '/ws', files: ['web/.npmrc'] },
      { cwd: '/ws', files: ['web/ci.yml', 'web/package.json', 'web/test/mocha.opts'] },
    ]);
  });
});

describe("the step's environment reaches the plan: a stop it sets runs the step whole once", () => {
  const GO_FAIL = '--- FAIL: TestA (0.00s)\nFAIL\nFAIL\texample.com/x\t0.01s\n';
  const GO_PASS = '=== RUN   TestA\n--- PASS: TestA (0.00s)\nPASS\nok  \texample.com/x\t0.01s\n';
  const go = runSettings({ run: 'go test ./...', stage: 'tests', tests: { ...TESTS, runner: 'go' } });

  it("GOFLAGS=-failfast in the step's env (the port's): the flaky test passes alone, the whole step runs and fails", async () => {
    const files = new MemoryTestFiles(
      [],
      undefined,
      undefined,
      {},
      {},
      { GOFLAGS: '-mod=mod -failfast', HOME: '/h' },
    );
    const r = await phase(
      go,
      [{ exitCode: 1, output: GO_FAIL }, { exitCode: 0, output: GO_PASS }, { exitCode: 1 }],
      files,
    );
    expect(r.process.runs.map((run) => run.name)).toEqual(['attempt-1', 'tests-rerun-1', 'tests-whole-step']);
    expect(r.log.messages('info').join('\n')).toContain("GOFLAGS in the step's environment sets -failfast");
    expect(r.result.success).toBe(false);
  });

  it('without it (or with -failfast=false after it) the re-run alone stands for the step', async () => {
    for (const GOFLAGS of ['-mod=mod', '-failfast -failfast=false']) {
      const files = new MemoryTestFiles([], undefined, undefined, {}, {}, { GOFLAGS });
      const r = await phase(
        go,
        [
          { exitCode: 1, output: GO_FAIL },
          { exitCode: 0, output: GO_PASS },
        ],
        files,
      );
      expect([GOFLAGS, r.process.runs.map((run) => run.name)]).toEqual([
        GOFLAGS,
        ['attempt-1', 'tests-rerun-1'],
      ]);
      expect(r.result.success).toBe(true);
    }
  });

  it('cd web && npx jest: npm reads web/.npmrc, whose workspaces=true runs jest in each workspace', async () => {
    const out = 'FAIL unit/a.test.js\n  ● t\n\n    boom\n\nTest Suites: 1 failed, 1 total\n';
    const pass = 'PASS unit/a.test.js\n  ✓ t (3 ms)\n';
    const step = runSettings({
      run: 'cd web && npx jest',
      stage: 'tests',
      tests: { ...TESTS, runner: 'jest' },
    });
    for (const npmrc of ['workspaces=true\n', null]) {
      const files = new MemoryTestFiles([], undefined, undefined, {}, { 'web/.npmrc': npmrc });
      const r = await phase(
        step,
        [{ exitCode: 1, output: out }, { exitCode: 0, output: pass }, { exitCode: 1 }],
        files,
      );
      expect([npmrc, r.process.runs.map((run) => run.name)]).toEqual([
        npmrc,
        ['attempt-1', 'tests-rerun-1', 'tests-whole-step'],
      ]);
      expect(r.result.success).toBe(false);
    }
    // Without one there, the re-run stands for the step.
    const r = await phase(
      step,
      [
        { exitCode: 1, output: out },
        { exitCode: 0, output: pass },
      ],
      new MemoryTestFiles([], undefined, undefined, {}, { 'web/.npmrc': 'registry=https://r.example/\n' }),
    );
    expect(r.result.success).toBe(true);
  });

  it("npm_config_workspaces in the environment, or workspaces=true in the step's .npmrc: npm test runs each workspace's script, not the root's", async () => {
    const out = 'FAIL unit/a.test.js\n  ● t\n\n    boom\n\nTest Suites: 1 failed, 1 total\n';
    const pass = 'PASS unit/a.test.js\n  ✓ t (3 ms)\n';
    const step = runSettings({ run: 'npm test', stage: 'tests', tests: { ...TESTS, runner: 'jest' } });
    const scripts = { test: 'jest' };
    for (const files of [
      new MemoryTestFiles([], undefined, undefined, scripts, {}, { NPM_CONFIG_WORKSPACES: 'true' }),
      new MemoryTestFiles([], undefined, undefined, scripts, { '.npmrc': '; ci\nworkspaces = true\n' }),
      new MemoryTestFiles([], undefined, undefined, scripts, { '.npmrc': null }),
    ]) {
      const r = await phase(
        step,
        [{ exitCode: 1, output: out }, { exitCode: 0, output: pass }, { exitCode: 1 }],
        files,
      );
      expect(r.process.runs.map((run) => run.name)).toEqual([
        'attempt-1',
        'tests-rerun-1',
        'tests-whole-step',
      ]);
      expect(r.log.messages('info').join('\n')).toMatch(
        /npm runs the 'test' script of each workspace its config names \(.*\), not the root's read here/,
      );
      expect(r.result.success).toBe(false);
    }
    // workspaces=false, or none: the root's script is what ran.
    const root = new MemoryTestFiles([], undefined, undefined, scripts, { '.npmrc': 'workspaces=false\n' });
    const r = await phase(
      step,
      [
        { exitCode: 1, output: out },
        { exitCode: 0, output: pass },
      ],
      root,
    );
    expect(r.result.success).toBe(true);
  });
});

describe('a test failing beside the re-run ones is read only from a round where they all passed', () => {
  it('a go parent failing with its flaky subtest in one re-run, passing with it in the next: green, not run whole', async () => {
    const step = runSettings({ run: 'go test ./...', stage: 'tests', tests: TESTS });
    const failed =
      '=== RUN   TestTable\n=== RUN   TestTable/flaky\n    p_test.go:8: flaked\n--- FAIL: TestTable (0.00s)\n    --- FAIL: TestTable/flaky (0.00s)\nFAIL\nFAIL\texample.com/p\t0.01s\nFAIL\n';
    const passed =
      '=== RUN   TestTable\n=== RUN   TestTable/flaky\n--- PASS: TestTable (0.00s)\n    --- PASS: TestTable/flaky (0.00s)\nPASS\nok  \texample.com/p\t0.01s\n';
    const knownFlaky = new MemoryTestFiles([], [], () => ({ flaky: true, broken: false, flips: 3 }));
    const r = await phase(
      step,
      [
        { exitCode: 1, output: failed },
        { exitCode: 1, output: failed },
        { exitCode: 0, output: passed },
      ],
      knownFlaky,
    );
    expect(r.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'tests-rerun-1', 'tests-rerun-2']);
    expect(r.log.messages('info').join('\n')).not.toContain('re-running the whole step');
    expect(r.result.success).toBe(true);
  });
});
