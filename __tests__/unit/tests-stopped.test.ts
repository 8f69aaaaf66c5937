/**
 * A runner that stopped at a failure left tests unrun: the step then runs whole once after its failed tests
 * passed alone (test-recovery/core/stopped.ts, step-run.ts). On the lines the runners print (jest 29.7,
 * vitest 3.2.7, pytest 9, cargo 1.95, go 1.19, measured) and the options that stop them. Pure.
 */
import { planStepRun } from '../../src/test-recovery/core/step-run.js';

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

  it('jest: `N of M total` only when files did not run', () => {
    expect(after('npx jest --ci', 'jest', 'Test Suites: 1 failed, 1 of 4 total\n').kind).toBe('whole');
    expect(after('npx jest --ci', 'jest', 'Test Suites: 1 failed, 3 passed, 4 total\n').kind).toBe('nothing');
  });

  it('cargo test without --no-fail-fast, once a target failed; a doc test (the last) is no stop', () => {
    const failed = 'test result: FAILED. 0 passed; 1 failed\n\nerror: test failed, to rerun pass `--lib`\n';
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
    expect(after('go test ./...', 'go', '--- FAIL: TestA (0.00s)\nFAIL\tx\t0.02s\n').kind).toBe('nothing');
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
  });

  it('a wrapper that runs the runner in each workspace and stops at the first that fails (npm 11.19.1, pnpm 10.34.9, lerna)', () => {
    const jest = 'Test Suites: 1 failed, 1 total\n';
    const npm =
      'npm exec runs jest in each workspace in turn and stops at the first where it fails, so any workspace after that one did not run';
    const pnpm =
      "pnpm's recursive run stops at the first package that fails (no --no-bail), so the packages after it did not run";
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
    expect(after('npx jest --ci', 'jest', 'FAIL ./a.test.js\n  ● flaky\n').kind).toBe('nothing');
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
    expect(after('npx vitest run', 'vitest', ' FAIL  a.test.mjs > flaky\n').kind).toBe('nothing');
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
    const ended = (status: string) =>
      `${unit}error: test failed, to rerun pass \`--test crash\`\n\nCaused by:\n  process didn't exit successfully: \`D:\\t\\debug\\deps\\crash-1f.exe\` (${status})\n`;
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
