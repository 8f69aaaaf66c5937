/**
 * A stop the step's environment sets, or a package script sets out of sight, leaves tests unrun that its
 * command line does not show: go's GOFLAGS=-failfast (the step's `env:` or the job's), npm's workspaces from
 * the project's .npmrc or an `npm_config_workspaces` variable (npm test then runs each workspace's script, not
 * the root's), and a root script that changes directory before its runner (`"test": "cd web && mocha"`, where
 * web's config bails). Through the real `dist/run.js` on a pull_request job with real go, npm, jest and mocha:
 * each flaky test fails on its first run only (a marker file) and the runner never reaches a broken test.
 * The flaky test passes alone; the step then runs whole once, the broken test fails there, and the step is
 * red. Needs a built dist (`npm run build`).
 */
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { goEnv, MONOREPO, testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const WHOLE = 're-running the whole step once, as a plain retry would.';

const withNodeModules = {
  pullRequest: true,
  prepare: (dir: string) => symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')),
};

/** TestA fails on its first run only; TestB, after it, is broken. */
const GO_FAILFAST = {
  'go.mod': 'module example.com/failfast\n\ngo 1.19\n',
  'p_test.go': `package failfast
import ("os"; "testing")
func TestA(t *testing.T) {
  _, err := os.Stat(".ran-once")
  os.WriteFile(".ran-once", nil, 0o644)
  if err != nil { t.Fatal("fails on its first run") }
}
func TestB(t *testing.T) { t.Fatal("broken for good") }
`,
};

describeIfRunner(
  'go',
  "GOFLAGS=-failfast in the step's environment: go test starts no test after a failure",
  () => {
    it.each([
      ["the step's env:", { env: goEnv(), stepEnv: { GOFLAGS: '-mod=mod -failfast' } }],
      ["the job's env:", { env: { ...goEnv(), GOFLAGS: '-mod=mod -failfast' } }],
    ])(
      '%s TestA flakes, TestB never ran; the flaky test passes alone, the whole step runs, red',
      async (_, opts) => {
        const r = await testStep(GO_FAILFAST, { run: 'go test ./...' }, { pullRequest: true, ...opts });
        // The attempt printed nothing of TestB: the failfast stop shows only in GOFLAGS.
        expect(r.log.slice(0, r.log.indexOf('re-running 1 failed test'))).not.toContain('TestB');
        expect(r.outputs['flaky-tests']).toBe('go:example.com/failfast::TestA');
        expect(r.conclusion).toBe('failure');
        expect(r.log).toContain(
          `but GOFLAGS in the step's environment sets -failfast, so go test started no test after the failed one and the tests after it did not run: ${WHOLE}`,
        );
        expect(r.log).toContain('broken for good');
      },
    );
  },
);

describe("npm's workspaces set in its config: a plain npm test runs each workspace's script, not the root's", () => {
  it.each([
    [
      ".npmrc's workspaces=true",
      { ...MONOREPO, '.npmrc': 'workspaces=true\n' },
      {},
      ".npmrc's workspaces=true",
    ],
    // ini, as npm reads .npmrc, takes a key with no value as true.
    [
      ".npmrc's bare workspaces line",
      { ...MONOREPO, '.npmrc': 'workspaces\n' },
      {},
      ".npmrc's workspaces=true",
    ],
    [
      "npm_config_workspaces=true in the job's env",
      MONOREPO,
      { env: { npm_config_workspaces: 'true' } },
      "npm_config_workspaces in the step's environment",
    ],
  ])(
    '%s: api flakes and its && skips e2e; the whole step runs, e2e fails, red',
    async (_, files, opts, origin) => {
      const r = await testStep(files, { run: 'npm test' }, { ...withNodeModules, ...opts });
      expect(r.outputs['flaky-tests']).toBe('jest:unit/flaky.test.js::flaky');
      expect(r.conclusion).toBe('failure');
      expect(r.log).toContain(
        `but npm runs the 'test' script of each workspace its config names (${origin}), not the root's read here, so where it runs jest is not known: ${WHOLE}`,
      );
      expect(r.log).toContain('broken for good');
    },
  );
});

describe("npm's workspaces set in the .npmrc of the directory the step's command changes to", () => {
  it('cd app && npx jest, app/.npmrc workspaces=true: api flakes, web never ran; the whole step runs, red', async () => {
    // app is a workspaces root of its own; npm reads its .npmrc there, where npx runs jest in each workspace.
    const files = {
      'app/package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }),
      'app/.npmrc': 'workspaces=true\n',
      'app/packages/api/package.json': JSON.stringify({ name: 'api', jest: { testEnvironment: 'node' } }),
      'app/packages/api/flaky.test.js': MONOREPO['packages/api/unit/flaky.test.js'],
      'app/packages/web/package.json': JSON.stringify({ name: 'web', jest: { testEnvironment: 'node' } }),
      'app/packages/web/broken.test.js': MONOREPO['packages/api/e2e/broken.test.js'],
    };
    const r = await testStep(
      files,
      { run: 'cd app && npx jest' },
      {
        pullRequest: true,
        prepare: (dir: string) =>
          symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'app', 'node_modules')),
      },
    );
    expect(r.outputs['flaky-tests']).toBe('jest:flaky.test.js::flaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but npm exec runs jest in each workspace in turn and stops at the first where it fails, so any workspace after that one did not run: ${WHOLE}`,
    );
    expect(r.log).toContain('broken for good');
  });
});

describe('a root package script that changes directory before its runner', () => {
  it('"test": "cd web && mocha", web bails: the flaky test passes alone at the root, the whole step runs, red', async () => {
    const files = {
      // The root's mocha config (for an editor) finds web's tests; web's own bails at the first failure.
      'package.json': JSON.stringify({ name: 'mono', private: true, scripts: { test: 'cd web && mocha' } }),
      '.mocharc.yml': "spec: 'web/test/*.spec.js'\n",
      'web/.mocharc.yml': "bail: true\nspec: 'test/*.spec.js'\n",
      'web/test/a.spec.js': `const fs = require('fs');
const path = require('path');
it('flaky', () => {
  const marker = path.join(__dirname, '.ran-once');
  const first = !fs.existsSync(marker);
  fs.writeFileSync(marker, '');
  if (first) throw new Error('fails on its first run');
});
`,
      'web/test/b.spec.js': "it('broken', () => { throw new Error('broken for good'); });\n",
    };
    const r = await testStep(files, { run: 'npm test' }, withNodeModules);
    expect(r.outputs['flaky-tests']).toBe('mocha:::flaky');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain(
      `but its package script 'test' changes directory before it runs mocha, so what may stop mocha there (its config files) is not known: ${WHOLE}`,
    );
    expect(r.log).toContain('broken for good');
  });
});
