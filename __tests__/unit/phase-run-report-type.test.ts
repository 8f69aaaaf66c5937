/**
 * The `run/` phase types a failed attempt with the real classifier, told the failed tests the attempt's own
 * JUnit reports name (read once, for test recovery too): through the in-memory ports. The same with real
 * runners and the built bundle is e2e/run-tests-report-type.test.ts.
 */
import { classify, type FailureSignals } from '../../src/core/classify/index.js';
import { DEFAULT_CONFIG } from '../../src/core/config-defaults.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import type { RunSettings } from '../../src/core/run-step.js';
import type { RunTestSettings } from '../../src/test-recovery/core/plan.js';
import { runPhase, type RunPorts } from '../../src/phases/run.js';
import { FakeClock } from '../../src/ports/clock.js';
import { RecordingProcess, type ScriptedRun } from '../../src/ports/process.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { RecordingStageCheckpoint } from '../../src/ports/stage-checkpoint.js';
import { MemoryTestFiles, type TestReport } from '../../src/test-recovery/ports/tests.js';
import { runSettings } from '../run-settings.js';

const TESTS: RunTestSettings = {
  report: 'reports/*.xml',
  rerunCommand: '',
  retries: 0,
  maxFailed: 10,
  failOnPassedAfterRetry: false,
};

const junit = (...cases: string[]): TestReport => ({
  path: 'reports/a.xml',
  text: `<testsuites><testsuite name="s">${cases
    .map((name) => `<testcase classname="tests.test_a" name="${name}"><failure message="boom"/></testcase>`)
    .join('')}<testcase classname="tests.test_a" name="ok"/></testsuite></testsuites>`,
});

async function phase(outcomes: ScriptedRun[], files: MemoryTestFiles, over: Partial<RunSettings> = {}) {
  const runner = new RecordingRunner();
  const process = new RecordingProcess(outcomes);
  const records = new RecordingRecords();
  const told: FailureSignals[] = [];
  const ports: RunPorts = {
    runner,
    process,
    checkpoint: new RecordingStageCheckpoint(),
    records,
    classify: (signals) => (told.push(signals), classify(signals)),
    clock: new FakeClock(),
    tests: files,
  };
  const job = parseJobEnv({ GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/rt' }, { cwd: '/', tmpdir: '/tmp' });
  const ctx = {
    lane: 'STANDARD' as const,
    branchKind: 'pr' as const,
    config: DEFAULT_CONFIG,
    windows: false,
  };
  const s = runSettings({ run: 'python3 -m pytest -q tests', stage: 'tests', tests: TESTS, ...over });
  const result = await runPhase(s, job, ctx, ports);
  const classifications = records.written[0]?.attempts.map((a) => a.classification);
  return { result, runner, process, told, classifications, outputs: Object.fromEntries(runner.outputs) };
}

describe("run/ tells the classifier what the attempt's own reports say", () => {
  it('an output that says nothing: test at high, shown by the first failed test; each report read once', async () => {
    const files = new MemoryTestFiles([[junit('first', 'second')]]);
    const r = await phase([{ exitCode: 1, output: 'collected 3 items\n' }], files);
    expect(r.classifications).toEqual([
      {
        type: 'test',
        confidence: 'high',
        retryable: false,
        rule: 'report:junit',
        evidence: { line: 0, text: 'pytest:tests/test_a.py::first failed (1 of 2 failed tests)' },
      },
    ]);
    expect(r.told[0]?.failedTests).toEqual({ first: 'pytest:tests/test_a.py::first', count: 2 });
    // Asked for once and read once: the classification and test recovery share what was read.
    expect(files.asked).toHaveLength(1);
    expect(files.read).toEqual(['reports/a.xml']);
    expect(r.outputs).toMatchObject({ 'failure-type': 'test', 'tests-failed': '2' });
    expect(r.runner.log.messages('info').join('\n')).toContain(
      'ci-recovery: attempt 1 failed (exit 1): test [report:junit]. Evidence (from its test reports): pytest:tests/test_a.py::first failed (1 of 2 failed tests)',
    );
  });

  it('a hostile test name reaches the log and the evidence output only escaped', async () => {
    const name = "x&#10;::error::pwned $(touch /tmp/pwned) 'q";
    const r = await phase([{ exitCode: 1, output: '' }], new MemoryTestFiles([[junit(name)]]));
    const shown = "pytest:tests/test_a.py::x\\n::error::pwned $(touch /tmp/pwned) 'q";
    expect(r.classifications?.[0]?.evidence?.text).toBe(`${shown} failed`);
    expect(r.outputs.evidence).toBe(`${shown} failed`);
    const lines = [...r.runner.log.messages('info'), ...r.runner.log.messages('error')]
      .join('\n')
      .split('\n');
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([]);
  });

  it('a network error the output shows stays network and is retried: it may be what failed the tests', async () => {
    const output =
      "fatal: unable to access 'https://github.com/o/fixtures.git/': Could not resolve host: github.com\n";
    const r = await phase(
      [{ exitCode: 1, output }, { exitCode: 0 }],
      new MemoryTestFiles([[junit('fetches')], []]),
    );
    expect(r.classifications?.[0]).toMatchObject({ type: 'network', retryable: true });
    expect(r.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'attempt-2']);
    expect(r.result.success).toBe(true);
  });

  it('a kill decides before the reports: exit 137 is resource, SIGTERM a cancellation', async () => {
    const files = (): MemoryTestFiles => new MemoryTestFiles([[junit('first')]]);
    const killed = await phase([{ exitCode: 137, output: '' }], files());
    expect(killed.classifications?.[0]).toMatchObject({ type: 'resource', rule: 'signal:exit-137' });
    const stopped = await phase([{ exitCode: 143, output: '' }], files());
    expect(stopped.classifications?.[0]).toMatchObject({ type: 'cancelled' });
  });

  it('an attempt at its time limit is a timeout, and its reports are not read at all', async () => {
    const files = new MemoryTestFiles([[junit('first')]]);
    const r = await phase([{ exitCode: undefined, timedOut: true, output: '' }], files, {
      timeoutMinutes: 1,
      maxAttempts: 1,
    });
    expect(r.classifications?.[0]).toMatchObject({ type: 'timeout', rule: 'run:time-limit' });
    expect(files.asked).toEqual([]);
    expect(files.read).toEqual([]);
  });

  it('no report, a malformed one, or one with no failed test: the output alone decides, as before', async () => {
    const bad = { path: 'reports/a.xml', text: '<testsuite><testcase name="t"><failure>' };
    const passing = { path: 'reports/a.xml', text: '<testsuite><testcase name="t"/></testsuite>' };
    const output = 'collected 3 items\n';
    const alone = await phase([{ exitCode: 1, output }], new MemoryTestFiles(), { tests: undefined });
    for (const list of [[], [bad], [passing]]) {
      const r = await phase([{ exitCode: 1, output }], new MemoryTestFiles([list]));
      expect(r.told[0]?.failedTests).toBeUndefined();
      expect(r.classifications).toEqual(alone.classifications);
    }
  });

  it('tests named by the output only are the log: the classifier reads them there, not as a report', async () => {
    const output =
      '===== short test summary info =====\nFAILED tests/test_a.py::t - assert False\n== 1 failed ==\n';
    const r = await phase([{ exitCode: 1, output }], new MemoryTestFiles([[]]));
    expect(r.told[0]?.failedTests).toBeUndefined();
    expect(r.outputs['tests-failed']).toBe('1');
  });
});
