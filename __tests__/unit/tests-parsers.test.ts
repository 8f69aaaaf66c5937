/**
 * core/tests reads which tests failed from what real runners print and write: jest, pytest and go run here
 * in temporary projects; nextest, PHPUnit, Gradle, Maven and rspec from their own published examples
 * (__tests__/fixtures/tests, sources in its NOTICE).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { failedFromConsole } from '../../src/test-recovery/core/console.js';
import { testKey, type TestId } from '../../src/core/test-identity.js';
import { parseJunit, ReportError } from '../../src/test-recovery/core/junit.js';
import { runnerOfCommand, shownName } from '../../src/test-recovery/core/names.js';
import { rerunOfCommand as builtInRerun } from '../../src/test-recovery/core/step-run.js';
import { repoRoot } from '../../stand/services/paths.js';
import { cpuTimed } from '../cpu-time.js';
import { describeIfRunner, goEnv, project, run, runners } from '../runners.js';

const keys = (ids: TestId[]): string[] => ids.map(testKey).sort();
const fixture = (name: string): string =>
  readFileSync(path.join(repoRoot, '__tests__/fixtures/tests', name), 'utf8');

const JEST_TESTS = `
describe('math', () => {
  test('adds', () => { expect(1 + 1).toBe(2); });
  test('breaks', () => { expect(1 + 1).toBe(3); });
  describe('nested', () => { it('deep (fail)', () => { throw new Error('x'); }); });
});
test('top fail', () => { expect(true).toBe(false); });
`;

describe('jest, run for real', () => {
  it('its console names each failed test by file and describe path', () => {
    const dir = project({
      'package.json': '{"name":"t","jest":{"testEnvironment":"node"}}',
      'src/a.test.js': JEST_TESTS,
      'src/b.test.js': "test('fine', () => {});\ntest('b fails', () => { throw new Error('b'); });\n",
    });
    const r = run(dir, runners.jest, ['--ci', '--rootDir', dir]);
    expect(r.status).toBe(1);
    expect(keys(failedFromConsole(r.output, runnerOfCommand('npx jest --ci')))).toEqual([
      'jest:src/a.test.js::math › breaks',
      'jest:src/a.test.js::math › nested › deep (fail)',
      'jest:src/a.test.js::top fail',
      'jest:src/b.test.js::b fails',
    ]);
    // With no runner named (`npm test`), the first parser that finds failures answers.
    expect(failedFromConsole(r.output)).toHaveLength(4);
  });

  it("with projects, the project's name before the path is not taken for the file", () => {
    const dir = project({
      'package.json':
        '{"name":"t","jest":{"projects":[{"displayName":"unit","testEnvironment":"node","testMatch":["<rootDir>/src/**/*.test.js"]}]}}',
      'src/b.test.js': "test('fine', () => {});\ntest('b fails', () => { throw new Error('b'); });\n",
    });
    const r = run(dir, runners.jest, ['--ci', '--rootDir', dir]);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/FAIL\s+unit\s+src\/b\.test\.js/);
    expect(keys(failedFromConsole(r.output, 'jest'))).toEqual(['jest:src/b.test.js::b fails']);
  });
});

const PYTEST_TESTS = `
import pytest
def test_ok(): assert True
def test_bad(): assert 1 == 2
@pytest.mark.parametrize("x", [1, 2])
def test_param(x): assert x == 1
class TestK:
    def test_m(self): raise ValueError("boom")
`;

describeIfRunner('pytest', 'pytest, run for real', () => {
  it('its JUnit report and its console give the same ids: file, class::name, params', () => {
    const dir = project({ 'tests/test_a.py': PYTEST_TESTS });
    const r = run(dir, 'python3', [
      '-m',
      'pytest',
      '-p',
      'no:cacheprovider',
      '--junitxml=report.xml',
      'tests',
    ]);
    expect(r.status).toBe(1);
    const expected = [
      'pytest:tests/test_a.py::TestK::test_m',
      'pytest:tests/test_a.py::test_bad',
      'pytest:tests/test_a.py::test_param[2]',
    ];
    expect(keys(failedFromConsole(r.output, 'pytest'))).toEqual(expected);
    const report = parseJunit(readFileSync(path.join(dir, 'report.xml'), 'utf8'), 'pytest');
    // pytest's classname is dotted from its rootdir (tests.test_a.TestK): the module's path is rebuilt.
    expect(keys(report.failed)).toEqual(expected);
    expect(keys(report.passed)).toEqual([
      'pytest:tests/test_a.py::test_ok',
      'pytest:tests/test_a.py::test_param[1]',
    ]);
  });
});

describeIfRunner('go', 'go test, run for real', () => {
  it('its console names failed tests by package, a failed subtest instead of its parent', () => {
    const dir = project({
      'go.mod': 'module example.com/demo\n\ngo 1.19\n',
      'a_test.go': `package demo
import "testing"
func TestOk(t *testing.T) {}
func TestBad(t *testing.T) { t.Fatal("bad") }
func TestTable(t *testing.T) {
  for _, n := range []string{"one", "two words"} {
    t.Run(n, func(t *testing.T) { if n == "two words" { t.Error("no") } })
  }
}
`,
      'sub/b_test.go': 'package sub\nimport "testing"\nfunc TestSub(t *testing.T) { t.Error("sub fail") }\n',
    });
    const r = run(dir, 'go', ['test', './...'], goEnv(dir));
    expect(r.status).toBe(1);
    expect(keys(failedFromConsole(r.output, runnerOfCommand('go test ./...')))).toEqual([
      'go:example.com/demo/sub::TestSub',
      'go:example.com/demo::TestBad',
      'go:example.com/demo::TestTable/two_words',
    ]);
    const verbose = run(dir, 'go', ['test', '-v', './...'], goEnv(dir));
    expect(keys(failedFromConsole(verbose.output, 'go'))).toEqual(keys(failedFromConsole(r.output, 'go')));
  });
});

describe('published reports and output of runners not installed here', () => {
  it('cargo-nextest JUnit: the failed test, not the one that passed after flaky failures', () => {
    const report = parseJunit(fixture('nextest-junit.xml'), 'nextest');
    expect(keys(report.failed)).toEqual(['nextest:nextest-tests::basic::test_failure_assert']);
    expect(keys(report.passed)).toEqual([
      'nextest:nextest-tests::basic::test_cwd',
      'nextest:nextest-tests::basic::test_flaky_mod_4',
    ]);
  });

  it('PHPUnit --log-junit: failures and errors by namespaced class, skipped ones neither failed nor passed', () => {
    const report = parseJunit(fixture('phpunit-junit.xml'), 'phpunit');
    const cls = 'PHPUnit\\TestFixture\\Basic\\StatusTest';
    expect(keys(report.failed)).toEqual(
      ['testError', 'testErrorWithMessage', 'testFailure', 'testFailureWithMessage'].map(
        (n) => `phpunit:${cls}::${n}`,
      ),
    );
    expect(report.passed).toHaveLength(4);
  });

  it('Gradle JUnit XML and console: class and method', () => {
    expect(keys(parseJunit(fixture('gradle-junit.xml'), 'gradle').failed)).toEqual([
      'gradle:com.victor.paymentreporting.app.PowerDroidControllerTest::failsToDemonstrateJUnitAnnotations()',
    ]);
    expect(keys(failedFromConsole(fixture('gradle-console.txt'), 'gradle'))).toEqual([
      'gradle:T[jvm]::t()[jvm]',
    ]);
  });

  it("Surefire 3.2.5's report of a class whose @BeforeAll threw: a nameless failed case, counted, never a test", () => {
    const xml = `<testsuite name="demo.BTest" tests="1" errors="1"><testcase name="" classname="demo.BTest" time="0.09">
<error message="set-up broken" type="java.lang.IllegalStateException">at demo.BTest.setUp</error></testcase>
<testcase classname="demo.BTest" time="0"/></testsuite>`;
    expect(parseJunit(xml, 'maven')).toEqual({ failed: [], passed: [], unread: 0, nameless: 1 });
  });

  it("Surefire 3.2.5's console: a parameterized test's invocation, with its parameter types and index", () => {
    const out = [
      '[ERROR] demo.BTest.param(int, java.lang.String)[2] -- Time elapsed: 0.015 s <<< FAILURE!',
      '[ERROR] demo.ATest.flaky -- Time elapsed: 0.014 s <<< FAILURE!',
    ].join('\n');
    expect(keys(failedFromConsole(out, 'maven'))).toEqual([
      'maven:demo.ATest::flaky',
      'maven:demo.BTest::param(int, java.lang.String)[2]',
    ]);
  });

  it('Maven Surefire console: class and method of each failure', () => {
    expect(keys(failedFromConsole(fixture('maven-console.txt'), runnerOfCommand('./mvnw -B test')))).toEqual([
      'maven:JUnit4Test::failWithNoParameters',
      'maven:JUnit4Test::failWithNonEmptyParameters',
    ]);
  });
});

describe('jest-junit', () => {
  it('its default names (describe blocks and title joined by spaces), re-run by an anchored -t over every file', () => {
    const report = parseJunit(
      fixture('jest-junit.xml'),
      runnerOfCommand('npx jest --ci --reporters=jest-junit')!,
    );
    expect(keys(report.failed)).toEqual([
      'jest:::Test 1 Test 1.1 Exception in target unit',
      'jest:::Test 1 Test 1.1 Failing test',
      'jest:::Test 2 Exception in test',
      // Attribute values are trimmed: jest-junit's ' Timeout test' (no describe block) is jest's own 'Timeout test'.
      'jest:::Timeout test',
    ]);
    expect(builtInRerun('jest', report.failed.slice(0, 1), 'npx jest --ci')).toBe(
      "npx jest --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose -t '^(Test 1 Test 1\\.1 Failing test)$'",
    );
  });
});

describe('rspec', () => {
  it("its summary's `rspec file:line # description`: the file and the full description, no line number", () => {
    expect(
      keys(failedFromConsole(fixture('rspec-console.txt'), runnerOfCommand('bundle exec rspec -w'))),
    ).toEqual([
      'rspec:spec/octokit/client/repositories_spec.rb::Octokit::Client::Repositories.edit_repository is_template is passed in params gets',
    ]);
    // With no runner named, no other parser claims rspec's output.
    expect(failedFromConsole(fixture('rspec-console.txt')).map((t) => t.runner)).toEqual(['rspec']);
  });
});

describe('untrusted reports and names', () => {
  it('refuses a DOCTYPE (no entity is expanded), deep nesting and what is not JUnit', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><testsuite><testcase name="&b;"><failure/></testcase></testsuite>`;
    expect(() => parseJunit(bomb, 'junit')).toThrow(ReportError);
    expect(() => parseJunit(`${'<testsuite>'.repeat(100)}${'</testsuite>'.repeat(100)}`, 'junit')).toThrow(
      /nested deeper/,
    );
    expect(() => parseJunit('<html><body/></html>', 'junit')).toThrow(/no <testsuites>/);
    expect(() => parseJunit('<testsuite><testcase', 'junit')).toThrow(ReportError);
  });

  it('reads a hostile report in linear time: 8 MB of unclosed tags, or of one line for the console', () => {
    // CPU time, not wall-clock: backtracking burns CPU, a busy machine only delays the answer.
    const { cpuMs } = cpuTimed(() => {
      expect(() => parseJunit('<a'.repeat(4 * 1024 * 1024), 'junit')).toThrow(ReportError);
      expect(failedFromConsole(`FAILED x.py::${'a'.repeat(4 * 1024 * 1024)}`, 'pytest')).toHaveLength(1);
      expect(failedFromConsole(' '.repeat(8 * 1024 * 1024))).toEqual([]);
      expect(failedFromConsole(`FAILED x.py::t${'['.repeat(1024 * 1024)}]`, 'pytest')[0]?.name).toBe('t');
      expect(failedFromConsole(`FAILED x.py::t${'['.repeat(1024 * 1024)}]x`, 'pytest')).toHaveLength(1);
      // Blanks inside a line, after every runner's failure prefix: no pattern backtracks over them.
      const blanks = ' '.repeat(200_000);
      const prefixes = [
        ' FAIL  a.ts > b',
        '  ● b',
        'rspec ./a_spec.rb:1 # b',
        '1) A::b with data set',
        'FAILED x.py::b',
        '  Failed A.b [1 ms]',
      ];
      expect(failedFromConsole(prefixes.map((p) => `${p}${blanks}x${blanks}.`).join('\n'))).toBeDefined();
    });
    expect(cpuMs).toBeLessThan(5_000);
  });

  it('decodes only the predefined entities, and a hostile name is shown on one safe line', () => {
    const xml = `<testsuite><testcase classname="a" name="x&#10;::error::owned &amp; &foo;"><failure/></testcase></testsuite>`;
    const [id] = parseJunit(xml, 'junit').failed;
    expect(id?.name).toBe('x\n::error::owned & &foo;');
    const shown = shownName(id!);
    expect(shown).not.toContain('\n');
    expect(shown).toBe('junit:a::x\\n::error::owned & &foo;');
    expect(shownName({ runner: 'junit', suite: '', name: 'x' }).startsWith('::')).toBe(false);
  });

  it('a console that names no failed test says nothing (the caller cannot tell)', () => {
    expect(
      failedFromConsole('error[E0425]: cannot find value `x` in this scope\nerror: could not compile'),
    ).toEqual([]);
  });
});
