/**
 * A runner that stopped at a failure left tests unrun: the step then runs whole once after its failed tests
 * passed alone (test-recovery/core/stopped.ts, step-run.ts). On the lines the runners print (jest 29.7,
 * vitest 3.2.7, pytest 9, cargo 1.95, go 1.19, measured) and the options that stop them. Pure.
 */
import { planStepRun } from '../../src/test-recovery/core/step-run.js';
import { parseChain } from '../../src/test-recovery/core/step-script.js';
import { endedEarly, type ConfigTexts } from '../../src/test-recovery/core/stopped.js';
import { runnerDirectory, stopConfigFiles } from '../../src/test-recovery/core/stop-config.js';

const after = (command: string, runner: Parameters<typeof planStepRun>[3], output: string) =>
  planStepRun(command, true, {}, runner, output).after;

describe('a runner that stopped at a failure: the step runs whole once', () => {
  it('vitest under bail: fewer files with a state than its total (colour codes as on a terminal)', () => {
    expect(
      after(
        'npx vitest run',
        'vitest',
        ' \u001b[2m Test Files \u001b[22m \u001b[1m\u001b[31m1 failed\u001b[39m\u001b[22m\u001b[90m (4)\u001b[39m\n',
      ),
    ).toEqual({
      kind: 'whole',
      why: 'vitest stopped before all its test files ran (bail), so the files after it did not run',
    });
    expect(after('npx vitest run', 'vitest', ' Test Files  1 failed | 2 passed (4)\n').kind).toBe('whole');
    // Every file ran: its own re-runs stand for the step.
    expect(after('npx vitest run', 'vitest', ' Test Files  1 failed | 3 passed (4)\n').kind).toBe('nothing');
    expect(after('npx vitest run', 'vitest', ' Test Files  1 failed | 1 skipped | 2 passed (4)\n').kind).toBe(
      'nothing',
    );
  });

  it('vitest whose reporters print no summary (junit alone): a bail on its command or in its config stops it unseen', () => {
    const why = (
      command: string,
      configs: ConfigTexts = {},
      output = 'JUNIT report written to junit.xml\n',
    ) => planStepRun(command, true, {}, 'vitest', output, configs).after;
    expect(why('npx vitest run --bail=1 --reporter=junit')).toEqual({
      kind: 'whole',
      why: 'vitest --bail stops at a failure and its reporters print no summary of what it skipped, so the tests after it did not run',
    });
    expect(why('npx vitest run --bail 2 --reporter=junit').kind).toBe('whole');
    expect(why('npx vitest run --bail=0 --no-config --reporter=junit').kind).toBe('nothing');
    // With a summary, the summary tells: every test has a state here.
    expect(
      why('npx vitest run --bail=1', {}, ' Test Files  1 failed (1)\n      Tests  1 failed | 1 passed (2)\n')
        .kind,
    ).toBe('nothing');
    // Without one, a config vitest loads may set bail (found upward from --root, importing a `#` subpath or a
    // package: the review's two, green on the branch's config reading): the whole step, unless --no-config.
    expect(why('npx vitest run --reporter=junit')).toEqual({
      kind: 'whole',
      why: "vitest's reporters print no summary of what it skipped, and a config it loads may set bail, so the tests after it did not run",
    });
    expect(why('npx vitest run --root sub --reporter=junit').kind).toBe('whole');
    expect(why('npx vitest run --bail=0 --reporter=junit').kind).toBe('whole');
    expect(why('npx vitest run --no-config --reporter=junit').kind).toBe('nothing');
  });

  it('vitest under bail: fewer tests with a state than its total, though every file has one', () => {
    // --bail=1 with the broken test after the failed one in its file: `broken` never ran (vitest 3.2.7).
    expect(
      after('npx vitest run --bail=1', 'vitest', ' Test Files  1 failed (1)\n      Tests  1 failed (2)\n'),
    ).toEqual({
      kind: 'whole',
      why: 'vitest stopped before all its tests ran (bail), so the tests after it did not run',
    });
    // A test a failed beforeAll skipped counts as skipped; a todo as todo: every test has its state.
    expect(
      after(
        'npx vitest run',
        'vitest',
        ' Test Files  2 failed (2)\n      Tests  1 failed | 1 passed | 1 skipped | 1 todo (4)\n',
      ).kind,
    ).toBe('nothing');
    // The review: vitest 4.1 counts a `test.fails` test on its own (`expected fail`), no longer as passed.
    expect(
      after(
        'npx vitest run',
        'vitest',
        ' Test Files  1 failed (1)\n      Tests  1 failed | 1 passed | 1 expected fail (3)\n',
      ).kind,
    ).toBe('nothing');
  });

  it('jest: `N of M total` only when files did not run', () => {
    expect(after('npx jest --ci', 'jest', 'Test Suites: 1 failed, 1 of 4 total\n').kind).toBe('whole');
    expect(after('npx jest --ci', 'jest', 'Test Suites: 1 failed, 3 passed, 4 total\n').kind).toBe('nothing');
  });

  it('cargo test without --no-fail-fast, once a target failed; a doc test (the last) is no stop', () => {
    const failed =
      'test tests::flaky ... FAILED\n\ntest result: FAILED. 0 passed; 1 failed\n\nerror: test failed, to rerun pass `--lib`\n';
    expect(after('cargo test -p core', 'cargo', failed)).toEqual({
      kind: 'whole',
      why: 'cargo test stops at the first test target that fails (no --no-fail-fast), so the targets after it did not run',
    });
    expect(after('cargo test -p core --no-fail-fast', 'cargo', failed).kind).toBe('nothing');
    // libtest's own arguments after `--` are not cargo's.
    expect(after('cargo test -- --no-fail-fast', 'cargo', failed).kind).toBe('whole');
    expect(after('cargo test', 'cargo', 'error: doctest failed, to rerun pass `--doc`\n').kind).toBe(
      'nothing',
    );
  });

  it('go: a panic, or -failfast', () => {
    const panicked =
      '--- FAIL: TestA (0.00s)\npanic: assignment to entry in nil map [recovered]\n\tpanic: assignment to entry in nil map\n\ngoroutine 5 [running]:\ntesting.tRunner.func1.2({0x508ec0, 0x551d30})\nFAIL\tx\t0.02s\n';
    expect(after('go test ./...', 'go', panicked).kind).toBe('whole');
    // testing's M.Run prints a bare FAIL once its tests ran, then cmd/go the package's line.
    expect(after('go test ./...', 'go', '--- FAIL: TestA (0.00s)\nFAIL\nFAIL\tx\t0.02s\n').kind).toBe(
      'nothing',
    );
    expect(after('go test -failfast ./...', 'go', '--- FAIL: TestA (0.00s)\n').kind).toBe('whole');
    // The flag package's other spellings of true, and the test binary's own flag.
    for (const flag of ['-failfast=1', '-failfast=t', '--failfast=TRUE', '-test.failfast'])
      expect(after(`go test ${flag} ./...`, 'go', '--- FAIL: TestA (0.00s)\n').kind).toBe('whole');
    expect(after('go test -failfast=false ./...', 'go', '--- FAIL: TestA (0.00s)\n').kind).toBe('nothing');
  });

  it('pytest at its failure limit (-x, --maxfail, or addopts: the output says it)', () => {
    const stopped =
      'FAILED t.py::a - assert 0\n!!!!!!!!!!!!! stopping after 1 failures !!!!!!!!!!!!!\n1 failed in 0.3s\n';
    expect(after('python3 -m pytest -q tests', 'pytest', stopped).kind).toBe('whole');
    expect(
      after('python3 -m pytest -q tests', 'pytest', 'FAILED t.py::a - assert 0\n1 failed in 0.3s\n').kind,
    ).toBe('nothing');
  });

  it('pytest that ended its session early: --sw, pytest.exit(), a KeyboardInterrupt (its `!` bordered line)', () => {
    const ended = (line: string) => `FAILED t.py::a - assert 0\n${line}\n1 failed in 0.3s\n`;
    for (const line of [
      '!!!!!!!! Interrupted: Test failed, continuing from this test next run. !!!!!!!!!',
      '!!!!!!!!!!!!!!!! _pytest.outcomes.Exit: the database is not up !!!!!!!!!!!!!!!!!',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! KeyboardInterrupt !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    ])
      expect(after('python3 -m pytest -q tests', 'pytest', ended(line)).kind).toBe('whole');
    expect(after('python3 -m pytest -q tests', 'pytest', ended('E   assert 1 == 2')).kind).toBe('nothing');
    // pytest.exit() with a newline in its message: the closing border goes to the message's last line.
    const split =
      'FAILED t.py::a - assert 0\n!!!!!!!! _pytest.outcomes.Exit: db down\nsecond line !!!!!!!!\n';
    expect(after('python3 -m pytest -q tests', 'pytest', split).kind).toBe('whole');
    // A test's own banner, echoed under "Captured stdout call", is no interruption (review).
    const banner =
      '----- Captured stdout call -----\n!!!!!!!!!! connecting to db !!!!!!!!!!\nFAILED t.py::a - assert 0\n1 failed in 0.3s\n';
    expect(after('python3 -m pytest -q tests', 'pytest', banner).kind).toBe('nothing');
  });

  it('jest killed before its summary; a go test binary a later test ended (os.Exit, log.Fatal)', () => {
    const head = 'FAIL ./a.test.js\n  ● flaky\n';
    expect(after('npx jest --ci', 'jest', `${head}Killed\n`)).toEqual({
      kind: 'whole',
      why: 'jest ended before its summary (killed or crashed), so the tests after it did not run',
    });
    // A summary before a later file's head (two runs of jest, the second killed) does not close it.
    const twice = `${head}Tests:       1 failed, 1 total\nPASS ./b.test.js\n`;
    expect(after('npx jest --ci', 'jest', twice).kind).toBe('whole');
    expect(after('npx jest --ci', 'jest', `${head}Tests:       1 failed, 1 total\n`).kind).toBe('nothing');
    // go 1.19: TestB's log.Fatal ended the binary before its bare FAIL; the package after it finished.
    const cut =
      '--- FAIL: TestA (0.00s)\n=== RUN   TestB\nFAIL\tx\t0.03s\n=== RUN   TestS\nPASS\nok  \tx/sub\t0.02s\nFAIL\n';
    expect(after('go test -v ./...', 'go', cut)).toEqual({
      kind: 'whole',
      why: "a go test binary ended before its tests did (a test's os.Exit or log.Fatal, a signal), so the tests after it did not run",
    });
    expect(after('go test ./...', 'go', '--- FAIL: TestA (0.00s)\nFAIL\nFAIL\tx\t0.03s\nFAIL\n').kind).toBe(
      'nothing',
    );
    // A later test's last print with no newline: M.Run's FAIL ends that line (real go 1.19, review).
    expect(
      after('go test ./...', 'go', '--- FAIL: TestB (0.00s)\nprogress...FAIL\nFAIL\tx\t0.017s\nFAIL\n').kind,
    ).toBe('nothing');
    // gotestsum --format testname: its per-test `FAIL pkg.TestB (0.00s)` is no package result (review).
    const testname =
      'PASS pkg/a.TestA (0.00s)\n=== RUN   TestB\n    b_test.go:5: flaky\n--- FAIL: TestB (0.00s)\nFAIL pkg/a.TestB (0.00s)\nFAIL pkg/a\n';
    expect(endedEarly('go', testname)).toBeUndefined();
  });

  it('maven: a module the reactor skipped after the failed one', () => {
    const summary = '[INFO] parent ...... SUCCESS [  0.009 s]\n[INFO] a ...... FAILURE [  6.864 s]\n';
    expect(
      after('mvn -B test', 'maven', `${summary}[INFO] b ...... SKIPPED\n[INFO] BUILD FAILURE\n`).kind,
    ).toBe('whole');
    expect(after('mvn -B test', 'maven', `${summary}[INFO] BUILD FAILURE\n`).kind).toBe('nothing');
  });

  it('rspec --fail-fast and phpunit --stop-on-failure (their consoles do not say they stopped)', () => {
    const rspec = 'rspec ./spec/a_spec.rb:3 # A fails\n';
    expect(after('bundle exec rspec --fail-fast', 'rspec', rspec).kind).toBe('whole');
    expect(after('bundle exec rspec --fail-fast=3', 'rspec', rspec).kind).toBe('whole');
    expect(after('bundle exec rspec', 'rspec', rspec).kind).toBe('nothing');
    const phpunit = 'There was 1 failure:\n\n1) ATest::testA\n';
    for (const option of ['--stop-on-failure', '--stop-on-error', '--stop-on-defect'])
      expect(after(`vendor/bin/phpunit ${option}`, 'phpunit', phpunit).kind).toBe('whole');
    expect(after('vendor/bin/phpunit', 'phpunit', phpunit).kind).toBe('nothing');
  });

  it('mocha --bail (its console does not say it stopped)', () => {
    expect(after('npx mocha --bail test/', 'mocha', '  0 passing (5ms)\n  1 failing\n').kind).toBe('whole');
    expect(after('npx mocha test/', 'mocha', '  0 passing (5ms)\n  1 failing\n').kind).toBe('nothing');
    // mocha 12.0.3's yargs takes any value but false as --bail (`--bail=true`, `=1`, `=yes` all stopped).
    for (const bail of ['--bail=true', '--bail=1', '-b'])
      expect([bail, after(`npx mocha ${bail}`, 'mocha', '  0 passing (5ms)\n  1 failing\n').kind]).toEqual([
        bail,
        'whole',
      ]);
    expect(after('npx mocha --bail=false', 'mocha', '  0 passing (5ms)\n  1 failing\n').kind).toBe('nothing');
    // The review (mocha 12.0.3, two failing tests): `-b=true`, `-b=1`, `-Cb` stopped at one; an empty `--bail=`
    // and `--bail --no-bail` did not.
    for (const bail of ['-b=true', '-b=1', '-Cb', '--bail=0', '--no-bail --bail'])
      expect([bail, after(`npx mocha ${bail}`, 'mocha', '  0 passing (5ms)\n  1 failing\n').kind]).toEqual([
        bail,
        'whole',
      ]);
    for (const none of ['--bail=', '--bail --no-bail', '-b --bail=false'])
      expect([none, after(`npx mocha ${none}`, 'mocha', '  0 passing (5ms)\n  2 failing\n').kind]).toEqual([
        none,
        'nothing',
      ]);
  });

  it('a wrapper that runs the runner in each workspace and stops at the first that fails (npm 11.19.1, pnpm 10.34.9, lerna)', () => {
    const jest = 'Test Suites: 1 failed, 1 total\n';
    const npm =
      'npm exec runs jest in each workspace in turn and stops at the first where it fails, so any workspace after that one did not run';
    const pnpm =
      "pnpm's recursive run stops at the first package that fails (no --no-bail), so the packages after it may not have run";
    for (const command of [
      'npm exec -ws -- jest',
      'npm exec --workspaces -- jest --ci',
      'npm -w packages/api -w packages/web exec -- jest',
      'CI=1 npx --workspace=api jest',
    ])
      expect([command, after(command, 'jest', jest)]).toEqual([command, { kind: 'whole', why: npm }]);
    for (const command of [
      'pnpm -r exec jest',
      'node_modules/.bin/pnpm --recursive --workspace-concurrency=1 exec jest',
      'pnpm --filter ./packages/** exec vitest run',
      'pnpm -F api exec jest',
    ])
      expect([command, after(command, command.includes('vitest') ? 'vitest' : 'jest', '')]).toEqual([
        command,
        { kind: 'whole', why: pnpm },
      ]);
    expect(after('npx lerna exec --concurrency 1 -- jest --ci', 'jest', jest)).toEqual({
      kind: 'whole',
      why: 'lerna exec stops at the first package that fails (no --no-bail), so the packages after it did not run',
    });
    expect(after('npx lerna exec --no-bail -- jest', 'jest', jest).kind).toBe('nothing');
    // Each package ran: pnpm's --no-bail; npm's own options and the runner's `-w` (its workers) are no workspaces.
    expect(after('pnpm -r --no-bail exec jest', 'jest', jest).kind).toBe('nothing');
    expect(after('npm exec --workspaces=false -- jest', 'jest', jest).kind).toBe('nothing');
    expect(after('npx jest -w 2', 'jest', jest).kind).toBe('nothing');
    expect(after('pnpm exec jest -r', 'jest', jest).kind).toBe('nothing');
  });

  it("npm's other spellings of its workspace options, and npm's config in the command's environment", () => {
    // npm 11.19.1 ran each of these in every workspace (its nopt strips leading dashes; `ws`, `w` are shorthands;
    // an `npm_config_*` variable, in any case, sets the config).
    const jest = 'Test Suites: 1 failed, 1 total\n';
    for (const command of [
      'npx --ws jest',
      'npm exec --ws=true -- jest',
      'npx --w api jest',
      'npx -workspaces jest',
      'npm_config_workspaces=true npx jest',
      'NPM_CONFIG_WORKSPACE=api npx jest',
    ])
      expect([command, after(command, 'jest', jest)]).toEqual([
        command,
        {
          kind: 'whole',
          why: 'npm exec runs jest in each workspace in turn and stops at the first where it fails, so any workspace after that one did not run',
        },
      ]);
    for (const command of ['npx --ws=false jest', 'npm_config_workspaces=false npx jest'])
      expect([command, after(command, 'jest', jest).kind]).toEqual([command, 'nothing']);
  });

  it('yarn 1 workspaces run: each workspace in turn, stopping at the first that fails', () => {
    // yarn 1's src/cli/commands/workspaces.js (runScript) spawns `yarn jest --ci` in each workspace in turn and
    // lets the first failure end the loop.
    const jest = 'Test Suites: 1 failed, 1 total\n';
    expect(after('yarn workspaces run jest --ci', 'jest', jest)).toEqual({
      kind: 'whole',
      why: 'yarn workspaces run runs jest in each workspace in turn and stops at the first where it fails, so any workspace after that one did not run',
    });
    // One workspace: nothing after it.
    expect(after('yarn workspace api jest --ci', 'jest', jest).kind).toBe('nothing');
  });

  it("a wrapper's own -r after pnpm exec is not pnpm's --recursive: the step is not run whole for it", () => {
    // c8's and nyc's `-r` is --reporter, node's is --require: pnpm reads its options before exec (pnpm 10.34.9).
    const mocha = '  0 passing (5ms)\n  1 failing\n';
    for (const command of [
      'pnpm exec c8 -r lcov mocha',
      'pnpm exec nyc -r text mocha',
      'pnpm exec node -r ts-node/register node_modules/.bin/mocha',
    ])
      expect([command, after(command, 'mocha', mocha).kind]).toEqual([command, 'nothing']);
    // pnpm's own, before exec, still are.
    expect(after('pnpm -r exec c8 -r lcov mocha', 'mocha', mocha).kind).toBe('whole');
    expect(
      after('pnpm --filter api exec node -r ts-node/register node_modules/.bin/mocha', 'mocha', mocha).kind,
    ).toBe('whole');
  });

  it('a later part of a chain is covered by the whole step', () => {
    expect(after('npx jest a && npx eslint .', 'jest', 'Test Suites: 1 failed, 1 of 2 total\n').kind).toBe(
      'whole',
    );
  });
});

describe('a test file or package that failed as a whole: the step runs whole once', () => {
  it('jest: `● Test suite failed to run` under its file', () => {
    const out =
      'FAIL ./b.test.js\n  ● Test suite failed to run\n\n    Cannot find module\nFAIL ./a.test.js\n  ● flaky\n';
    expect(after('npx jest --ci', 'jest', out)).toEqual({
      kind: 'whole',
      why: 'a jest test file failed to run (Test suite failed to run), so its tests did not run',
    });
    expect(
      after('npx jest --ci', 'jest', 'FAIL ./a.test.js\n  ● flaky\n\nTests:       1 failed, 1 total\n').kind,
    ).toBe('nothing');
  });

  it('jest: its globalTeardown failed', () => {
    const out =
      'FAIL ./a.test.js\n  ● flaky\nError: Jest: Got error running globalTeardown - /w/td.js, reason: boom\n';
    expect(after('npx jest --ci', 'jest', out)).toEqual({
      kind: 'whole',
      why: 'jest failed outside its tests (its globalSetup or globalTeardown)',
    });
  });

  it('vitest: a failed suite `FAIL  file [ file ]`, not a failed test `FAIL  file > name`', () => {
    expect(
      after('npx vitest run', 'vitest', ' FAIL  b.test.mjs [ b.test.mjs ]\n FAIL  a.test.mjs > flaky\n').kind,
    ).toBe('whole');
    expect(
      after('npx vitest run', 'vitest', ' FAIL  a.test.mjs > flaky\n Test Files  1 failed (1)\n').kind,
    ).toBe('nothing');
  });

  it('vitest: an unhandled error fails the run beside the failed tests', () => {
    const out =
      ' FAIL  a.test.mjs > flaky\n⎯⎯ Unhandled Errors ⎯⎯\n\u001b[31m\u001b[1mVitest caught 1 unhandled error during the test run.\n';
    expect(after('npx vitest run', 'vitest', out)).toEqual({
      kind: 'whole',
      why: 'vitest caught an error outside the failed tests (unhandled), which a re-run of them alone may not meet',
    });
  });

  it('pytest: `ERROR path.py` (a module not collected), not `ERROR path.py::test` (a fixture)', () => {
    expect(
      after('pytest', 'pytest', 'FAILED t/a.py::x - assert 0\nERROR t/b.py\n1 failed, 1 error in 0.8s\n')
        .kind,
    ).toBe('whole');
    expect(after('pytest', 'pytest', 'ERROR t/a.py::x - fixture\nFAILED t/a.py::y - assert 0\n').kind).toBe(
      'nothing',
    );
  });

  it('cargo: a doc test failed (`path - item (line N)`), not only one-word tests', () => {
    const unit = 'test tests::flaky ... FAILED\nerror: test failed, to rerun pass `--lib`\n';
    const doc = 'test src/lib.rs - add (line 1) ... FAILED\nerror: doctest failed, to rerun pass `--doc`\n';
    expect(after('cargo test --no-fail-fast', 'cargo', `${unit}${doc}`)).toEqual({
      kind: 'whole',
      why: 'a cargo doc test failed, and doc tests are not re-run alone',
    });
    expect(after('cargo test --no-fail-fast', 'cargo', unit).kind).toBe('nothing');
  });

  it('cargo --no-fail-fast: a test target that did not compile, a test binary a signal ended', () => {
    const unit = 'test tests::flaky ... FAILED\nerror: test failed, to rerun pass `--lib`\n';
    const compile =
      'error[E0425]: cannot find function `nope` in this scope\nerror: could not compile `m` (test "it") due to 1 previous error\n';
    const crash =
      "error: test failed, to rerun pass `--test crash`\n\nCaused by:\n  process didn't exit successfully: `/t/debug/deps/crash-1f` (signal: 6, SIGABRT: process abort signal)\n";
    const failedExit = "  process didn't exit successfully: `/t/debug/deps/m-1f` (exit status: 101)\n";
    expect(after('cargo test --no-fail-fast', 'cargo', `${unit}${compile}`)).toEqual({
      kind: 'whole',
      why: 'a cargo test target failed to compile, so its tests did not run',
    });
    expect(after('cargo test --no-fail-fast', 'cargo', `${unit}${crash}`).kind).toBe('whole');
    expect(after('cargo test --no-fail-fast', 'cargo', `${unit}${failedExit}`).kind).toBe('nothing');
  });

  it('cargo --no-fail-fast: a failed test target that names no failed test (harness = false), each target by its own lines', () => {
    // cargo 1.95: a `harness = false` target whose main panicked prints no test line, and exits 101.
    const lib =
      '     Running unittests src/lib.rs (target/debug/deps/c-1f)\ntest tests::flaky ... FAILED\nerror: test failed, to rerun pass `--lib`\n';
    const custom =
      "     Running tests/custom.rs (target/debug/deps/custom-2e)\nthread 'main' (7) panicked at tests/custom.rs:2:5:\nerror: test failed, to rerun pass `--test custom`\n";
    const it =
      '     Running tests/it.rs (target/debug/deps/it-3d)\ntest broken ... FAILED\nerror: test failed, to rerun pass `--test it`\n';
    expect(after('cargo test --no-fail-fast', 'cargo', `${lib}${custom}`)).toEqual({
      kind: 'whole',
      why: 'a cargo test target failed with no test of it named FAILED (a `harness = false` target, or one that failed outside its tests), which a re-run of the named tests does not cover',
    });
    expect(after('cargo test --no-fail-fast', 'cargo', `${custom}${lib}`).kind).toBe('whole');
    // Every failed target named its failed tests: their re-runs stand for the step.
    expect(after('cargo test --no-fail-fast', 'cargo', `${lib}${it}`).kind).toBe('nothing');
    // The review: cargo before 1.65 printed one error, quoted with ', at the very end, after the doc tests.
    const old =
      "     Running target/debug/deps/c-1f\ntest tests::flaky ... FAILED\n\nfailures:\n\n   Doc-tests c\n\nrunning 0 tests\n\nerror: test failed, to rerun pass '--lib'\n";
    expect(after('cargo test --no-fail-fast', 'cargo', old).kind).toBe('nothing');
  });

  it("maven: Surefire's forked JVM died, in both of its wordings", () => {
    const failed = '[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0\n';
    for (const died of [
      '[ERROR] ExecutionException The forked VM terminated without properly saying goodbye. VM crash or System.exit called?',
      '[ERROR] The forked VM terminated without saying properly goodbye. VM crash or System.exit called?',
      '[ERROR] There was a timeout or other error in the fork',
    ])
      expect(after('mvn -B test', 'maven', `${failed}${died}\n`).kind).toBe('whole');
    expect(after('mvn -B test', 'maven', failed).kind).toBe('nothing');
  });

  it('go: a package FAIL line with no failed test of its own (a build, TestMain, an exit)', () => {
    const a = '--- FAIL: TestA (0.00s)\n    a_test.go:3: x\nFAIL\nFAIL\texample.com/p/a\t0.065s\n';
    expect(after('go test ./...', 'go', a).kind).toBe('nothing');
    expect(after('go test ./...', 'go', `${a}FAIL\texample.com/p/b [build failed]\nFAIL\n`).kind).toBe(
      'whole',
    );
    expect(
      after('go test ./...', 'go', `${a}exit status 3\nFAIL\texample.com/p/c\t0.026s\nFAIL\n`).kind,
    ).toBe('whole');
    expect(after('go test ./...', 'go', `ok  \texample.com/p/z\t0.01s\n${a}`).kind).toBe('nothing');
  });
});

describe('a package script with a post script: the step runs whole once', () => {
  it('npm test with posttest: the failure skipped posttest', () => {
    const scripts = { test: 'jest --ci', posttest: 'node check.js' };
    expect(planStepRun('npm test', true, scripts, 'jest', 'Test Suites: 1 failed, 1 total\n').after).toEqual({
      kind: 'whole',
      why: "its package script 'posttest' runs after the script that failed, which skipped it",
    });
    expect(planStepRun('npm test', true, { test: 'jest --ci' }, 'jest', '').after.kind).toBe('nothing');
  });
});

describe('the review: lines a run prints that stopped.ts misread', () => {
  it('nextest cancelled the tests after a failure (its default fail-fast): `Summary [..] run/total tests run`', () => {
    // nextest-runner/src/reporter/displayer/imp.rs, its summary_line_output snapshot: the count is `run/total`
    // only when tests were not run.
    const cancelled =
      '        FAIL [   0.004s] m tests::flaky\n     Cancelling due to test failure\n────────────\n     Summary [   0.011s] 3/10 tests run: 2 passed, 1 failed, 0 skipped\nwarning: 7/10 tests were not run due to test failure (run with --no-fail-fast to run all tests, or run with --max-fail)\nerror: test run failed\n';
    expect(after('cargo nextest run', 'nextest', cancelled)).toEqual({
      kind: 'whole',
      why: 'nextest cancelled the tests after a failure (fail-fast, its default), so the tests after it did not run',
    });
    const whole =
      '        FAIL [   0.004s] m tests::flaky\n     Summary [   0.011s] 10 tests run: 9 passed, 1 failed, 0 skipped\n';
    expect(after('cargo nextest run --no-fail-fast', 'nextest', whole).kind).toBe('nothing');
  });

  it('jest: a file whose tests were all skipped is `N skipped`, not a file bail left unrun (jest 29.7, measured)', () => {
    // getSummary: suitesRun counts the failed and passed files only.
    const skipped = 'Test Suites: 1 failed, 1 skipped, 1 passed, 2 of 3 total\n';
    expect(after('npx jest --ci', 'jest', skipped).kind).toBe('nothing');
    expect(after('npx jest --ci', 'jest', 'Test Suites: 1 failed, 1 skipped, 1 of 4 total\n').kind).toBe(
      'whole',
    );
  });

  it("pytest-xdist at -x or --maxfail: its own Interrupted, printed by pytest's keyboard-interrupt summary", () => {
    // xdist/dsession.py: `raise Interrupted(str(self.shouldstop))`, `stopping after N failures`.
    const stopped =
      'FAILED t.py::a - assert 0\n!!!!!!!!!!!! xdist.dsession.Interrupted: stopping after 1 failures !!!!!!!!!!!!\n1 failed in 0.9s\n';
    expect(after('pytest -n auto -x', 'pytest', stopped).kind).toBe('whole');
  });

  it('cargo --no-fail-fast: a test binary that ended other than by libtest failing (a Windows crash, its own exit)', () => {
    const unit = 'test tests::flaky ... FAILED\nerror: test failed, to rerun pass `--lib`\n';
    // A binary libtest ended names its failed tests (a crash's may be named too, the one it ran is not).
    const ended = (status: string) =>
      `${unit}test crash::t ... FAILED\nerror: test failed, to rerun pass \`--test crash\`\n\nCaused by:\n  process didn't exit successfully: \`D:\\t\\debug\\deps\\crash-1f.exe\` (${status})\n`;
    expect(
      after('cargo test --no-fail-fast', 'cargo', ended('exit code: 0xc0000005, STATUS_ACCESS_VIOLATION'))
        .kind,
    ).toBe('whole');
    expect(after('cargo test --no-fail-fast', 'cargo', ended('exit status: 1')).kind).toBe('whole');
    // libtest's own failure status (ERROR_EXIT_CODE, 101) on either system: its failed tests are named.
    expect(after('cargo test --no-fail-fast', 'cargo', ended('exit code: 101')).kind).toBe('nothing');
    expect(after('cargo test --no-fail-fast', 'cargo', ended('exit status: 101')).kind).toBe('nothing');
  });

  it("go: a panic or the runtime's fatal error ends the binary (its goroutine trace follows); a test's `panic: ` text does not", () => {
    // go 1.19's output, measured: TestC prints `panic: just text` and passes; TestD writes a map from goroutines.
    const failed = '--- FAIL: TestA (0.00s)\n    a_test.go:8: x\n';
    const printed = `${failed}panic: just text\nFAIL\nFAIL\texample.com/x\t0.033s\nFAIL\n`;
    expect(after('go test ./...', 'go', printed).kind).toBe('nothing');
    const fatal = `${failed}fatal error: concurrent map writes\n\ngoroutine 10 [running]:\nexample.com/x.TestD.func1()\nFAIL\texample.com/x\t0.05s\n`;
    expect(after('go test ./...', 'go', fatal)).toEqual({
      kind: 'whole',
      why: "a go test panicked or hit a fatal error, which ends its package's test binary, so the tests after it did not run",
    });
  });

  it('maven: a step that asked for a phase after test (package, verify, install) never ran it past the failure', () => {
    // The re-run runs the test phase only: the failsafe tests and checks bound to verify had gone unrun and green.
    const failed = '[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n';
    expect(after('mvn -B verify', 'maven', failed)).toEqual({
      kind: 'whole',
      why: "Maven stops at the failed test phase, so the phase 'verify' the step asked for did not run",
    });
    expect(after('./mvnw -B -ntp clean install -DskipITs=false', 'maven', failed).kind).toBe('whole');
    expect(after('mvn -B clean test -Dtest=A', 'maven', failed).kind).toBe('nothing');
    // An option's value is no phase.
    expect(after('mvn -B test -pl package', 'maven', failed).kind).toBe('nothing');
  });

  it('maven: a goal named after test (failsafe, a second Surefire execution, a check) never ran past the failure', () => {
    const failed = '[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n';
    expect(after('mvn -B test failsafe:integration-test failsafe:verify', 'maven', failed)).toEqual({
      kind: 'whole',
      why: "Maven stops at the first goal that fails, so the goal 'failsafe:integration-test' the step named after test may not have run",
    });
    expect(after('mvn -B clean test spotless:check -Pci', 'maven', failed).kind).toBe('whole');
    // Goals before test ran before it.
    expect(after('mvn -B spotless:apply clean test -Dtest=A', 'maven', failed).kind).toBe('nothing');
  });

  it("maven: an option's value after test is not a goal (the review's cases)", () => {
    const failed = '[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n';
    for (const step of [
      'mvn -B test --color always',
      'mvn -B test --global-settings s.xml',
      'mvn -B test -gt t.xml',
      'mvn -B test -b smart',
      'mvn -B test --define skipITs=true',
    ])
      expect([step, after(step, 'maven', failed).kind]).toEqual([step, 'nothing']);
  });

  it('gradle: a task the step asked for beyond its test tasks (build, check, a report on the tests) never ran past the failure', () => {
    const failed = 'FooTest > flaky() FAILED\n\nFAILURE: Build failed with an exception.\n';
    expect(after('./gradlew build --no-daemon', 'gradle', failed)).toEqual({
      kind: 'whole',
      why: "Gradle stops at the failed test task, so the task 'build' the step asked for did not run",
    });
    expect(after('./gradlew test jacocoTestReport', 'gradle', failed).kind).toBe('whole');
    expect(after('./gradlew clean :app:testDebugUnitTest -x lint', 'gradle', failed).kind).toBe('nothing');
    expect(after('gradle test --tests FooTest', 'gradle', failed).kind).toBe('nothing');
  });
});

describe("a coverage threshold the attempt missed (the tool's own line): the step runs whole once", () => {
  // Each line as the tool's source words it (stopped.ts cites them); the jest and pytest-cov ones measured too.
  const missed: [Parameters<typeof planStepRun>[3], string, string][] = [
    ['jest', 'npx jest --ci', 'Jest: "global" coverage threshold for lines (80%) not met: 50%'],
    ['jest', 'npx jest --ci', 'Jest: "./src/a.js" coverage threshold for branches (90%) not met: 12.5%'],
    ['jest', 'npx jest --ci', 'Jest: Uncovered count for statements (5) exceeds global threshold (2)'],
    ['jest', 'npx jest --ci', 'Jest: Coverage data for ./src/gone.js was not found.'],
    ['pytest', 'pytest -q', 'FAIL Required test coverage of 80% not reached. Total coverage: 50.00%'],
    ['pytest', 'pytest -q', 'FAIL Required test coverage of 80.5% not reached. Total coverage: 50.00%'],
    ['vitest', 'npx vitest run', 'ERROR: Coverage for lines (50%) does not meet global threshold (80%)'],
    [
      'vitest',
      'npx vitest run',
      'ERROR: Coverage for functions (33.33%) does not meet "src/**" threshold (85%)',
    ],
    [
      'vitest',
      'npx vitest run',
      'ERROR: Coverage for statements (33.33%) does not meet threshold (85%) for src/math.ts',
    ],
    ['vitest', 'npx vitest run', 'ERROR: Uncovered lines (33) exceed global threshold (30)'],
    ['mocha', 'npx nyc mocha', 'ERROR: Coverage for lines (50%) does not meet global threshold (80%)'],
    [
      'node',
      'npx c8 --check-coverage node --test',
      'ERROR: Coverage for branches (50%) does not meet global threshold (95%)',
    ],
  ];
  it.each(missed)('%s: %s prints %s', (runner, command, line) => {
    // Coloured, as on a terminal, between the runner's own lines.
    const output = `1 failed\n\u001b[31m\u001b[1m${line}\u001b[22m\u001b[39m\nmore\n`;
    const plan = after(command, runner, output);
    expect(plan.kind === 'whole' ? plan.why : plan.kind).toBe(
      `the run missed its coverage threshold (${line}), which a re-run of the failed tests cannot meet`,
    );
  });

  it('a threshold met, or a coverage table alone, is no miss', () => {
    const met = 'Required test coverage of 80% reached. Total coverage: 90.00%\n';
    expect(after('pytest -q', 'pytest', met).kind).toBe('nothing');
    expect(after('npx jest --ci', 'jest', 'All files |   50 |   50 |   50 |   50 |\n').kind).toBe('nothing');
    // A test's own message that quotes the words is no line of the tool's own.
    expect(after('npx jest --ci', 'jest', '    Expected: "ERROR: Coverage for lines (1%)"\n').kind).toBe(
      'nothing',
    );
  });
});

describe('a stop set only in a config file (its console does not say it stopped): the step runs whole once', () => {
  const inConfig = (command: string, runner: Parameters<typeof planStepRun>[3], configs: ConfigTexts) =>
    planStepRun(command, true, {}, runner, '', configs).after;
  const AFTER = 'so the tests after it did not run';

  it("mocha: bail in a .mocharc (JSON, JSONC, YAML), or package.json's mocha key", () => {
    for (const [file, text] of [
      ['.mocharc.json', '{ "spec": "test", "bail": true }'],
      ['.mocharc.jsonc', '{\n  // stop early\n  "bail": true,\n}'],
      ['.mocharc.yml', 'spec: test\nbail: true\n'],
      ['.mocharc.yaml', "'b': true\n"],
    ] as const)
      expect(inConfig('npx mocha', 'mocha', { [file]: text })).toEqual({
        kind: 'whole',
        why: `mocha's config '${file}' sets bail (its console does not say it stopped), ${AFTER}`,
      });
    expect(inConfig('npx mocha', 'mocha', { 'package.json': '{"mocha":{"bail":true}}' }).kind).toBe('whole');
    // `--config` names the one file mocha reads; `--no-config` and `--no-package` read none.
    expect(inConfig('npx mocha --config ci.yml', 'mocha', { 'ci.yml': 'bail: true' }).kind).toBe('whole');
    expect(inConfig('npx mocha --config ci.yml', 'mocha', { '.mocharc.yml': 'bail: true' }).kind).toBe(
      'nothing',
    );
    expect(inConfig('npx mocha --no-config', 'mocha', { '.mocharc.yml': 'bail: true' }).kind).toBe('nothing');
    expect(
      inConfig('npx mocha --no-package', 'mocha', { 'package.json': '{"mocha":{"bail":true}}' }).kind,
    ).toBe('nothing');
  });

  it('mocha: bail false, or no bail, is no stop; code or a file not read whole may set it: whole', () => {
    expect(inConfig('npx mocha', 'mocha', { '.mocharc.json': '{"bail": false, "spec": "t"}' }).kind).toBe(
      'nothing',
    );
    expect(inConfig('npx mocha', 'mocha', { '.mocharc.yml': 'timeout: 5000\n' }).kind).toBe('nothing');
    expect(inConfig('npx mocha', 'mocha', { 'package.json': '{"mocha":{"timeout":5}}' }).kind).toBe(
      'nothing',
    );
    expect(
      inConfig('npx mocha', 'mocha', { '.mocharc.js': "module.exports = { spec: 'test' };\n" }).kind,
    ).toBe('nothing');
    for (const js of [
      'module.exports = { bail: !!process.env.CI };',
      "module.exports = { ...require('./base.js') };",
      "const base = require('./base');\nmodule.exports = base;",
    ])
      expect(inConfig('npx mocha', 'mocha', { '.mocharc.cjs': js })).toEqual({
        kind: 'whole',
        why: `mocha's config '.mocharc.cjs' may set bail (its console does not say it stopped), ${AFTER}`,
      });
    expect(inConfig('npx mocha', 'mocha', { '.mocharc.json': null }).kind).toBe('whole');
    expect(inConfig('npx mocha', 'mocha', { '.mocharc.yml': 'bail: ${{ x }}\n' }).kind).toBe('whole');
  });

  it('a config file named through the shell ($VAR, ~, a glob) is not known: it may stop the run, whole', () => {
    for (const command of [
      'npx mocha --config "$CFG"',
      'npx mocha --config ~/ci.yml',
      'npx mocha --config=ci/*.yml',
    ])
      expect(inConfig(command, 'mocha', {}).kind).toBe('whole');
    expect(inConfig('vendor/bin/phpunit -c $PHPUNIT_DIR', 'phpunit', {}).kind).toBe('whole');
    expect(inConfig('bundle exec rspec -O $OPTS', 'rspec', {}).kind).toBe('whole');
    // A plain name that is not there sets nothing.
    expect(inConfig('npx mocha --config ci.yml', 'mocha', {}).kind).toBe('nothing');
  });

  it('mocha: a key spelled by an escape, or computed by code, may be bail: whole', () => {
    // JSON.parse and js-yaml decode `\u0062ail` and `"b\x61il"` to bail; a .mocharc.js can compute the key.
    for (const [file, text] of [
      ['.mocharc.json', '{ "\\u0062ail": true }'],
      ['.mocharc.yml', '"b\\x61il": true\n'],
      ['.mocharc.js', "module.exports = { ['ba' + 'il']: true };"],
      ['.mocharc.cjs', "module.exports = JSON.parse('{\"ba' + 'il\": true}');"],
      ['.mocharc.js', "module.exports = {};\nmodule.exports['ba' + 'il'] = true;"],
    ] as const)
      expect(inConfig('npx mocha', 'mocha', { [file]: text }).kind).toBe('whole');
    // A plain object of plain values is read as it is.
    expect(
      inConfig('npx mocha', 'mocha', {
        '.mocharc.js': "module.exports = { spec: ['test/**'], timeout: 5000 };",
      }).kind,
    ).toBe('nothing');
  });

  it('rspec: --fail-fast in .rspec or .rspec-local, unless a later --no-fail-fast or the command says no', () => {
    expect(
      inConfig('bundle exec rspec', 'rspec', { '.rspec': '--require spec_helper\n--fail-fast\n' }),
    ).toEqual({
      kind: 'whole',
      why: `rspec's options file '.rspec' sets --fail-fast (its console does not say it stopped), ${AFTER}`,
    });
    expect(inConfig('bundle exec rspec', 'rspec', { '.rspec-local': '--fail-fast=3' }).kind).toBe('whole');
    expect(inConfig('bundle exec rspec', 'rspec', { '.rspec': '--fail-fast\n--no-fail-fast\n' }).kind).toBe(
      'nothing',
    );
    expect(inConfig('bundle exec rspec --no-fail-fast', 'rspec', { '.rspec': '--fail-fast' }).kind).toBe(
      'nothing',
    );
    expect(inConfig('bundle exec rspec', 'rspec', { '.rspec': '--require spec_helper' }).kind).toBe(
      'nothing',
    );
    // ERB may compute it.
    expect(inConfig('bundle exec rspec', 'rspec', { '.rspec': "<%= ENV['X'] %>" }).kind).toBe('whole');
    expect(inConfig('rspec -O ci.opts', 'rspec', { 'ci.opts': '--fail-fast' }).kind).toBe('whole');
  });

  it('phpunit: stopOnFailure (stopOnError, stopOnDefect) in phpunit.xml(.dist) or the -c file', () => {
    const xml = (attr: string) =>
      `<?xml version="1.0"?>\n<phpunit bootstrap="x.php"\n  ${attr}>\n</phpunit>\n`;
    expect(
      inConfig('vendor/bin/phpunit', 'phpunit', { 'phpunit.xml.dist': xml('stopOnFailure="true"') }),
    ).toEqual({
      kind: 'whole',
      why: `phpunit's 'phpunit.xml.dist' sets stopOnFailure (its console does not say it stopped), ${AFTER}`,
    });
    expect(
      inConfig('vendor/bin/phpunit', 'phpunit', { 'phpunit.xml': xml('stopOnError = "true"') }).kind,
    ).toBe('whole');
    expect(
      inConfig('vendor/bin/phpunit', 'phpunit', { 'phpunit.xml': xml("stopOnDefect='true'") }).kind,
    ).toBe('whole');
    expect(
      inConfig('vendor/bin/phpunit', 'phpunit', { 'phpunit.xml': xml('stopOnFailure="false"') }).kind,
    ).toBe('nothing');
    expect(
      inConfig('vendor/bin/phpunit -c ci/phpunit.xml', 'phpunit', {
        'ci/phpunit.xml': xml('stopOnFailure="true"'),
      }).kind,
    ).toBe('whole');
    expect(
      inConfig('vendor/bin/phpunit --no-configuration', 'phpunit', {
        'phpunit.xml': xml('stopOnFailure="true"'),
      }).kind,
    ).toBe('nothing');
  });

  it('phpunit: a boolean attribute as PHPUnit reads it (any case; an XML character reference may spell it)', () => {
    // PHPUnit's XmlConfiguration Loader: getBoolean compares strtolower($value) with 'true' and 'false'.
    const xml = (attrs: string) => `<?xml version="1.0"?>\n<phpunit ${attrs}>\n</phpunit>\n`;
    for (const attrs of ['stopOnFailure="TRUE"', 'stopOnError="True"', 'stopOnDefect="&#116;rue"'])
      expect(inConfig('vendor/bin/phpunit', 'phpunit', { 'phpunit.xml': xml(attrs) }).kind).toBe('whole');
    for (const attrs of ['stopOnFailure="FALSE"', 'stopOnFailure="yes"'])
      expect(inConfig('vendor/bin/phpunit', 'phpunit', { 'phpunit.xml': xml(attrs) }).kind).toBe('nothing');
  });

  it('maven -q on a multi-module pom, without --fail-at-end or --fail-never: whole', () => {
    const pom = '<project><modules><module>core</module><module>app</module></modules></project>';
    expect(inConfig('mvn -B -q test', 'maven', { 'pom.xml': pom })).toEqual({
      kind: 'whole',
      why: `Maven stops at the first failed module and -q hides the reactor summary of what it skipped, ${AFTER}`,
    });
    expect(inConfig('mvn --quiet test', 'maven', { 'pom.xml': pom }).kind).toBe('whole');
    expect(
      inConfig('mvn test', 'maven', { 'pom.xml': '<project/>', '.mvn/maven.config': '-q -B' }).kind,
    ).toBe('nothing');
    expect(inConfig('mvn test', 'maven', { 'pom.xml': pom, '.mvn/maven.config': '-q -B\n' }).kind).toBe(
      'whole',
    );
    expect(inConfig('mvn -f core test -q', 'maven', { 'core/pom.xml': pom }).kind).toBe('whole');
    for (const command of ['mvn -q test', 'mvn -q -fae test', 'mvn -q --fail-at-end test', 'mvn -q -fn test'])
      expect(
        inConfig(command, 'maven', { 'pom.xml': command === 'mvn -q test' ? '<project/>' : pom }).kind,
      ).toBe('nothing');
    expect(inConfig('mvn -q test', 'maven', { 'pom.xml': pom, '.mvn/maven.config': '-fae' }).kind).toBe(
      'nothing',
    );
    expect(inConfig('mvn test', 'maven', { 'pom.xml': pom }).kind).toBe('nothing');
  });

  it('gradle: a multi-project build (settings include) without --continue: whole', () => {
    const settings = "rootProject.name = 'r'\ninclude 'core', 'app'\n";
    expect(inConfig('./gradlew test', 'gradle', { 'settings.gradle': settings })).toEqual({
      kind: 'whole',
      why: `Gradle starts no task after a failed one (no --continue) and 'settings.gradle' includes other projects, ${AFTER}`,
    });
    expect(
      inConfig('./gradlew test', 'gradle', { 'settings.gradle.kts': 'include(":core", ":app")' }).kind,
    ).toBe('whole');
    expect(inConfig('./gradlew :core:test :app:test', 'gradle', { 'settings.gradle': settings }).kind).toBe(
      'whole',
    );
    expect(inConfig('./gradlew test --continue', 'gradle', { 'settings.gradle': settings }).kind).toBe(
      'nothing',
    );
    expect(
      inConfig('./gradlew test', 'gradle', {
        'settings.gradle': settings,
        'gradle.properties': 'org.gradle.continue=true\n',
      }).kind,
    ).toBe('nothing');
    // One project's tests only, or a build with no other project.
    expect(inConfig('./gradlew :core:test', 'gradle', { 'settings.gradle': settings }).kind).toBe('nothing');
    expect(inConfig('./gradlew test', 'gradle', { 'settings.gradle': "rootProject.name = 'r'\n" }).kind).toBe(
      'nothing',
    );
  });

  it("gradle -p dir: the build's files are read in dir", () => {
    const settings = "include ':a', ':b'\n";
    expect(
      inConfig('./gradlew -p backend test', 'gradle', { 'backend/settings.gradle': settings }).kind,
    ).toBe('whole');
    expect(
      inConfig('./gradlew --project-dir=backend/ test', 'gradle', {
        'backend/settings.gradle.kts': settings,
        'backend/gradle.properties': 'org.gradle.continue=true\n',
      }).kind,
    ).toBe('nothing');
    // The step directory's own settings are not the build's.
    expect(inConfig('./gradlew -p backend test', 'gradle', { 'settings.gradle': settings }).kind).toBe(
      'nothing',
    );
  });

  it('the files read: per runner, relative to where it ran (a plain `cd` before it)', () => {
    const words = (command: string) => parseChain(command, true).parts[0]!.words;
    expect(stopConfigFiles('rspec', words('bundle exec rspec'))).toEqual(['.rspec', '.rspec-local']);
    // mocha 7's test/mocha.opts too: which mocha ran is not known here.
    expect(stopConfigFiles('mocha', words('npx mocha --config ci.yml'))).toEqual([
      'ci.yml',
      'package.json',
      'test/mocha.opts',
    ]);
    expect(stopConfigFiles('mocha', words('npx mocha --no-config --no-package --opts ci.opts'))).toEqual([
      'ci.opts',
    ]);
    expect(stopConfigFiles('mocha', words('npx mocha --no-config --no-package --no-opts'))).toEqual([]);
    expect(stopConfigFiles('jest', words('npx jest'))).toEqual([]);
    expect(runnerDirectory(['export X=1'])).toBe('');
    expect(runnerDirectory(['cd web'])).toBe('web');
    expect(runnerDirectory(['cd web/', 'cd app'])).toBe('web/app');
    expect(runnerDirectory(['cd "$DIR"'])).toBeUndefined();
    expect(runnerDirectory(['cd ../x'])).toBeUndefined();
  });

  it("where it ran: a package manager's own directory option before the runner moves it too", () => {
    const words = (command: string) => parseChain(command, true).parts[0]!.words;
    // yarn's --cwd, pnpm's -C/--dir and env's -C/--chdir run the runner there, where it finds its config.
    expect(runnerDirectory([], 'mocha', words('yarn --cwd web mocha'))).toBe('web');
    expect(runnerDirectory([], 'mocha', words('pnpm -C web exec mocha'))).toBe('web');
    expect(runnerDirectory([], 'mocha', words('pnpm --dir=web/ mocha'))).toBe('web');
    expect(runnerDirectory([], 'rspec', words('env --chdir api bundle exec rspec'))).toBe('api');
    expect(runnerDirectory(['cd app'], 'mocha', words('yarn --cwd web mocha'))).toBe('app/web');
    // npm's --prefix is not where npm exec runs its command, and a path not plain is not followed: unknown.
    expect(runnerDirectory([], 'mocha', words('npm exec --prefix web -- mocha'))).toBeUndefined();
    expect(runnerDirectory([], 'mocha', words('yarn --cwd "$DIR" mocha'))).toBeUndefined();
    // After the runner's name, -C is the runner's own option.
    expect(runnerDirectory([], 'mocha', words('npx mocha -C'))).toBe('');
  });
});
