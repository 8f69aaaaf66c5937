/**
 * mocha 8 and older mark a pass `✓` in the spec reporter (mochajs/mocha v7.2.0, commit 2aab607c,
 * lib/reporters/base.js `exports.symbols = { ok: '✓', ... }`, `'\u221A'` on win32; v8.4.0, 5064c282, the same;
 * mocha 9 took log-symbols' `✔`). Read only as `✔`, mocha 7's tree was never whole: every failure of it was
 * shared (never quarantined, never learnt) and a re-run's pass was not seen (not re-run, red). A `✓` pass is
 * read now where the tree's counts check (its passes and failures are its `N passing`/`N failing`) and no pass
 * shows mocha 9's `✔`, so a test's own `✓` line alone does not make one (a test that prints a whole tree and its
 * counts, then exits 0, still can, as it can mocha 9's `✔` tree). The outputs below are what v7.2.0's
 * lib/reporters/spec.js and `Base.prototype.epilogue` print: `indent() + '  ✓ ' + title`, `'  %d) %s'`,
 * ` %d passing (%s)`, `  %d failing`, then `Base.list`.
 */
import { DEFAULT_CONFIG, type Config } from '../../src/core/config-defaults.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import { testKey, type TestHistoryView } from '../../src/core/test-identity.js';
import { runPhase } from '../../src/phases/run.js';
import { FakeClock } from '../../src/ports/clock.js';
import { RecordingProcess, type ScriptedRun } from '../../src/ports/process.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { RecordingStageCheckpoint } from '../../src/ports/stage-checkpoint.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { failedFromConsole, passedFromConsole, sharedNames } from '../../src/test-recovery/index.js';
import { MemoryTestFiles } from '../../src/test-recovery/ports/tests.js';
import { runSettings } from '../run-settings.js';

/** mocha 7.2's spec: `test/a.spec.js` (suite > works, broken; suite > adds) and `test/b.spec.js` (cart > totals). */
const MOCHA7 = `

  suite
    1) works
    ✓ adds

  cart
    ✓ totals


  2 passing (9ms)
  1 failing

  1) suite
       works:
     Error: broken for good
      at Context.<anonymous> (test/a.spec.js:1:53)

`;

/** Its re-run (`--reporter spec --grep '^(suite works)$'`) where the flake passed. */
const MOCHA7_RERUN_PASSED = `

  suite
    ✓ works


  1 passing (4ms)

`;

/** Its re-run where it failed again. */
const MOCHA7_RERUN_FAILED = `

  suite
    1) works


  0 passing (4ms)
  1 failing

  1) suite
       works:
     Error: broken for good
      at Context.<anonymous> (test/a.spec.js:1:53)

`;

describe("mocha 7's spec tree, its passes marked ✓", () => {
  it('is whole: the failure is one test (not shared), and the passes are read', () => {
    const failed = failedFromConsole(MOCHA7, 'mocha');
    expect(failed.map(testKey)).toEqual(['mocha:::suite works']);
    expect([...sharedNames(MOCHA7, 'mocha', failed)]).toEqual([]);
    expect(passedFromConsole(MOCHA7, 'mocha').map(testKey)).toEqual([
      'mocha:::suite adds',
      'mocha:::cart totals',
    ]);
    expect(passedFromConsole(MOCHA7_RERUN_PASSED, 'mocha').map(testKey)).toEqual(['mocha:::suite works']);
  });

  it('on Windows (√) too', () => {
    const win = MOCHA7.replace(/✓/g, '√');
    expect([...sharedNames(win, 'mocha', failedFromConsole(win, 'mocha'))]).toEqual([]);
  });

  it('a title two files share still shows twice: shared', () => {
    const two = MOCHA7.replace('✓ totals', '✓ works').replace('  cart\n', '  suite\n');
    expect([...sharedNames(two, 'mocha', failedFromConsole(two, 'mocha'))]).toEqual(['mocha:::suite works']);
  });

  it("a test's own ✓ line does not pass for a test: the counts deny it, or the other version's mark does", () => {
    // mocha 7: a test printed a pass line of a title: one pass more than `2 passing`.
    const printed = MOCHA7.replace('    ✓ adds\n', '    ✓ adds\n    ✓ works\n');
    expect([...sharedNames(printed, 'mocha', failedFromConsole(printed, 'mocha'))]).toEqual([
      'mocha:::suite works',
    ]);
    expect(passedFromConsole(printed, 'mocha').map(testKey)).not.toContain('mocha:::suite works');
    // mocha 12 (✔): a test printed `✓ works`, which with ✔'s pass not counted would make the ✓ counts check.
    const spoof = `

  suite
    ✓ works
    ✔ adds


  1 passing (9ms)

`;
    expect(passedFromConsole(spoof, 'mocha').map(testKey)).toEqual(['mocha:::suite adds']);
    // And mocha 7's tree with a test's `✔` line is no tree.
    const mixed = MOCHA7.replace('    ✓ adds\n', '    ✓ adds\n    ✔ other\n').replace(
      '2 passing',
      '3 passing',
    );
    expect([...sharedNames(mixed, 'mocha', failedFromConsole(mixed, 'mocha'))]).toEqual([
      'mocha:::suite works',
    ]);
  });

  it("mocha 12 (✔): a test's printed `✓` line does not unmake the tree: its failure is one test's, not shared", () => {
    // Real mocha 12.0.3 output of a spec whose first test prints `  ✓ config valid` and whose second fails.
    expect([
      ...sharedNames(MOCHA12_PRINTS_CHECK, 'mocha', failedFromConsole(MOCHA12_PRINTS_CHECK, 'mocha')),
    ]).toEqual([]);
    expect(failedFromConsole(MOCHA12_PRINTS_CHECK, 'mocha').map(testKey)).toEqual(['mocha:::cli flaky one']);
  });
});

/** mocha 12.0.3, `npx mocha t.spec.cjs`: `it('prints checks', () => console.log('  ✓ config valid'))`, then a failure. */
const MOCHA12_PRINTS_CHECK = `

  cli
  ✓ config valid
    ✔ prints checks
    1) flaky one


  1 passing (5ms)
  1 failing

  1) cli
       flaky one:
     Error: boom
      at Context.<anonymous> (t.spec.cjs:3:62)
      at process.processImmediate (node:internal/timers:483:21)



`;

const FLAKY_ON_MAIN = {
  flaky: true,
  broken: false,
  flips: 4,
  flakes: 2,
  baseFlakes: 2,
  quarantinable: true as const,
};

async function phase(outcomes: ScriptedRun[], history: TestHistoryView, config: Config) {
  const runner = new RecordingRunner();
  const process = new RecordingProcess(outcomes);
  const records = new RecordingRecords();
  const job = parseJobEnv({ GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/rt' }, { cwd: '/', tmpdir: '/tmp' });
  const tests = { report: '', rerunCommand: '', retries: 2, maxFailed: 10, failOnPassedAfterRetry: false };
  const result = await runPhase(
    runSettings({ run: 'npx mocha test/a.spec.js test/b.spec.js', stage: 'tests', tests }),
    job,
    { lane: 'STANDARD', branchKind: 'pr', config, windows: false },
    {
      runner,
      process,
      checkpoint: new RecordingStageCheckpoint(),
      records,
      classify: () => ({ type: 'test', confidence: 'high', retryable: false, rule: 'stub:test' }),
      clock: new FakeClock(),
      tests: new MemoryTestFiles([[]], [], history),
    },
  );
  return { result, records, outputs: Object.fromEntries(runner.outputs) };
}

describe('run/ on mocha 7', () => {
  const known = (k: string) => (k === 'mocha:::suite works' ? FLAKY_ON_MAIN : undefined);

  it('the flake is re-run, passes on ✓, and is learnt (not shared)', async () => {
    const config = DEFAULT_CONFIG;
    const r = await phase(
      [
        { exitCode: 1, output: MOCHA7 },
        { exitCode: 0, output: MOCHA7_RERUN_PASSED },
      ],
      known,
      config,
    );
    expect(r.result.success).toBe(true);
    expect(r.outputs).toMatchObject({ 'flaky-tests': 'mocha:::suite works', 'failed-tests': '' });
    expect(r.records.written[0]?.tests?.map((t) => [testKey(t.id), t.outcome, t.sharedName])).toEqual([
      ['mocha:::suite works', 'flaky', undefined],
    ]);
  });

  it("with quarantine on, a title the default branch saw flake twice is not quarantined (a title key is the branch's: another job's test may share it): its failure stands", async () => {
    const config = { ...DEFAULT_CONFIG, tests: { ...DEFAULT_CONFIG.tests, quarantine: true } };
    const failedAgain = { exitCode: 1, output: MOCHA7_RERUN_FAILED };
    const r = await phase(
      [{ exitCode: 1, output: MOCHA7 }, failedAgain, failedAgain, failedAgain],
      known,
      config,
    );
    expect(r.outputs).toMatchObject({ 'quarantined-tests': '', 'failed-tests': 'mocha:::suite works' });
    expect(r.result.success).toBe(false);
  });
});
