/**
 * A re-run whose process died after the test's line: pytest -v prints `path::name PASSED` when the test's call
 * passed, before its teardown, so a fixture that crashes the interpreter in its teardown (a native crash)
 * leaves that line and no end of the session. The test did not pass: its failure stands, red. Through the real
 * `dist/run.js` with Debian's pytest. Needs a built dist (`npm run build`).
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

/** Fails its first run; from its second on, its call passes and its fixture's teardown crashes the process. */
const CRASHES_IN_TEARDOWN = `import ctypes, os, pytest

@pytest.fixture
def handle():
    again = os.path.exists(".ran")
    yield
    if again:
        ctypes.string_at(0)

def test_x(handle):
    first = not os.path.exists(".ran")
    open(".ran", "w").close()
    assert not first
`;

describeIfRunner('pytest', 'pytest -v: a re-run that crashed in the teardown after its PASSED line', () => {
  it('the line is no pass: the session never ended, so the test was not re-run, red', async () => {
    const r = await testStep(
      { 'test_a.py': CRASHES_IN_TEARDOWN },
      { run: 'python3 -m pytest -v -p no:cacheprovider' },
      { pullRequest: true },
    );
    expect(r.log).toContain("re-run 1): python3 -m pytest -v -p no:cacheprovider -rA 'test_a.py::test_x'");
    expect(r.log).toContain('test_a.py::test_x PASSED');
    expect(r.log).toContain(
      'pytest:test_a.py::test_x: could not be re-run (the re-run exited 139 and its output and reports do not show this test ran): its failure stands',
    );
    expect(r.outputs['flaky-tests'] ?? '').toBe('');
    expect(r.conclusion).toBe('failure');
  });
});
