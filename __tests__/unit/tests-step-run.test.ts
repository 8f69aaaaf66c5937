/**
 * How a failed step ran its test runner and what its failure skipped (test-recovery/core/step-script.ts,
 * step-run.ts), the re-run that keeps the step's invocation (invocation.ts, rerun.ts), and each test's
 * verdict from its own result (verdict.ts, console.ts): pure, on the shapes real projects use.
 */
import { passedFromConsole } from '../../src/test-recovery/core/console-passed.js';
import { testKey, type TestId } from '../../src/core/test-identity.js';
import { planStepRun, rerunOfCommand, shellStopsOnError } from '../../src/test-recovery/core/step-run.js';
import { failedBeside, rerunVerdicts, whyNotRun } from '../../src/test-recovery/core/verdict.js';
import { runnerDirectory } from '../../src/test-recovery/core/stop-config.js';
import { builtInRerun } from '../../src/test-recovery/core/rerun.js';

const t = (runner: TestId['runner'], suite: string, name: string): TestId => ({ runner, suite, name });

describe('the re-run keeps the step’s invocation and changes only the selection', () => {
  it('per runner: config, profile, feature, tag and project flags kept; selection out, coverage kept without its threshold', () => {
    expect(
      rerunOfCommand(
        'jest',
        [t('jest', 'a.test.ts', 'm › x')],
        'pnpm exec jest --config jest.ci.js --ci --coverage src/',
      ),
    ).toBe(
      "pnpm exec jest --config jest.ci.js --ci --coverage --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.ts' -t '^(m x)$'",
    );
    expect(
      rerunOfCommand(
        'pytest',
        [t('pytest', 'tests/t.py', 'x')],
        'poetry run pytest -c ci.ini -k slow --cov src --cov-fail-under=90 tests',
      ),
    ).toBe(
      "poetry run pytest -c ci.ini --cov src --cov-fail-under=0 --cov-report= --cov-append -rA 'tests/t.py::x'",
    );
    expect(rerunOfCommand('pytest', [t('pytest', 't.py', 'x')], 'uv run python -m pytest -x')).toBe(
      "uv run python -m pytest -x -rA 't.py::x'",
    );
    expect(
      rerunOfCommand(
        'go',
        [t('go', 'example.com/m', 'TestX')],
        'go test -race -tags=integration -run Foo ./...',
      ),
    ).toBe("go test -race -tags=integration -count=1 -v -run '^TestX$' 'example.com/m'");
    // A step that repeats each test keeps its repeats: a test failing only on a repeat fails alone too.
    expect(
      rerunOfCommand('go', [t('go', 'example.com/m', 'TestX')], 'go test -count 3 -shuffle=on ./...'),
    ).toBe("go test -shuffle=on -count=3 -v -run '^TestX$' 'example.com/m'");
    // The count read from the words as the shell passes them (quoted, `-test.count`), and from GOFLAGS, which go
    // reads before the command line: the re-run's own -count would override the step's repeats.
    const x = [t('go', 'example.com/m', 'TestX')];
    expect(rerunOfCommand('go', x, 'go test -count "3" ./...')).toContain(' -count=3 -v ');
    expect(rerunOfCommand('go', x, 'go test -test.count=3 ./...')).toContain(' -count=3 -v ');
    expect(rerunOfCommand('go', x, 'GOFLAGS=-count=3 go test ./...')).toContain(' -count=3 -v ');
    expect(rerunOfCommand('go', x, 'GOFLAGS=-count=3 go test -count=1 ./...')).toContain(' -count=1 -v ');
    const fromEnv = planStepRun(
      'go test ./...',
      true,
      {},
      'go',
      '',
      {},
      { vars: { GOFLAGS: '-race -count=3' } },
    );
    expect(builtInRerun('go', x, fromEnv.how)).toContain(' -count=3 -v ');
    const exported = planStepRun("export GOFLAGS='-count 4' && go test ./...", true, {}, 'go', '');
    expect(builtInRerun('go', x, exported.how)).toContain(' -count=4 -v ');
    expect(
      rerunOfCommand(
        'cargo',
        [t('cargo', 'src/lib.rs', 'a::b')],
        'cargo test -p core --features full smoke -- --test-threads=1 --skip slow',
      ),
    ).toBe("cargo test -p core --features full -- --test-threads=1 --exact 'a::b'");
    expect(
      rerunOfCommand(
        'maven',
        [t('maven', 'x.FooTest', 'a')],
        'mvn -B -P ci -pl core -am clean verify -DskipTests=false',
      ),
    ).toBe("mvn -B -P ci -pl core -am test -Dsurefire.failIfNoSpecifiedTests=false '-Dtest=x.FooTest#a'");
    expect(
      rerunOfCommand(
        'gradle',
        [t('gradle', 'x.FooTest', 'a()')],
        './gradlew :app:test build --tests Other -Pci',
      ),
    ).toBe("./gradlew -Pci :app:test --tests 'x.FooTest.a'");
    expect(
      rerunOfCommand(
        'rspec',
        [t('rspec', 'spec/a_spec.rb', 'works')],
        'bundle exec rspec spec/a_spec.rb:3 --tag fast',
      ),
    ).toBe("bundle exec rspec --tag fast 'spec/a_spec.rb' -e 'works'");
  });

  it("jest: a file's path is a pattern, its brackets escaped so it matches itself (app/[id]/)", () => {
    expect(rerunOfCommand('jest', [t('jest', 'app/[id]/(g)/page.test.js', 'x')], 'npx jest --ci')).toBe(
      "npx jest --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'app/\\[id\\]/\\(g\\)/page.test.js' -t '^(x)$'",
    );
  });

  it("a pipe or '||': the runner's own command is still kept (the step then runs whole once)", () => {
    expect(
      rerunOfCommand('jest', [t('jest', 'a.test.js', 'x')], 'npx jest --config c.js 2>&1 | tee log'),
    ).toBe(
      "npx jest --config c.js --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(x)$'",
    );
    expect(planStepRun('cd py && pytest -c ci.ini || exit 1', true, {}, 'pytest', '').how?.setup).toEqual([
      'cd py',
    ]);
  });

  it('pushd web && npm ci && popd && mocha: the re-run and its config are back where the runner ran', () => {
    const plan = planStepRun('pushd web && npm ci && popd && npx mocha', true, {}, 'mocha', '');
    expect(plan.how?.setup).toEqual(['pushd web', 'popd']);
    expect(runnerDirectory(plan.how!.setup, 'mocha', plan.how!.words)).toBe('');
    expect(runnerDirectory(['cd app', 'pushd web', 'cd x', 'popd'])).toBe('app');
    // A popd with nothing pushed, or with an argument, leaves the directory unknown.
    expect(runnerDirectory(['popd'])).toBeUndefined();
    expect(runnerDirectory(['pushd web', 'popd +1'])).toBeUndefined();
  });

  it('a package script: the runner invocation in it, run through its package manager', () => {
    const scripts = { test: 'cross-env TZ=UTC jest --config ci.js', 'test:py': 'pytest -c ci.ini' };
    expect(rerunOfCommand('jest', [t('jest', 'a.test.js', 'x')], 'npm test -- --ci', scripts)).toBe(
      "npm exec --no -- cross-env TZ=UTC jest --config ci.js --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(x)$'",
    );
    expect(rerunOfCommand('pytest', [t('pytest', 't.py', 'x')], 'pnpm test:py', scripts)).toBe(
      "pnpm exec pytest -c ci.ini -rA 't.py::x'",
    );
  });
});

describe('green only if the whole step ran', () => {
  const ms = {
    test: 'pnpm run test:nodejs && pnpm run test:edge',
    'test:nodejs': 'jest --env node',
    'test:edge': 'jest --env edge-runtime',
  };

  it('vercel/ms: a flake in test:nodejs skipped test:edge, which runs after; a failure in test:edge ends the step', () => {
    const first = planStepRun('pnpm test', true, ms, 'jest', 'Test Suites: 1 failed, 1 total\n');
    expect(first.after).toEqual({ kind: 'rest', script: 'pnpm run test:edge' });
    expect(first.how?.pm).toBe('pnpm');
    const second = planStepRun(
      'pnpm test',
      true,
      ms,
      'jest',
      'Test Suites: 2 passed\nTest Suites: 1 failed\n',
    );
    expect(second.after).toEqual({ kind: 'nothing' });
    expect(
      rerunOfCommand('jest', [t('jest', 'a.test.js', 'x')], 'pnpm test', ms, 'Test Suites: 1 failed'),
    ).toContain('pnpm exec jest --env node');
  });

  it('npm runs pretest before test and stops when it fails: a runner in it failed, the test script runs after', () => {
    const scripts = { pretest: 'jest --ci unit', test: 'jest --ci integration', 'pre:lint': 'x' };
    // One summary: pretest's jest failed, or the package manager skipped pretest (npm's ignore-scripts config,
    // yarn 2+) and the test script's failed: not told apart, the whole step runs (the review: taken as
    // pretest's, a flake of the test script stayed red for good).
    const one = planStepRun('npm test', true, scripts, 'jest', 'Test Suites: 1 failed, 1 total\n');
    expect(one.after).toEqual({
      kind: 'whole',
      why: 'it runs jest 2 times and its output does not tell which one failed',
    });
    // The step's own --ignore-scripts: npm runs no pretest (npm 11.19.1), the one jest is the test script's.
    const ignored = planStepRun(
      'npm test --ignore-scripts',
      true,
      scripts,
      'jest',
      'Test Suites: 1 failed\n',
    );
    expect(ignored.after).toEqual({ kind: 'nothing' });
    expect(ignored.how?.words.map((w) => w.text)).toEqual(['jest', '--ci', 'integration']);
    const inTest = planStepRun(
      'npm test',
      true,
      scripts,
      'jest',
      'Test Suites: 1 passed\nTest Suites: 1 failed\n',
    );
    expect(inTest.after).toEqual({ kind: 'nothing' });
    expect(inTest.how?.words.map((w) => w.text)).toEqual(['jest', '--ci', 'integration']);
    // The step's arguments are the test script's, not pretest's; a pretest npm cannot read leaves the step whole.
    const withArgs = planStepRun(
      'npm test -- -w 2',
      true,
      scripts,
      'jest',
      'Test Suites: 1 passed\nTest Suites: 1 failed',
    );
    expect(withArgs.how?.words.map((w) => w.text)).toEqual(['jest', '--ci', 'integration', '-w', '2']);
    const piped = planStepRun('npm test', true, { ...scripts, pretest: 'jest unit | tee log' }, 'jest', '');
    expect(piped.after.kind === 'whole' && piped.after.why).toContain("in package script 'pretest'");
  });

  it('bash -e lines and set -e; sh without -e; && and ; chains; what the module does not read', () => {
    const run = (command: string, errexit = true, output = ''): unknown =>
      planStepRun(command, errexit, {}, 'pytest', output).after;
    expect(run('cd py\npytest -q a\npytest -q b\nmake docs', true, '1 failed in 0.1s')).toEqual({
      kind: 'rest',
      script: 'cd py && pytest -q b && make docs',
    });
    expect(run('pytest -q a\nmake docs', false)).toEqual({
      kind: 'whole',
      why: 'a command after the failed one runs whatever its status, so the step status came from it',
    });
    expect(run('set -euo pipefail\npytest -q a\nmake docs', false)).toEqual({
      kind: 'rest',
      script: 'set -euo pipefail && make docs',
    });
    expect(run('pytest a; echo done', true)).toEqual({ kind: 'rest', script: 'echo done' });
    expect(run('pytest a || true')).toMatchObject({ kind: 'whole' });
    expect(run('for f in a b; do pytest $f; done')).toMatchObject({ kind: 'whole' });
    expect(run('pytest a && pytest b', true, 'no summary')).toMatchObject({
      kind: 'whole',
      why: 'it runs pytest 2 times and its output does not tell which one failed',
    });
    expect(run('echo "pytest | x" && pytest -q # comment | not a pipe')).toEqual({ kind: 'nothing' });
    expect(run('make test')).toMatchObject({
      kind: 'whole',
      why: 'its command does not show where it runs pytest',
    });
  });

  it("pytest: a summary a failed test printed (its report shows it) is not a run's; under -s none is counted", () => {
    const run = (command: string, output: string): unknown =>
      planStepRun(command, true, {}, 'pytest', output).after;
    // The first line's test failed; what it printed (a pytester run's summary) is shown in its report.
    const output = [
      '=================================== FAILURES ===================================',
      '----------------------------- Captured stdout call -----------------------------',
      '============================== 3 passed in 0.01s ===============================',
      '=========================== short test summary info ============================',
      'FAILED tests/unit/test_tool.py::test_tool - AssertionError',
      '1 failed in 0.03s',
    ].join('\n');
    expect(run('pytest -q tests/unit\npytest -q tests/integration', output)).toEqual({
      kind: 'rest',
      script: 'pytest -q tests/integration',
    });
    // A passing first run's summary still counts: the second line failed, nothing follows.
    expect(run('pytest -q a\npytest -q b', `2 passed in 0.1s\n${output}`)).toEqual({ kind: 'nothing' });
    for (const flags of ['-s', '-vs', '--capture=no', '--capture tee-sys', '-p no:capture'])
      expect(run(`pytest ${flags} a\npytest b`, `2 passed in 0.1s\n${output}`)).toMatchObject({
        kind: 'whole',
        why: 'it runs pytest 2 times and its output does not tell which one failed',
      });
    // `-rs` is -r's argument, not -s.
    expect(run('pytest -rs a\npytest b', output)).toMatchObject({ kind: 'rest', script: 'pytest b' });
  });

  it("pytest: -rA's PASSES section shows a passed test's output, -s in PYTEST_ADDOPTS or a config's addopts", () => {
    // The first line passed under -rA, its test printing a pytester run's summary; the second line failed.
    const passes = [
      '==================================== PASSES ====================================',
      '----------------------------- Captured stdout call -----------------------------',
      '============================== 3 passed in 0.01s ===============================',
      '=========================== short test summary info ============================',
      'PASSED tests/unit/test_tool.py::test_tool',
      '1 passed in 0.03s',
      '1 failed in 0.02s',
    ].join('\n');
    // Counted as three runs, the failure looked like a third line's: the step ran pytest thrice, so the third
    // line (never run) was skipped. Undercounted, the first line's run is taken: what follows it runs.
    expect(planStepRun('pytest -rA a\npytest -q b\npytest -q c', true, {}, 'pytest', passes).after).toEqual({
      kind: 'rest',
      script: 'pytest -q b && pytest -q c',
    });
    const output = '2 passed in 0.1s\n1 failed in 0.02s\n';
    const plan = (configs = {}, vars = {}): unknown =>
      planStepRun('pytest a\npytest b', true, {}, 'pytest', output, configs, { vars }).after;
    expect(plan()).toEqual({ kind: 'nothing' });
    const whole = {
      kind: 'whole',
      why: 'it runs pytest 2 times and its output does not tell which one failed',
    };
    expect(plan({}, { PYTEST_ADDOPTS: '-v -s' })).toEqual(whole);
    // The command's own `export` is read as the environment's (step-env.ts stepEnvName names it).
    const exported = 'export PYTEST_ADDOPTS=-s\npytest a\npytest b';
    expect(planStepRun(exported, true, {}, 'pytest', output).after).toEqual(whole);
    expect(plan({ 'pytest.ini': '[pytest]\naddopts = -q\n  --capture=no\n' })).toEqual(whole);
    expect(plan({ 'pyproject.toml': '[tool.pytest.ini_options]\naddopts = ["-ra", "-s"]\n' })).toEqual(whole);
    expect(plan({ 'setup.cfg': null })).toEqual(whole);
    expect(plan({ 'tox.ini': '[pytest]\naddopts = -rs\nfoo = -s\n' }, { PYTEST_ADDOPTS: '-rs' })).toEqual({
      kind: 'nothing',
    });
  });

  it('jest: an obsolete snapshot fails the run whatever the tests did: the whole step runs once', () => {
    expect(
      planStepRun('npx jest --ci', true, {}, 'jest', 'Snapshots:   1 obsolete, 1 passed, 1 total\n').after,
    ).toEqual({
      kind: 'whole',
      why: 'jest failed the run on an obsolete snapshot (Snapshots: ... obsolete), which a re-run of the failed tests does not clear',
    });
    expect(
      planStepRun('npx jest --ci', true, {}, 'jest', 'Snapshots:   1 file obsolete, 0 total\n').after,
    ).toMatchObject({ kind: 'whole' });
    expect(planStepRun('npx jest', true, {}, 'jest', 'Snapshots:   1 removed, 0 total\n').after).toEqual({
      kind: 'nothing',
    });
  });

  it("a monorepo's package script in another directory is not the root's: the whole step runs once", () => {
    // The root's `test` runs jest over every package; npm -ws, -w, --prefix and a `cd` run another package.json's.
    const root = { test: 'jest', 'test:all': 'cd packages/api && npm test' };
    const after = (command: string): unknown => planStepRun(command, true, root, 'jest', '').after;
    // The reason names the script not read: whose package.json npm (or the `cd`) ran it from.
    const unread = (from: string): unknown => ({
      kind: 'whole',
      why: `${from}, not the root's read here, so where it runs jest is not known`,
    });
    for (const [command, from] of [
      ['npm test --workspaces', "npm runs the 'test' script of each workspace (--workspaces)"],
      ['npm test -ws', "npm runs the 'test' script of each workspace (-ws)"],
      ['npm run test -w packages/api', "npm runs the 'test' script of the workspace it names (-w)"],
      [
        'npm run test --workspace=api',
        "npm runs the 'test' script of the workspace it names (--workspace=api)",
      ],
      [
        'npm test --prefix packages/api',
        "npm runs the 'test' script of the package under its prefix (--prefix)",
      ],
      ['npm test -C packages/api', "npm runs the 'test' script of the package under its prefix (-C)"],
      ['cd packages/api && npm test', "it runs the 'test' script of the directory it changed to"],
      ['pushd packages/api\nnpm test', "it runs the 'test' script of the directory it changed to"],
      ['npm run test:all', "it runs the 'test' script of the directory it changed to"],
    ] as const)
      expect([command, after(command)]).toEqual([command, unread(from)]);
    // The root's own script: npm's other options, and words after `--` (the script's), keep it read.
    expect(after('npm test --silent')).toEqual({ kind: 'nothing' });
    expect(planStepRun('npm test -- -w 2', true, root, 'jest', '').how?.words.map((w) => w.text)).toEqual([
      'jest',
      '-w',
      '2',
    ]);
    // pnpm passes every option after the script's name to the script (pnpm 10.34.9 runs `jest -r`).
    expect(planStepRun('pnpm test -r', true, root, 'jest', '').how?.words.map((w) => w.text)).toEqual([
      'jest',
      '-r',
    ]);
    // A runner run after a `cd` is still the step's own command.
    expect(planStepRun('cd packages/api && npx jest', true, root, 'jest', '').how?.setup).toEqual([
      'cd packages/api',
    ]);
  });

  it("npm's other spellings of its workspace and prefix options, and a cd's, run another package's script too", () => {
    // npm's option parser (nopt) strips any leading dashes, reads `ws` and `w` as shorthands wherever they are
    // and expands an unambiguous abbreviation (`--prefi`, with a warning): each of these ran a workspace's script.
    const root = { test: 'jest' };
    const after = (command: string): unknown => planStepRun(command, true, root, 'jest', '').after;
    const ws = (opt: string) => `npm runs the 'test' script of each workspace (${opt})`;
    const named = (opt: string) => `npm runs the 'test' script of the workspace it names (${opt})`;
    const prefix = (opt: string) => `npm runs the 'test' script of the package under its prefix (${opt})`;
    const moved = "it runs the 'test' script of the directory it changed to";
    for (const [command, unread] of [
      ['npm test --ws', ws('--ws')],
      ['npm test --ws=true', ws('--ws=true')],
      ['npm test --w packages/api', named('--w')],
      ['npm test -workspace api', named('-workspace')],
      ['npm test -workspaces', ws('-workspaces')],
      ['npm test -prefix packages/api', prefix('-prefix')],
      ['npm test --C packages/api', prefix('--C')],
      ['npm test --prefi packages/api', prefix('--prefi')],
      // bash's builtins run `cd` as `cd` itself does.
      ['builtin cd packages/api && npm test', moved],
      ['command cd packages/api && npm test', moved],
    ] as const)
      expect([command, after(command)]).toEqual([
        command,
        { kind: 'whole', why: `${unread}, not the root's read here, so where it runs jest is not known` },
      ]);
    // `--workspaces=false` (and its shorthand's) runs the root's own script: it is read, nothing runs whole.
    for (const command of ['npm test --workspaces=false', 'npm test -ws=false', 'npm test --ws=false'])
      expect([command, after(command)]).toEqual([command, { kind: 'nothing' }]);
  });

  it('the shells that stop at a failed command', () => {
    expect(
      ['bash', 'sh', '/bin/sh -e {0}', 'bash --noprofile --norc -eo pipefail {0}'].map(shellStopsOnError),
    ).toEqual([true, true, true, true]);
    expect(['bash {0}', 'sh {0}'].map(shellStopsOnError)).toEqual([false, false]);
  });
});

describe("a re-run's verdict comes from each test's own result", () => {
  const ids = [t('jest', 'src/a.test.js', 'm › x'), t('jest', 'src/b.test.js', 'y')];

  it('passed only when shown passed; failed wins; not shown: not re-run, with why', () => {
    const output =
      'PASS src/a.test.js\n  m\n    ✓ x (3 ms)\n    ○ skipped z\n\nTests: 1 passed, 1 skipped, 2 total\n';
    const seen = { failed: [], passed: passedFromConsole(output, 'jest') };
    expect(seen.passed.map(testKey)).toEqual(['jest:src/a.test.js::m › x']);
    const v = rerunVerdicts(ids, seen, () => whyNotRun({ exitCode: 0, output }, false));
    expect(v.get(testKey(ids[0]!))).toEqual({ state: 'passed' });
    expect(v.get(testKey(ids[1]!))).toEqual({
      state: 'not-run',
      why: 'the re-run exited 0 and its output and reports do not show this test ran',
    });
    const both = rerunVerdicts([ids[0]!], { failed: [ids[0]!], passed: [ids[0]!] }, () => '');
    expect(both.get(testKey(ids[0]!))).toEqual({ state: 'failed' });
  });

  it('a test the re-run shows failed beside those it was to run (a go parent) is named', () => {
    const sub = t('go', 'example.com/p', 'TestTable/flaky');
    const parent = t('go', 'example.com/p', 'TestTable');
    expect(failedBeside([sub], { failed: [parent], passed: [sub] })).toEqual(parent);
    expect(failedBeside([sub], { failed: [sub], passed: [] })).toBeUndefined();
  });

  it("each runner's words for a re-run that ran nothing or could not start", () => {
    const why = (output: string, exitCode = 0): string => whyNotRun({ exitCode, output }, false);
    for (const output of [
      'Tests:       58 skipped, 58 total',
      'no tests ran in 0.01s',
      'ok  \texample.com/m\t0.01s [no tests to run]',
      'running 0 tests',
      '      Tests  2 skipped (2)',
    ])
      expect(why(output)).toBe('the re-run ran no test: its selection matched nothing');
    expect(why('sh: 1: jest: not found', 127)).toMatch(/did not start \(exit 127/);
    expect(whyNotRun({ timedOut: true, output: '' }, true)).toMatch(/time limit/);
  });

  it('passes as each runner prints them', () => {
    const summary = '=========================== short test summary info ============================';
    expect(
      passedFromConsole(
        `tests/t.py::K::test_y PASSED [ 50%]\n${summary}\nPASSED tests/t.py::test_x[1-2]`,
        'pytest',
      ).map(testKey),
    ).toEqual(['pytest:tests/t.py::K::test_y', 'pytest:tests/t.py::test_x[1-2]']);
    // A parameter id with spaces (pytest 8: `parametrize("v", ["a b"])`), in -rA's and -v's forms.
    expect(
      passedFromConsole(
        `t.py::test_p[c d]] PASSED   [100%]\n${summary}\nPASSED t.py::test_p[a b]`,
        'pytest',
      ).map(testKey),
    ).toEqual(['pytest:t.py::test_p[c d]]', 'pytest:t.py::test_p[a b]']);
    // -v's line with pytest's closing counts after it (-q's form too); a session that never ended shows no pass:
    // under -s a test's own print of the line, then its process ended (os._exit, a crash in its teardown).
    expect(passedFromConsole('t.py::test_a PASSED [100%]\n1 passed in 0.01s', 'pytest')).toHaveLength(1);
    expect(passedFromConsole('t.py \nt.py::test_a PASSED\nPASSED t.py::test_a\n', 'pytest')).toEqual([]);
    expect(
      passedFromConsole(
        '=== RUN   TestX\n--- PASS: TestX (0.00s)\nPASS\nok  \texample.com/m\t0.1s\n',
        'go',
      ).map(testKey),
    ).toEqual(['go:example.com/m::TestX']);
    expect(
      passedFromConsole(
        '     Running unittests src/lib.rs (target/x)\ntest a::b ... ok\ntest a::c ... FAILED\n',
        'cargo',
      ).map(testKey),
    ).toEqual(['cargo:src/lib.rs::a::b[x]']);
    expect(
      passedFromConsole(' ✓ src/a.test.ts > m > x 2ms\n × src/a.test.ts > m > y 1ms\n', 'vitest').map(
        testKey,
      ),
    ).toEqual(['vitest:src/a.test.ts::m > x']);
  });
});
