/**
 * The reports a pytest step writes are the job's: it uploads them after the step (a JUnit report to a test
 * reporter, coverage.xml to a coverage service). A re-run of the one flaky test wrote its `--junitxml` over the
 * step's, so the upload showed one passed test where the step ran two and one failed. The re-run now writes no
 * report: the step's JUnit and coverage XML stay as the step made them. Through the real `dist/run.js` with
 * Debian's pytest and pytest-cov. Needs a built dist (`npm run build`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { FLAKY_PYTEST, testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

/** FLAKY_PYTEST's tests, test_ok calling lib.a() and test_flaky calling lib.b() after its first run's failure. */
const files = {
  'lib.py': 'def a():\n    return 1\n\ndef b():\n    return 2\n',
  'tests/test_a.py': FLAKY_PYTEST['tests/test_a.py']
    .replace('def test_ok():\n    pass', 'import lib\ndef test_ok():\n    assert lib.a() == 1')
    .replace('"fails on its first run"\n', '"fails on its first run"\n    assert lib.b() == 2\n'),
};

describeIfRunner('pytest-cov', "pytest's reports after a flake's re-run", () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'pytest-reports-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it("--junitxml and --cov-report=xml: the flake goes green and both files are still the step's", async () => {
    const junit = path.join(out, 'junit.xml');
    const cov = path.join(out, 'cov.xml');
    const run = `python3 -m pytest -p no:cacheprovider --cov=lib --cov-report=xml:${cov} --junitxml=${junit} tests`;
    const r = await testStep(files, { run }, { pullRequest: true });
    expect(r.outputs).toMatchObject({
      'flaky-tests': 'pytest:tests/test_a.py::test_flaky',
      'failed-tests': '',
    });
    expect(r.conclusion).toBe('success');
    // The step's run: two tests, test_flaky failed. The re-run's alone would hold one test, passed.
    const report = readFileSync(junit, 'utf8');
    expect(report).toMatch(/<testsuite [^>]*errors="0" failures="1"[^>]*tests="2"/);
    expect(report).toContain('fails on its first run');
    // The step's coverage: b() never ran (its test failed first); the re-run's alone would cover it.
    expect(readFileSync(cov, 'utf8')).toMatch(/<line number="5" hits="0"\/>/);
    expect(r.log).toContain(
      "re-run 1): python3 -m pytest -p no:cacheprovider --cov=lib --cov-fail-under=0 --cov-report= --cov-append -rA 'tests/test_a.py::test_flaky'",
    );
  });

  it("test-report names the step's junit.xml (as docs/tests.md advises): the re-run's verdict is its console's, green", async () => {
    let report = '';
    const after = (dir: string): void => {
      report = readFileSync(path.join(dir, 'junit.xml'), 'utf8');
    };
    const run = 'python3 -m pytest -p no:cacheprovider --junitxml=junit.xml tests';
    const r = await testStep(files, { run, 'test-report': 'junit.xml' }, { pullRequest: true, after });
    // The step's junit.xml, written within seconds of the re-run's start, once counted its failure over the pass.
    expect(r.log).not.toContain('failed on 1 re-run(s) of itself');
    expect(r.outputs).toMatchObject({
      'flaky-tests': 'pytest:tests/test_a.py::test_flaky',
      'failed-tests': '',
    });
    expect(r.conclusion).toBe('success');
    expect(report).toMatch(/<testsuite [^>]*errors="0" failures="1"[^>]*tests="2"/);
  });

  it("the same reports named in pytest.ini's addopts: the re-run switches them off after it, green, the step's kept", async () => {
    const kept: Record<string, string> = {};
    const after = (dir: string): void => {
      for (const f of ['junit.xml', 'cov.xml']) kept[f] = readFileSync(path.join(dir, f), 'utf8');
    };
    const ini = {
      'pytest.ini': '[pytest]\naddopts =\n    --cov=lib --cov-report=xml:cov.xml\n    --junitxml=junit.xml\n',
    };
    const run = 'python3 -m pytest -p no:cacheprovider tests';
    const r = await testStep({ ...files, ...ini }, { run }, { pullRequest: true, after });
    expect(r.outputs).toMatchObject({
      'flaky-tests': 'pytest:tests/test_a.py::test_flaky',
      'failed-tests': '',
    });
    expect(r.conclusion).toBe('success');
    expect(kept['junit.xml']).toMatch(/<testsuite [^>]*errors="0" failures="1"[^>]*tests="2"/);
    expect(kept['cov.xml']).toMatch(/<line number="5" hits="0"\/>/);
    expect(r.log).toContain(
      "re-run 1): python3 -m pytest -p no:cacheprovider --cov-fail-under=0 --cov-report= --cov-append --cov-report=xml:/dev/null --junitxml= -rA 'tests/test_a.py::test_flaky'",
    );
  });
});
