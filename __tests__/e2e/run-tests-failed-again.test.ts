/**
 * A step whose command hides where it runs its runner (`make test`, its Makefile `cd web && npx jest`): the
 * failed test is re-run by the runner's usual program in the step's directory, where a root test of the same path
 * and name passes; the whole step then runs once and fails it again. The step was red, but the test was recorded
 * flaky (the re-run vouched for a test it did not run): a broken test's flake in the history, later retried as
 * known flaky. A test the whole step names failed again is failed. Through the real `dist/run.js` with real jest.
 * Needs a built dist (`flock /tmp/build.lock npm run build`).
 */
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { testStep } from '../../stand/scenarios/test-rerun.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const withNodeModules = {
  pullRequest: true,
  prepare: (dir: string) => symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')),
};

it('make test (cd web && npx jest): a root test of the same path and name passes its re-run; the whole step fails it again: failed, not flaky', async () => {
  const files = {
    'package.json': '{"name":"root","jest":{"testEnvironment":"node","roots":["<rootDir>/src"]}}',
    'src/a.test.js': "test('works', () => {});\n",
    'web/package.json': '{"name":"web","jest":{"testEnvironment":"node"}}',
    'web/src/a.test.js': "test('works', () => { throw new Error('broken for good'); });\n",
    Makefile: 'test:\n\tcd web && npx jest --ci\n',
  };
  const r = await testStep(files, { run: 'make test', 'test-runner': 'jest' }, withNodeModules);
  // The re-run ran the root's src/a.test.js (the usual program, in the step's directory), which passed.
  expect(r.log).toContain(
    "the step's command does not show how it runs jest: re-running with its usual program.",
  );
  expect(r.log).toContain('jest:src/a.test.js::works: failed, then passed on re-run 1: flaky');
  expect(r.log).toContain('re-running the whole step once, as a plain retry would.');
  expect(r.log).toContain('broken for good');
  expect(r.conclusion).toBe('failure');
  expect(r.outputs).toMatchObject({ 'failed-tests': 'jest:src/a.test.js::works', 'flaky-tests': '' });
  expect(r.log).toContain(
    "jest:src/a.test.js::works: it passed on a re-run, then failed again when the step's command ran after it: the re-run's pass may have been another test's of its name: not flaky",
  );
  // It was re-run once (review, low: it was recorded with 0 re-runs and listed in not-rerun-tests).
  expect(r.outputs).toMatchObject({ 'tests-rerun': '1', 'not-rerun-tests': '' });
  expect(r.records[0]?.tests?.map((t) => [t.outcome, t.retries, t.failedAgain])).toEqual([
    ['failed', 1, true],
  ]);
});
