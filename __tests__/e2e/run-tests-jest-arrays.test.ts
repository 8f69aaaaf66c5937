/**
 * jest's array options (and vitest's options that take a value) in the built-in test re-run, through the real
 * `dist/run.js` with the real jest and vitest: jest's yargs
 * gives an array every word up to the next option (`--selectProjects a b`, `--setupFiles ./a.js ./b.js`), so
 * the re-run keeps them all, and `--setupFilesAfterEnv` keeps its file. Each test here fails in the step and
 * again alone under the step's own options: the step stays red. With only the first word kept (or, for
 * `--setupFilesAfterEnv`, none), the test ran without what broke it, passed, and the step went green.
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

/** `works` passes under set-up file `a.js` and fails once `b.js` ran; `other` always passes. */
const MODES = {
  'a.js': 'globalThis.MODE = "a";\n',
  'b.js': 'globalThis.MODE = "b";\n',
  't/x.test.js': "test('works', () => { expect(globalThis.MODE).toBe('a'); });\ntest('other', () => {});\n",
};

/** Two projects over the same file, with those set-up files: `works` fails in project b only. */
const PROJECTS = {
  ...MODES,
  'package.json': JSON.stringify({
    name: 'p',
    jest: {
      projects: ['a', 'b'].map((p) => ({
        displayName: p,
        testEnvironment: 'node',
        setupFiles: [`./${p}.js`],
      })),
    },
  }),
};

const STAYS_RED = { 'failed-tests': 'jest:t/x.test.js::works', 'flaky-tests': '', 'not-rerun-tests': '' };

describe('jest array options in a re-run', () => {
  it('--selectProjects a b: the test that fails in project b is re-run in both projects and stays red', async () => {
    const r = await testStep(PROJECTS, { run: 'npx jest --selectProjects a b' }, withNodeModules);
    expect(r.log).toMatch(/^FAIL b t\/x\.test\.js$/m);
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject(STAYS_RED);
    expect(r.log).toContain("re-run 1): npx jest --selectProjects a b --coverageThreshold='{}'");
  });

  it('--setupFiles ./a.js ./b.js: the re-run loads both set-up files and the test stays red', async () => {
    const files = { ...MODES, 'package.json': '{"name":"p","jest":{"testEnvironment":"node"}}' };
    const r = await testStep(files, { run: 'npx jest --setupFiles ./a.js ./b.js' }, withNodeModules);
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject(STAYS_RED);
    expect(r.log).toContain("re-run 1): npx jest --setupFiles ./a.js ./b.js --coverageThreshold='{}'");
  });

  it('--setupFilesAfterEnv: a test failed by the set-up (an error logged) fails its re-run too', async () => {
    const files = {
      'package.json': '{"name":"p","jest":{"testEnvironment":"node"}}',
      'fail-on-console.js': `console.error = () => { globalThis.LOGGED = true; };
afterEach(() => { if (globalThis.LOGGED) throw new Error('the test logged an error'); });
`,
      't/x.test.js': "test('logs', () => { console.error('oops'); });\n",
    };
    const r = await testStep(
      files,
      { run: 'npx jest --setupFilesAfterEnv ./fail-on-console.js' },
      withNodeModules,
    );
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({ 'failed-tests': 'jest:t/x.test.js::logs', 'flaky-tests': '' });
    expect(r.log).toContain(
      "re-run 1): npx jest --setupFilesAfterEnv ./fail-on-console.js --coverageThreshold='{}'",
    );
  });
});

describe("vitest's options that take a value, in a re-run", () => {
  it('--hookTimeout 100: a test whose beforeEach outlasts it fails its re-run too', async () => {
    const files = {
      'package.json': '{"name":"p","type":"module"}',
      't/s.test.mjs': `import { beforeEach, test } from 'vitest';
beforeEach(() => new Promise((done) => setTimeout(done, 400)));
test('slow set-up', () => {});
`,
    };
    const r = await testStep(files, { run: 'npx vitest run --hookTimeout 100' }, withNodeModules);
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'vitest:t/s.test.mjs::slow set-up',
      'flaky-tests': '',
    });
    expect(r.log).toContain('re-run 1): npx vitest run --hookTimeout 100 --coverage.reporter=text-summary');
  });
});
