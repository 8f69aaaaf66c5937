import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import plan from '../../src/cli/plan.js';
import { standLogs } from '../../stand/services/paths.js';

async function capture(argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array): boolean => (out.push(String(chunk)), true);
  try {
    return { code: await plan.run(argv), out: out.join('') };
  } finally {
    process.stdout.write = write;
  }
}

describe('ci-recovery plan', () => {
  const cwd = process.cwd();
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'plan-'));
    process.chdir(dir);
  });
  afterEach(async () => {
    process.chdir(cwd);
    await rm(dir, { recursive: true, force: true });
  });

  it('--type: prints the strategy and the rule that decided', async () => {
    const { code, out } = await capture([
      '--type',
      'network',
      '--lane',
      'HEAVY',
      '--branch-kind',
      'pr',
      '--attempt',
      '1',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('strategy: retry\n');
    expect(out).toContain('rule:     transient-retry\n');
    expect(out).toContain('budget:   4 attempt(s)');
  });

  it('a real log is classified first; --json carries classification, input and decision', async () => {
    const log = path.join(standLogs, 'd0021.log');
    const { out } = await capture([log, '--branch-kind', 'pr', '--attempt', '1', '--json']);
    const result = JSON.parse(out) as {
      classification: { type: string; evidence: { text: string } };
      decision: { strategy: string; rule: string };
    };
    expect(result.classification.type).toBe('test');
    expect(result.classification.evidence.text).toMatch(/^thread '\w+' panicked at 'Ref test failed/);
    expect(result.decision).toMatchObject({ strategy: 'manual', rule: 'deterministic-pr-manual' });
  });

  it('uses the config file of the current directory', async () => {
    await mkdir(path.join(dir, '.github'));
    await writeFile(
      path.join(dir, '.github/ci-recovery.yml'),
      'policy:\n  - name: no-network-retries\n    when: {type: network}\n    strategy: manual\n',
    );
    const { out } = await capture(['--type', 'network']);
    expect(out).toContain('rule:     config:no-network-retries\n');
    expect(out).toContain('config .github/ci-recovery.yml');
  });

  it("a team rule of the config types the log first, and its retryable is the policy's word", async () => {
    await mkdir(path.join(dir, '.github'));
    await writeFile(
      path.join(dir, '.github/ci-recovery.yml'),
      "classify:\n  rules:\n    - id: ref-test-flake\n      pattern: 'Ref test failed'\n      type: test\n      retryable: true\n",
    );
    const log = path.join(standLogs, 'd0021.log');
    const { out } = await capture([log, '--branch-kind', 'pr', '--attempt', '1', '--json']);
    const result = JSON.parse(out) as {
      classification: { rule: string; confidence: string; evidence: { text: string } };
      decision: { strategy: string; rule: string };
    };
    expect(result.classification).toMatchObject({ rule: 'team:ref-test-flake', confidence: 'high' });
    expect(result.classification.evidence.text).toContain('Ref test failed');
    expect(result.decision).toMatchObject({ strategy: 'retry', rule: 'classified-retryable-retry-once' });
  });

  it('bad arguments name the flag and the allowed values', async () => {
    await expect(capture(['--type', 'flaky'])).rejects.toThrow(
      "--type 'flaky' is not valid; write one of: test,",
    );
    await expect(capture(['--type', 'test', '--lane', 'huge'])).rejects.toThrow("--lane 'HUGE' is not valid");
    await expect(capture(['--type', 'test', '--attempt', '0'])).rejects.toThrow(/--attempt '0'/);
    await expect(capture([])).rejects.toThrow(/either a log file or --type/);
  });

  it('--failed-test with --test-history: what the history knows of each, and a retry when all are known flaky', async () => {
    const { emptyTestHistory, recordTestOutcomes } = await import('../../src/core/test-history.js');
    const { serializeTestHistory } = await import('../../src/core/test-history-read.js');
    const { testKey } = await import('../../src/core/test-identity.js');
    const id = { runner: 'pytest' as const, suite: 'tests/test_api.py', name: 'test_login' };
    let history = emptyTestHistory('main');
    for (let i = 1; i <= 3; i++)
      history = recordTestOutcomes(
        history,
        [{ id, outcome: 'flaky', retries: 1 }],
        { sha: String(i).repeat(40), runId: i, attempt: 1, at: `2026-03-0${i}T00:00:00.000Z` },
        (o) => testKey(o.id),
      );
    const file = path.join(dir, 'test-history.json');
    await writeFile(file, serializeTestHistory(history));
    const key = testKey(id);
    const flaky = await capture(['--type', 'test', '--failed-test', key, '--test-history', file]);
    expect(flaky.out).toContain('strategy: retry\n');
    expect(flaky.out).toContain('rule:     flaky-tests-retry-once\n');
    expect(flaky.out).toContain(
      `test:     ${key}: flaky, 5 flip(s) in its window, first seen 2026-03-01T00:00:00.000Z, last seen 2026-03-03T00:00:00.000Z`,
    );
    const mixed = await capture([
      '--type',
      'test',
      '--failed-test',
      key,
      'go:pkg::TestNew',
      '--test-history',
      file,
      '--json',
    ]);
    const result = JSON.parse(mixed.out) as {
      decision: { rule: string };
      tests: { key: string; knowledge: unknown }[];
    };
    expect(result.decision.rule).toBe('deterministic-pr-manual');
    expect(result.tests).toEqual([
      { key, knowledge: expect.objectContaining({ flaky: true }) as unknown },
      { key: 'go:pkg::TestNew', knowledge: null },
    ]);
  });

  // A title key (mocha's console: no file, `mocha:::suite works`) may be another job's test's in the branch's
  // history (test-identity.ts `titleKeyed`): learnt and shown, but never the known flake that buys a job retry.
  it('--test-history: a title key known flaky is shown flaky, and never retries the job', async () => {
    const { emptyTestHistory, recordTestOutcomes } = await import('../../src/core/test-history.js');
    const { serializeTestHistory } = await import('../../src/core/test-history-read.js');
    const { testKey } = await import('../../src/core/test-identity.js');
    const title = { runner: 'mocha' as const, suite: '', name: 'suite works' };
    const filed = { runner: 'mocha' as const, suite: 'test/a.spec.js', name: 'suite works' };
    let history = emptyTestHistory('main');
    for (let i = 1; i <= 3; i++)
      history = recordTestOutcomes(
        history,
        [
          { id: title, outcome: 'flaky', retries: 1 },
          { id: filed, outcome: 'flaky', retries: 1 },
        ],
        { sha: String(i).repeat(40), runId: i, attempt: 1, at: `2026-03-0${i}T00:00:00.000Z` },
        (o) => testKey(o.id),
      );
    const file = path.join(dir, 'test-history.json');
    await writeFile(file, serializeTestHistory(history));
    expect(testKey(title)).toBe('mocha:::suite works');
    const args = (key: string): string[] => ['--type', 'test', '--failed-test', key, '--test-history', file];
    // The same history under a key that names its file: known flaky, the job retried once.
    const byFile = await capture(args(testKey(filed)));
    expect(byFile.out).toContain('rule:     flaky-tests-retry-once\n');
    const byTitle = await capture([...args(testKey(title)), '--json']);
    const result = JSON.parse(byTitle.out) as {
      decision: { rule: string; strategy: string };
      tests: { key: string; knowledge: { flaky: boolean } | null }[];
      input: { flakyTests?: string[] };
    };
    expect(result.tests).toEqual([
      { key: 'mocha:::suite works', knowledge: expect.objectContaining({ flaky: true }) as unknown },
    ]);
    expect(result.decision.rule).not.toBe('flaky-tests-retry-once');
    expect(result.decision.rule).toBe('deterministic-pr-manual');
    expect(result.input.flakyTests).toBeUndefined();
  });
});
