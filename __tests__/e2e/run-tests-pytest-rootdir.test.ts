/**
 * pytest names a test from its rootdir (`--rootdir`, the directory of the config `-c` names, of the ini file
 * it finds above its paths), in its node ids and in its JUnit report (`classname="tests.test_a"`); its console
 * from the directory it ran in. A step that gave `test-report` had its flaky test re-run as the report named it,
 * from the step's directory: `pytest --rootdir proj ... 'tests/test_a.py::test_flaky'` found no such file, the
 * test was not re-run and the step stayed red. A report's test is now keyed as the console names it (the
 * header's `rootdir:`), so its re-run runs it: a flaky test goes green, a broken one fails its re-run and stays
 * red. Through the real `dist/run.js` with Debian's pytest. Needs a built dist (`npm run build`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { FLAKY_PYTEST, testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const FLAKY = FLAKY_PYTEST['tests/test_a.py'];
const BROKEN = 'def test_ok():\n    pass\ndef test_broken():\n    assert False, "broken for good"\n';
const report = { 'test-report': 'junit.xml' };
const pytest = 'python3 -m pytest -p no:cacheprovider --junitxml=junit.xml';

describeIfRunner('pytest', "a pytest report's tests under a rootdir other than the step's directory", () => {
  it.each([
    ['--rootdir proj', `${pytest} --rootdir proj proj/tests`, {}],
    ['--rootdir=proj', `${pytest} --rootdir=proj proj/tests`, {}],
    ['-c proj/pytest.ini', `${pytest} -c proj/pytest.ini proj/tests`, { 'proj/pytest.ini': '[pytest]\n' }],
    ['proj/tox.ini found above proj/tests', `${pytest} proj/tests`, { 'proj/tox.ini': '[pytest]\n' }],
  ])('%s: the flaky test is re-run by its path from the step, green', async (_how, run, more) => {
    const files = { 'proj/tests/test_a.py': FLAKY, ...more };
    const r = await testStep(files, { run, ...report }, { pullRequest: true });
    expect(r.log).toContain('1 test(s) failed (from 1 report(s)): pytest:proj/tests/test_a.py::test_flaky');
    expect(r.log).toMatch(/re-run 1\): python3 -m pytest .* -rA 'proj\/tests\/test_a\.py::test_flaky'/);
    expect(r.outputs).toMatchObject({
      'flaky-tests': 'pytest:proj/tests/test_a.py::test_flaky',
      'failed-tests': '',
      'not-rerun-tests': '',
    });
    expect(r.conclusion).toBe('success');
  });

  it('working-directory proj below the rootdir (pytest.ini at the root): the report is read from proj, green', async () => {
    const files = { 'pytest.ini': '[pytest]\n', 'proj/tests/test_a.py': FLAKY };
    const inputs = { run: `${pytest} tests`, 'working-directory': 'proj', ...report };
    const r = await testStep(files, inputs, { pullRequest: true });
    expect(r.log).toContain(
      "re-run 1): python3 -m pytest -p no:cacheprovider -rA 'tests/test_a.py::test_flaky'",
    );
    expect(r.outputs).toMatchObject({
      'flaky-tests': 'pytest:tests/test_a.py::test_flaky',
      'failed-tests': '',
    });
    expect(r.conclusion).toBe('success');
  });

  it('cd proj && pytest (the rootdir where the runner ran): the report keyed as the console shows it, green', async () => {
    const files = { 'proj/tests/test_a.py': FLAKY };
    const inputs = { run: `cd proj && ${pytest.replace('junit.xml', '../junit.xml')} tests`, ...report };
    const r = await testStep(files, inputs, { pullRequest: true });
    expect(r.outputs).toMatchObject({
      'flaky-tests': 'pytest:tests/test_a.py::test_flaky',
      'failed-tests': '',
      'not-rerun-tests': '',
    });
    expect(r.conclusion).toBe('success');
  });

  it('--rootdir proj, a broken test: re-run (not skipped as unfound), it fails again, red', async () => {
    const files = { 'proj/tests/test_a.py': BROKEN };
    const r = await testStep(
      files,
      { run: `${pytest} --rootdir proj proj/tests`, ...report },
      { pullRequest: true },
    );
    expect(r.log).toMatch(/re-run 1\): python3 -m pytest .* -rA 'proj\/tests\/test_a\.py::test_broken'/);
    expect(r.log).not.toContain('file or directory not found');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'pytest:proj/tests/test_a.py::test_broken',
      'flaky-tests': '',
      'not-rerun-tests': '',
      'tests-rerun': '1',
    });
    expect(r.conclusion).toBe('failure');
  });
});
