/**
 * Test recovery end to end: the real `dist/run.js` (and `dist/main.js`) bundles on the local runner, with
 * real test runners (pytest, go test, jest). Needs a built dist: `flock /tmp/build.lock npm run build`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import {
  BROKEN_GO,
  FLAKY_PYTEST,
  goEnv,
  JEST,
  JEST_PACKAGE,
  jestFailing,
  testStep,
} from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js'))) {
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
  }
});

describeIfRunner('pytest', 'run/ with pytest', () => {
  it('a flaky test is re-run alone and passes: the step is green and the test reported flaky', async () => {
    const r = await testStep(FLAKY_PYTEST, { run: 'python3 -m pytest -p no:cacheprovider -q tests' });
    expect(r.conclusion).toBe('success');
    expect(r.outputs).toMatchObject({
      attempts: '1',
      'flaky-tests': 'pytest:tests/test_a.py::test_flaky',
      'failed-tests': '',
      'tests-flaky': '1',
      'tests-rerun': '1',
    });
    // Alone: the re-run names its node id, and runs one test.
    expect(r.log).toContain('ci-recovery: re-running 1 failed test(s) alone (re-run 1)');
    expect(r.log).toMatch(/^\s*1 passed in /m);
    expect(r.log).toContain(
      "re-run 1): python3 -m pytest -p no:cacheprovider -q -rA 'tests/test_a.py::test_flaky'",
    );
    expect(r.records[0]).toMatchObject({ outcome: 'success' });
    expect(r.records[0]?.tests).toEqual([
      {
        id: { runner: 'pytest', suite: 'tests/test_a.py', name: 'test_flaky' },
        outcome: 'flaky',
        retries: 1,
      },
    ]);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });
});

describeIfRunner('go', 'run/ with go test', () => {
  it('a broken test is re-run once, alone, and the step is red (test-retries given as the old input still counts)', async () => {
    const r = await testStep(BROKEN_GO, { run: 'go test ./...', 'test-retries': 1 }, { env: goEnv() });
    expect(r.conclusion).toBe('failure');
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message:
          "Input 'test-retries' moved to 'tests.retries' in .github/ci-recovery.yml: write it there; this step still reads the input.",
      }),
    );
    expect(r.outputs).toMatchObject({
      attempts: '1',
      'failed-tests': 'go:example.com/demo::TestBroken',
      'tests-failed': '1',
      'tests-rerun': '1',
      'failure-type': 'test',
    });
    // The re-run ran TestBroken alone (not TestBrokenToo, which its name prefixes).
    expect(r.log).toContain("go test -count=1 -v -run '^TestBroken$' 'example.com/demo'");
    expect(r.log).not.toMatch(/re-run 2/);
    expect(r.records[0]?.tests).toEqual([
      { id: { runner: 'go', suite: 'example.com/demo', name: 'TestBroken' }, outcome: 'failed', retries: 1 },
    ]);
  });
});

describe('run/ with jest', () => {
  it("a test quarantined by the team's config fails alone: re-run, still failing, and the step passes", async () => {
    const key = 'jest:src/a.test.js::fails 1';
    const r = await testStep(
      {
        ...JEST_PACKAGE,
        ...jestFailing('src/a.test.js', 1),
        '.github/ci-recovery.yml': `tests:\n  retries: 1\n  quarantined: ['${key}']\n`,
      },
      { run: `${JEST} --ci` },
    );
    expect(r.conclusion).toBe('success');
    expect(r.log).toContain(`ci-recovery: ${key}: quarantined: its failure does not fail the step`);
    expect(r.outputs).toMatchObject({ 'quarantined-tests': key, 'tests-failed': '0', 'tests-rerun': '1' });
    expect(r.records[0]?.tests?.[0]).toMatchObject({ outcome: 'failed', quarantined: true, retries: 1 });
  });

  it('a test in a file the change added is never re-run', async () => {
    const r = await testStep(
      { ...JEST_PACKAGE, 'src/new.test.js': jestFailing('x', 1).x! },
      { run: `${JEST} --ci` },
      { base: { ...JEST_PACKAGE, 'src/old.test.js': "test('old', () => {});\n" } },
    );
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      'ci-recovery: jest:src/new.test.js::fails 1: the change added or edited its file: not re-run',
    );
    expect(r.log).not.toContain('failed test(s) alone');
    expect(r.outputs).toMatchObject({ 'failed-tests': 'jest:src/new.test.js::fails 1', 'tests-rerun': '0' });
    expect(r.records[0]?.tests).toEqual([
      {
        id: { runner: 'jest', suite: 'src/new.test.js', name: 'fails 1' },
        outcome: 'failed',
        retries: 0,
        changed: true,
      },
    ]);
  });

  it('more failed tests than the cap: none is re-run', async () => {
    const r = await testStep(
      {
        ...JEST_PACKAGE,
        ...jestFailing('src/a.test.js', 3),
        '.github/ci-recovery.yml': 'tests:\n  max-failures: 2\n',
      },
      { run: `${JEST} --ci` },
    );
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      'ci-recovery: 3 tests failed, more than tests.max-failures (2): not re-running them (many failures are a broken change, not a flake)',
    );
    expect(r.log).not.toContain('failed test(s) alone');
    // The step itself goes on as it would without test recovery: the policy decides.
    expect(r.log).toMatch(/ci-recovery: decision \w+ by /);
    expect(r.outputs).toMatchObject({ 'tests-failed': '3', 'tests-rerun': '0' });
  });
});
