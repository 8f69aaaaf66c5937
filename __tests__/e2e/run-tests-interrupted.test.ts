/**
 * A runner that ended its session early in ways other than a failure limit: the tests after it never ran, so
 * re-runs of the failed ones cannot turn the step green. Through the real `dist/run.js` on a pull_request job
 * with real runners; each step's flaky test fails on its first run only (a marker file), then the session ends
 * before a broken test: pytest's `--sw` (stepwise: "Interrupted: Test failed, continuing from this test next
 * run."), a test calling `pytest.exit()`; a runner killed before its summary (a test that crashed jest's
 * process, as the kernel's out-of-memory killer or a native crash would); a go test binary a later test's
 * `log.Fatal` ended. The flaky test passes alone; the step then runs whole once, the
 * broken test fails there, and the step is red. Needs a built dist (`npm run build`).
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
const WHOLE = 're-running the whole step once, as a plain retry would.';

const FLAKY_THEN = (after: string): string => `import os, pytest
def test_a_flaky():
    marker = os.path.join(os.path.dirname(__file__), ".ran-once")
    first = not os.path.exists(marker)
    open(marker, "w").close()
    assert not first, "fails on its first run"
${after}`;

describeIfRunner('pytest', 'pytest ended its session before the tests after a failure', () => {
  it('--sw stops at test_a (flaky); test_b after it is broken and never ran: the whole step runs, red', async () => {
    const files = { 'tests/test_a.py': FLAKY_THEN('def test_b_broken():\n    assert 1 == 2\n') };
    const r = await testStep(files, { run: 'python3 -m pytest -q --sw tests' }, PR);
    expect(r.log).toContain('Interrupted: Test failed, continuing from this test next run.');
    expect(r.outputs['flaky-tests']).toBe('pytest:tests/test_a.py::test_a_flaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but pytest ended its session early (stepwise), so the tests after it did not run: ${WHOLE}`,
    );
    expect(r.log).toContain('FAILED tests/test_a.py::test_b_broken');
  });

  it('a test calls pytest.exit() after test_a flaked; test_c never ran and is broken: the whole step runs, red', async () => {
    const files = {
      'tests/test_a.py': FLAKY_THEN(`def test_b_exits():
    pytest.exit("the database is not up")
def test_c_broken():
    assert 1 == 2
`),
    };
    const r = await testStep(files, { run: 'python3 -m pytest -p no:cacheprovider -q tests' }, PR);
    expect(r.log).toContain('_pytest.outcomes.Exit: the database is not up');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but pytest ended its session early, so the tests after it did not run: ${WHOLE}`,
    );
  });
});

const withNodeModules = {
  ...PR,
  prepare: (dir: string) => symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')),
};

describe('jest killed before its summary', () => {
  it('a.test.js flakes, then b.test.js kills the jest process (SIGKILL): the whole step runs, red', async () => {
    const files = {
      'package.json': '{"name":"p","jest":{"testEnvironment":"node"}}',
      // jest runs the larger file first when it knows no durations: the flaky one.
      'a.test.js': `const fs = require('fs');
// ${'padding so that jest runs this file first '.repeat(20)}
test('flaky', () => {
  const first = !fs.existsSync('.ran-once');
  fs.writeFileSync('.ran-once', '');
  expect(first).toBe(false);
});
`,
      'b.test.js': "test('crashes', () => { process.kill(process.pid, 'SIGKILL'); });\n",
    };
    const r = await testStep(files, { run: 'npx jest --ci --runInBand' }, withNodeModules);
    expect(r.log).toMatch(/^Killed$/m);
    expect(r.outputs['flaky-tests']).toBe('jest:a.test.js::flaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but jest ended before its summary (killed or crashed), so the tests after it did not run: ${WHOLE}`,
    );
  });
});

describeIfRunner('go', 'a go test binary that a later test ended (log.Fatal)', () => {
  it('TestA flakes, TestB calls log.Fatal (os.Exit(1)), TestC never ran: the whole step runs, red', async () => {
    const files = {
      'go.mod': 'module example.com/exits\n\ngo 1.19\n',
      'p_test.go': `package exits
import ("log"; "os"; "testing")
func TestA(t *testing.T) {
  _, err := os.Stat(".ran-once")
  os.WriteFile(".ran-once", nil, 0o644)
  if err != nil { t.Fatal("fails on its first run") }
}
func TestB(t *testing.T) { log.Fatal("no config") }
func TestC(t *testing.T) { t.Fatal("broken for good") }
`,
    };
    const r = await testStep(files, { run: 'go test ./...' }, { ...PR, env: goEnv() });
    expect(r.log).toContain("go test -count=1 -v -run '^TestA$' 'example.com/exits'");
    expect(r.outputs['flaky-tests']).toBe('go:example.com/exits::TestA');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but a go test binary ended before its tests did (a test's os.Exit or log.Fatal, a signal), so the tests after it did not run: ${WHOLE}`,
    );
  });
});
