/**
 * A runner that ended its session early in ways other than a failure limit: the tests after it never ran, so
 * re-runs of the failed ones cannot turn the step green. Through the real `dist/run.js` on a pull_request job
 * with real runners; each step's flaky test fails on its first run only (a marker file), then the session ends
 * before a broken test: pytest's `--sw` (stepwise: "Interrupted: Test failed, continuing from this test next
 * run."), a test calling `pytest.exit()`. The flaky test passes alone; the step then runs whole once, the
 * broken test fails there, and the step is red. Needs a built dist (`npm run build`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { testStep } from '../../stand/scenarios/test-rerun.js';
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
