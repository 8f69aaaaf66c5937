/**
 * Tests that share a name (att-samename), through the `run/` phase's in-memory ports on what the real runners
 * print (mocha 12 and cargo 1.95, captured from two-file and two-crate projects; e2e/run-tests-same-name.test.ts
 * runs them for real): a key the output shows for two tests is never re-run, quarantined or recorded, and a
 * cargo test is keyed with its target's binary (the crate, for its unit tests), so a flaky history kept for one
 * crate's `tests::it_works` never answers for another's.
 */
import { DEFAULT_CONFIG, type Config } from '../../src/core/config-defaults.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import { emptyTestHistory, onlyKnownFlaky, recordTestOutcomes } from '../../src/core/test-history.js';
import { testOutcomesOf } from '../../src/core/test-history-read.js';
import { testKey, type TestHistoryView, type TestOutcome } from '../../src/core/test-identity.js';
import { runPhase } from '../../src/phases/run.js';
import { FakeClock } from '../../src/ports/clock.js';
import { RecordingProcess, type ScriptedRun } from '../../src/ports/process.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { RecordingStageCheckpoint } from '../../src/ports/stage-checkpoint.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { cargoTarget } from '../../src/test-recovery/core/console.js';
import {
  failedFromConsole,
  passedFromConsole,
  sharedNames,
  TWIN_WHY,
  withArrivals,
  inChangedFile,
} from '../../src/test-recovery/index.js';
import { planRetries } from '../../src/test-recovery/core/plan.js';
import { MemoryTestFiles, type TestReport } from '../../src/test-recovery/ports/tests.js';
import { runSettings } from '../run-settings.js';

/** `npx mocha test/a.spec.js test/b.spec.js`: each file's `describe('suite') > it('works')`, a's broken. */
const MOCHA_TWO_FILES = `

  suite
    1) works

  suite
    ✔ works


  1 passing (7ms)
  1 failing

  1) suite
       works:
     Error: broken for good
      at Context.<anonymous> (test/a.spec.js:1:53)
      at process.processImmediate (node:internal/timers:574:21)
`;

/** `cargo test --workspace --no-fail-fast` over crates a and b: a's `tests::it_works` and `tests/it.rs` fail. */
const CARGO_TWO_CRATES = `    Finished \`test\` profile [unoptimized + debuginfo] target(s) in 0.03s
     Running unittests src/lib.rs (target/debug/deps/a-3110576fc3c3c96d)

running 1 test
test tests::it_works ... FAILED

failures:

---- tests::it_works stdout ----

thread 'tests::it_works' (3208) panicked at a/src/lib.rs:2:37:
assertion \`left == right\` failed
  left: 1
 right: 2

failures:
    tests::it_works

test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.46s

error: test failed, to rerun pass \`-p a --lib\`
     Running tests/it.rs (target/debug/deps/it-e9084a9c25208d2e)

running 1 test
test it_int ... FAILED

failures:

---- it_int stdout ----

thread 'it_int' (3218) panicked at a/tests/it.rs:1:23:
assertion failed: false

failures:
    it_int

test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.48s

error: test failed, to rerun pass \`-p a --test it\`
     Running unittests src/lib.rs (target/debug/deps/b-d297d743c1d6421f)

running 1 test
test tests::it_works ... ok

test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s

     Running tests/it.rs (target/debug/deps/it-e78ea17bd32e905b)

running 1 test
test it_int ... ok

test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s

error: 2 targets failed:
    \`-p a --lib\`
    \`-p a --test it\`
`;

const QUARANTINE: Config = { ...DEFAULT_CONFIG, tests: { ...DEFAULT_CONFIG.tests, quarantine: true } };
/** What the history knows of a test another one of its key flaked as, twice on the default branch. */
const FLAKY_ELSEWHERE = {
  flaky: true,
  broken: false,
  flips: 4,
  flakes: 2,
  baseFlakes: 2,
  quarantinable: true as const,
};

async function phase(
  run: string,
  outcomes: ScriptedRun[],
  history: TestHistoryView,
  config = QUARANTINE,
  reports: TestReport[] = [],
) {
  const runner = new RecordingRunner();
  const process = new RecordingProcess(outcomes);
  const records = new RecordingRecords();
  const job = parseJobEnv({ GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/rt' }, { cwd: '/', tmpdir: '/tmp' });
  const report = reports.length > 0 ? '*.xml' : '';
  const tests = { report, rerunCommand: '', retries: 2, maxFailed: 10, failOnPassedAfterRetry: false };
  const result = await runPhase(
    runSettings({ run, stage: 'tests', tests }),
    job,
    { lane: 'STANDARD', branchKind: 'pr', config, windows: false },
    {
      runner,
      process,
      checkpoint: new RecordingStageCheckpoint(),
      records,
      classify: () => ({ type: 'test', confidence: 'high', retryable: false, rule: 'stub:test' }),
      clock: new FakeClock(),
      tests: new MemoryTestFiles([reports], [], history),
    },
  );
  return {
    result,
    process,
    records,
    log: runner.log.messages('info').join('\n'),
    outputs: Object.fromEntries(runner.outputs),
  };
}

describe('cargo keys a test with its target: two crates are two tests', () => {
  it("each crate's tests::it_works is its own key; two crates' tests/it.rs (binary it) share one", () => {
    expect(failedFromConsole(CARGO_TWO_CRATES, 'cargo').map(testKey)).toEqual([
      'cargo:src/lib.rs::tests::it_works[a]',
      'cargo:tests/it.rs::it_int[it]',
    ]);
    expect(passedFromConsole(CARGO_TWO_CRATES, 'cargo').map(testKey)).toEqual([
      'cargo:src/lib.rs::tests::it_works[b]',
      'cargo:tests/it.rs::it_int[it]',
    ]);
    const failed = failedFromConsole(CARGO_TWO_CRATES, 'cargo');
    expect([...sharedNames(CARGO_TWO_CRATES, 'cargo', failed)]).toEqual(['cargo:tests/it.rs::it_int[it]']);
  });

  it("a's broken test is not quarantined by what the history (an older one's bare key too) knows of b's flaky one", async () => {
    const known = new Set([
      'cargo:src/lib.rs::tests::it_works',
      'cargo:src/lib.rs::tests::it_works[b]',
      'cargo:tests/it.rs::it_int[it]',
    ]);
    const attempt = { exitCode: 101, output: CARGO_TWO_CRATES };
    const r = await phase('cargo test --workspace --no-fail-fast', [attempt, attempt, attempt], (k) =>
      known.has(k) ? FLAKY_ELSEWHERE : undefined,
    );
    expect(r.result.success).toBe(false);
    // a's own key is new to the history: re-run once; the integration test two crates share, shown failed (a's)
    // and passed (b's), is a twin (console-passed.ts twinNames): not re-run, red, never quarantined.
    expect(r.process.runs.map((x) => x.script)).toEqual([
      'cargo test --workspace --no-fail-fast',
      "cargo test --workspace --no-fail-fast -- --exact 'tests::it_works'",
    ]);
    expect(r.outputs).toMatchObject({
      'quarantined-tests': '',
      'failed-tests': 'cargo:src/lib.rs::tests::it_works[a]\ncargo:tests/it.rs::it_int[it]',
    });
    expect(r.log).toContain(
      'ci-recovery: cargo:tests/it.rs::it_int[it]: the output shows more than one test of this name (which one failed cannot be told): re-run by that name, any failure its own; never quarantined, and kept out of the flaky history',
    );
    expect(r.records.written[0]?.tests?.map((t) => [testKey(t.id), t.sharedName])).toEqual([
      ['cargo:src/lib.rs::tests::it_works[a]', undefined],
      ['cargo:tests/it.rs::it_int[it]', true],
    ]);
  });
});

describe("cargo: b's flakes never quarantine a's broken test of the same path", () => {
  it('the lib tests alone: a history that knows b flaky (under the bare key an older version wrote too) leaves a red', async () => {
    const libs = CARGO_TWO_CRATES.replace(
      / {5}Running tests\/it\.rs[^]*?(?= {5}Running unittests)/,
      '',
    ).replace(/ {5}Running tests\/it\.rs[^]*$/, '');
    const known = new Set(['cargo:src/lib.rs::tests::it_works', 'cargo:src/lib.rs::tests::it_works[b]']);
    const attempt = { exitCode: 101, output: libs };
    const r = await phase('cargo test --workspace', [attempt, attempt, attempt], (k) =>
      known.has(k) ? FLAKY_ELSEWHERE : undefined,
    );
    expect(r.result.success).toBe(false);
    expect(r.outputs['quarantined-tests']).toBe('');
    expect(failedFromConsole(libs, 'cargo').map(testKey)).toEqual(['cargo:src/lib.rs::tests::it_works[a]']);
    expect(r.outputs).toMatchObject({
      'quarantined-tests': '',
      'failed-tests': 'cargo:src/lib.rs::tests::it_works[a]',
    });
  });
});

describe("mocha's console names no file: a title two files share is two tests", () => {
  it('a broken test whose title a known-flaky test shares, shown passed too, is a twin: not re-run, never quarantined', async () => {
    const key = 'mocha:::suite works';
    expect([...sharedNames(MOCHA_TWO_FILES, 'mocha', failedFromConsole(MOCHA_TWO_FILES, 'mocha'))]).toEqual([
      key,
    ]);
    const attempt = { exitCode: 1, output: MOCHA_TWO_FILES };
    const r = await phase('npx mocha test/a.spec.js test/b.spec.js', [attempt, attempt, attempt], (k) =>
      k === key ? FLAKY_ELSEWHERE : undefined,
    );
    expect(r.result.success).toBe(false);
    // The step shows the title failed (a's) and passed (b's): a twin (console-passed.ts twinNames), not re-run.
    expect(r.process.runs.map((x) => x.script)).toEqual(['npx mocha test/a.spec.js test/b.spec.js']);
    expect(r.outputs).toMatchObject({ 'failed-tests': key, 'quarantined-tests': '' });
    expect(r.records.written[0]?.tests).toEqual([
      {
        id: { runner: 'mocha', suite: '', name: 'suite works' },
        outcome: 'failed',
        retries: 0,
        notRerun: TWIN_WHY,
        sharedName: true,
      },
    ]);
  });

  it("the team's quarantine list by that title does not quarantine it either", async () => {
    const key = 'mocha:::suite works';
    const listed: Config = { ...DEFAULT_CONFIG, tests: { ...DEFAULT_CONFIG.tests, quarantined: [key] } };
    const attempt = { exitCode: 1, output: MOCHA_TWO_FILES };
    const r = await phase(
      'npx mocha test/a.spec.js test/b.spec.js',
      [attempt, attempt],
      () => undefined,
      listed,
    );
    expect(r.result.success).toBe(false);
    expect(r.outputs).toMatchObject({ 'quarantined-tests': '', 'failed-tests': key });
  });

  it("a title in one file only: the team's list quarantines it; its history does not (another job's test may share the title)", async () => {
    const key = 'mocha:::suite works';
    const one = MOCHA_TWO_FILES.replace('\n  suite\n    ✔ works\n', '').replace('1 passing', '0 passing');
    const attempt = { exitCode: 1, output: one };
    const byHistory = await phase('npx mocha test/a.spec.js', [attempt, attempt, attempt], (k) =>
      k === key ? FLAKY_ELSEWHERE : undefined,
    );
    expect(byHistory.result.success).toBe(false);
    expect(byHistory.outputs).toMatchObject({ 'quarantined-tests': '', 'failed-tests': key });
    // Its history's flakes buy no retry either: one re-run, as a test the history does not know gets.
    expect(byHistory.process.runs).toHaveLength(2);
    const listed: Config = { ...DEFAULT_CONFIG, tests: { ...DEFAULT_CONFIG.tests, quarantined: [key] } };
    const byList = await phase('npx mocha test/a.spec.js', [attempt, attempt], () => undefined, listed);
    expect(byList.result.success).toBe(true);
    expect(byList.outputs).toMatchObject({ 'quarantined-tests': key });
  });
});

describe("a title key's history is learnt, and buys no retry (test-identity.ts titleKeyed)", () => {
  const title = { runner: 'mocha' as const, suite: '', name: 'suite works' };
  const filed = { runner: 'mocha' as const, suite: 'test/a.spec.js', name: 'suite works' };
  const view: TestHistoryView = () => FLAKY_ELSEWHERE;
  const settings = { retries: 3, maxFailed: 10, failOnPassedAfterRetry: false };

  it('known flaky by its title: one re-run, as an unknown test; by a key that names its file: every retry', () => {
    expect(planRetries([title], settings, new Set(), view).rerun).toEqual([{ id: title, retries: 1 }]);
    expect(planRetries([filed], settings, new Set(), view).rerun).toEqual([{ id: filed, retries: 3 }]);
  });

  it('over tests.max-failures a known-flaky test is still re-run; a title key counts as unknown and is not', () => {
    const capped = { ...settings, maxFailed: 0 };
    expect(planRetries([title], capped, new Set(), view)).toMatchObject({
      rerun: [],
      kept: [{ id: title, changed: false }],
    });
    expect(planRetries([filed], capped, new Set(), view).rerun).toEqual([{ id: filed, retries: 3 }]);
  });
});

describe('a shared-name outcome stays out of the flaky history', () => {
  const shared: TestOutcome = {
    id: { runner: 'cargo', suite: 'tests/it.rs', name: 'it_int', params: 'it' },
    outcome: 'failed',
    retries: 0,
    sharedName: true,
  };
  it('is read back from a step record with its mark, never recorded, and never makes a job retried as known-flaky', () => {
    const [read] = testOutcomesOf(JSON.parse(JSON.stringify([shared])));
    expect(read).toEqual(shared);
    const { sharedName: _mark, ...plain } = shared;
    const known: TestOutcome = { ...plain, id: { ...shared.id, name: 'other' } };
    const h = recordTestOutcomes(
      { ...emptyTestHistory('main'), tests: [{ key: testKey(shared.id), observations: [] }] },
      [read!, known],
      { sha: 'a'.repeat(40), runId: 1, attempt: 1, at: '2026-12-02T00:00:00Z' },
      (o) => testKey(o.id),
    );
    expect(h.tests.find((t) => t.key === testKey(shared.id))?.observations ?? []).toEqual([]);
    expect(h.tests.find((t) => t.key === testKey(known.id))?.observations).toHaveLength(1);
    const view = (): typeof FLAKY_ELSEWHERE => FLAKY_ELSEWHERE;
    expect(onlyKnownFlaky([read!], view)).toBeUndefined();
    expect(onlyKnownFlaky([plain], view)).toEqual([testKey(shared.id)]);
  });
});

describe('review r41: what the output cannot show is shared too', () => {
  const intKey = 'cargo:tests/it.rs::it_int[it]';
  /** `cargo test --workspace` (fail-fast): a's tests/it.rs fails and b's binaries never run. */
  const FAIL_FAST = CARGO_TWO_CRATES.replace(
    / {5}Running unittests src\/lib\.rs \(target\/debug\/deps\/a-[^]*?(?= {5}Running tests)/,
    '',
  ).replace(/(error: test failed, to rerun pass `-p a --test it`\n)[^]*$/, '$1');

  it("cargo fail-fast: a's broken integration test, shown once, is not quarantined by b's flakes of its key", async () => {
    expect(failedFromConsole(FAIL_FAST, 'cargo').map(testKey)).toEqual([intKey]);
    expect(passedFromConsole(FAIL_FAST, 'cargo')).toEqual([]);
    expect([...sharedNames(FAIL_FAST, 'cargo', failedFromConsole(FAIL_FAST, 'cargo'))]).toEqual([intKey]);
    const attempt = { exitCode: 101, output: FAIL_FAST };
    const r = await phase('cargo test --workspace', [attempt, attempt, attempt], (k) =>
      k === intKey ? FLAKY_ELSEWHERE : undefined,
    );
    expect(r.result.success).toBe(false);
    expect(r.outputs).toMatchObject({ 'quarantined-tests': '', 'failed-tests': intKey });
    expect(r.records.written[0]?.tests?.map((t) => t.sharedName)).toEqual([true]);
  });

  it("a crate's own unit tests (binary named after the crate) are not shared; a src/bin/x.rs target's are", () => {
    const unit = failedFromConsole(CARGO_TWO_CRATES, 'cargo').filter((t) => t.suite === 'src/lib.rs');
    expect([...sharedNames(CARGO_TWO_CRATES, 'cargo', unit)]).toEqual([]);
    const bin = `     Running unittests src/bin/my-tool.rs (target/debug/deps/my_tool-3110576fc3c3c96d)\n\nrunning 1 test\ntest t ... FAILED\n`;
    expect([...sharedNames(bin, 'cargo', failedFromConsole(bin, 'cargo'))]).toEqual([
      'cargo:src/bin/my-tool.rs::t[my_tool]',
    ]);
  });

  it("cargo's binary: a path with spaces, and Windows' with its .exe", () => {
    expect(
      cargoTarget('     Running unittests src/lib.rs (/home/u/my proj/target/debug/deps/a-3110576fc3c3c96d)'),
    ).toEqual({ suite: 'src/lib.rs', params: 'a' });
    expect(
      cargoTarget('     Running unittests src\\lib.rs (target\\debug\\deps\\a-3110576fc3c3c96d.exe)'),
    ).toEqual({ suite: 'src\\lib.rs', params: 'a' });
  });

  it("a tests.quarantined entry written without the cargo key's [target] is said to no longer apply", async () => {
    const libs = CARGO_TWO_CRATES.replace(
      / {5}Running tests\/it\.rs[^]*?(?= {5}Running unittests)/,
      '',
    ).replace(/ {5}Running tests\/it\.rs[^]*$/, '');
    const listed: Config = {
      ...DEFAULT_CONFIG,
      tests: { ...DEFAULT_CONFIG.tests, quarantined: ['cargo:src/lib.rs::tests::it_works'] },
    };
    const attempt = { exitCode: 101, output: libs };
    const r = await phase('cargo test --workspace', [attempt, attempt, attempt], () => undefined, listed);
    expect(r.result.success).toBe(false);
    expect(r.log).toContain(
      "ci-recovery: tests.quarantined entry 'cargo:src/lib.rs::tests::it_works' no longer applies: a cargo test's key names its test binary; write it as 'cargo:src/lib.rs::tests::it_works[a]'",
    );
  });

  /** `npx mocha --reporter dot test/a.spec.js test/b.spec.js` (mocha 12): no pass is printed. */
  const MOCHA_DOT = `

  !.

  1 passing (7ms)
  1 failing

  1) suite
       works:
     Error: broken
      at Context.<anonymous> (test/a.spec.js:1:53)
`;

  it("mocha's dot reporter shows no passes: its failures' titles may be another file's too, never quarantined", async () => {
    const key = 'mocha:::suite works';
    expect([...sharedNames(MOCHA_DOT, 'mocha', failedFromConsole(MOCHA_DOT, 'mocha'))]).toEqual([key]);
    // A spec tree that shows the title once is one test.
    const one = MOCHA_TWO_FILES.replace('\n  suite\n    ✔ works\n', '').replace('1 passing', '0 passing');
    expect([...sharedNames(one, 'mocha', failedFromConsole(one, 'mocha'))]).toEqual([]);
    const listed: Config = { ...QUARANTINE, tests: { ...QUARANTINE.tests, quarantined: [key] } };
    const attempt = { exitCode: 1, output: MOCHA_DOT };
    const r = await phase(
      'npx mocha --reporter dot test/a.spec.js test/b.spec.js',
      [attempt, attempt, attempt],
      () => undefined,
      listed,
    );
    expect(r.result.success).toBe(false);
    expect(r.outputs).toMatchObject({ 'quarantined-tests': '', 'failed-tests': key });
  });

  it("mocha --bail: the step's tree shows the title once, its re-run's (spec, both files) twice: shared", async () => {
    const key = 'mocha:::suite works';
    const bailed = `

  suite
    1) works


  0 passing (7ms)
  1 failing

  1) suite
       works:
     Error: broken for good
      at Context.<anonymous> (test/a.spec.js:1:53)
`;
    expect([...sharedNames(bailed, 'mocha', failedFromConsole(bailed, 'mocha'))]).toEqual([]);
    const listed: Config = { ...QUARANTINE, tests: { ...QUARANTINE.tests, quarantined: [key] } };
    const rerun = { exitCode: 1, output: MOCHA_TWO_FILES };
    const r = await phase(
      'npx mocha --bail test/a.spec.js test/b.spec.js',
      [{ exitCode: 1, output: bailed }, rerun, rerun],
      () => undefined,
      listed,
    );
    expect(r.result.success).toBe(false);
    expect(r.outputs).toMatchObject({ 'quarantined-tests': '', 'failed-tests': key });
    expect(r.records.written[0]?.tests?.map((t) => t.sharedName)).toEqual([true]);
  });

  it("a mocha report that names no file, one title failed on two cases: shared, the team's list does not quarantine it", async () => {
    const key = 'mocha:::suite works';
    // mocha-junit-reporter's default form without a file (mocha's own xunit names each case's: two keys).
    const xml = `<testsuites name="Mocha Tests"><testsuite name="suite"><testcase name="suite works" classname="works"><failure/></testcase></testsuite><testsuite name="suite"><testcase name="suite works" classname="works"><failure/></testcase></testsuite></testsuites>`;
    const listed: Config = { ...QUARANTINE, tests: { ...QUARANTINE.tests, quarantined: [key] } };
    // The re-run by the title (spec): a's still fails, b's passes.
    const r = await phase(
      'npx mocha --reporter mocha-junit-reporter test/a.spec.js test/b.spec.js',
      [
        { exitCode: 1, output: '' },
        { exitCode: 1, output: MOCHA_TWO_FILES },
        { exitCode: 1, output: MOCHA_TWO_FILES },
      ],
      () => undefined,
      listed,
      [{ path: 'x.xml', text: xml }],
    );
    expect(r.result.success).toBe(false);
    expect(r.outputs).toMatchObject({ 'quarantined-tests': '', 'failed-tests': key });
    expect(r.records.written[0]?.tests?.map((t) => t.sharedName)).toEqual([true]);
  });

  it('early flake detection: a key a repeat showed for two tests is marked shared (kept out of the history)', () => {
    const id = { runner: 'mocha' as const, suite: '', name: 'suite works' };
    const flakes = [{ id, failedRuns: 1, passedRuns: 2 }];
    expect(withArrivals([], flakes, 3, new Set([testKey(id)]))).toEqual([
      { id, outcome: 'flaky', retries: 3, changed: true, arrival: true, sharedName: true },
    ]);
    expect(withArrivals([], flakes, 3)[0]?.sharedName).toBeUndefined();
  });
});

describe('review r41, second pass: integration targets not named after their file, and a tree the counts deny', () => {
  /** Real cargo 1.95 output (fail-fast): `tests/integration/main.rs` (binary `integration`), `[[test]] name = "x"
   * path = "tests/y.rs"` (binary `x`). Neither binary is named after its file; both may be another crate's too. */
  const target = (running: string): string =>
    `     Running ${running}\n\nrunning 1 test\ntest t ... FAILED\n\nfailures:\n\nfailures:\n    t\n\ntest result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s\n`;

  it("every cargo target but a crate's own unit tests is shared", () => {
    for (const running of [
      'tests/integration/main.rs (target/debug/deps/integration-35a25897a1e1022b)',
      'tests/y.rs (target/debug/deps/x-9fbc9b6750e89804)',
      'unittests src/cli.rs (target/debug/deps/tool-9fbc9b6750e89804)',
      'target/debug/deps/it-9fbc9b6750e89804',
    ]) {
      const out = target(running);
      const failed = failedFromConsole(out, 'cargo');
      expect(failed).toHaveLength(1);
      expect([...sharedNames(out, 'cargo', failed)]).toEqual(failed.map(testKey));
    }
    for (const running of [
      'unittests src/lib.rs (target/debug/deps/a-3110576fc3c3c96d)',
      'unittests src/main.rs (target/debug/deps/app-3110576fc3c3c96d)',
    ]) {
      const out = target(running);
      expect([...sharedNames(out, 'cargo', failedFromConsole(out, 'cargo'))]).toEqual([]);
    }
  });

  /** Real mocha 12 output, a's `suite works` broken, b's passing: a test's own console.log printing a line of
   * the tree's shape (`  1) retrying connect`, dot; `  - step one`, min) is not a tree the counts agree with. */
  const DOT_WITH_LOG = `
  1) retrying connect

  .!x
..

  3 passing (6ms)
  1 failing

  1) suite
       works:
     Error: broken a
      at Context.<anonymous> (a.spec.js:1:53)
`;
  const MIN_WITH_LOG = `
  - step one

  2 passing (5ms)
  1 failing

  1) suite
       works:
     Error: broken a
      at Context.<anonymous> (a.spec.js:1:53)
`;
  /** mocha 7's spec marks a pass `✓`: its tree whole, the title shows twice (tests-mocha-old-spec.test.ts). */
  const OLD_SPEC = `

  suite
    1) works
    ✓ other

  suite
    ✓ works


  2 passing (9ms)
  1 failing

  1) suite
       works:
     Error: broken a
      at Context.<anonymous> (a.spec.js:1:53)
`;

  it("a tree-shaped line from a test's own output, or mocha 7's ✓ tree of two files, does not make the title one test", () => {
    for (const out of [DOT_WITH_LOG, MIN_WITH_LOG, OLD_SPEC]) {
      const failed = failedFromConsole(out, 'mocha');
      expect(failed.map(testKey)).toEqual(['mocha:::suite works']);
      expect([...sharedNames(out, 'mocha', failed)]).toEqual(['mocha:::suite works']);
    }
    // The spec tree whose passes and failures are what its counts say is read as it shows.
    const whole = OLD_SPEC.replace(/✓/g, '✔')
      .replace('\n  suite\n    ✔ works\n', '')
      .replace('2 passing', '1 passing');
    expect([...sharedNames(whole, 'mocha', failedFromConsole(whole, 'mocha'))]).toEqual([]);
  });
});

describe('review r41, third pass: two crates that name their libs alike', () => {
  /** Real cargo 1.95, `cargo test --workspace` (fail-fast): crates a and b, each `[lib] name = "common"`, a's
   * `tests::it_works` broken; cargo warns of nothing, and its rerun line names the package, not the lib. */
  const SAME_LIB = `     Running unittests src/lib.rs (target/debug/deps/common-25eedba8be82e9b6)

running 1 test
test tests::it_works ... FAILED

failures:

failures:
    tests::it_works

test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s

error: test failed, to rerun pass \`-p a --lib\`
`;

  it("a unit target whose binary is not the failed package's is shared; the package's own is not", () => {
    const failed = failedFromConsole(SAME_LIB, 'cargo');
    expect(failed.map(testKey)).toEqual(['cargo:src/lib.rs::tests::it_works[common]']);
    expect([...sharedNames(SAME_LIB, 'cargo', failed)]).toEqual(failed.map(testKey));
    const own = SAME_LIB.replace('common-25eedba8be82e9b6', 'a-25eedba8be82e9b6');
    expect([...sharedNames(own, 'cargo', failedFromConsole(own, 'cargo'))]).toEqual([]);
    // A single crate's rerun line names no package.
    const single = own.replace('`-p a --lib`', '`--lib`');
    expect([...sharedNames(single, 'cargo', failedFromConsole(single, 'cargo'))]).toEqual([]);
  });

  it("Windows' cargo names the file with backslashes: matched to the changed file all the same", () => {
    const unit = { runner: 'cargo' as const, suite: 'src\\lib.rs', params: 'a', name: 'tests::it_works' };
    expect(inChangedFile(unit, new Set(['crates/a/src/lib.rs']))).toBe(true);
  });
});
