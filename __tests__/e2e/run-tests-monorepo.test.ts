/**
 * Monorepos run a package's tests through its own package.json, not the root's: `npm test --workspaces` (or
 * `-w api`, `--prefix api`) runs each workspace's `test` script in its directory, and `cd packages/api && npm
 * test` runs api's. The root's `test` script says nothing of what ran there, so it cannot tell what a failure
 * skipped. Through the real `dist/run.js` on a pull_request job with real npm and jest: api's script is `jest
 * unit && jest e2e`, a unit test fails on its first run only (a marker beside it), and its `&&` skips e2e,
 * whose test is broken. The flaky test passes alone; the whole step then runs once, e2e's broken test fails
 * there, and the step is red. Likewise a wrapper that runs jest in each workspace and stops at the first that
 * fails (`npm exec -ws`): the workspace after the flaky one, whose test is broken, never ran; pnpm's recursive
 * commands stop too, but may have started that workspace first (webRanFirst): red either way.
 * Needs a built dist (`npm run build`).
 */
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { MONOREPO, testStep } from '../../stand/scenarios/test-rerun.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const WHOLE = 're-running the whole step once, as a plain retry would.';

const withNodeModules = {
  pullRequest: true,
  prepare: (dir: string) => symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')),
};

describe("a workspace's own test script, not the root's", () => {
  // `--ws`: npm's option parser strips any leading dashes, so it is `-ws`.
  // The reason names the script not read: each workspace's, the named one's, the directory's it changed to.
  it.each([
    ['npm test --workspaces', "npm runs the 'test' script of each workspace (--workspaces)"],
    ['npm test --ws', "npm runs the 'test' script of each workspace (--ws)"],
    ['npm run test -w packages/api', "npm runs the 'test' script of the workspace it names (-w)"],
    ['cd packages/api && npm test', "it runs the 'test' script of the directory it changed to"],
  ])('%s: the flaky unit test passes alone; the whole step runs, e2e fails, red', async (run, unread) => {
    const r = await testStep(MONOREPO, { run }, withNodeModules);
    expect(r.outputs['flaky-tests']).toBe('jest:unit/flaky.test.js::flaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but ${unread}, not the root's read here, so where it runs jest is not known: ${WHOLE}`,
    );
    expect(r.log).toContain('broken for good');
  });
});

/** Two workspaces, each with its own jest config: api's test fails on its first run only, web's is broken. */
const TWO_WORKSPACES = {
  'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }),
  'pnpm-workspace.yaml': 'packages:\n  - packages/*\n',
  'packages/api/package.json': JSON.stringify({ name: 'api', jest: { testEnvironment: 'node' } }),
  'packages/api/flaky.test.js': MONOREPO['packages/api/unit/flaky.test.js'],
  'packages/web/package.json': JSON.stringify({ name: 'web', jest: { testEnvironment: 'node' } }),
  'packages/web/broken.test.js': MONOREPO['packages/api/e2e/broken.test.js'],
};

describe('a runner run in each workspace by a wrapper that stops at the first that fails', () => {
  it.each([
    // npm 11.19.1's lib/commands/exec.js runs each workspace in turn and catches no failure.
    [
      'npm exec -ws -- jest',
      'npm exec runs jest in each workspace in turn and stops at the first where it fails, so any workspace after that one did not run',
    ],
    [
      'npx --ws jest',
      'npm exec runs jest in each workspace in turn and stops at the first where it fails, so any workspace after that one did not run',
    ],
  ])(
    '%s: api flakes, web never ran; the flaky test passes alone, the whole step runs, red',
    async (run, why) => {
      const r = await testStep(TWO_WORKSPACES, { run }, withNodeModules);
      expect(r.outputs['flaky-tests']).toBe('jest:flaky.test.js::flaky');
      expect(r.conclusion).toBe('failure');
      expect(r.log).toContain(`but ${why}: ${WHOLE}`);
      expect(r.log).toContain('broken for good');
    },
  );
});

/**
 * The step's first run, before run/ says which tests failed; whether web's broken test ran in it. pnpm 10.34.9's
 * recursive run and exec (runRecursive) queue each package's run on p-limit and throw at the first failure
 * (ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL / _EXEC_FIRST_FAIL), but p-limit still starts the next queued package, which
 * runs until pnpm's process exits: on a loaded machine web's jest can finish before that. Either way the step must
 * end red on web's broken test: seen, it fails on its own re-run; not seen, the flaky test's pass alone answers for
 * nothing and the whole step runs.
 */
function webRanFirst(log: string): boolean {
  const end = log.search(/ci-recovery: \d+ test\(s\) failed/);
  return (end === -1 ? log : log.slice(0, end)).includes('broken for good');
}

function redOnBroken(r: Awaited<ReturnType<typeof testStep>>, why: string): void {
  expect(r.log).toMatch(/ERR_PNPM_RECURSIVE_(?:RUN|EXEC)_FIRST_FAIL/);
  expect(r.outputs['flaky-tests']).toBe('jest:flaky.test.js::flaky');
  expect(r.conclusion).toBe('failure');
  if (webRanFirst(r.log))
    expect(r.log).toContain('jest:broken.test.js::broken: failed on 1 re-run(s) of itself');
  else expect(r.log).toContain(`but ${why}: ${WHOLE}`);
  expect(r.log).toContain('broken for good');
}

describe("pnpm's recursive commands, which stop at the first package that fails but may have started the next", () => {
  it('pnpm -r exec jest: api flakes; red on web, run in the first run or in the whole step', async () => {
    const run = 'node_modules/.bin/pnpm -r --workspace-concurrency=1 exec jest';
    const r = await testStep(TWO_WORKSPACES, { run }, withNodeModules);
    redOnBroken(
      r,
      "pnpm's recursive run stops at the first package that fails (no --no-bail), so the packages after it may not have run",
    );
  });

  it('pnpm -r test: its command does not show jest; red on web, run in the first run or in the whole step', async () => {
    const files = {
      ...TWO_WORKSPACES,
      'packages/api/package.json': JSON.stringify({
        name: 'api',
        scripts: { test: 'jest' },
        jest: { testEnvironment: 'node' },
      }),
      'packages/web/package.json': JSON.stringify({
        name: 'web',
        scripts: { test: 'jest' },
        jest: { testEnvironment: 'node' },
      }),
    };
    const run = 'node_modules/.bin/pnpm -r --workspace-concurrency=1 test';
    const r = await testStep(files, { run }, withNodeModules);
    redOnBroken(r, 'its command does not show where it runs jest');
  });
});
