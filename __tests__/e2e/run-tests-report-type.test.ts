/**
 * The attempt's own JUnit reports type its failure (issue 68), through the real `dist/run.js` with node's
 * own test runner writing a real report: an output that says nothing (the reporter writes only the file) was
 * `unknown`; the report names the failed test, so the attempt is `test`, shown by that test. What must not
 * change: no report, a report older than the attempt, a killed attempt, a time limit, and a network error the
 * output shows (still retried). Needs a built dist (`npm run build`).
 */
import { existsSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { testStep } from '../../stand/scenarios/test-rerun.js';
import { outage } from '../../stand/scenarios/network-retry.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const PR = { pullRequest: true };
const REPORTS = { 'test-report': 'reports/*.xml' };
/** node's test runner with its JUnit reporter alone, into a file: the console gets nothing. */
const NODE_JUNIT =
  'mkdir -p reports && node --test --test-reporter=junit --test-reporter-destination=reports/junit.xml';

const BROKEN = {
  'test/a.test.js': `const { describe, it } = require('node:test');
describe('suite (a)', () => {
  it('passes', () => {});
  it('breaks', () => { throw new Error('1 !== 2'); });
});
`,
};

/** A report that names a failed test, as a run before this one left it. */
const OLD_REPORT = `<?xml version="1.0"?><testsuites><testsuite name="old" tests="1" failures="1">
<testcase classname="old" name="stale"><failure message="from an earlier run"/></testcase></testsuite></testsuites>`;

describe('run/ types a failed attempt by its own test reports', () => {
  it('an output that says nothing, a report naming the failed test: test, shown by that test', async () => {
    const r = await testStep(BROKEN, { run: NODE_JUNIT, ...REPORTS }, PR);
    expect(r.conclusion).toBe('failure');
    expect(r.outputs['failure-type']).toBe('test');
    expect(r.outputs.evidence).toMatch(/breaks failed/);
    expect(r.log).toMatch(
      /ci-recovery: attempt 1 failed \(exit 1\): test \[report:junit\]\. Evidence \(from its test reports\): node:\S*test\/a\.test\.js::suite \(a\) › breaks failed$/m,
    );
    expect(r.records[0]?.attempts[0]?.classification).toMatchObject({ type: 'test', confidence: 'high' });
    // Test recovery still names the test (the same reading: unit/phase-run-report-type counts the reads).
    expect(r.log).toMatch(
      /ci-recovery: 1 test\(s\) failed \(from 1 report\(s\)\): node:\S+::suite \(a\) › breaks$/m,
    );
  }, 60_000);

  it('no report written: the output alone decides, as before', async () => {
    const r = await testStep(BROKEN, { run: 'echo "starting the suite"; exit 3', ...REPORTS }, PR);
    expect(r.outputs['failure-type']).toBe('unknown');
    expect(r.log).toContain("no test report matching 'reports/*.xml' was written by this attempt");
  }, 60_000);

  it('a report from before the attempt is not the attempt: the output alone decides', async () => {
    const r = await testStep(
      { ...BROKEN, 'reports/old.xml': OLD_REPORT },
      { run: 'echo "starting the suite"; exit 3', ...REPORTS },
      { ...PR, prepare: (dir) => utimesSync(path.join(dir, 'reports/old.xml'), 1e6, 1e6) },
    );
    expect(r.outputs['failure-type']).toBe('unknown');
    expect(r.outputs.evidence).not.toMatch(/stale/);
    expect(r.log).toContain("no test report matching 'reports/*.xml' was written by this attempt");
  }, 60_000);

  it('a killed attempt stays killed, though its report names a failed test', async () => {
    const r = await testStep(BROKEN, { run: `${NODE_JUNIT} || kill -KILL $$`, ...REPORTS }, PR);
    expect(r.outputs['failure-type']).toBe('resource');
    expect(r.log).toMatch(/ci-recovery: 1 test\(s\) failed \(from 1 report\(s\)\)/);
  }, 60_000);

  it('an attempt at its time limit is a timeout, and its reports are not read', async () => {
    const r = await testStep(
      BROKEN,
      { run: `${NODE_JUNIT} || sleep 60`, ...REPORTS, 'timeout-minutes': 0.15, 'max-attempts': 1 },
      PR,
    );
    expect(r.outputs['failure-type']).toBe('timeout');
    expect(r.log).not.toMatch(/test\(s\) failed \(from|test report/);
  }, 90_000);

  it('a network error the output shows is still a network failure, retried, though the report names the test', async () => {
    // Its first run has the fixtures' remote reset the connection, the second does not try. No re-run of
    // the test alone (tests.retries 0): the step's own retry is what the type decides.
    const remote = await outage();
    const files = {
      'test/net.test.js': `const { test } = require('node:test');
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');
test('reads the fixtures', () => {
  if (fs.existsSync('.tried')) return;
  fs.writeFileSync('.tried', '');
  execFileSync('git', ['ls-remote', '${remote.url}'], { stdio: 'inherit' });
});
`,
      '.github/ci-recovery.yml': 'tests:\n  retries: 0\n',
    };
    const run = `mkdir -p reports && node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=reports/junit.xml`;
    const r = await testStep(files, { run, ...REPORTS }, PR).finally(() => remote.close());
    expect(r.log).toMatch(/ci-recovery: 1 test\(s\) failed \(from 1 report\(s\)\)/);
    expect(r.log).toContain('Recv failure: Connection reset by peer');
    expect(r.records[0]?.attempts[0]?.classification).toMatchObject({ type: 'network', retryable: true });
    expect(r.outputs).toMatchObject({ attempts: '2', 'failure-type': 'network' });
    expect(r.conclusion).toBe('success');
  }, 90_000);
});
