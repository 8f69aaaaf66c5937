/**
 * A runner that stops at its first failure never runs the tests after it: green only when they ran. Through
 * the real `dist/run.js` on a pull_request job with real runners, each step's flaky test fails on its first
 * run only (a marker file) and stops the runner before a broken test it never reaches: cargo test's default
 * fail-fast across test targets, a go test that panics (its package's binary ends), pytest's `-x`, jest's
 * `bail` in its config. The flaky test passes alone; the step then runs whole once, the broken test fails
 * there, and the step is red. Needs a built dist (`npm run build`).
 */
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { CARGO_ENV, FLAKY_CARGO_TESTS, goEnv, testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const PR = { pullRequest: true };
const WHOLE = 're-running the whole step once, as a plain retry would.';

describeIfRunner('cargo', 'cargo test stops at the first test target that fails', () => {
  it('the lib flakes, an integration test it never reached is broken: the whole step runs, red', async () => {
    const files = {
      'Cargo.toml': '[package]\nname = "stops"\nversion = "0.1.0"\nedition = "2021"\n',
      'src/lib.rs': FLAKY_CARGO_TESTS,
      'tests/it.rs': '#[test]\nfn broken() { assert_eq!(1, 2); }\n',
    };
    const r = await testStep(files, { run: 'cargo test --offline' }, { ...PR, env: CARGO_ENV });
    expect(r.log).toContain("re-run 1): cargo test --offline -- --exact 'tests::flaky'");
    expect(r.outputs['flaky-tests']).toBe('cargo:src/lib.rs::tests::flaky[stops]');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but cargo test stops at the first test target that fails (no --no-fail-fast), so the targets after it did not run: ${WHOLE}`,
    );
    expect(r.log).toContain('test broken ... FAILED');
  });

  it('with --no-fail-fast every target ran: the flake alone decides, green', async () => {
    const files = {
      'Cargo.toml': '[package]\nname = "runs_all"\nversion = "0.1.0"\nedition = "2021"\n',
      'src/lib.rs': FLAKY_CARGO_TESTS,
      'tests/it.rs': '#[test]\nfn fine() {}\n',
    };
    const r = await testStep(
      files,
      { run: 'cargo test --offline --no-fail-fast' },
      { ...PR, env: CARGO_ENV },
    );
    expect(r.outputs['flaky-tests']).toBe('cargo:src/lib.rs::tests::flaky[runs_all]');
    expect(r.log).not.toContain(WHOLE);
    expect(r.conclusion).toBe('success');
  });
});

describeIfRunner('cargo', 'cargo test --no-fail-fast with a broken doc test beside a flaky unit test', () => {
  it('the flaky test passes alone; the whole step runs, the doc test fails again, red', async () => {
    const files = {
      'Cargo.toml': '[package]\nname = "doc_broken"\nversion = "0.1.0"\nedition = "2021"\n',
      'src/lib.rs': `/// \`\`\`
/// assert_eq!(doc_broken::add(1, 1), 3);
/// \`\`\`
pub fn add(a: i32, b: i32) -> i32 { a + b }
${FLAKY_CARGO_TESTS}`,
    };
    const r = await testStep(
      files,
      { run: 'cargo test --offline --no-fail-fast' },
      { ...PR, env: CARGO_ENV },
    );
    expect(r.outputs['flaky-tests']).toBe('cargo:src/lib.rs::tests::flaky[doc_broken]');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(`but a cargo doc test failed, and doc tests are not re-run alone: ${WHOLE}`);
  });
});

/**
 * A `harness = false` test target (its own main) prints no `test ... FAILED` line: its failure names no test,
 * and a re-run of the named tests runs it again (it ignores libtest's filter) without naming it either.
 */
describeIfRunner(
  'cargo',
  'cargo test --no-fail-fast with a broken harness = false target beside a flaky unit test',
  () => {
    it('the flaky test passes alone; the whole step runs, the target fails again, red', async () => {
      const files = {
        'Cargo.toml':
          '[package]\nname = "custom_h"\nversion = "0.1.0"\nedition = "2021"\n\n[[test]]\nname = "custom"\nharness = false\n',
        'src/lib.rs': FLAKY_CARGO_TESTS,
        'tests/custom.rs': 'fn main() {\n    assert_eq!(1, 2, "fixture broken for good");\n}\n',
      };
      const r = await testStep(
        files,
        { run: 'cargo test --offline --no-fail-fast' },
        { ...PR, env: CARGO_ENV },
      );
      expect(r.log).toContain('error: test failed, to rerun pass `--test custom`');
      expect(r.outputs['flaky-tests']).toBe('cargo:src/lib.rs::tests::flaky[custom_h]');
      expect(r.log).toContain(
        `but a cargo test target failed with no test of it named FAILED (a \`harness = false\` target, or one that failed outside its tests), which a re-run of the named tests does not cover: ${WHOLE}`,
      );
      expect(r.conclusion).toBe('failure');
    });
  },
);

describeIfRunner('go', 'a go test that panics ends its package’s test binary', () => {
  it('TestA panics once, TestB after it is broken and never ran: the whole step runs, red', async () => {
    const files = {
      'go.mod': 'module example.com/panics\n\ngo 1.19\n',
      'p_test.go': `package panics
import ("os"; "testing")
func TestA(t *testing.T) {
  _, err := os.Stat(".ran-once")
  os.WriteFile(".ran-once", nil, 0o644)
  if err != nil { var m map[string]int; m["first run"] = 1 }
}
func TestB(t *testing.T) { t.Fatal("broken for good") }
`,
    };
    const r = await testStep(files, { run: 'go test ./...' }, { ...PR, env: goEnv() });
    expect(r.log).toContain("go test -count=1 -v -run '^TestA$' 'example.com/panics'");
    expect(r.outputs['flaky-tests']).toBe('go:example.com/panics::TestA');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but a go test panicked or hit a fatal error, which ends its package's test binary, so the tests after it did not run: ${WHOLE}`,
    );
    expect(r.log).toContain('broken for good');
  });
});

describeIfRunner('pytest', 'pytest -x stops at the first failure', () => {
  it('test_a flakes, test_b after it is broken and never ran: the whole step runs, red', async () => {
    const files = {
      'tests/test_a.py': `import os
def test_a_flaky():
    marker = os.path.join(os.path.dirname(__file__), ".ran-once")
    first = not os.path.exists(marker)
    open(marker, "w").close()
    assert not first, "fails on its first run"
def test_b_broken():
    assert 1 == 2
`,
    };
    const r = await testStep(files, { run: 'python3 -m pytest -p no:cacheprovider -q -x tests' }, PR);
    expect(r.log).toContain("-x -rA 'tests/test_a.py::test_a_flaky'");
    expect(r.outputs['flaky-tests']).toBe('pytest:tests/test_a.py::test_a_flaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but pytest stopped at its failure limit (-x, --maxfail), so the tests after it did not run: ${WHOLE}`,
    );
    expect(r.log).toContain('FAILED tests/test_a.py::test_b_broken');
  });
});

describe('jest stops after a failed file under bail (set in its config)', () => {
  it('a.test.js flakes, b.test.js is broken and never ran: the whole step runs, red', async () => {
    const files = {
      'package.json': '{"name":"p","jest":{"testEnvironment":"node","bail":1}}',
      // jest runs the larger file first when it knows no durations: the flaky one.
      'a.test.js': `const fs = require('fs');
// ${'padding so that jest runs this file first '.repeat(20)}
test('flaky', () => {
  const first = !fs.existsSync('.ran-once');
  fs.writeFileSync('.ran-once', '');
  expect(first).toBe(false);
});
`,
      'b.test.js': "test('broken', () => { expect(1).toBe(2); });\n",
    };
    const r = await testStep(
      files,
      { run: 'npx jest --ci --runInBand' },
      {
        ...PR,
        prepare: (dir: string) =>
          symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')),
      },
    );
    expect(r.log).toMatch(/Test Suites: 1 failed, 1 of 2 total/);
    expect(r.outputs['flaky-tests']).toBe('jest:a.test.js::flaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but jest stopped before all its test files ran (bail), so the files after it did not run: ${WHOLE}`,
    );
    expect(r.log).toContain('● broken');
  });
});

const FLAKY_JEST = `const fs = require('fs');
test('flaky', () => {
  const first = !fs.existsSync('.ran-once');
  fs.writeFileSync('.ran-once', '');
  expect(first).toBe(false);
});
`;

const withNodeModules = {
  ...PR,
  prepare: (dir: string) => symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')),
};

describe('a test file or package that failed as a whole: no test names its failure', () => {
  it('jest: a.test.js flakes, b.test.js fails to load (Test suite failed to run): the whole step runs, red', async () => {
    const files = {
      'package.json': '{"name":"p","jest":{"testEnvironment":"node"}}',
      'a.test.js': FLAKY_JEST,
      'b.test.js': "require('./missing');\ntest('never runs', () => {});\n",
    };
    const r = await testStep(files, { run: 'npx jest --ci' }, withNodeModules);
    expect(r.outputs['flaky-tests']).toBe('jest:a.test.js::flaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but a jest test file failed to run (Test suite failed to run), so its tests did not run: ${WHOLE}`,
    );
  });

  it('vitest: a.test.mjs flakes, b.test.mjs fails to import: the whole step runs, red', async () => {
    const files = {
      'package.json': '{"name":"v","type":"module"}',
      'a.test.mjs': `import { test, expect } from 'vitest';
import fs from 'node:fs';
test('flaky', () => {
  const first = !fs.existsSync('.ran-once');
  fs.writeFileSync('.ran-once', '');
  expect(first).toBe(false);
});
`,
      'b.test.mjs':
        "import './missing.mjs';\nimport { test } from 'vitest';\ntest('never runs', () => {});\n",
    };
    const r = await testStep(files, { run: 'npx vitest run' }, withNodeModules);
    expect(r.outputs['flaky-tests']).toBe('vitest:a.test.mjs::flaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(`but a vitest test file failed to run, so its tests did not run: ${WHOLE}`);
  });
});

/**
 * vitest's bail cancels the tests left in the files already running, the failed test's own file among them:
 * every file then has a state (`Test Files  1 failed (1)`), and only `Tests  1 failed (2)` shows one never ran.
 */
describe('vitest --bail with the broken test after the flaky one in its file', () => {
  it('the flaky test passes alone; the whole step runs, the broken test fails there, red', async () => {
    const files = {
      'package.json': '{"name":"v","type":"module"}',
      'a.test.mjs': `import { test, expect } from 'vitest';
import fs from 'node:fs';
test('flaky', () => {
  const first = !fs.existsSync('.ran-once');
  fs.writeFileSync('.ran-once', '');
  expect(first).toBe(false);
});
test('broken', () => { expect(1).toBe(2); });
`,
    };
    const r = await testStep(files, { run: 'npx vitest run --bail=1' }, withNodeModules);
    // eslint-disable-next-line no-control-regex
    const log = r.log.replace(/\u001b\[[0-9;]*m/g, '');
    const attempt = log.slice(0, log.indexOf('ci-recovery: re-running 1 failed test(s)'));
    expect(attempt).toMatch(/^\s*Tests\s+1 failed \(2\)$/m);
    expect(attempt).not.toContain('FAIL  a.test.mjs > broken');
    expect(r.outputs['flaky-tests']).toBe('vitest:a.test.mjs::flaky');
    expect(log).toContain(
      `but vitest stopped before all its tests ran (bail), so the tests after it did not run: ${WHOLE}`,
    );
    expect(log).toContain('FAIL  a.test.mjs > broken');
    expect(r.conclusion).toBe('failure');
  });
});

/**
 * With only the junit reporter vitest prints no summary, and its report writes the test bail cancelled as one
 * that ran and passed (vitest 3.2.7: neither <failure> nor <skipped>): only the bail on the command says tests
 * may not have run. (A bail and reporters set in its config are read too, tests-stopped.test.ts; the re-run's
 * --reporter=verbose replaces the config's, so its junit.xml is the attempt's, which fails the flaky test again.)
 */
describe('vitest --bail with only the junit reporter: no summary shows the broken test never ran', () => {
  const test = `import { test, expect } from 'vitest';
import fs from 'node:fs';
test('flaky', () => {
  const first = !fs.existsSync('.ran-once');
  fs.writeFileSync('.ran-once', '');
  expect(first).toBe(false);
});
test('broken', () => { expect(1).toBe(2); });
`;
  it('--bail on the command: the flaky test passes alone; the whole step runs and fails, red', async () => {
    const files = { 'package.json': '{"name":"v","type":"module"}', 'a.test.mjs': test };
    const r = await testStep(
      files,
      { run: 'npx vitest run --bail=1 --reporter=junit --outputFile=junit.xml', 'test-report': 'junit.xml' },
      withNodeModules,
    );
    expect(r.log).toContain('1 test(s) failed (from 1 report(s)): vitest:a.test.mjs::flaky');
    expect(r.outputs['flaky-tests']).toBe('vitest:a.test.mjs::flaky');
    expect(r.log).toContain(
      `but vitest --bail stops at a failure and its reporters print no summary of what it skipped, so the tests after it did not run: ${WHOLE}`,
    );
    expect(r.log).toContain('ci-recovery: the whole step failed');
    expect(r.conclusion).toBe('failure');
  });

  // What it costs: a config is not read, so every flake of such a run pays a whole run (vitest 3.2.7's
  // `--no-config` loads a config named 'false', so no step can say it has none).
  it('no --bail and no config: the flake passes alone, the whole step runs once and passes, green', async () => {
    const files = {
      'package.json': '{"name":"v","type":"module"}',
      'a.test.mjs': test.replace('expect(1).toBe(2)', 'expect(1).toBe(1)'),
    };
    const r = await testStep(
      files,
      { run: 'npx vitest run --reporter=junit --outputFile=junit.xml', 'test-report': 'junit.xml' },
      withNodeModules,
    );
    expect(r.outputs['flaky-tests']).toBe('vitest:a.test.mjs::flaky');
    expect(r.log).toContain(`a config it loads may set bail, so the tests after it did not run: ${WHOLE}`);
    expect(r.conclusion).toBe('success');
  });

  it('a bail in a config vitest finds above --root (the review): the whole step runs, red', async () => {
    const files = {
      'package.json': '{"name":"v","type":"module"}',
      'sub/vitest.config.mjs': 'export default { test: { bail: 1 } };\n',
      'sub/a.test.mjs': test,
    };
    const r = await testStep(
      files,
      {
        run: 'npx vitest run --root sub --reporter=junit --outputFile=junit.xml',
        'test-report': 'sub/junit.xml',
      },
      withNodeModules,
    );
    expect(r.log).toContain('a config it loads may set bail');
    expect(r.conclusion).toBe('failure');
  });
});

/** mocha 12's yargs takes `--bail=true` as `--bail`: its console says nothing of the tests it never ran. */
describe('mocha --bail=true', () => {
  it('the flaky test passes alone; the whole step runs, the broken test bail hid fails there, red', async () => {
    const files = {
      'test/a.spec.js': `const fs = require('fs');
describe('suite', () => {
  it('flaky', () => {
    const first = !fs.existsSync('.ran-once');
    fs.writeFileSync('.ran-once', '');
    if (first) throw new Error('first run fails');
  });
  it('broken', () => { throw new Error('broken for good'); });
});
`,
    };
    const r = await testStep(files, { run: 'npx mocha --bail=true' }, withNodeModules);
    const attempt = r.log.slice(0, r.log.indexOf('ci-recovery: re-running 1 failed test(s)'));
    expect(attempt).toMatch(/^\s*1 failing/m);
    expect(attempt).not.toContain('broken for good');
    expect(r.outputs['flaky-tests']).toBe('mocha:::suite flaky');
    expect(r.log).toContain(
      `but mocha --bail stops at the first failure, so the tests after it did not run: ${WHOLE}`,
    );
    expect(r.log).toContain('broken for good');
    expect(r.conclusion).toBe('failure');
  });
});

describe('vitest: an unhandled error beside a flaky test', () => {
  it('the flaky test passes alone; the whole step runs, the error comes again, red', async () => {
    const files = {
      'package.json': '{"name":"v","type":"module"}',
      'a.test.mjs': `import { test, expect } from 'vitest';
import fs from 'node:fs';
test('flaky', () => {
  const first = !fs.existsSync('.ran-once');
  fs.writeFileSync('.ran-once', '');
  expect(first).toBe(false);
});
test('leaks', () => { setTimeout(() => { throw new Error('thrown after the test'); }, 0); });
test('slow', async () => { await new Promise((done) => setTimeout(done, 50)); });
`,
    };
    const r = await testStep(files, { run: 'npx vitest run' }, withNodeModules);
    expect(r.outputs['flaky-tests']).toBe('vitest:a.test.mjs::flaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but vitest caught an error outside the failed tests (unhandled), which a re-run of them alone may not meet: ${WHOLE}`,
    );
  });
});

describeIfRunner('go', 'a go package that fails to build beside one whose test flakes', () => {
  it('the flaky test passes alone; the whole step runs, the build fails again, red', async () => {
    const files = {
      'go.mod': 'module example.com/builds\n\ngo 1.19\n',
      'a/a_test.go': `package a
import ("os"; "testing")
func TestFlaky(t *testing.T) {
  _, err := os.Stat("../.ran-once")
  os.WriteFile("../.ran-once", nil, 0o644)
  if err != nil { t.Fatal("fails on its first run") }
}
`,
      'b/b_test.go': 'package b\nimport "testing"\nfunc TestB(t *testing.T) { undefined() }\n',
    };
    const r = await testStep(files, { run: 'go test ./...' }, { ...PR, env: goEnv() });
    expect(r.outputs['flaky-tests']).toBe('go:example.com/builds/a::TestFlaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but a go package failed outside its tests (its build, TestMain or an exit), so its tests did not run: ${WHOLE}`,
    );
  });
});

describeIfRunner(
  'pytest',
  'pytest --continue-on-collection-errors with a module that does not import',
  () => {
    it('the flaky test passes alone; the whole step runs, the module fails to collect again, red', async () => {
      const files = {
        'tests/test_a.py': `import os
def test_flaky():
    marker = os.path.join(os.path.dirname(__file__), ".ran-once")
    first = not os.path.exists(marker)
    open(marker, "w").close()
    assert not first, "fails on its first run"
`,
        'tests/test_b.py': 'import missing_module\ndef test_never_runs():\n    pass\n',
      };
      const r = await testStep(
        files,
        { run: 'python3 -m pytest -p no:cacheprovider -q --continue-on-collection-errors tests' },
        PR,
      );
      expect(r.outputs['flaky-tests']).toBe('pytest:tests/test_a.py::test_flaky');
      expect(r.conclusion).toBe('failure');
      expect(r.log).toContain(
        `but pytest could not collect a test module (ERROR file.py), so its tests did not run: ${WHOLE}`,
      );
    });
  },
);

describeIfRunner('go', 'a go TestMain that fails after its tests ran, beside a flaky test', () => {
  it('the flaky test passes alone but its re-run fails outside it: the whole step runs, red', async () => {
    const files = {
      'go.mod': 'module example.com/mainfails\n\ngo 1.19\n',
      'm_test.go': `package mainfails
import ("os"; "testing")
func TestMain(m *testing.M) { m.Run(); os.Exit(1) }
func TestFlaky(t *testing.T) {
  _, err := os.Stat(".ran-once")
  os.WriteFile(".ran-once", nil, 0o644)
  if err != nil { t.Fatal("fails on its first run") }
}
`,
    };
    const r = await testStep(files, { run: 'go test ./...' }, { ...PR, env: goEnv() });
    expect(r.outputs['flaky-tests']).toBe('go:example.com/mainfails::TestFlaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but the re-run of the failed tests failed outside them too (go printed a failure no test names): ${WHOLE}`,
    );
  });
});

describe('a jest globalTeardown that fails every run, beside a flaky test', () => {
  it('the flaky test passes alone; the whole step runs, the teardown fails again, red', async () => {
    const files = {
      'package.json': '{"name":"p","jest":{"testEnvironment":"node","globalTeardown":"./teardown.js"}}',
      'teardown.js': "module.exports = async () => { throw new Error('teardown fails'); };\n",
      'a.test.js': FLAKY_JEST,
    };
    const r = await testStep(files, { run: 'npx jest --ci' }, withNodeModules);
    expect(r.outputs['flaky-tests']).toBe('jest:a.test.js::flaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but jest failed outside its tests (its globalSetup or globalTeardown): ${WHOLE}`,
    );
  });
});

describe('npm test whose posttest script fails every run, beside a flaky test', () => {
  it('the flaky test passes alone; the whole step runs, posttest fails, red', async () => {
    const files = {
      'package.json': JSON.stringify({
        name: 'p',
        jest: { testEnvironment: 'node' },
        scripts: { test: 'jest --ci', posttest: 'node check.js' },
      }),
      'check.js': "console.error('the check after the tests fails'); process.exit(1);\n",
      'a.test.js': FLAKY_JEST,
    };
    const r = await testStep(files, { run: 'npm test' }, withNodeModules);
    expect(r.outputs['flaky-tests']).toBe('jest:a.test.js::flaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but its package script 'posttest' runs after the script that failed, which skipped it: ${WHOLE}`,
    );
    expect(r.log).toContain('the check after the tests fails');
  });
});

/**
 * npm runs `pretest` before `test` and stops when it fails (https://docs.npmjs.com/cli/using-npm/scripts#pre--post-scripts):
 * a flaky test in pretest's runner hid the `test` script's runner, which never ran.
 */
describe('npm test whose pretest script runs jest on the unit tests, one of them flaky', () => {
  const files = {
    'package.json': JSON.stringify({
      name: 'p',
      jest: { testEnvironment: 'node' },
      scripts: { pretest: 'jest --ci unit', test: 'jest --ci integration' },
    }),
    'unit/a.test.js': FLAKY_JEST,
    'integration/b.test.js': "test('broken', () => { throw new Error('broken for good'); });\n",
  };
  it("the failed jest may be either script's: the whole step runs, the test script's broken test fails, red", async () => {
    const r = await testStep(files, { run: 'npm test' }, withNodeModules);
    // One jest summary: pretest's failed, or a package manager that runs no pre script ran the test script's.
    expect(r.log).toContain('it runs jest 2 times and its output does not tell which one failed');
    expect(r.log).toContain('broken for good');
    expect(r.conclusion).toBe('failure');
  });

  it("under the step's --ignore-scripts npm runs no pretest: the test script's flaky test is re-run alone, green (the review)", async () => {
    const ignored = {
      ...files,
      'unit/a.test.js': "test('fine', () => {});\n",
      'integration/b.test.js': FLAKY_JEST,
    };
    const r = await testStep(ignored, { run: 'npm test --ignore-scripts' }, withNodeModules);
    expect(r.outputs['flaky-tests']).toBe('jest:integration/b.test.js::flaky');
    expect(r.log).toContain("--verbose 'integration/b.test.js'");
    expect(r.conclusion).toBe('success');
  });
});

const MAVEN_PLUGINS = `<build><plugins>
    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.2.5</version></plugin>
  </plugins></build>`;

const mavenModule = (name: string): string =>
  `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><parent><groupId>demo</groupId><artifactId>parent</artifactId><version>1</version></parent><artifactId>${name}</artifactId></project>\n`;

describeIfRunner('maven', 'a Maven reactor that stops at the failed module', () => {
  const files = {
    'pom.xml': `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId><artifactId>parent</artifactId><version>1</version><packaging>pom</packaging>
  <modules><module>a</module><module>b</module></modules>
  <properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencies><dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-engine</artifactId><version>5.10.2</version><scope>test</scope></dependency></dependencies>
  ${MAVEN_PLUGINS}
</project>
`,
    'a/pom.xml': mavenModule('a'),
    'b/pom.xml': mavenModule('b'),
    'a/src/test/java/demo/ATest.java': `package demo;
import java.nio.file.*;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class ATest {
  @Test void flaky() throws Exception {
    Path marker = Paths.get("../.ran-once");
    boolean first = !Files.exists(marker);
    Files.write(marker, new byte[0]);
    assertFalse(first, "fails on its first run");
  }
}
`,
    'b/src/test/java/demo/BTest.java': `package demo;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class BTest { @Test void broken() { fail("broken for good"); } }
`,
  };
  it('module a flakes, module b after it is broken and was skipped: the whole step runs, red', async () => {
    const r = await testStep(files, { run: 'mvn -o -B test' }, PR);
    expect(r.outputs['flaky-tests']).toBe('maven:demo.ATest::flaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but Maven skipped modules after the failed one, so their tests did not run: ${WHOLE}`,
    );
    expect(r.log).toContain('broken for good');
  });

  it('under -q no reactor summary says module b was skipped: the pom lists modules, the whole step runs, red', async () => {
    const r = await testStep(files, { run: 'mvn -o -B -q test' }, PR);
    expect(r.log).not.toContain('SKIPPED');
    expect(r.outputs['flaky-tests']).toBe('maven:demo.ATest::flaky');
    expect(r.log).toContain(
      `but Maven stops at the first failed module and -q hides the reactor summary of what it skipped, so the tests after it did not run: ${WHOLE}`,
    );
    expect(r.log).toContain('broken for good');
    expect(r.conclusion).toBe('failure');
  });
});

/**
 * A coverage threshold the whole run misses every time, beside a flaky test: the re-run switches coverage off,
 * so the flake's pass alone cannot say the threshold is met. The attempt's own `Jest: "global" coverage
 * threshold ... not met` line makes the step run whole once.
 */
describe("jest's coverageThreshold missed every run, beside a flaky test", () => {
  const files = (covered: boolean) => ({
    'package.json': JSON.stringify({
      name: 'p',
      jest: {
        testEnvironment: 'node',
        collectCoverage: true,
        coverageThreshold: { global: { lines: 100 } },
      },
    }),
    // Bodies on lines of their own: an uncalled one is an uncovered line.
    'lib.js': 'exports.a = () => {\n  return 1;\n};\nexports.b = () => {\n  return 2;\n};\n',
    'a.test.js': `${FLAKY_JEST}test('covers a', () => { expect(require('./lib').a()).toBe(1); });\n`,
    ...(covered
      ? { 'b.test.js': "test('covers b', () => { expect(require('./lib').b()).toBe(2); });\n" }
      : {}),
  });

  it('lib.b is never covered: the flaky test passes alone, the whole step runs and misses it again, red', async () => {
    const r = await testStep(files(false), { run: 'npx jest --ci' }, withNodeModules);
    expect(r.log).toContain(
      "--coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(flaky)$'",
    );
    expect(r.outputs['flaky-tests']).toBe('jest:a.test.js::flaky');
    expect(r.log).toContain(
      `but the run missed its coverage threshold (Jest: "global" coverage threshold for lines (100%) not met: `,
    );
    expect(r.log).toContain('ci-recovery: the whole step failed (exit 1): the step fails.');
    expect(r.conclusion).toBe('failure');
  });

  it('every line covered by the whole run: the flake alone decides, green without a whole run', async () => {
    const r = await testStep(files(true), { run: 'npx jest --ci' }, withNodeModules);
    expect(r.outputs['flaky-tests']).toBe('jest:a.test.js::flaky');
    expect(r.log).not.toContain(WHOLE);
    expect(r.conclusion).toBe('success');
  });
});

/**
 * mocha's `bail` set only in its config file: its console says nothing of the tests it never ran. The config
 * is read as text where the runner ran (after the step's `cd web`), never run.
 */
describe('mocha stops at its first failure under bail set only in .mocharc', () => {
  const project = (rc: Record<string, string>) => ({
    ...Object.fromEntries(Object.entries(rc).map(([f, t]) => [`web/${f}`, t])),
    'web/test/a.spec.js': `const fs = require('fs');
describe('suite', () => {
  it('flaky', () => {
    const first = !fs.existsSync('.ran-once');
    fs.writeFileSync('.ran-once', '');
    if (first) throw new Error('first run fails');
  });
  it('broken', () => { throw new Error('broken for good'); });
});
`,
  });
  const mochaStep = (files: Record<string, string>) =>
    testStep(
      files,
      { run: 'cd web\nnpx mocha' },
      {
        ...PR,
        prepare: (dir: string) =>
          symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'web/node_modules')),
      },
    );

  it('the flaky test passes alone; the broken one bail never reached fails in the whole run, red', async () => {
    const r = await mochaStep(project({ '.mocharc.json': '{ "bail": true }\n' }));
    const attempt = r.log.slice(0, r.log.indexOf('ci-recovery: re-running 1 failed test(s)'));
    expect(attempt).toMatch(/^\s*1 failing/m);
    expect(attempt).not.toContain('broken for good');
    expect(r.outputs['flaky-tests']).toBe('mocha:::suite flaky');
    expect(r.log).toContain(
      `but mocha's config '.mocharc.json' sets bail (its console does not say it stopped), so the tests after it did not run: ${WHOLE}`,
    );
    expect(r.log).toContain('broken for good');
    expect(r.conclusion).toBe('failure');
  });

  it('a .mocharc.js that computes its options: read as text, never run, and the whole step runs', async () => {
    const r = await mochaStep(
      project({ '.mocharc.js': "module.exports = { bail: process.env.CI === 'true' || true };\n" }),
    );
    expect(r.log).toContain(`but mocha's config '.mocharc.js' may set bail`);
    expect(r.conclusion).toBe('failure');
  });
});

/**
 * A JUnit 5 class whose @BeforeAll throws runs none of its tests: Surefire's report has one
 * `<testcase name="">` with the error, which names no test to re-run.
 */
describeIfRunner('maven', 'a Maven test class whose @BeforeAll fails every run, beside a flaky test', () => {
  const files = {
    'pom.xml': `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId><artifactId>one</artifactId><version>1</version>
  <properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencies><dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-engine</artifactId><version>5.10.2</version><scope>test</scope></dependency></dependencies>
  ${MAVEN_PLUGINS}
</project>
`,
    'src/test/java/demo/ATest.java': `package demo;
import java.nio.file.*;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class ATest {
  @Test void flaky() throws Exception {
    Path marker = Paths.get(".ran-once");
    boolean first = !Files.exists(marker);
    Files.write(marker, new byte[0]);
    assertFalse(first, "fails on its first run");
  }
}
`,
    'src/test/java/demo/BTest.java': `package demo;
import org.junit.jupiter.api.*;
class BTest {
  @BeforeAll static void setUp() { throw new IllegalStateException("set-up broken for good"); }
  @Test void works() { }
}
`,
  };
  it('read from its reports: the flaky test passes alone; the whole step runs, the set-up fails again, red', async () => {
    const r = await testStep(
      files,
      { run: 'mvn -o -B test', 'test-report': 'target/surefire-reports/TEST-*.xml' },
      PR,
    );
    expect(r.log).toContain('1 test(s) failed (from 2 report(s)): maven:demo.ATest::flaky');
    expect(r.outputs['flaky-tests']).toBe('maven:demo.ATest::flaky');
    expect(r.log).toContain(
      `but its reports show 1 failure(s) that name no test (a test class's set-up), which a re-run of the named tests does not cover: ${WHOLE}`,
    );
    expect(r.conclusion).toBe('failure');
  });
});
