/**
 * Green only when true (issue 64, items 1-3), through the real `dist/run.js` on a pull_request job with
 * real runners: a test's re-run verdict is its own result, the re-run keeps the step's invocation (jest
 * --config through npx, pnpm exec and an npm script, pytest -c, go -tags, cargo --features, a coverage
 * threshold), a template that matches nothing stays red and says why, and a step whose failure skipped a later part
 * (`a && b`, a `bash -e` script) runs that part before it can pass. Each flaky test fails on its first run
 * only (a marker file in the workspace); each broken one always. Needs a built dist (`npm run build`).
 */
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { goEnv, testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const PR = { pullRequest: true };
const NODE_MODULES = path.join(repoRoot, 'node_modules');

/** jest tests that only the team's config finds (`*.check.js`) and whose set-up file it names. */
const JEST_CONFIGURED = {
  'jest.ci.config.js':
    "module.exports = { testEnvironment: 'node', testMatch: ['**/*.check.js'], setupFiles: ['./setup.js'] };\n",
  'setup.js': 'globalThis.CONFIGURED = true;\n',
  'suite.check.js': `const fs = require('fs');
describe('suite', () => {
  test('configured', () => { expect(globalThis.CONFIGURED).toBe(true); });
  test('flaky', () => {
    const first = !fs.existsSync('.ran-once');
    fs.writeFileSync('.ran-once', '');
    expect(first).toBe(false);
  });
});
`,
  'broken.check.js': "describe('suite', () => { test('broken', () => { expect(1).toBe(2); }); });\n",
};

/** The workspace's node_modules is the repository's (jest), linked: `npx` and `npm test` find jest there. */
async function jestStep(files: Record<string, string>, inputs: Record<string, string | number>) {
  return testStep(files, inputs, {
    ...PR,
    prepare: (dir: string) => symlinkSync(NODE_MODULES, path.join(dir, 'node_modules')),
  });
}

describe('jest under its --config, through npx and through an npm script', () => {
  it('npx jest --config: the flaky test is re-run alone under the config and goes green', async () => {
    const { 'broken.check.js': _broken, ...files } = JEST_CONFIGURED;
    const r = await jestStep(files, { run: 'npx jest --config jest.ci.config.js --ci' });
    expect(r.log).toContain(
      "re-run 1): npx jest --config jest.ci.config.js --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'suite.check.js' -t '^(suite flaky)$'",
    );
    expect(r.conclusion).toBe('success');
    expect(r.outputs).toMatchObject({
      'flaky-tests': 'jest:suite.check.js::suite › flaky',
      'failed-tests': '',
    });
  });

  it('pnpm exec jest --config: the broken test stays red, the flaky one goes green, through pnpm', async () => {
    // Only pnpm on the step's PATH (beside the system's): a re-run without `pnpm exec` finds no jest.
    const bin = mkdtempSync(path.join(os.tmpdir(), 'pnpm-bin-'));
    symlinkSync(path.join(NODE_MODULES, '.bin/pnpm'), path.join(bin, 'pnpm'));
    try {
      const files = { ...JEST_CONFIGURED, 'package.json': '{"name":"p","private":true}' };
      const r = await testStep(
        files,
        { run: 'pnpm exec jest --config jest.ci.config.js --ci' },
        {
          ...PR,
          env: { PATH: `${bin}:${process.env.PATH ?? ''}` },
          prepare: (dir: string) => symlinkSync(NODE_MODULES, path.join(dir, 'node_modules')),
        },
      );
      expect(r.log).toContain(
        "pnpm exec jest --config jest.ci.config.js --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'broken.check.js' -t '^(suite broken)$' || rc=1",
      );
      expect(r.conclusion).toBe('failure');
      expect(r.outputs).toMatchObject({
        'failed-tests': 'jest:broken.check.js::suite › broken',
        'flaky-tests': 'jest:suite.check.js::suite › flaky',
        'not-rerun-tests': '',
      });
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('npm test running jest --config: the broken test is re-run once, alone, and stays red', async () => {
    const files = {
      ...JEST_CONFIGURED,
      'package.json': '{"name":"p","scripts":{"test":"jest --config jest.ci.config.js --ci"}}',
    };
    const r = await jestStep(files, { run: 'npm test' });
    expect(r.log).toContain(
      "npm exec --no -- jest --config jest.ci.config.js --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'broken.check.js' -t '^(suite broken)$' || rc=1",
    );
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'jest:broken.check.js::suite › broken',
      'flaky-tests': 'jest:suite.check.js::suite › flaky',
      'not-rerun-tests': '',
    });
  });

  it('a coverage threshold a subset can never meet: the flake goes green (coverage off in the re-run)', async () => {
    const files = {
      'package.json': JSON.stringify({
        name: 'p',
        jest: {
          testEnvironment: 'node',
          collectCoverage: true,
          coverageThreshold: { global: { lines: 100 } },
        },
      }),
      'lib.js': 'exports.a = () => 1;\nexports.b = () => 2;\n',
      'a.test.js': `const fs = require('fs');
test('covers a', () => { expect(require('./lib').a()).toBe(1); });
test('flaky', () => { const first = !fs.existsSync('.ran-once'); fs.writeFileSync('.ran-once', ''); expect(first).toBe(false); });
`,
      'b.test.js': "test('covers b', () => { expect(require('./lib').b()).toBe(2); });\n",
    };
    const r = await jestStep(files, { run: 'npx jest --ci' });
    expect(r.log).toContain(
      "--coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(flaky)$'",
    );
    expect(r.conclusion).toBe('success');
    expect(r.outputs).toMatchObject({ 'flaky-tests': 'jest:a.test.js::flaky' });
  });

  it("a team's template whose filter matches nothing (jest's ' › ' kept in {pattern}): red, with the reason", async () => {
    const files = {
      'package.json': '{"name":"p","jest":{"testEnvironment":"node"}}',
      'a.test.js': JEST_CONFIGURED['broken.check.js'],
    };
    const r = await jestStep(files, {
      run: 'npx jest --ci',
      'test-rerun-command': 'npx jest {files} -t {pattern}',
    });
    expect(r.log).toMatch(/Tests:\s+1 skipped, 1 total/);
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'jest:a.test.js::suite › broken',
      'tests-flaky': '0',
      'not-rerun-tests':
        'jest:a.test.js::suite › broken (the test-rerun-command template ran no test: its selection matched nothing)',
    });
    expect(r.log).toContain('ci-recovery: jest:a.test.js::suite › broken: could not be re-run (');
  });

  it('a flaky test in a file under app/[id]/ (a Next.js route) is re-run in that file and goes green', async () => {
    const files = {
      'package.json': '{"name":"p","jest":{"testEnvironment":"node"}}',
      'app/[id]/page.test.js': JEST_CONFIGURED['suite.check.js'].replace(
        'globalThis.CONFIGURED).toBe(true)',
        '1).toBe(1)',
      ),
    };
    const r = await jestStep(files, { run: 'npx jest --ci' });
    // The log line escapes each backslash of the command (printablePath).
    expect(r.log).toContain(
      "--coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'app/\\\\[id\\\\]/page.test.js' -t '^(suite flaky)$'",
    );
    expect(r.outputs).toMatchObject({
      'flaky-tests': 'jest:app/[id]/page.test.js::suite › flaky',
      'not-rerun-tests': '',
    });
    expect(r.conclusion).toBe('success');
  });

  it("a && b where a flakes and b is broken: a's test passes alone, then b runs, and the step is red", async () => {
    const files = {
      'package.json': '{"name":"p","jest":{"testEnvironment":"node"}}',
      'a.test.js': JEST_CONFIGURED['suite.check.js'].replace(
        'globalThis.CONFIGURED).toBe(true)',
        '1).toBe(1)',
      ),
      'b.test.js': JEST_CONFIGURED['broken.check.js'],
    };
    const r = await jestStep(files, { run: 'npx jest --ci a.test.js && npx jest --ci b.test.js' });
    expect(r.outputs['flaky-tests']).toBe('jest:a.test.js::suite › flaky');
    expect(r.log).toContain(
      "ci-recovery: the failed tests passed alone, but the step's failure skipped what follows them: running it: npx jest --ci b.test.js",
    );
    expect(r.log).toContain('● suite › broken');
    expect(r.log).toContain('ci-recovery: the rest of the step failed (exit 1): the step fails.');
    expect(r.conclusion).toBe('failure');
  });
});

/** vitest tests that only the team's config includes (`*.check.mjs`), with its set-up file. */
const VITEST_CONFIGURED = {
  'package.json': '{"name":"v","type":"module"}',
  'vitest.ci.config.mjs':
    "export default { test: { include: ['**/*.check.mjs'], setupFiles: ['./setup.mjs'] } };\n",
  'setup.mjs': 'globalThis.CONFIGURED = true;\n',
  'a.check.mjs': `import { describe, test, expect } from 'vitest';
import fs from 'node:fs';
describe('suite', () => {
  test('flaky', () => {
    const first = !fs.existsSync('.ran-once');
    fs.writeFileSync('.ran-once', '');
    expect(globalThis.CONFIGURED && !first).toBe(true);
  });
  test('broken', () => { expect(1).toBe(2); });
});
`,
};

describe('vitest under its --config', () => {
  it('the broken test stays red and the flaky one goes green, each re-run alone under the config', async () => {
    const r = await jestStep(VITEST_CONFIGURED, { run: 'npx vitest run --config vitest.ci.config.mjs' });
    expect(r.log).toContain(
      "npx vitest run --config vitest.ci.config.mjs --coverage.reporter=text-summary --coverage.clean=false --coverage.thresholds.autoUpdate=false --coverage.thresholds.100=false --coverage.thresholds.lines=0 --coverage.thresholds.functions=0 --coverage.thresholds.branches=0 --coverage.thresholds.statements=0 --reporter=verbose 'a.check.mjs' -t '^(suite flaky|suite broken)$'",
    );
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'vitest:a.check.mjs::suite > broken',
      'flaky-tests': 'vitest:a.check.mjs::suite > flaky',
    });
  });
});

/** pytest tests collected only under the team's ini (`check_*` functions). */
const PYTEST_CONFIGURED = {
  'ci.ini': '[pytest]\npython_functions = check_*\n',
  'tests/test_a.py': `import os
def check_ok():
    pass
def check_flaky():
    marker = os.path.join(os.path.dirname(__file__), ".ran-once")
    first = not os.path.exists(marker)
    open(marker, "w").close()
    assert not first, "fails on its first run"
`,
  'tests/test_b.py': 'def check_broken():\n    assert 1 == 2\n',
};

/**
 * pytest-cov's threshold from the project's own pytest.ini (`addopts`): a re-run of one test covers little, so
 * pytest exits 1 after the test passed. The verdict is the test's own result, not that exit code. The whole
 * run never covers `unused()`, so it misses the threshold every run: the flake's pass alone does not make the
 * step green (it did until the attempt's `FAIL Required test coverage` line made the step run whole once).
 */
const PYTEST_COVERAGE = {
  'pytest.ini': '[pytest]\naddopts = --cov=pkg --cov-fail-under=100\n',
  'pkg/__init__.py': 'def used():\n    return 1\n\ndef unused():\n    return 2\n',
  'tests/test_a.py': `import os
from pkg import used
def test_ok():
    assert used() == 1
def test_flaky():
    marker = os.path.join(os.path.dirname(__file__), ".ran-once")
    first = not os.path.exists(marker)
    open(marker, "w").close()
    assert not first, "fails on its first run"
`,
};

describeIfRunner('pytest-cov', 'pytest with a coverage threshold in its ini (pytest-cov)', () => {
  it('the flaky test passes alone, but the whole run misses the threshold every time: the step runs whole, red', async () => {
    const r = await testStep(PYTEST_COVERAGE, { run: 'python3 -m pytest -p no:cacheprovider -q tests' }, PR);
    expect(r.log).toContain(
      "re-run 1): python3 -m pytest -p no:cacheprovider -q --cov-fail-under=0 --cov-report= --cov-append -rA 'tests/test_a.py::test_flaky'",
    );
    expect(r.outputs).toMatchObject({ 'flaky-tests': 'pytest:tests/test_a.py::test_flaky' });
    expect(r.log).toContain(
      'but the run missed its coverage threshold (FAIL Required test coverage of 100% not reached. Total coverage: ',
    );
    expect(r.log).toContain('ci-recovery: the whole step failed (exit 1): the step fails.');
    expect(r.conclusion).toBe('failure');
  });

  it('a flake whose failure only lowered the coverage: the whole run meets it, green (at the cost of that run)', async () => {
    const files = {
      ...PYTEST_COVERAGE,
      // Its failure skips the call that covers unused(): only the attempt misses the threshold.
      'tests/test_a.py': PYTEST_COVERAGE['tests/test_a.py']
        .replace('from pkg import used', 'from pkg import used, unused')
        .replace('"fails on its first run"\n', '"fails on its first run"\n    assert unused() == 2\n'),
    };
    const r = await testStep(files, { run: 'python3 -m pytest -p no:cacheprovider -q tests' }, PR);
    expect(r.log).toContain('but the run missed its coverage threshold (FAIL Required test coverage of 100%');
    expect(r.log).toContain('ci-recovery: the whole step passed.');
    expect(r.conclusion).toBe('success');
    expect(r.outputs).toMatchObject({
      'flaky-tests': 'pytest:tests/test_a.py::test_flaky',
      'failed-tests': '',
    });
  });
});

describeIfRunner('pytest', 'pytest under -c', () => {
  it('the flaky test goes green re-run alone under -c; the broken one stays red', async () => {
    const r = await testStep(
      PYTEST_CONFIGURED,
      { run: 'python3 -m pytest -c ci.ini -p no:cacheprovider -q tests' },
      PR,
    );
    expect(r.log).toContain(
      "re-run 1): python3 -m pytest -c ci.ini -p no:cacheprovider -q -rA 'tests/test_a.py::check_flaky' 'tests/test_b.py::check_broken'",
    );
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'flaky-tests': 'pytest:tests/test_a.py::check_flaky',
      'failed-tests': 'pytest:tests/test_b.py::check_broken',
    });
  });

  it('a bash -e script where line a flakes and line b is broken: b runs after a passed alone, red', async () => {
    const { 'ci.ini': _ini, ...files } = PYTEST_CONFIGURED;
    const plain = Object.fromEntries(
      Object.entries(files).map(([f, t]) => [f, t.replace(/def check_/g, 'def test_')]),
    );
    const r = await testStep(
      plain,
      {
        run: 'python3 -m pytest -p no:cacheprovider -q tests/test_a.py\npython3 -m pytest -p no:cacheprovider -q tests/test_b.py\n',
        shell: 'bash -e {0}',
      },
      PR,
    );
    expect(r.outputs['flaky-tests']).toBe('pytest:tests/test_a.py::test_flaky');
    expect(r.log).toContain('running it: python3 -m pytest -p no:cacheprovider -q tests/test_b.py');
    expect(r.log).toMatch(/FAILED tests\/test_b\.py::test_broken/);
    expect(r.conclusion).toBe('failure');
  });
});

/** go tests that exist only under the `extra` build tag. */
const GO_TAGGED = {
  'go.mod': 'module example.com/tagged\n\ngo 1.19\n',
  // Without the tag the package still builds and has no test: `-run` then matches nothing, exit 0.
  'tagged.go': 'package tagged\n',
  'tagged_test.go': `//go:build extra

package tagged
import ("os"; "testing")
func TestFlaky(t *testing.T) {
  _, err := os.Stat(".ran-once")
  os.WriteFile(".ran-once", nil, 0o644)
  if err != nil { t.Fatal("fails on its first run") }
}
func TestBroken(t *testing.T) { t.Fatal("broken for good") }
`,
};

describeIfRunner('go', 'go test -tags', () => {
  it('the broken test stays red and the flaky one goes green, each re-run under the tag', async () => {
    const r = await testStep(GO_TAGGED, { run: 'go test -tags extra ./...' }, { ...PR, env: goEnv() });
    expect(r.log).toContain("go test -tags extra -count=1 -v -run '^TestBroken$' 'example.com/tagged'");
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'go:example.com/tagged::TestBroken',
      'flaky-tests': 'go:example.com/tagged::TestFlaky',
    });
  });
});

const CARGO_FEATURED = {
  'Cargo.toml':
    '[package]\nname = "featured"\nversion = "0.1.0"\nedition = "2021"\n\n[features]\nfull = []\n',
  'src/lib.rs': `#[cfg(all(test, feature = "full"))]
mod tests {
    #[test]
    fn flaky() {
        let marker = concat!(env!("CARGO_MANIFEST_DIR"), "/.ran-once");
        let first = !std::path::Path::new(marker).exists();
        std::fs::write(marker, "").unwrap();
        assert!(!first, "fails on its first run");
    }
    #[test]
    fn broken() { assert_eq!(1, 2); }
}
`,
};

describeIfRunner('cargo', 'cargo test --features', () => {
  it('the broken test stays red and the flaky one goes green, re-run with the feature', async () => {
    const r = await testStep(
      CARGO_FEATURED,
      { run: 'cargo test --offline --features full' },
      { ...PR, env: { CARGO_NET_OFFLINE: 'true', CARGO_TERM_COLOR: 'never' } },
    );
    // cargo runs tests in parallel: they fail, and are named, in either order.
    expect(r.log).toMatch(
      /cargo test --offline --features full -- --exact '(tests::broken|tests::flaky)' '(?!\1)(tests::broken|tests::flaky)'/,
    );
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'cargo:src/lib.rs::tests::broken[featured]',
      'flaky-tests': 'cargo:src/lib.rs::tests::flaky[featured]',
    });
  });
});

/** A Maven project whose tests pass only under the `ci` profile (it sets the `mode` property they read). */
const MAVEN_PROFILED = {
  'pom.xml': `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId><artifactId>demo</artifactId><version>1</version>
  <properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencies><dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-engine</artifactId><version>5.10.2</version><scope>test</scope></dependency></dependencies>
  <build><plugins>
    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.2.5</version></plugin>
  </plugins></build>
  <profiles><profile><id>ci</id><build><plugins><plugin><artifactId>maven-surefire-plugin</artifactId><version>3.2.5</version>
    <configuration><systemPropertyVariables><mode>ci</mode></systemPropertyVariables></configuration>
  </plugin></plugins></build></profile></profiles>
</project>
`,
  'src/test/java/demo/FooTest.java': `package demo;
import java.nio.file.*;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class FooTest {
  @Test void flaky() throws Exception {
    assertEquals("ci", System.getProperty("mode"));
    Path marker = Paths.get(".ran-once");
    boolean first = !Files.exists(marker);
    Files.write(marker, new byte[0]);
    assertFalse(first, "fails on its first run");
  }
  @Test void broken() { assertEquals("ci", System.getProperty("mode")); fail("broken for good"); }
  @Test void ok() { assertEquals("ci", System.getProperty("mode")); }
}
`,
};

describeIfRunner('maven', 'mvn -P', () => {
  it('the broken test stays red and the flaky one goes green, re-run under the profile', async () => {
    const r = await testStep(MAVEN_PROFILED, { run: 'mvn -o -B -P ci verify' }, PR);
    expect(r.log).toMatch(
      /mvn -o -B -P ci test -Dsurefire\.failIfNoSpecifiedTests=false '-Dtest=demo\.FooTest#(flaky\+broken|broken\+flaky)'/,
    );
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'maven:demo.FooTest::broken',
      'flaky-tests': 'maven:demo.FooTest::flaky',
    });
  });
});

/**
 * A JUnit 5 parameterized test's invocation fails as `[ERROR] demo.BTest.param(int)[2] -- Time elapsed: ...
 * <<< FAILURE!` (Surefire 3.2.5): read from the console (no test-report), it was not taken for a failed test, so
 * a flaky test beside it turned the step green.
 */
describeIfRunner('maven', 'a broken parameterized test beside a flaky one, read from the console', () => {
  it('the invocation is a failed test: re-run with its method, it fails again, red', async () => {
    const files = {
      ...MAVEN_PROFILED,
      'pom.xml': MAVEN_PROFILED['pom.xml'].replace(
        '</dependencies>',
        '<dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-params</artifactId><version>5.10.2</version><scope>test</scope></dependency></dependencies>',
      ),
      'src/test/java/demo/FooTest.java': MAVEN_PROFILED['src/test/java/demo/FooTest.java'].replace(
        /\n {2}@Test void broken\(\).*\n/,
        '\n  @org.junit.jupiter.params.ParameterizedTest @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})\n  void param(int x) { assertEquals(1, x, "broken for good"); }\n',
      ),
    };
    const r = await testStep(files, { run: 'mvn -o -B -P ci test' }, PR);
    expect(r.log).toMatch(
      /ci-recovery: 2 test\(s\) failed \(from the output\): .*maven:demo\.FooTest::param\(int\)\[2\]/,
    );
    expect(r.log).toMatch(/'-Dtest=demo\.FooTest#(param\+flaky|flaky\+param)'/);
    expect(r.outputs).toMatchObject({
      'failed-tests': 'maven:demo.FooTest::param(int)[2]',
      'flaky-tests': 'maven:demo.FooTest::flaky',
    });
    expect(r.conclusion).toBe('failure');
  });
});
