/**
 * The limits of reading test reports (issue 64, item 7): one pass over a report that builds no tree, a
 * total cap on failed tests across reports, reading stopped at it, outputs cut below 1 MB with a count,
 * and a step that keeps its failure whenever some failed test may be unknown (a report too large, not
 * JUnit, or past the cap). The memory figure itself is measured through dist/run.js in
 * e2e/run-test-report-limits.test.ts.
 */
import { DEFAULT_CONFIG } from '../../src/core/config-defaults.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import type { RunSettings } from '../../src/core/run-step.js';
import { attributes, MAX_CASES, parseJunit, ReportError } from '../../src/test-recovery/core/junit.js';
import { cappedLines, MAX_OUTPUT_BYTES } from '../../src/test-recovery/core/output-cap.js';
import { testOutputs } from '../../src/test-recovery/core/plan.js';
import { MAX_FAILED_TESTS, ReportTally } from '../../src/test-recovery/core/report-tally.js';
import type { RunTestSettings } from '../../src/test-recovery/core/plan.js';
import { runPhase } from '../../src/phases/run.js';
import { FakeClock } from '../../src/ports/clock.js';
import { RecordingProcess, type ScriptedRun } from '../../src/ports/process.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { RecordingStageCheckpoint } from '../../src/ports/stage-checkpoint.js';
import { MemoryTestFiles } from '../../src/test-recovery/ports/tests.js';
import { runSettings } from '../run-settings.js';

/** A jest-junit report of `failing` failed and `passing` passed cases in `file`. */
function report(file: string, failing: number, passing = 0, pad = 0): string {
  const cases: string[] = [];
  const name = (kind: string, i: number): string => `${kind} ${i}${'x'.repeat(pad)}`;
  for (let i = 0; i < failing; i++)
    cases.push(
      `<testcase classname="c" name="${name('fails', i)}" file="${file}"><failure>e</failure></testcase>`,
    );
  for (let i = 0; i < passing; i++)
    cases.push(`<testcase classname="c" name="${name('passes', i)}" file="${file}"/>`);
  return `<?xml version="1.0"?><testsuites><testsuite name="${file}">${cases.join('')}</testsuite></testsuites>`;
}

describe('parseJunit in one pass', () => {
  it('counts the cases past a report’s cap instead of keeping them', () => {
    const tests = parseJunit(report('a.test.ts', 2, MAX_CASES), 'jest');
    expect(tests.failed).toHaveLength(2);
    expect(tests.passed).toHaveLength(MAX_CASES - 2);
    expect(tests.unread).toBe(2);
  });

  it('reads comments, CDATA and quoted > as XML does, and refuses what is not well-formed', () => {
    const xml = `<testsuites><!-- <testcase name="no"> --><testsuite name="s" file="a.test.ts">
      <testcase name="a &gt; b" classname='x > y'><failure><![CDATA[<testcase name="fake"><failure/>]]></failure></testcase>
      <testcase name="ok"><skipped/></testcase><testcase name="e"><error message="x"/></testcase>
    </testsuite></testsuites>`;
    const tests = parseJunit(xml, 'jest');
    expect(tests.failed.map((t) => t.name)).toEqual(['a > b', 'e']);
    expect(tests.passed).toEqual([]);
    expect(() => parseJunit('<testsuite><testcase name="a"></testsuite>', 'jest')).toThrow(ReportError);
    expect(() => parseJunit('<testsuite><testcase name="a"/>', 'jest')).toThrow(/never closed/);
  });
});

describe('parseJunit on hostile input', () => {
  it('reads attributes as the regular expression it replaced, on 20,000 random short tags', () => {
    // The expression overflowed V8's regexp stack on a 4 MB name in CI; the scanner must read what it read.
    const pair = /\s([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    const byRegex = (text: string): Record<string, string> => {
      const out: Record<string, string> = {};
      for (let m = pair.exec(text); m; m = pair.exec(text)) out[m[1]!] = (m[2] ?? m[3] ?? '').trim();
      return out;
    };
    const alphabet = [...'  \t\n\u00a0\u2028abn==""\'\'x/'];
    let seed = 49;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let n = next(24); n > 0; n--) text += alphabet[next(alphabet.length)];
      expect([text, attributes(text)]).toEqual([text, byRegex(text)]);
    }
  });

  it('stays linear: two 4 MB attribute runs, 8 MB of quotes, 4 MB of comment openers', () => {
    // CPU time, not wall-clock: backtracking burns CPU, a busy machine only delays the answer.
    const start = process.cpuUsage();
    const run = 'x'.repeat(4 * 1024 * 1024);
    expect(
      parseJunit(`<testsuite a${run}><testcase name="t"${run}/></testsuite>`, 'junit').passed,
    ).toHaveLength(1);
    expect(() => parseJunit(`<testsuite a="${'"'.repeat(8 * 1024 * 1024)}>`, 'junit')).toThrow(ReportError);
    expect(() => parseJunit('<!--'.repeat(1024 * 1024), 'junit')).toThrow(ReportError);
    const used = process.cpuUsage(start);
    expect((used.user + used.system) / 1000).toBeLessThan(5_000);
  });
});

describe('ReportTally', () => {
  it('keeps failed tests up to the cap, each once, and says in one line what it did not read', () => {
    const tally = new ReportTally();
    const first = parseJunit(report('a.test.ts', MAX_FAILED_TESTS - 1, 3), 'jest');
    tally.add(first);
    tally.add(first); // the same tests again: kept once
    expect(tally.failed).toHaveLength(MAX_FAILED_TESTS - 1);
    expect(tally.cut).toBe(false);
    expect(tally.line()).toBeUndefined();
    tally.add(parseJunit(report('b.test.ts', 5), 'jest'));
    expect(tally.full).toBe(true);
    tally.skipReports(2);
    expect(tally.failed).toHaveLength(MAX_FAILED_TESTS);
    expect(tally.passed).toHaveLength(3);
    expect(tally.cut).toBe(true);
    expect(tally.line()).toBe(
      `ci-recovery: test reports: kept ${MAX_FAILED_TESTS} failed test(s) from 3 report(s); not read: 4 more failed test(s) past the cap of ${MAX_FAILED_TESTS} (it bounds the step's memory), 2 report(s) (too large, not JUnit XML, or past the cap). Not every failed test is known: none is re-run and the step keeps its failure.`,
    );
  });
});

describe('outputs under 1 MB', () => {
  it('cuts a list of names below the limit, and its last line counts what was cut', () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `jest:src/é.test.ts::test ${i} ${'y'.repeat(40)}`);
    const text = cappedLines(lines);
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_OUTPUT_BYTES);
    const out = text.split('\n');
    const kept = out.length - 1;
    expect(out.slice(0, kept)).toEqual(lines.slice(0, kept));
    expect(out.at(-1)).toBe(`(${lines.length - kept} more not listed: a step output holds at most 1 MB)`);
    expect(cappedLines(lines.slice(0, 3))).toBe(lines.slice(0, 3).join('\n'));
  });

  it('failed-tests of 20,000 long names stays under 1 MB; tests-failed still counts them all', () => {
    const tests = parseJunit(report('a.test.ts', 20_000, 0, 100), 'jest').failed.map((id) => ({
      id,
      outcome: 'failed' as const,
      retries: 0,
    }));
    const outputs = testOutputs(tests);
    for (const value of Object.values(outputs))
      expect(Buffer.byteLength(value)).toBeLessThan(MAX_OUTPUT_BYTES);
    expect(outputs['tests-failed']).toBe('20000');
    expect(outputs['failed-tests']).toMatch(/\n\(\d+ more not listed: a step output holds at most 1 MB\)$/);
  });
});

const TESTS: RunTestSettings = {
  report: 'reports/*.xml',
  runner: 'jest',
  rerunCommand: '',
  retries: 2,
  maxFailed: 10,
  failOnPassedAfterRetry: false,
};

async function phase(files: MemoryTestFiles, outcomes: ScriptedRun[], over: Partial<RunSettings> = {}) {
  const runner = new RecordingRunner();
  const process = new RecordingProcess(outcomes);
  const ports = {
    runner,
    process,
    checkpoint: new RecordingStageCheckpoint(),
    records: new RecordingRecords(),
    classify: () => ({
      type: 'test' as const,
      confidence: 'high' as const,
      retryable: false,
      rule: 'stub:test',
    }),
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
  const s = runSettings({ run: 'npx jest', stage: 'tests', tests: TESTS, ...over });
  const result = await runPhase(s, job, ctx, ports);
  return { result, process, log: runner.log.messages('info'), outputs: Object.fromEntries(runner.outputs) };
}

describe('run/ never turns a step green while a failed test may be unknown', () => {
  it('a report it could not read: the one failure it knows passes alone, and the step still fails', async () => {
    const files = new MemoryTestFiles([
      [
        { path: 'reports/a.xml', text: report('a.test.ts', 1) },
        { path: 'reports/b.xml', text: '<testsuite><testcase name="x">' }, // cut short: its failures are unknown
      ],
      [{ path: 'reports/a.xml', text: report('a.test.ts', 0, 1) }],
    ]);
    const r = await phase(files, [{ exitCode: 1 }, { exitCode: 0 }]);
    expect(r.result.success).toBe(false);
    expect(r.log).toContain(
      'ci-recovery: test reports: kept 1 failed test(s) from 1 report(s); not read: 1 report(s) (too large, not JUnit XML, or past the cap). Not every failed test is known: none is re-run and the step keeps its failure.',
    );
    expect(r.process.runs.map((x) => x.name)).not.toContain('tests-rerun-1');
  });

  // mocha's xunit writes classname="" for a root test and for one in describe(''): both key as 'b'. The
  // re-run --grep '^(b)$' ran only the passing root test (the nested one's full title is ' b'): green as flaky.
  it('a test the report shows both failed and passed (two cases of one key): none is re-run, the step fails', async () => {
    const xunit = `<testsuite name="Mocha Tests" tests="2" failures="1">
<testcase classname="" name="b" file="/ws/test/a.spec.js" time="0"><failure>broken</failure></testcase>
<testcase classname="" name="b" file="/ws/test/a.spec.js" time="0"/></testsuite>`;
    const files = new MemoryTestFiles([
      [{ path: 'reports/x.xml', text: xunit }],
      [{ path: 'reports/x.xml', text: xunit.replace('<failure>broken</failure>', '') }],
    ]);
    const r = await phase(files, [{ exitCode: 1 }, { exitCode: 0 }], {
      run: 'npx mocha',
      tests: { ...TESTS, runner: 'mocha' },
    });
    expect(r.process.runs.map((x) => x.name)).toEqual(['attempt-1']);
    expect(r.result.success).toBe(false);
    expect(r.outputs['flaky-tests'] ?? '').toBe('');
    expect(r.log).toContain(
      'ci-recovery: test reports: kept 1 failed test(s) from 1 report(s); not read: 1 test(s) the reports show both failed and passed, two tests of one name that a re-run by that name cannot tell apart (mocha:/ws/test/a.spec.js::b). Not every failed test is known: none is re-run and the step keeps its failure.',
    );
  });

  it('any runner, and across reports: a key failed in one and passed in another is not re-run either', () => {
    const pytest = (name: string, failed: boolean): string =>
      `<testsuites><testsuite name="pytest"><testcase classname="tests.test_a" name="${name}">${failed ? '<failure/>' : ''}</testcase></testsuite></testsuites>`;
    const one = new ReportTally();
    one.add(
      parseJunit(
        pytest('test_x', true).replace(
          '</testsuite>',
          '<testcase classname="tests.test_a" name="test_x"/></testsuite>',
        ),
        'pytest',
      ),
    );
    expect(one.cut).toBe(true);
    const two = new ReportTally();
    two.add(parseJunit(pytest('test_x', false), 'pytest'));
    two.add(parseJunit(pytest('test_y', true), 'pytest'));
    expect(two.cut).toBe(false); // different tests: re-run as before
    two.add(parseJunit(pytest('test_x', true), 'pytest'));
    expect(two.cut).toBe(true);
    expect(two.line()).toContain('1 test(s) the reports show both failed and passed');
    // A name is shown escaped on one line: a newline in it cannot start a workflow command.
    const hostile = new ReportTally();
    hostile.add(parseJunit(pytest('t&#10;::error::x', true), 'pytest'));
    hostile.add(parseJunit(pytest('t&#10;::error::x', false), 'pytest'));
    expect(hostile.line()).toContain('t\\n::error::x');
    expect(hostile.line()).not.toContain('\n::');
  });

  it('jest and vitest: two outcomes of one key are no ambiguity, since their re-run by that name runs every test bearing it', () => {
    // vitest's JUnit names no project: a test run in projects a and b, failed in b, passed in a, is one key.
    const vitest = `<testsuites><testsuite name="t/x.test.mjs"><testcase classname="t/x.test.mjs" name="d &gt; works"><failure/></testcase><testcase classname="t/x.test.mjs" name="d &gt; works"/></testsuite></testsuites>`;
    const every = new ReportTally(true);
    every.add(parseJunit(vitest, 'vitest'));
    expect(every.cut).toBe(false);
    expect(every.failed.map((t) => t.name)).toEqual(['d > works']);
    const one = new ReportTally();
    one.add(parseJunit(vitest, 'vitest'));
    expect(one.cut).toBe(true);
  });

  it('stops reading reports at the cap: the reports after it are never read', async () => {
    const files = new MemoryTestFiles([
      [
        { path: 'reports/a.xml', text: report('a.test.ts', MAX_FAILED_TESTS) },
        { path: 'reports/b.xml', text: report('b.test.ts', 1) },
        { path: 'reports/c.xml', text: report('c.test.ts', 1) },
      ],
    ]);
    const r = await phase(files, [{ exitCode: 1 }, { exitCode: 1 }, { exitCode: 1 }]);
    expect(files.read).toEqual(['reports/a.xml']);
    expect(r.result.success).toBe(false);
    expect(r.log.filter((l) => l.startsWith('ci-recovery: test reports: '))).toHaveLength(1);
  });
});

describe('the strategy output after failed tests were re-run alone (issue 64, item 8)', () => {
  const failing = (): MemoryTestFiles =>
    new MemoryTestFiles([[{ path: 'reports/a.xml', text: report('a.test.ts', 1) }]]);

  it('a test that still fails on its re-run: manual (the step will not retry it), as the README promises', async () => {
    const r = await phase(failing(), [{ exitCode: 1 }, { exitCode: 1 }]);
    expect(r.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'tests-rerun-1']);
    expect(r.result.success).toBe(false);
    expect(r.outputs).toMatchObject({ strategy: 'manual', 'tests-failed': '1' });
  });

  it('manual too where max-attempts would retry the whole step: its tests were re-run alone instead', async () => {
    // A jest re-run writes no report (its console reporter alone): its verdict is its console's.
    const failedAlone = 'FAIL a.test.ts\n  ✕ fails 0 (3 ms)\n';
    const r = await phase(failing(), [{ exitCode: 1 }, { exitCode: 1, output: failedAlone }], {
      maxAttempts: 3,
    });
    expect(r.process.runs.map((x) => x.name)).toEqual(['attempt-1', 'tests-rerun-1']);
    expect(r.outputs).toMatchObject({ strategy: 'manual' });
    expect(r.log).toContainEqual(
      expect.stringMatching(
        /^ci-recovery: decision manual by tests:rerun-alone: .*not retried whole: its failed tests were re-run alone\)$/,
      ),
    );
  });

  it('a flaky test that passes on its re-run: retry', async () => {
    // The re-run's console shows that very test passed: a verdict is the test's own result (item 1). The step's
    // report, which the glob still finds, is not the re-run's (a jest re-run writes none).
    const files = new MemoryTestFiles([[{ path: 'reports/a.xml', text: report('a.test.ts', 1) }]]);
    const r = await phase(files, [
      { exitCode: 1 },
      { exitCode: 0, output: 'PASS a.test.ts\n  ✓ fails 0 (3 ms)\n' },
    ]);
    expect(r.result.success).toBe(true);
    expect(r.outputs).toMatchObject({ strategy: 'retry', 'tests-flaky': '1' });
  });
});
