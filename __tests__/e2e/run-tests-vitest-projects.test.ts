/**
 * vitest's `test.projects` in the built-in test re-run, through the real `dist/run.js` with the real vitest
 * (3.2.7): one test file runs in two projects, and vitest prints a failure with the project's label before its
 * path (`FAIL  |b| t/x.test.mjs > d > works`; in CI, where its colour is on, ` FAIL   b  t/x...` once the colour
 * codes are out). The failed test is re-run in its own project (`--project='b'`) and keyed with it
 * (`vitest:t/x.test.mjs::d > works[b]`): a flake there goes green, a broken test stays red. Before, no line with
 * a coloured label was read: nothing was re-run and a flake stayed red.
 * Needs a built dist (`npm run build`).
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

/** Two projects over the same file; each sees its own name in PROJ. */
function projects(test: string): Record<string, string> {
  return {
    'package.json': '{"name":"p","type":"module"}',
    'vitest.config.mjs': `import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { projects: ['a', 'b'].map((name) => ({
  test: { name, include: ['t/**/*.test.mjs'], env: { PROJ: name } },
})) } });
`,
    't/x.test.mjs': `import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
describe('d', () => { test('works', () => { ${test} }); });
test('fine', () => {});
`,
  };
}

/**
 * In project b it fails on its first run only (a flake); in project a it passes on its first run only, so a
 * re-run that ran project a too would fail there.
 */
const FLAKE_IN_B = projects(`const marker = '.ran-' + process.env.PROJ;
  const first = !fs.existsSync(marker);
  fs.writeFileSync(marker, '');
  expect(first).toBe(process.env.PROJ === 'a');`);

/** Broken in project b, passing in project a. */
const BROKEN_IN_B = projects(`expect(process.env.PROJ).toBe('a');`);

/** In project b it fails on its first run only; in project a it always passes. */
const FLAKE_IN_B_ONLY = projects(`const marker = '.ran-' + process.env.PROJ;
  const first = !fs.existsSync(marker);
  fs.writeFileSync(marker, '');
  expect(first && process.env.PROJ === 'b').toBe(false);`);

const KEY = 'vitest:t/x.test.mjs::d > works[b]';

describe('vitest test.projects in a re-run', () => {
  it.each([
    ['coloured (CI)', {}],
    ['without colour', { NO_COLOR: '1' }],
  ])(
    '%s: a flake in project b is re-run in project b alone, and the step goes green',
    async (_, stepEnv: Record<string, string>) => {
      const r = await testStep(FLAKE_IN_B, { run: 'npx vitest run' }, { ...withNodeModules, stepEnv });
      expect(r.outputs).toMatchObject({ 'flaky-tests': KEY, 'failed-tests': '', 'not-rerun-tests': '' });
      expect(r.log).toContain(
        're-run 1): npx vitest run --coverage.reporter=text-summary --coverage.clean=false --coverage.thresholds.autoUpdate=false',
      );
      expect(r.log).toContain("--reporter=verbose --project='b' 't/x.test.mjs' -t '^(d works)$'");
      expect(r.conclusion).toBe('success');
    },
  );

  it('a JUnit report names no project: the flake is re-run in every project, and goes green', async () => {
    const r = await testStep(
      FLAKE_IN_B_ONLY,
      {
        run: 'npx vitest run --reporter=junit --outputFile=reports/junit.xml',
        'test-report': 'reports/*.xml',
      },
      withNodeModules,
    );
    expect(r.outputs).toMatchObject({ 'flaky-tests': 'vitest:t/x.test.mjs::d > works', 'failed-tests': '' });
    expect(r.log).toMatch(/re-run 1\): npx vitest run --coverage[^\n]* --reporter=verbose 't\/x\.test\.mjs'/);
    expect(r.conclusion).toBe('success');
  });

  it("a test broken in project b (passing in a) stays red, re-run in b in place of the step's --project a --project b", async () => {
    const r = await testStep(BROKEN_IN_B, { run: 'npx vitest run --project a --project=b' }, withNodeModules);
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({ 'failed-tests': KEY, 'flaky-tests': '', 'not-rerun-tests': '' });
    expect(r.log).toMatch(
      /re-run 1\): npx vitest run --coverage\.reporter=.* --project='b' 't\/x\.test\.mjs'/,
    );
    expect(r.log).not.toMatch(/re-run 1\): .*--project a/);
  });
});
