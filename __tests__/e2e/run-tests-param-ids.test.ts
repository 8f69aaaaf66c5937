/**
 * pytest parameter ids that are not one plain word (a space, brackets, `::`): each failed parameter is re-run
 * alone by its node id, and its verdict read from the re-run's own `PASSED`/`FAILED` line. The flaky one goes
 * flaky, the broken ones stay red. Through the real `dist/run.js` with Debian's pytest. Needs a built dist
 * (`npm run build`).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

let counters: string;
beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
  counters = mkdtempSync(path.join(os.tmpdir(), 'param-ids-'));
});
afterAll(() => rmSync(counters, { recursive: true, force: true }));

describeIfRunner('pytest', 'pytest parameter ids with spaces, brackets and ::', () => {
  it("'a b' fails once then passes alone: flaky; 'c[d]' and 'x::y' broken: red", async () => {
    const files = {
      'test_p.py': `import os, pytest
@pytest.mark.parametrize("v", ["a b", "c[d]", "x::y", "c"])
def test_p(v):
    if v == "a b":
        first = not os.path.exists(os.environ["COUNTER"])
        open(os.environ["COUNTER"], "w").close()
        assert not first
    assert v not in ("c[d]", "x::y")
`,
    };
    const r = await testStep(
      files,
      { run: 'python3 -m pytest -p no:cacheprovider -q' },
      { pullRequest: true, env: { COUNTER: path.join(counters, 'a-b') } },
    );
    expect(r.log).toContain(
      "re-run 1): python3 -m pytest -p no:cacheprovider -q -rA 'test_p.py::test_p[a b]' 'test_p.py::test_p[c[d]]' 'test_p.py::test_p[x::y]'",
    );
    expect(r.outputs['flaky-tests']).toBe('pytest:test_p.py::test_p[a b]');
    expect(r.outputs['not-rerun-tests'] ?? '').toBe('');
    expect(r.outputs['failed-tests']).toBe('pytest:test_p.py::test_p[c[d]]\npytest:test_p.py::test_p[x::y]');
    expect(r.conclusion).toBe('failure');
  });
});
