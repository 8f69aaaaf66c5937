/**
 * Re-running only the failed tests: the built-in commands select exactly those tests when the real runner
 * runs them (jest, pytest, go), no test name can inject shell, and the plan's bounds and conclusion
 * (cap, changed files, the history's flaky and broken tests, quarantine, fail-on-passed-after-retry).
 */
import { spawnSync } from 'node:child_process';
import { failedFromConsole } from '../../src/test-recovery/core/console.js';
import { testKey, type TestHistoryView, type TestId } from '../../src/core/test-identity.js';
import {
  concludeTests,
  inChangedFile,
  NO_HISTORY,
  planRetries,
  type TestRetrySettings,
} from '../../src/test-recovery/core/plan.js';
import {
  builtInRerun as rerunOf,
  checkTemplate,
  fromTemplate,
  judgedByConsole,
  shellQuote,
} from '../../src/test-recovery/core/rerun.js';
import { planStepRun, rerunOfCommand as builtInRerun } from '../../src/test-recovery/core/step-run.js';
import { describeIfRunner, goEnv, project, run, runners } from '../runners.js';

const HOSTILE = [
  "it's",
  'a"b',
  '$(touch pwned)',
  '`id`',
  'x; rm -rf /',
  'new\nline',
  '\\',
  ' lead',
  '*',
  '-e',
];

function bashArgs(script: string, cwd?: string): string[] {
  const r = spawnSync('bash', ['-c', `set -f; for a in ${script}; do printf '%s\\0' "$a"; done`], {
    encoding: 'utf8',
    ...(cwd ? { cwd } : {}),
  });
  return r.stdout.split('\0').slice(0, -1);
}

describe('shell quoting of untrusted names', () => {
  it('every hostile name reaches the program as one argument, unchanged', () => {
    for (const name of HOSTILE) expect(bashArgs(shellQuote(name))).toEqual([name]);
  });

  it("a team's template gets each placeholder's values quoted, and must name one", () => {
    const dir = project({});
    const tests: TestId[] = HOSTILE.map((name) => ({ runner: 'junit', suite: 'f.js', name }));
    const command = fromTemplate('printf "%s\\0" {names} {files} > out', tests);
    spawnSync('bash', ['-c', command], { cwd: dir });
    const out = spawnSync('cat', ['out'], { cwd: dir, encoding: 'utf8' }).stdout.split('\0').slice(0, -1);
    expect(out).toEqual([...HOSTILE, 'f.js']);
    expect(spawnSync('ls', [dir], { encoding: 'utf8' }).stdout).not.toContain('pwned');
    expect(() => checkTemplate('npm test')).toThrow(/names no placeholder/);
    expect(() => checkTemplate('npx mocha {files} --grep {pattern}')).not.toThrow();
  });

  it("keeps the step's own words before the runner, and its set-up commands, as written", () => {
    const p = (command: string): string | undefined =>
      builtInRerun('pytest', [{ runner: 'pytest', suite: 't.py', name: 'x' }], command);
    expect(p('cd x && python3 -m pytest -q tests')).toBe("cd x && python3 -m pytest -q -rA 't.py::x'");
    const esm = '--experimental-vm-modules --disable-warning=ExperimentalWarning';
    const j = (command: string): string | undefined =>
      builtInRerun('jest', [{ runner: 'jest', suite: 'a.test.js', name: 'x' }], command);
    expect(j(`NODE_OPTIONS="${esm}" npx jest --ci`)).toBe(
      `NODE_OPTIONS="${esm}" npx jest --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(x)$'`,
    );
    expect(j('X=1; npx jest')).toBe(
      "X=1 && npx jest --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(x)$'",
    );
    // What this module does not read (a command substitution, a pipe) falls back to the runner's usual program.
    for (const command of ['X="$(touch pwned)" npx jest', 'X=`touch pwned` npx jest', 'npx jest | tee log'])
      expect(j(command)).toBe(
        "npx jest --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(x)$'",
      );
  });

  it('a built-in command for each runner, with patterns anchored and escaped', () => {
    const t = (runner: TestId['runner'], suite: string, name: string): TestId => ({ runner, suite, name });
    expect(builtInRerun('gradle', [t('gradle', 'com.x.FooTest', 'bar()')], './gradlew test')).toBe(
      "./gradlew test --tests 'com.x.FooTest.bar'",
    );
    expect(builtInRerun('maven', [t('maven', 'FooTest', 'a'), t('maven', 'FooTest', 'b')], 'mvn test')).toBe(
      "mvn test -Dsurefire.failIfNoSpecifiedTests=false '-Dtest=FooTest#a+b'",
    );
    expect(builtInRerun('nextest', [t('nextest', 'crate::bin', 'tests::x')], 'cargo nextest run')).toBe(
      "cargo nextest run --status-level pass -E 'test(=tests::x)'",
    );
    expect(builtInRerun('dotnet', [t('dotnet', 'Ns.Cls', 'M')], 'dotnet test')).toBe(
      "dotnet test --logger 'console;verbosity=normal' --filter 'FullyQualifiedName=Ns.Cls.M'",
    );
    expect(builtInRerun('rspec', [t('rspec', 'spec/a_spec.rb', "A it's")], 'bundle exec rspec')).toBe(
      "bundle exec rspec 'spec/a_spec.rb' -e 'A it'\\''s'",
    );
    expect(builtInRerun('phpunit', [t('phpunit', 'A\\BTest', 'testX')], 'vendor/bin/phpunit')).toBe(
      "vendor/bin/phpunit --no-coverage --filter '/^(A\\\\BTest::testX)( with data set .*)?$/'",
    );
    // vitest keeps what its coverage instruments (a test may fail only under it), never its reports or thresholds.
    expect(
      builtInRerun(
        'vitest',
        [t('vitest', 'a.test.ts', 's > x')],
        'npx vitest --coverage --coverage.provider=v8 --coverage.reporter lcov --coverage.thresholds.lines=90',
      ),
    ).toBe(
      "npx vitest run --coverage --coverage.provider=v8 --coverage.reporter=text-summary --coverage.clean=false --coverage.thresholds.autoUpdate=false --coverage.thresholds.100=false --coverage.thresholds.lines=0 --coverage.thresholds.functions=0 --coverage.thresholds.branches=0 --coverage.thresholds.statements=0 --reporter=verbose 'a.test.ts' -t '^(s x)$'",
    );
    // `--coverage false` is coverage off (its value, not a path), and stays off.
    expect(builtInRerun('jest', [t('jest', 'a.test.js', 'x')], 'npx jest --coverage false b.test.js')).toBe(
      "npx jest --coverage false --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(x)$'",
    );
    // jest's arrays take every word up to the next option: all are kept (or dropped, for a selection).
    expect(
      builtInRerun(
        'jest',
        [t('jest', 'a.test.js', 'x')],
        'npx jest --selectProjects a b --testPathPattern c d --setupFilesAfterEnv ./s.js --ci',
      ),
    ).toBe(
      "npx jest --selectProjects a b --setupFilesAfterEnv ./s.js --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(x)$'",
    );
    // The `=` form of an array takes the words after it too, as yargs does (`./b.js` is a set-up file).
    expect(
      builtInRerun(
        'jest',
        [t('jest', 'a.test.js', 'x')],
        'npx jest --setupFiles=./a.js ./b.js --selectProjects=p q',
      ),
    ).toBe(
      "npx jest --setupFiles=./a.js ./b.js --selectProjects=p q --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(x)$'",
    );
    // A kebab spelling is the camelCase option (yargs and cac read it so): its values are kept, its selection dropped.
    expect(
      builtInRerun(
        'jest',
        [t('jest', 'a.test.js', 'x')],
        'npx jest --setup-files-after-env ./s.js --test-name-pattern y --test-timeout 50 b.test.js',
      ),
    ).toBe(
      "npx jest --setup-files-after-env ./s.js --test-timeout 50 --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(x)$'",
    );
    expect(
      builtInRerun('vitest', [t('vitest', 'a.test.ts', 'x')], 'npx vitest run --hook-timeout 100 b.test.ts'),
    ).toContain('--hook-timeout 100 ');
    expect(
      builtInRerun(
        'vitest',
        [t('vitest', 'a.test.ts', 'x')],
        'npx vitest --coverage.enabled false b.test.ts',
      ),
    ).toBe(
      "npx vitest run --coverage.enabled false --coverage.reporter=text-summary --coverage.clean=false --coverage.thresholds.autoUpdate=false --coverage.thresholds.100=false --coverage.thresholds.lines=0 --coverage.thresholds.functions=0 --coverage.thresholds.branches=0 --coverage.thresholds.statements=0 --reporter=verbose 'a.test.ts' -t '^(x)$'",
    );
    // A coverage option's value after a space is its value, not a path to drop (vitest 3.2's options).
    expect(
      builtInRerun(
        'vitest',
        [t('vitest', 'a.test.ts', 'x')],
        'npx vitest --coverage --coverage.processingConcurrency 4 --coverage.allowExternal true b.test.ts',
      ),
    ).toBe(
      "npx vitest run --coverage --coverage.processingConcurrency 4 --coverage.allowExternal true --coverage.reporter=text-summary --coverage.clean=false --coverage.thresholds.autoUpdate=false --coverage.thresholds.100=false --coverage.thresholds.lines=0 --coverage.thresholds.functions=0 --coverage.thresholds.branches=0 --coverage.thresholds.statements=0 --reporter=verbose 'a.test.ts' -t '^(x)$'",
    );
    // go's -coverprofile file is the step's (the job uploads it): the re-run is instrumented, writes none.
    for (const flag of ['-coverprofile=c.out', '-coverprofile c.out', '--coverprofile=c.out'])
      expect(
        builtInRerun('go', [t('go', 'example.com/m', 'TestX')], `go test -covermode=atomic ${flag} ./...`),
      ).toBe("go test -covermode=atomic -cover -count=1 -v -run '^TestX$' 'example.com/m'");
    // Its profiles, trace and test binary are the step's too: the command line's dropped, GOFLAGS' set empty.
    expect(
      builtInRerun(
        'go',
        [t('go', 'example.com/m', 'TestX')],
        'go test -cpuprofile cpu.out -memprofile=mem.out -blockprofile b.out -mutexprofile m.out -trace t.out -o m.test -outputdir prof ./...',
      ),
    ).toBe("go test -outputdir prof -count=1 -v -run '^TestX$' 'example.com/m'");
    expect(
      builtInRerun(
        'go',
        [t('go', 'example.com/m', 'TestX')],
        "GOFLAGS='-mod=mod -coverprofile=c.out -cpuprofile=cpu.out -tags=it' go test -race ./...",
      ),
    ).toBe(
      "GOFLAGS='-mod=mod -coverprofile=c.out -cpuprofile=cpu.out -tags=it' go test -race -cover -coverprofile= -cpuprofile= -count=1 -v -run '^TestX$' 'example.com/m'",
    );
    // pytest's reports (--junitxml, pytest-html's, pytest-reportlog's) are the step's: the re-run writes none.
    expect(
      builtInRerun(
        'pytest',
        [t('pytest', 'tests/test_a.py', 'test_x')],
        'python -m pytest --junitxml=r.xml --junit-xml r2.xml --html report.html --report-log log.json -p no:cacheprovider tests',
      ),
    ).toBe("python -m pytest -p no:cacheprovider -rA 'tests/test_a.py::test_x'");
    // Reports its ini's addopts names are switched off after it (pytest-cov keeps one report of each type, the
    // last winning); pytest-cov there is kept on, with no threshold, its data added to the step's.
    const ini = {
      'pytest.ini':
        '[pytest]\naddopts =\n  --cov=src --cov-report xml --cov-report=lcov:c.lcov\n  --junit-xml=j.xml\n',
    };
    const how = planStepRun('pytest -q tests', true, {}, 'pytest', '', ini).how;
    expect(rerunOf('pytest', [t('pytest', 'tests/test_a.py', 'test_x')], how)).toBe(
      "pytest -q --cov-fail-under=0 --cov-report= --cov-append --cov-report=xml:/dev/null --cov-report=lcov:/dev/null --junitxml= -rA 'tests/test_a.py::test_x'",
    );
    const plain = planStepRun('pytest -q tests', true, {}, 'pytest', '', {
      'pytest.ini': '[pytest]\naddopts = -ra\n',
    }).how;
    expect(rerunOf('pytest', [t('pytest', 'tests/test_a.py', 'test_x')], plain)).toBe(
      "pytest -q -rA 'tests/test_a.py::test_x'",
    );
    // pytest reads one config, the first it finds, and only its pytest section: a setup.cfg's leftover --cov
    // beside a pytest.ini is not used, nor an addopts in another tool's section.
    const leftover = '[tool:pytest]\naddopts = --cov=src --junitxml=j.xml\n';
    const one = (configs: Record<string, string>): string | undefined =>
      rerunOf(
        'pytest',
        [t('pytest', 'tests/test_a.py', 'test_x')],
        planStepRun('pytest -q tests', true, {}, 'pytest', '', configs).how,
      );
    expect(one({ 'pytest.ini': '[pytest]\naddopts = -ra\n', 'setup.cfg': leftover })).toBe(
      "pytest -q -rA 'tests/test_a.py::test_x'",
    );
    expect(
      one({
        'tox.ini': '[flake8]\naddopts = --junitxml=f.xml\n[pytest]\nxfail_strict = true\n',
        'setup.cfg': leftover,
      }),
    ).toBe("pytest -q -rA 'tests/test_a.py::test_x'");
    // No pytest section in pyproject.toml or tox.ini: setup.cfg's is the config.
    expect(one({ 'pyproject.toml': '[tool.black]\n', 'tox.ini': '[tox]\n', 'setup.cfg': leftover })).toBe(
      "pytest -q --cov-fail-under=0 --cov-report= --cov-append --junitxml= -rA 'tests/test_a.py::test_x'",
    );
    expect(builtInRerun('junit', [t('junit', 'a', 'b')], 'make test')).toBeUndefined();
  });

  it("jest's kebab coverage options go as the camelCase ones (yargs reads them alike)", () => {
    const options = (kebab: boolean): string =>
      [
        '--collectCoverage',
        '--coverageProvider v8',
        '--coveragePathIgnorePatterns gen',
        `--coverageThreshold '{"global":{"lines":90}}'`,
        '--coverageReporters lcov',
        '--coverageDirectory out',
        "--collectCoverageFrom 'src/**'",
      ]
        .map((o) => (kebab ? o.replace(/(?<=\w)([A-Z])/g, (c) => `-${c.toLowerCase()}`) : o))
        .join(' ');
    expect(options(true)).toContain('--coverage-path-ignore-patterns gen --coverage-threshold');
    // What instruments kept (the provider too), what gates or writes (threshold, reporters, directory) out.
    const kept = (kebab: boolean): string =>
      `npx jest ${kebab ? '--collect-coverage --coverage-provider v8 --coverage-path-ignore-patterns gen --collect-coverage-from' : '--collectCoverage --coverageProvider v8 --coveragePathIgnorePatterns gen --collectCoverageFrom'} 'src/**' --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(x)$'`;
    for (const kebab of [false, true])
      expect(
        builtInRerun(
          'jest',
          [{ runner: 'jest', suite: 'a.test.js', name: 'x' }],
          `npx jest ${options(kebab)}`,
        ),
      ).toBe(kept(kebab));
  });
});

describe('jest re-runs only the named tests, for real', () => {
  it('a file and an anchored -t pattern: the failed test runs, not its neighbours nor a longer name', () => {
    const dir = project({
      'package.json': '{"name":"t","jest":{"testEnvironment":"node"}}',
      'a.test.js':
        "describe('m', () => { test('breaks (1)', () => { throw new Error('x'); }); test('breaks (1) too', () => {}); test('ok', () => {}); });\n",
      'b.test.js': "test('other', () => { throw new Error('y'); });\n",
    });
    const first = run(dir, runners.jest, ['--ci', '--rootDir', dir]);
    const failed = failedFromConsole(first.output, 'jest').filter((t) => t.suite === 'a.test.js');
    expect(failed.map(testKey)).toEqual(['jest:a.test.js::m › breaks (1)']);
    const command = builtInRerun('jest', failed, `${runners.jest} --ci`)!;
    const again = spawnSync('bash', ['-c', command], { cwd: dir, encoding: 'utf8' });
    const out = `${again.stdout}${again.stderr}`;
    expect(out).toMatch(/Tests:\s+1 failed, 2 skipped, 3 total/);
    expect(out).not.toContain('b.test.js');
  });

  it('with the variables the step set for it on its command line', () => {
    const dir = project({
      'package.json': '{"name":"t","jest":{"testEnvironment":"node"}}',
      'mode.test.js': "test('runs in ci mode', () => { expect(process.env.SUITE_MODE).toBe('ci'); });\n",
    });
    const step = `SUITE_MODE=ci ${runners.jest} --ci --rootDir ${dir}`;
    const failed: TestId[] = [{ runner: 'jest', suite: 'mode.test.js', name: 'runs in ci mode' }];
    const again = spawnSync('bash', ['-c', builtInRerun('jest', failed, step)!], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(`${again.stdout}${again.stderr}`).toMatch(/Tests:\s+1 passed, 1 total/);
    expect(again.status).toBe(0);
  });
});

describeIfRunner('pytest', 'pytest re-runs only the named node ids, for real', () => {
  it('a parametrised case and a method: 2 run, the rest deselected', () => {
    const dir = project({
      'test_a.py':
        'import pytest\ndef test_ok(): pass\n@pytest.mark.parametrize("x", [1, 2])\ndef test_p(x): assert x == 1\nclass TestK:\n    def test_m(self): assert False\n',
    });
    const first = run(dir, 'python3', ['-m', 'pytest', '-p', 'no:cacheprovider']);
    const failed = failedFromConsole(first.output, 'pytest');
    expect(failed).toHaveLength(2);
    const command = builtInRerun('pytest', failed, 'python3 -m pytest -p no:cacheprovider -q')!;
    const again = spawnSync('bash', ['-c', command], { cwd: dir, encoding: 'utf8' });
    // -q as the step ran it: no collection line; test_ok would show as PASSED under -rA had it run.
    expect(again.stdout).not.toMatch(/PASSED|passed/);
    expect(again.stdout).toMatch(/\b2 failed in /);
    expect(failedFromConsole(again.stdout, 'pytest').map(testKey).sort()).toEqual(failed.map(testKey).sort());
  });
});

describeIfRunner('go', 'go test re-runs only the named test per package, for real', () => {
  it('an anchored -run per test: the subtest alone, not TestBadder', () => {
    const dir = project({
      'go.mod': 'module example.com/demo\n\ngo 1.19\n',
      'a_test.go': `package demo
import "testing"
func TestBad(t *testing.T) { t.Fatal("bad") }
func TestBadder(t *testing.T) { t.Fatal("badder") }
func TestTable(t *testing.T) {
  for _, n := range []string{"one", "two words"} {
    t.Run(n, func(t *testing.T) { if n == "two words" { t.Error("no") } })
  }
}
`,
    });
    const first = run(dir, 'go', ['test', './...'], goEnv(dir));
    const failed = failedFromConsole(first.output, 'go').filter((t) => t.name !== 'TestBadder');
    expect(failed.map(testKey)).toEqual([
      'go:example.com/demo::TestBad',
      'go:example.com/demo::TestTable/two_words',
    ]);
    const command = builtInRerun('go', failed, 'go test ./...')!;
    const again = spawnSync('bash', ['-c', command], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...goEnv(dir) },
    });
    const out = `${again.stdout}${again.stderr}`;
    expect(again.status).toBe(1);
    expect(out).toContain('=== RUN   TestBad\n');
    expect(out).toContain('=== RUN   TestTable/two_words');
    expect(out).not.toContain('TestBadder');
    expect(out).not.toContain('TestTable/one');
  });
});

const SETTINGS: TestRetrySettings = { retries: 2, maxFailed: 10, failOnPassedAfterRetry: false };
const id = (name: string, suite = 'tests/test_a.py'): TestId => ({ runner: 'pytest', suite, name });
const history =
  (known: Record<string, { flaky?: boolean; broken?: boolean; quarantinable?: true }>): TestHistoryView =>
  (key) => {
    const k = known[key];
    if (!k) return undefined;
    const knowledge = { flaky: k.flaky ?? false, broken: k.broken ?? false, flips: 0 };
    return k.quarantinable ? { ...knowledge, quarantinable: true } : knowledge;
  };

describe('the plan: which failed tests are re-run', () => {
  it('every failed test once, a known-flaky one up to test-retries, unless its file changed', () => {
    const plan = planRetries(
      [id('a'), id('b', 'tests/test_new.py'), id('c')],
      SETTINGS,
      new Set(['tests/test_new.py']),
      history({ [testKey(id('c'))]: { flaky: true } }),
    );
    expect(plan.rerun).toEqual([
      { id: id('a'), retries: 1 },
      { id: id('c'), retries: 2 },
    ]);
    expect(plan.kept).toEqual([{ id: id('b', 'tests/test_new.py'), changed: true }]);
    expect(plan.notes.join('\n')).toMatch(/test_new\.py::b: the change added or edited its file: not re-run/);
  });

  it('more failures than the cap: none re-run, but a known-flaky one still is; a broken one once', () => {
    const failed = Array.from({ length: 11 }, (_, i) => id(`t${i}`));
    const over = planRetries(failed, SETTINGS, new Set(), NO_HISTORY);
    expect(over.rerun).toEqual([]);
    expect(over.notes[0]).toMatch(/11 tests failed, more than tests.max-failures \(10\)/);
    const flakyKey = testKey(id('t0'));
    const withFlaky = planRetries(failed, SETTINGS, new Set(), history({ [flakyKey]: { flaky: true } }));
    // The known-flaky test does not count towards the cap, and is re-run.
    expect(withFlaky.rerun.map((r) => r.id.name)).toEqual(failed.map((t) => t.name));
    const broken = planRetries(
      [id('a')],
      SETTINGS,
      new Set(),
      history({ [testKey(id('a'))]: { broken: true } }),
    );
    expect(broken.rerun).toEqual([{ id: id('a'), retries: 1 }]);
  });

  it('a class or package is matched to its changed file', () => {
    expect(
      inChangedFile(
        { runner: 'gradle', suite: 'com.x.FooTest', name: 'a' },
        new Set(['src/test/java/com/x/FooTest.java']),
      ),
    ).toBe(true);
    expect(
      inChangedFile({ runner: 'go', suite: 'example.com/demo/sub', name: 'T' }, new Set(['sub/b_test.go'])),
    ).toBe(true);
    expect(inChangedFile(id('a'), new Set(['tests/test_b.py']))).toBe(false);
  });

  it("a file named from its crate's directory is matched to the changed file ending in it (a cargo workspace)", () => {
    const unit = { runner: 'cargo' as const, suite: 'src/lib.rs', params: 'a', name: 'tests::it_works' };
    expect(inChangedFile(unit, new Set(['crates/a/src/lib.rs']))).toBe(true);
    expect(inChangedFile(unit, new Set(['crates/a/src/main.rs', 'README.md']))).toBe(false);
    // Only the path's end, from a directory boundary.
    expect(inChangedFile(unit, new Set(['crates/a/xsrc/lib.rs']))).toBe(false);
  });
});

describe('the conclusion after the re-runs', () => {
  const plan = planRetries([id('a'), id('b')], SETTINGS, new Set(), NO_HISTORY);
  const quarantine = { quarantine: false, quarantined: [] };

  it('a test that passed on a re-run is flaky and the step passes; one that never passed fails it', () => {
    const both = new Map([
      [testKey(id('a')), { retries: 1, passed: true }],
      [testKey(id('b')), { retries: 2, passed: true }],
    ]);
    const green = concludeTests(plan, both, SETTINGS, quarantine, NO_HISTORY);
    expect(green.recovered).toBe(true);
    expect(green.tests.map((t) => [t.id.name, t.outcome, t.retries])).toEqual([
      ['a', 'flaky', 1],
      ['b', 'flaky', 2],
    ]);
    expect(green.outputs).toMatchObject({ 'tests-flaky': '2', 'tests-failed': '0', 'failed-tests': '' });
    const strict = concludeTests(
      plan,
      both,
      { ...SETTINGS, failOnPassedAfterRetry: true },
      quarantine,
      NO_HISTORY,
    );
    expect(strict.recovered).toBe(false);
    const red = concludeTests(
      plan,
      new Map([
        [testKey(id('a')), { retries: 2, passed: false }],
        [testKey(id('b')), { retries: 1, passed: true }],
      ]),
      SETTINGS,
      quarantine,
      NO_HISTORY,
    );
    expect(red.recovered).toBe(false);
    expect(red.outputs['failed-tests']).toBe('pytest:tests/test_a.py::a');
  });

  it('quarantine: a known-flaky or listed test alone does not fail the step; a broken one or another failure does', () => {
    const failedA = new Map([[testKey(id('a')), { retries: 2, passed: false }]]);
    const onlyA = planRetries([id('a')], SETTINGS, new Set(), NO_HISTORY);
    const flakyA = history({ [testKey(id('a'))]: { flaky: true, quarantinable: true } });
    const on = { quarantine: true, quarantined: [] };
    // Flaky, but not quarantinable (fewer than two same-commit flakes on the default branch): it fails.
    const notEnough = history({ [testKey(id('a'))]: { flaky: true } });
    expect(concludeTests(onlyA, failedA, SETTINGS, on, notEnough).recovered).toBe(false);
    const q = concludeTests(onlyA, failedA, SETTINGS, on, flakyA);
    expect(q.recovered).toBe(true);
    expect(q.tests[0]).toMatchObject({ outcome: 'failed', quarantined: true });
    expect(q.outputs).toMatchObject({
      'quarantined-tests': 'pytest:tests/test_a.py::a',
      'tests-failed': '0',
    });
    expect(concludeTests(onlyA, failedA, SETTINGS, quarantine, flakyA).recovered).toBe(false);
    const listed = { quarantine: false, quarantined: [testKey(id('a'))] };
    expect(concludeTests(onlyA, failedA, SETTINGS, listed, NO_HISTORY).recovered).toBe(true);
    const brokenA = history({ [testKey(id('a'))]: { broken: true } });
    expect(concludeTests(onlyA, failedA, SETTINGS, listed, brokenA).recovered).toBe(false);
    const bothFail = new Map([...failedA, [testKey(id('b')), { retries: 2, passed: false }]]);
    expect(concludeTests(plan, bothFail, SETTINGS, on, flakyA).recovered).toBe(false);
  });

  it('a passed test is recorded only when the history knows it', () => {
    const known = history({ [testKey(id('c'))]: { flaky: true } });
    const v = concludeTests(plan, new Map(), SETTINGS, { quarantine: false, quarantined: [] }, known, [
      id('c'),
      id('d'),
    ]);
    expect(v.tests.filter((t) => t.outcome === 'passed').map((t) => t.id.name)).toEqual(['c']);
  });
});

describe('which re-runs are judged by their console alone (judgedByConsole)', () => {
  test('the runners whose built-in re-run writes no report, and only with no team command', () => {
    for (const runner of ['jest', 'vitest', 'mocha', 'pytest', 'go', 'cargo'] as const) {
      expect(judgedByConsole(runner, '')).toBe(true);
      // A team's test-rerun-command writes what it writes: its reports are read.
      expect(judgedByConsole(runner, 'make retest TESTS={tests}')).toBe(false);
    }
    // Maven and Gradle re-runs write their reports (Surefire has no property for its directory): read them.
    expect(judgedByConsole('maven', '')).toBe(false);
    expect(judgedByConsole('gradle', '')).toBe(false);
    expect(judgedByConsole(undefined, '')).toBe(false);
  });
});
