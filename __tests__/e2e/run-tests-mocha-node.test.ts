/**
 * mocha and `node --test` in the built-in test re-run (issue 64), through the real `dist/run.js` on a
 * pull_request job with the real runners: the failed test is re-run alone under the step's own invocation
 * (mocha's --config and its `require`, an npm script; node's options), a flaky test goes green, and a broken
 * test stays red. Each flaky test fails on its first run only (a marker file in the workspace); each broken
 * one always. Needs a built dist (`npm run build`).
 */
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { testStep } from '../../stand/scenarios/test-rerun.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const PR = { pullRequest: true };

/** A test that fails on its first run in the workspace and passes after. */
const FLAKY = `const fs = require('fs');
    const first = !fs.existsSync('.ran-once');
    fs.writeFileSync('.ran-once', '');
    if (first) throw new Error('first run fails');`;

/** mocha tests that only the team's config finds (`check/*.check.js`), with the set-up file it requires. */
const MOCHA_CONFIGURED = {
  'ci.mocharc.json': '{"spec":["check/*.check.js"],"require":["./setup.js"]}\n',
  'setup.js': 'globalThis.CONFIGURED = true;\n',
  'check/a.check.js': `describe('suite (a)', () => {
  it('configured', () => { if (!globalThis.CONFIGURED) throw new Error('no setup'); });
  it('flaky', () => {
    ${FLAKY}
  });
});
`,
};
const MOCHA_BROKEN = {
  'check/b.check.js':
    "describe('suite (b)', () => { it('broken', () => { throw new Error('1 !== 2'); }); });\n",
};

async function mochaStep(files: Record<string, string>, inputs: Record<string, string | number>) {
  return testStep(files, inputs, {
    ...PR,
    prepare: (dir: string) =>
      symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')),
  });
}

describe('mocha', () => {
  it('npx mocha --config: the flaky test is re-run alone under the config and goes green', async () => {
    const r = await mochaStep(MOCHA_CONFIGURED, { run: 'npx mocha --config ci.mocharc.json --timeout 5000' });
    // The log escapes a backslash of the command as `\\`.
    expect(r.log).toContain(
      "re-run 1): npx mocha --config ci.mocharc.json --timeout 5000 --reporter spec --grep '^(suite \\\\(a\\\\) flaky)$'",
    );
    expect(r.log).toMatch(/✔\S* flaky$/m);
    expect(r.conclusion).toBe('success');
    expect(r.outputs).toMatchObject({
      'flaky-tests': 'mocha:::suite (a) flaky',
      'failed-tests': '',
      'not-rerun-tests': '',
    });
  });

  it('npm test running mocha: the broken test is re-run once, alone, and stays red', async () => {
    const files = {
      ...MOCHA_CONFIGURED,
      ...MOCHA_BROKEN,
      'package.json': '{"name":"p","scripts":{"test":"mocha --config ci.mocharc.json"}}',
    };
    const r = await mochaStep(files, { run: 'npm test' });
    expect(r.log).toContain(
      "npm exec --no -- mocha --config ci.mocharc.json --reporter spec --grep '^(suite \\\\(a\\\\) flaky|suite \\\\(b\\\\) broken)$'",
    );
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'mocha:::suite (b) broken',
      'flaky-tests': 'mocha:::suite (a) flaky',
      'not-rerun-tests': '',
    });
  });

  it("mocha's xunit report names a test by its own title: a broken nested test is not re-run as the root test of that title", async () => {
    const files = {
      '.mocharc.yml': 'reporter: xunit\nreporter-option:\n  - output=xunit.xml\nspec: test/a.spec.js\n',
      'test/a.spec.js': `describe('outer', () => { it('fails', () => { throw new Error('broken for good'); }); });
it('fails', () => {});
`,
    };
    const r = await mochaStep(files, { run: 'npx mocha', 'test-report': 'xunit.xml' });
    expect(r.outputs['flaky-tests']).toBe('');
    expect(r.conclusion).toBe('failure');
    expect(r.log).toContain("--grep '^(outer fails)$'");
    expect(r.outputs['failed-tests']).toMatch(/^mocha:\S*test\/a\.spec\.js::outer fails$/);
  });

  // Keyed as the classname (the suites' full title) alone when it ends with the test's own title, each broken
  // test was re-run as the passing test of that full title, and went green as flaky.
  it.each([
    [
      "'a' > 'b' passes, 'a b' > 'b' is broken",
      `describe('a', () => { it('b', () => {}); });
describe('a b', () => { it('b', () => { throw new Error('broken for good'); }); });
`,
      'a b b',
    ],
    [
      "'fails' > 'fails' is broken, a root 'fails' passes",
      `describe('fails', () => { it('fails', () => { throw new Error('broken for good'); }); });
it('fails', () => {});
`,
      'fails fails',
    ],
  ])(
    "mocha's xunit report: %s: the broken test is re-run by its own full title and stays red",
    async (_, spec, title) => {
      const files = {
        '.mocharc.yml': 'reporter: xunit\nreporter-option:\n  - output=xunit.xml\nspec: test/a.spec.js\n',
        'test/a.spec.js': spec,
      };
      const r = await mochaStep(files, { run: 'npx mocha', 'test-report': 'xunit.xml' });
      expect(r.outputs['flaky-tests']).toBe('');
      expect(r.conclusion).toBe('failure');
      expect(r.log).toContain(`--grep '^(${title})$'`);
      expect(r.outputs['failed-tests']).toMatch(new RegExp(`^mocha:\\S*test/a\\.spec\\.js::${title}$`));
    },
  );

  it("mocha's xunit report: a flaky nested test beside a passing root test of its own title goes green by its full title", async () => {
    const files = {
      '.mocharc.yml': 'reporter: xunit\nreporter-option:\n  - output=xunit.xml\nspec: test/a.spec.js\n',
      'test/a.spec.js': `describe('a', () => { it('a', () => {
    ${FLAKY}
  }); });
it('a', () => {});
`,
    };
    const r = await mochaStep(files, { run: 'npx mocha', 'test-report': 'xunit.xml' });
    expect(r.log).toContain("--grep '^(a a)$'");
    expect(r.conclusion).toBe('success');
    expect(r.outputs['flaky-tests']).toMatch(/^mocha:\S*test\/a\.spec\.js::a a$/);
  });

  // xunit writes classname="" for a root test and for one in describe(''): both keyed 'b'. The re-run
  // --grep '^(b)$' ran only the passing root test (the nested one's full title is ' b'): green as flaky.
  it("mocha's xunit report: a broken test in describe('') beside a passing root test of its title is not re-run", async () => {
    const files = {
      '.mocharc.yml': 'reporter: xunit\nreporter-option:\n  - output=xunit.xml\nspec: test/a.spec.js\n',
      'test/a.spec.js': `describe('', () => { it('b', () => { throw new Error('broken for good'); }); });
it('b', () => {});
`,
    };
    const r = await mochaStep(files, { run: 'npx mocha', 'test-report': 'xunit.xml' });
    expect(r.conclusion).toBe('failure');
    expect(r.outputs['flaky-tests']).toBe('');
    expect(r.log).not.toContain('--grep');
    expect(r.log).toMatch(
      /1 test\(s\) the reports show both failed and passed, two tests of one name that a re-run by that name cannot tell apart \(mocha:\S*test\/a\.spec\.js::b\)/,
    );
  });
});

const NODE_TESTS = {
  'test/a.test.js': `const { describe, it } = require('node:test');
describe('suite (a)', () => {
  it('steady', () => {});
  it('flaky', () => {
    ${FLAKY}
  });
});
`,
};
const NODE_BROKEN = {
  'test/b.test.js': `const { test } = require('node:test');
test('broken', () => { throw new Error('1 !== 2'); });
`,
};

describe('node --test', () => {
  it('the flaky test is re-run alone, by its name in its file, and goes green', async () => {
    const r = await testStep(NODE_TESTS, { run: 'node --test --test-concurrency 1' }, PR);
    // node's spec reporter (the step's output is a terminal) names the failed test's file.
    expect(r.log).toContain(
      "re-run 1): node --test --test-concurrency 1 --test-reporter=tap --test-name-pattern='^(?:(?:suite \\\\(a\\\\) )?flaky)$' 'test/a.test.js'\n",
    );
    expect(r.conclusion).toBe('success');
    expect(r.outputs).toMatchObject({
      'flaky-tests': 'node:test/a.test.js::suite (a) › flaky',
      'failed-tests': '',
      'not-rerun-tests': '',
    });
  });

  it('a broken test is re-run once, alone, and stays red; the flaky one beside it still goes green', async () => {
    const r = await testStep({ ...NODE_TESTS, ...NODE_BROKEN }, { run: 'node --test' }, PR);
    expect(r.log).toContain('re-running 2 failed test(s) alone (re-run 1): node --test --test-reporter=tap');
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'node:test/b.test.js::broken',
      'flaky-tests': 'node:test/a.test.js::suite (a) › flaky',
      'not-rerun-tests': '',
    });
  });

  it("under the step's TAP reporter (a failure's file printed absolute): keys relative, the broken test red", async () => {
    const r = await testStep(
      { ...NODE_TESTS, ...NODE_BROKEN },
      { run: 'node --test --test-reporter tap' },
      PR,
    );
    expect(r.log).toMatch(/location: '\/\S+\/test\/b\.test\.js:2:1'/);
    expect(r.log).toContain(
      "--test-reporter=tap --test-name-pattern='^(?:(?:suite \\\\(a\\\\) )?flaky|broken)$' 'test/a.test.js' 'test/b.test.js'",
    );
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'node:test/b.test.js::broken',
      'flaky-tests': 'node:test/a.test.js::suite (a) › flaky',
      'not-rerun-tests': '',
    });
  });
});
