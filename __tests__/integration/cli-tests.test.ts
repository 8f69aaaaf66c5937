/**
 * `ci-recovery classify` and `ci-recovery plan` name the failed tests (issue 43, item 5): from a log holding a
 * real runner's console output (pytest run here, its lines in an Actions log with the runner's timestamps),
 * and from JUnit reports; `plan` with the flaky-test history says what it knows of each and decides as post.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import classify from '../../src/cli/classify.js';
import plan from '../../src/cli/plan.js';
import { emptyTestHistory, recordTestOutcomes } from '../../src/core/test-history.js';
import { serializeTestHistory } from '../../src/core/test-history-read.js';
import { testKey, type TestId } from '../../src/core/test-identity.js';
import { repoRoot } from '../../stand/services/paths.js';
import { describeIfRunner } from '../runners.js';

async function capture(
  verb: { run(argv: string[]): Promise<number> },
  argv: string[],
): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array): boolean => (out.push(String(chunk)), true);
  try {
    return { code: await verb.run(argv), out: out.join('') };
  } finally {
    process.stdout.write = write;
  }
}

const fixtures = path.join(repoRoot, '__tests__/fixtures/tests');
const BROKEN: TestId = { runner: 'pytest', suite: 'tests/test_api.py', name: 'test_login', params: 'admin' };
const BROKEN_KEY = testKey(BROKEN);

let dir: string;
const cwd = process.cwd();
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cli-tests-'));
  process.chdir(dir);
});
afterAll(async () => {
  process.chdir(cwd);
  await rm(dir, { recursive: true, force: true });
});

describeIfRunner('pytest', 'a log of a real pytest run', () => {
  let log: string;
  beforeAll(async () => {
    const project = path.join(dir, 'project');
    await mkdir(path.join(project, 'tests'), { recursive: true });
    await writeFile(
      path.join(project, 'tests/test_api.py'),
      [
        'import pytest',
        '@pytest.mark.parametrize("user", ["admin", "guest"])',
        'def test_login(user):',
        '    assert user == "guest"',
        'def test_logout():',
        '    pass',
        '',
      ].join('\n'),
    );
    const r = spawnSync('python3', ['-m', 'pytest', '-p', 'no:cacheprovider', 'tests'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    // As the Actions log keeps it: every line behind the runner's timestamp, inside the step's group.
    const lines = ['##[group]Run python3 -m pytest tests', '##[endgroup]', ...r.stdout.split('\n')];
    lines.push('##[error]Process completed with exit code 1.');
    log = path.join(dir, 'job.log');
    await writeFile(log, lines.map((l) => `2026-03-04T05:06:07.1234567Z ${l}`).join('\n'));
  });

  it('classify names the failed test, in words and in --json', async () => {
    const human = await capture(classify, [log]);
    expect(human.code).toBe(0);
    expect(human.out).toContain(`\n  tests: 1 failed: ${BROKEN_KEY}\n`);
    const json = JSON.parse((await capture(classify, [log, '--json'])).out) as Record<string, unknown>;
    expect(json).toMatchObject({ type: 'test', failedTests: [BROKEN_KEY] });
  });

  it('plan names it, and with the history what it knows of it: known flaky, the job is retried once', async () => {
    const plain = await capture(plan, [log]);
    expect(plain.out).toContain('strategy: manual\n');
    expect(plain.out).toContain(`test:     ${BROKEN_KEY}: failed (give --test-history`);
    let history = emptyTestHistory('main');
    for (let i = 1; i <= 3; i++)
      history = recordTestOutcomes(
        history,
        [{ id: BROKEN, outcome: 'flaky', retries: 1 }],
        { sha: String(i).repeat(40), runId: i, attempt: 1, at: `2026-03-0${i}T00:00:00.000Z` },
        (o) => testKey(o.id),
      );
    const file = path.join(dir, 'test-history.json');
    await writeFile(file, serializeTestHistory(history));
    const known = await capture(plan, [log, '--test-history', file]);
    expect(known.out).toContain('rule:     flaky-tests-retry-once\n');
    expect(known.out).toContain(`test:     ${BROKEN_KEY}: flaky, `);
  });
});

describe("plan --test-history on the job's own file, which no step left yet", () => {
  it('goes on without it and says why, as a plain step after main did when main left it; another missing file is an error', async () => {
    const named = ['--type', 'test', '--failed-test', BROKEN_KEY];
    const temp = path.join(dir, 'runner-temp');
    await mkdir(temp, { recursive: true });
    const before = process.env.RUNNER_TEMP;
    process.env.RUNNER_TEMP = temp;
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = (chunk: string | Uint8Array): boolean => (errors.push(String(chunk)), true);
    try {
      const own = path.join(temp, 'ci-recovery', 'test-history.json');
      const r = await capture(plan, [...named, '--test-history', own]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`test:     ${BROKEN_KEY}: failed`);
      expect(errors.join('')).toContain('no flaky-test history in this job yet');
      await expect(
        capture(plan, [...named, '--test-history', path.join(temp, 'elsewhere.json')]),
      ).rejects.toThrow(/--test-history: cannot read/);
    } finally {
      process.stderr.write = write;
      if (before === undefined) delete process.env.RUNNER_TEMP;
      else process.env.RUNNER_TEMP = before;
    }
  });
});

describe('failed tests from reports and from a console fixture', () => {
  it("classify names a Gradle run's failed test from its console output (a published example)", async () => {
    const { out } = await capture(classify, [path.join(fixtures, 'gradle-console.txt')]);
    expect(out).toContain('  tests: 1 failed: gradle:T[jvm]::t()[jvm]\n');
  });

  it("plan --test-report reads a JUnit report's failed tests under the runner's keys", async () => {
    const report = path.join(fixtures, 'jest-junit.xml');
    const r = await capture(plan, [
      '--type',
      'test',
      '--test-report',
      report,
      '--test-runner',
      'jest',
      '--json',
    ]);
    const result = JSON.parse(r.out) as { tests: { key: string; knowledge: unknown }[] };
    expect(result.tests.map((t) => t.key)).toEqual([
      'jest:::Test 1 Test 1.1 Failing test',
      'jest:::Test 1 Test 1.1 Exception in target unit',
      'jest:::Test 2 Exception in test',
      'jest:::Timeout test',
    ]);
  });

  it('a report that is not JUnit, or a runner not known, is refused with the fix', async () => {
    const bad = path.join(dir, 'not-junit.xml');
    await writeFile(bad, '{"tests": []}');
    await expect(capture(plan, ['--type', 'test', '--test-report', bad])).rejects.toThrow(
      `--test-report: ${bad} is not a JUnit XML report`,
    );
    await expect(
      capture(plan, ['--type', 'test', '--test-report', bad, '--test-runner', 'ant']),
    ).rejects.toThrow("--test-runner 'ant' is not valid; write one of: ");
    await expect(
      capture(plan, ['--type', 'test', '--test-report', path.join(dir, 'none.xml')]),
    ).rejects.toThrow(/--test-report: cannot read .*none\.xml/);
  });
});
