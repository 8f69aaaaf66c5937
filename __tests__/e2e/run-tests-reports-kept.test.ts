/**
 * A re-run leaves the step's reports as the step wrote them: the job uploads them after the step, and a re-run
 * of its one failed test would leave a report of one test run and 19 skipped (vitest's `--reporter=junit
 * --outputFile`, a jest reporter or results processor such as jest-junit, named in its config). The re-run
 * writes its results to the console only, and its verdict is read there. A suite of 20 tests with one flake,
 * through the real `dist/run.js` with real jest and vitest. Needs a built dist (`npm run build`).
 */
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { testStep } from '../../stand/scenarios/test-rerun.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const withNodeModules = (after: (dir: string) => void) => ({
  pullRequest: true,
  prepare: (dir: string) => symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')),
  after,
});

/** 19 tests that pass and one (`flaky`) that fails on its first run only. */
const FLAKE = `for (let i = 0; i < 19; i++) test('ok ' + i, () => { expect(i).toBe(i); });
test('flaky', () => {
  const first = !fs.existsSync('.ran-once');
  fs.writeFileSync('.ran-once', '');
  expect(first).toBe(false);
});
`;
const VITEST_FLAKE = `import { test, expect } from 'vitest';\nimport fs from 'node:fs';\n${FLAKE}`;
const JEST_FLAKE = `const fs = require('fs');\n${FLAKE}`;

/** A jest reporter (its documented interface) that writes the run's counts where its options say. */
const JEST_REPORTER = `const fs = require('fs');
module.exports = class {
  constructor(config, options) { this.file = options.file; }
  onRunComplete(contexts, r) {
    fs.writeFileSync(this.file, JSON.stringify({ total: r.numTotalTests, failed: r.numFailedTests, skipped: r.numPendingTests }));
  }
};
`;
const JEST_PROCESSOR = `const fs = require('fs');
module.exports = (r) => {
  fs.writeFileSync('processed.json', JSON.stringify({ total: r.numTotalTests, failed: r.numFailedTests, skipped: r.numPendingTests }));
  return r;
};
`;
const STEP_COUNTS = { total: 20, failed: 1, skipped: 0 };

describe("the re-run of a flaky test leaves the step's report as the step wrote it", () => {
  it('vitest --reporter=junit --outputFile=junit.xml: 20 test cases, the flake failed; green', async () => {
    let report = '';
    const files = { 'package.json': '{"name":"p","type":"module"}', 'a.test.mjs': VITEST_FLAKE };
    const r = await testStep(
      files,
      {
        run: 'npx vitest run --reporter=default --reporter=junit --outputFile=junit.xml',
        'test-report': 'junit.xml',
      },
      withNodeModules((dir) => {
        report = readFileSync(path.join(dir, 'junit.xml'), 'utf8');
      }),
    );
    expect(report.match(/<testcase /g)).toHaveLength(20);
    expect(report).toMatch(/<testcase [^>]*name="flaky"[^>]*>\s*<failure/);
    expect(report).not.toContain('<skipped');
    expect(r.log).toContain("--reporter=verbose 'a.test.mjs' -t '^(flaky)$'");
    expect(r.log).not.toMatch(/re-run 1\): .*--reporter=junit/);
    expect(r.outputs['flaky-tests']).toBe('vitest:a.test.mjs::flaky');
    expect(r.conclusion).toBe('success');
  });

  it("vitest's config reporters and outputFile.junit: the same", async () => {
    let report = '';
    const files = {
      'package.json': '{"name":"p","type":"module"}',
      'vitest.config.mjs':
        "export default { test: { reporters: ['default', 'junit'], outputFile: { junit: 'out/junit.xml' } } };\n",
      'a.test.mjs': VITEST_FLAKE,
    };
    const r = await testStep(
      files,
      { run: 'npx vitest run', 'test-report': 'out/junit.xml' },
      withNodeModules((dir) => {
        report = readFileSync(path.join(dir, 'out/junit.xml'), 'utf8');
      }),
    );
    expect(report.match(/<testcase /g)).toHaveLength(20);
    expect(report).not.toContain('<skipped');
    expect(r.conclusion).toBe('success');
  });

  it("jest's config reporters (a reporter that writes a file, as jest-junit does): the same", async () => {
    let counts: unknown;
    const files = {
      'package.json': JSON.stringify({
        name: 'p',
        jest: {
          testEnvironment: 'node',
          reporters: ['default', ['<rootDir>/reporter.js', { file: 'counts.json' }]],
        },
      }),
      'reporter.js': JEST_REPORTER,
      'a.test.js': JEST_FLAKE,
    };
    const r = await testStep(
      files,
      { run: 'npx jest --ci' },
      withNodeModules((dir) => {
        counts = JSON.parse(readFileSync(path.join(dir, 'counts.json'), 'utf8'));
      }),
    );
    expect(counts).toEqual(STEP_COUNTS);
    expect(r.log).toContain(
      "re-run 1): npx jest --ci --coverageThreshold='{}' --coverageReporters=text-summary --reporters=default --testResultsProcessor= --verbose 'a.test.js' -t '^(flaky)$'",
    );
    expect(r.outputs['flaky-tests']).toBe('jest:a.test.js::flaky');
    expect(r.conclusion).toBe('success');
  });

  it('jest --reporters on the command line and a testResultsProcessor in its config: the same', async () => {
    let counts: unknown;
    let processed: unknown;
    const files = {
      'package.json': JSON.stringify({
        name: 'p',
        jest: { testEnvironment: 'node', testResultsProcessor: '<rootDir>/processor.js' },
      }),
      'reporter.js': JEST_REPORTER.replace('options.file', "'counts.json'"),
      'processor.js': JEST_PROCESSOR,
      'a.test.js': JEST_FLAKE,
    };
    const r = await testStep(
      files,
      { run: 'npx jest --ci --reporters=default --reporters=./reporter.js' },
      withNodeModules((dir) => {
        counts = JSON.parse(readFileSync(path.join(dir, 'counts.json'), 'utf8'));
        processed = JSON.parse(readFileSync(path.join(dir, 'processed.json'), 'utf8'));
      }),
    );
    expect(counts).toEqual(STEP_COUNTS);
    expect(processed).toEqual(STEP_COUNTS);
    expect(r.outputs['flaky-tests']).toBe('jest:a.test.js::flaky');
    expect(r.conclusion).toBe('success');
  });
});

// Guards: these held on main already (the re-run's reporter and coverage options), and must go on holding.
describe("the step's other reports stay as the step wrote them", () => {
  it("mocha's xunit reporter in .mocharc with its output= option: the re-run's --reporter spec writes none", async () => {
    let report = '';
    const files = {
      'package.json': '{"name":"p"}',
      '.mocharc.yml': 'reporter: xunit\nreporter-option:\n  - output=xunit.xml\nspec: a.spec.js\n',
      'a.spec.js': `const fs = require('fs');\nconst expect = (v) => ({ toBe: (w) => { if (v !== w) throw new Error(v + ' is not ' + w); } });\n${FLAKE.replace(/\btest\(/g, 'it(')}`,
    };
    const r = await testStep(
      files,
      { run: 'npx mocha', 'test-report': 'xunit.xml' },
      withNodeModules((dir) => {
        report = readFileSync(path.join(dir, 'xunit.xml'), 'utf8');
      }),
    );
    expect(report.match(/<testcase /g)).toHaveLength(20);
    expect(report).toMatch(/<testcase [^>]*name="flaky"[^>]*><failure/);
    // xunit names a test by its own title and its file by its absolute path: top-level tests here.
    expect(r.outputs['flaky-tests']).toMatch(/^mocha:\S*a\.spec\.js::flaky$/);
    expect(r.conclusion).toBe('success');
  });

  it("jest --coverage's lcov report: the re-run's holds only a summary on the console", async () => {
    let lcov = '';
    const files = {
      'package.json': '{"name":"p","jest":{"testEnvironment":"node"}}',
      'lib.js': 'exports.inc = (x) => x + 1;\nexports.dec = (x) => x - 1;\n',
      'a.test.js': `${JEST_FLAKE}test('dec', () => { expect(require('./lib').dec(1)).toBe(0); });\n`,
    };
    const r = await testStep(
      files,
      { run: 'npx jest --ci --coverage --coverageReporters=lcov' },
      withNodeModules((dir) => {
        lcov = readFileSync(path.join(dir, 'coverage/lcov.info'), 'utf8');
      }),
    );
    expect(r.conclusion).toBe('success');
    // The step's run covered dec (its test ran); a re-run of 'flaky' alone would not.
    expect(lcov).toMatch(/^FNDA:1,/m);
  });
});
