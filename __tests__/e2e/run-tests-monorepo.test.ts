/**
 * Monorepos run a package's tests through its own package.json, not the root's: `npm test --workspaces` (or
 * `-w api`, `--prefix api`) runs each workspace's `test` script in its directory, and `cd packages/api && npm
 * test` runs api's. The root's `test` script says nothing of what ran there, so it cannot tell what a failure
 * skipped. Through the real `dist/run.js` on a pull_request job with real npm and jest: api's script is `jest
 * unit && jest e2e`, a unit test fails on its first run only (a marker beside it), and its `&&` skips e2e,
 * whose test is broken. The flaky test passes alone; the whole step then runs once, e2e's broken test fails
 * there, and the step is red. Needs a built dist (`npm run build`).
 */
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { testStep } from '../../stand/scenarios/test-rerun.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const WHOLE = 're-running the whole step once, as a plain retry would.';

const withNodeModules = {
  pullRequest: true,
  prepare: (dir: string) => symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')),
};

/** The root runs jest over every package; api's own script runs its unit tests, then (&&) its e2e tests. */
const MONOREPO = {
  'package.json': JSON.stringify({
    name: 'mono',
    private: true,
    workspaces: ['packages/*'],
    scripts: { test: 'jest' },
    jest: { testEnvironment: 'node' },
  }),
  'packages/api/package.json': JSON.stringify({
    name: 'api',
    scripts: { test: 'jest unit && jest e2e' },
    jest: { testEnvironment: 'node' },
  }),
  'packages/api/unit/flaky.test.js': `const fs = require('fs');
const path = require('path');
test('flaky', () => {
  const marker = path.join(__dirname, '.ran-once');
  const first = !fs.existsSync(marker);
  fs.writeFileSync(marker, '');
  expect(first).toBe(false);
});
`,
  'packages/api/e2e/broken.test.js': "test('broken', () => { expect('e2e').toBe('broken for good'); });\n",
};

describe("a workspace's own test script, not the root's", () => {
  it.each([['npm test --workspaces'], ['npm run test -w packages/api'], ['cd packages/api && npm test']])(
    '%s: the flaky unit test passes alone; the whole step runs, e2e fails, red',
    async (run) => {
      const r = await testStep(MONOREPO, { run }, withNodeModules);
      expect(r.outputs['flaky-tests']).toBe('jest:unit/flaky.test.js::flaky');
      expect(r.conclusion).toBe('failure');
      expect(r.log).toContain(`but its command does not show where it runs jest: ${WHOLE}`);
      expect(r.log).toContain('broken for good');
    },
  );
});
