/**
 * Failures no failed test's re-run can answer for, through the real `dist/run.js` on a pull_request job with
 * real runners: each step's flaky test fails on its first run only (a marker file) and passes alone, while
 * something else fails the step every time. A go parent test whose own body fails beside a subtest that
 * flaked (only the subtest was named), jest's obsolete snapshot (jest fails the run for it, whatever the
 * tests did), and a pytest test whose captured output, shown on its failure, holds another run's summary
 * line (it made the first of two pytest lines look like the second). Each must stay red. Needs a built
 * dist (`npm run build`).
 */
import { existsSync, symlinkSync } from 'node:fs';
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

describeIfRunner('go', 'a go parent test whose own body fails beside a flaky subtest', () => {
  it('the subtest passes alone, but the parent fails again in that re-run: red', async () => {
    const files = {
      'go.mod': 'module example.com/parent\n\ngo 1.19\n',
      'parent_test.go': `package parent
import ("os"; "testing")
func TestTable(t *testing.T) {
  t.Run("flaky", func(t *testing.T) {
    _, err := os.Stat(".ran-once")
    os.WriteFile(".ran-once", nil, 0o644)
    if err != nil { t.Fatal("fails on its first run") }
  })
  t.Run("ok", func(t *testing.T) {})
  t.Error("the parent's own check, broken for good")
}
`,
    };
    const r = await testStep(files, { run: 'go test ./...' }, { ...PR, env: goEnv() });
    expect(r.log).toContain("-count=1 -v -run '^TestTable$/^flaky$' 'example.com/parent'");
    expect(r.log).toContain("the parent's own check, broken for good");
    expect(r.log).toContain(
      'the re-run of the failed tests showed another test failed (go:example.com/parent::TestTable), which their passes do not answer for: re-running the whole step once',
    );
    expect(r.log).toContain('ci-recovery: the whole step failed (exit 1): the step fails.');
    expect(r.conclusion).toBe('failure');
  });
});

describe('jest with an obsolete snapshot', () => {
  it('jest fails the run on the snapshot whatever the tests do: the flake passes alone, the whole step runs, red', async () => {
    const files = {
      'package.json': '{"name":"p","jest":{"testEnvironment":"node"}}',
      'a.test.js': `const fs = require('fs');
test('shape', () => { expect({ a: 1 }).toMatchSnapshot(); });
test('flaky', () => { const first = !fs.existsSync('.ran-once'); fs.writeFileSync('.ran-once', ''); expect(first).toBe(false); });
`,
      // The snapshot of a test since renamed: jest reports it obsolete and exits 1 (not under -u).
      '__snapshots__/a.test.js.snap':
        '// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`old name 1`] = `\n{\n  "b": 2,\n}\n`;\n\nexports[`shape 1`] = `\n{\n  "a": 1,\n}\n`;\n',
    };
    const r = await testStep(
      files,
      { run: 'npx jest --ci' },
      { ...PR, prepare: (dir: string) => symlinkSync(NODE_MODULES, path.join(dir, 'node_modules')) },
    );
    expect(r.log).toContain(
      "--coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(flaky)$'",
    );
    expect(r.outputs['flaky-tests']).toBe('jest:a.test.js::flaky');
    expect(r.log).toContain('1 snapshot obsolete');
    expect(r.log).toContain('ci-recovery: the whole step failed (exit 1): the step fails.');
    expect(r.conclusion).toBe('failure');
  });
});

describe('jest with a hinted snapshot beside a flaky test', () => {
  it("the re-run's -t skips the snapshot's test, so jest calls its hinted key obsolete: not read from a re-run, green", async () => {
    const files = {
      'package.json': '{"name":"p","jest":{"testEnvironment":"node"}}',
      // Fails on its first and third runs: a whole-step run after the re-run would meet the flake again.
      'a.test.js': `const fs = require('fs');
test('shape', () => { expect({ a: 1 }).toMatchSnapshot('hint'); });
test('flaky', () => { const n = fs.existsSync('.runs') ? Number(fs.readFileSync('.runs', 'utf8')) + 1 : 1; fs.writeFileSync('.runs', String(n)); expect(n % 2).toBe(0); });
`,
      // A hint names the key `shape: hint 1`: jest's -t clears only keys named exactly after a skipped test.
      '__snapshots__/a.test.js.snap':
        '// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`shape: hint 1`] = `\n{\n  "a": 1,\n}\n`;\n',
    };
    const r = await testStep(
      files,
      { run: 'npx jest --ci' },
      { ...PR, prepare: (dir: string) => symlinkSync(NODE_MODULES, path.join(dir, 'node_modules')) },
    );
    expect(r.log).toContain(
      "--coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(flaky)$'",
    );
    expect(r.log).toContain('1 snapshot obsolete');
    expect(r.log).not.toContain('re-running the whole step');
    expect(r.outputs['flaky-tests']).toBe('jest:a.test.js::flaky');
    expect(r.conclusion).toBe('success');
  });
});

describeIfRunner('pytest', "a pytest test's captured output holding another run's summary", () => {
  it('two pytest lines: the first flakes, the second (never run) is broken: red', async () => {
    const files = {
      // A test of a tool that runs pytest itself (as pytester does): on failure pytest shows what it printed.
      'tests/unit/test_tool.py': `import os
def test_flaky_tool():
    print("============================== 3 passed in 0.01s ===============================")
    marker = os.path.join(os.path.dirname(__file__), ".ran-once")
    first = not os.path.exists(marker)
    open(marker, "w").close()
    assert not first, "fails on its first run"
`,
      'tests/integration/test_b.py': 'def test_broken():\n    assert 1 == 2\n',
    };
    const r = await testStep(
      files,
      {
        run: 'python3 -m pytest -p no:cacheprovider -q tests/unit\npython3 -m pytest -p no:cacheprovider -q tests/integration\n',
      },
      PR,
    );
    expect(r.outputs['flaky-tests']).toBe('pytest:tests/unit/test_tool.py::test_flaky_tool');
    expect(r.log).toContain('running it: python3 -m pytest -p no:cacheprovider -q tests/integration');
    expect(r.log).toMatch(/FAILED tests\/integration\/test_b\.py::test_broken/);
    expect(r.conclusion).toBe('failure');
  });
});
