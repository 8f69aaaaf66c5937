import { parseConfig, DEFAULT_CONFIG } from '../../src/core/config.js';
import { backoffMs, decide, type PolicyInput } from '../../src/core/policy.js';
import type { Strategy } from '../../src/core/types.js';

const input = (over: Partial<PolicyInput>): PolicyInput => ({
  type: 'network',
  lane: 'STANDARD',
  branchKind: 'pr',
  attempt: 1,
  ...over,
});

describe('decide: default policy table', () => {
  const table: [string, Partial<PolicyInput>, Strategy, string, number][] = [
    // [what, input, strategy, rule, maxAttempts]
    ['network retries up to the STANDARD budget', { type: 'network' }, 'retry', 'transient-retry', 3],
    [
      'infrastructure retries',
      { type: 'infrastructure', branchKind: 'default' },
      'retry',
      'transient-retry',
      3,
    ],
    ['git transport retries', { type: 'git', lane: 'HEAVY' }, 'retry', 'transient-retry', 4],
    ['DOCS has a small budget', { type: 'network', lane: 'DOCS' }, 'retry', 'transient-retry', 2],
    ['resource retries once', { type: 'resource', lane: 'HEAVY' }, 'retry', 'resource-retry-once', 2],
    ['timeout in HEAVY resumes', { type: 'timeout', lane: 'HEAVY' }, 'resume', 'timeout-heavy-resume', 4],
    [
      'timeout elsewhere retries once',
      { type: 'timeout', lane: 'STANDARD' },
      'retry',
      'timeout-retry-once',
      2,
    ],
    ['test on a PR goes to a person', { type: 'test' }, 'manual', 'deterministic-pr-manual', 3],
    ['build on a PR goes to a person', { type: 'build' }, 'manual', 'deterministic-pr-manual', 3],
    ['quality-gate on a PR', { type: 'quality-gate' }, 'manual', 'deterministic-pr-manual', 3],
    ['config on a PR', { type: 'config' }, 'manual', 'deterministic-pr-manual', 3],
    ['dependency on a PR', { type: 'dependency' }, 'manual', 'deterministic-pr-manual', 3],
    ['test on another branch', { type: 'test', branchKind: 'other' }, 'manual', 'deterministic-manual', 3],
    [
      'test on the default branch: one confirming re-run first',
      { type: 'test', branchKind: 'default' },
      'retry',
      'deterministic-default-confirm',
      2,
    ],
    [
      'confirmed on the default branch with a green parent: rollback',
      { type: 'build', branchKind: 'default', attempt: 2, confirmedOnRerun: true, parentGreen: true },
      'rollback',
      'deterministic-default-rollback',
      3,
    ],
    [
      'confirmed but the parent was red: manual',
      { type: 'test', branchKind: 'default', attempt: 2, confirmedOnRerun: true, parentGreen: false },
      'manual',
      'deterministic-default-manual',
      3,
    ],
    [
      'confirmed but the parent is unknown: manual',
      { type: 'test', branchKind: 'default', attempt: 2 },
      'manual',
      'deterministic-default-manual',
      3,
    ],
    ['a known-flaky test retries once', { type: 'test', flaky: true }, 'retry', 'flaky-retry-once', 2],
    ['cancelled: nothing to do', { type: 'cancelled' }, 'skip', 'cancelled-skip', 3],
    [
      'unknown is never retried blindly',
      { type: 'unknown', branchKind: 'default' },
      'manual',
      'unknown-manual',
      3,
    ],
  ];
  it.each(table)('%s', (_what, over, strategy, rule, maxAttempts) => {
    const d = decide(input(over));
    expect({ strategy: d.strategy, rule: d.rule, maxAttempts: d.maxAttempts }).toEqual({
      strategy,
      rule,
      maxAttempts,
    });
    expect(d.reason.length).toBeGreaterThan(10);
    expect(d.retryInStep).toBe(strategy === 'retry');
  });

  it('stops retrying at the end of the budget, naming the rule that would have retried', () => {
    expect(decide(input({ type: 'network', attempt: 2 })).strategy).toBe('retry');
    const last = decide(input({ type: 'network', attempt: 3 }));
    expect(last).toMatchObject({ strategy: 'manual', rule: 'budget-exhausted', retryInStep: false });
    expect(last.reason).toContain('transient-retry');
    expect(decide(input({ type: 'resource', attempt: 2 })).rule).toBe('budget-exhausted');
    expect(decide(input({ type: 'timeout', lane: 'HEAVY', attempt: 4 })).rule).toBe('budget-exhausted');
  });

  it('carries the lane budget (backoff, timeout)', () => {
    const d = decide(input({ lane: 'HEAVY' }));
    expect(d.backoffSeconds).toBe(DEFAULT_CONFIG.budgets.HEAVY.backoffSeconds);
    expect(d.timeoutMinutes).toBe(DEFAULT_CONFIG.budgets.HEAVY.timeoutMinutes);
  });
});

// parseConfig is async (a config with team rules loads their engine): read once, at the module's top.
const overrides = await parseConfig(
  [
    'policy:',
    '  - name: flaky-e2e',
    '    when: { type: test, lane: HEAVY, branch: [pr, other], attempt-below: 3 }',
    '    strategy: retry',
    '    max-attempts: 5',
    '    backoff-seconds: 1',
    '  - when: { type: network }',
    '    strategy: manual',
    '    reason: our proxy does not recover by itself',
    'budgets:',
    '  STANDARD: { max-attempts: 6, timeout-minutes: 7 }',
  ].join('\n'),
  '.github/ci-recovery.yml',
);

describe('decide: config overrides', () => {
  const config = overrides;

  it('the first matching rule decides, with its own budget and name', () => {
    const d = decide(input({ type: 'test', lane: 'HEAVY', attempt: 1 }), config);
    expect(d).toMatchObject({
      strategy: 'retry',
      rule: 'config:flaky-e2e',
      maxAttempts: 5,
      backoffSeconds: 1,
      retryInStep: true,
    });
  });

  it('attempt-below stops matching, and the defaults take over', () => {
    const d = decide(input({ type: 'test', lane: 'HEAVY', attempt: 3 }), config);
    expect(d.rule).toBe('deterministic-pr-manual');
  });

  it('conditions not met (branch) fall through to the defaults', () => {
    expect(decide(input({ type: 'test', lane: 'HEAVY', branchKind: 'default' }), config).rule).toBe(
      'deterministic-default-confirm',
    );
  });

  it('an unnamed rule is named by its index, and its reason is used', () => {
    const d = decide(input({ type: 'network' }), config);
    expect(d).toMatchObject({
      strategy: 'manual',
      rule: 'config.policy[1]',
      reason: 'our proxy does not recover by itself',
    });
  });

  it('budgets per lane override the defaults', () => {
    const d = decide(input({ type: 'git', lane: 'STANDARD', attempt: 5 }), config);
    expect(d).toMatchObject({ strategy: 'retry', maxAttempts: 6, timeoutMinutes: 7 });
    expect(decide(input({ type: 'git', lane: 'STANDARD', attempt: 6 }), config).rule).toBe(
      'budget-exhausted',
    );
  });
});

describe('backoffMs', () => {
  it('doubles per attempt and is capped at 10 minutes', () => {
    expect([2, 3, 4].map((n) => backoffMs({ backoffSeconds: 10 }, n))).toEqual([10_000, 20_000, 40_000]);
    expect(backoffMs({ backoffSeconds: 500 }, 5)).toBe(600_000);
    expect(backoffMs({ backoffSeconds: 0 }, 3)).toBe(0);
  });
});

describe('resume budgets count job re-runs, not in-step tries', () => {
  it('a HEAVY timeout on the only in-step try of run attempt 1 still resumes', () => {
    const d = decide(
      { type: 'timeout', lane: 'HEAVY', branchKind: 'pr', attempt: 1, runAttempt: 1 },
      {
        ...DEFAULT_CONFIG,
        budgets: { ...DEFAULT_CONFIG.budgets, HEAVY: { ...DEFAULT_CONFIG.budgets.HEAVY, maxAttempts: 1 } },
      },
    );
    // With the in-step count alone this was 'budget-exhausted'; the run attempt has room only if budget > 1,
    // so a budget of 1 is spent by run attempt 1 as well.
    expect(d.rule).toBe('budget-exhausted');
    // Four in-step tries (the HEAVY budget) do not spend the job re-runs.
    const roomy = decide({ type: 'timeout', lane: 'HEAVY', branchKind: 'pr', attempt: 4, runAttempt: 1 });
    expect(roomy).toMatchObject({ strategy: 'resume', rule: 'timeout-heavy-resume', retryInStep: false });
  });

  it('stops resuming once the run attempts reach the lane budget', () => {
    const d = decide({ type: 'timeout', lane: 'HEAVY', branchKind: 'pr', attempt: 1, runAttempt: 4 });
    expect(d).toMatchObject({ strategy: 'manual', rule: 'budget-exhausted' });
  });
});

describe('the classifier confidence bounds what the policy risks', () => {
  const base: PolicyInput = { type: 'network', lane: 'STANDARD', branchKind: 'pr', attempt: 1 };

  test('a low-confidence transient claim retries once, a confident one up to the lane budget', () => {
    const unsure = decide({ ...base, confidence: 'low' });
    expect(unsure).toMatchObject({ strategy: 'retry', rule: 'transient-unsure-retry-once', maxAttempts: 2 });
    expect(decide({ ...base, confidence: 'low', attempt: 2 })).toMatchObject({
      strategy: 'manual',
      rule: 'budget-exhausted',
    });
    const sure = decide({ ...base, confidence: 'medium' });
    expect(sure).toMatchObject({ strategy: 'retry', rule: 'transient-retry' });
    expect(sure.maxAttempts).toBeGreaterThan(2);
    expect(decide({ ...base, confidence: 'medium', attempt: 2 }).strategy).toBe('retry');
  });

  test('a low-confidence deterministic type never reverts on a second attempt that did not confirm it', () => {
    const onDefault: PolicyInput = {
      type: 'build',
      lane: 'STANDARD',
      branchKind: 'default',
      attempt: 2,
      parentGreen: true,
    };
    // Confident: the second attempt is the confirmation.
    expect(decide(onDefault).strategy).toBe('rollback');
    expect(decide({ ...onDefault, confidence: 'medium' }).strategy).toBe('rollback');
    // Low confidence: only a re-run that saw the same failure confirms it.
    expect(decide({ ...onDefault, confidence: 'low' })).toMatchObject({
      strategy: 'retry',
      rule: 'deterministic-default-confirm',
    });
    expect(decide({ ...onDefault, confidence: 'low', confirmedOnRerun: true }).strategy).toBe('rollback');
  });

  test('unknown is never retried or reverted, whatever the confidence', () => {
    for (const confidence of ['low', 'medium', 'high'] as const) {
      expect(
        decide({ ...base, type: 'unknown', branchKind: 'default', attempt: 2, parentGreen: true, confidence })
          .strategy,
      ).toBe('manual');
    }
  });
});

test('a git failure the classifier calls not retryable (a missing ref) is not retried; git transport is', () => {
  const git: PolicyInput = { type: 'git', lane: 'STANDARD', branchKind: 'pr', attempt: 1 };
  expect(decide({ ...git, retryable: false })).toMatchObject({
    strategy: 'manual',
    rule: 'git-not-transient',
  });
  expect(decide({ ...git, retryable: true })).toMatchObject({ strategy: 'retry', rule: 'transient-retry' });
  expect(decide(git).strategy).toBe('retry');
});

test('a network failure the rule calls not retryable (a certificate the client refused) is not retried; others are', () => {
  const network: PolicyInput = { type: 'network', lane: 'STANDARD', branchKind: 'pr', attempt: 1 };
  expect(decide({ ...network, retryable: false })).toMatchObject({
    strategy: 'manual',
    rule: 'network-not-transient',
  });
  expect(decide({ ...network, retryable: true })).toMatchObject({
    strategy: 'retry',
    rule: 'transient-retry',
  });
  expect(decide({ ...network, confidence: 'low', retryable: false }).strategy).toBe('manual');
  expect(decide(network).strategy).toBe('retry');
});

test("a resource failure the rule calls not retryable (the job's own ulimit -f) is not retried; others once", () => {
  const resource: PolicyInput = { type: 'resource', lane: 'STANDARD', branchKind: 'pr', attempt: 1 };
  expect(decide({ ...resource, retryable: false })).toMatchObject({
    strategy: 'manual',
    rule: 'resource-not-transient',
  });
  expect(decide({ ...resource, retryable: true })).toMatchObject({
    strategy: 'retry',
    rule: 'resource-retry-once',
  });
  expect(decide(resource)).toMatchObject({ strategy: 'retry', rule: 'resource-retry-once', maxAttempts: 2 });
});

const heavyBackoff = await parseConfig('budgets: { HEAVY: { backoff-seconds: 45 } }', 'ci.yml');

describe('decide: waits only where time can cure the cause', () => {
  const stdCfg = heavyBackoff;
  test.each([
    ['a network failure waits the lane backoff, as retry waits 10 s', { type: 'network', lane: 'HEAVY' }, 10],
    [
      'a lost machine is re-run at once: the new attempt gets another one',
      { type: 'infrastructure', lane: 'STANDARD' },
      0,
    ],
    [
      'so is one the classifier is unsure of',
      { type: 'infrastructure', lane: 'HEAVY', confidence: 'low' },
      0,
    ],
    [
      'inside a step (a Docker daemon not up yet) infrastructure waits the lane backoff',
      { type: 'infrastructure', lane: 'STANDARD', inStep: true },
      10,
    ],
    ['a HEAVY time limit resumes at once', { type: 'timeout', lane: 'HEAVY' }, 0],
    ['a STANDARD time limit retries at once', { type: 'timeout', lane: 'STANDARD' }, 0],
    ['memory running out retries at once', { type: 'resource', lane: 'HEAVY' }, 0],
    ['a known flaky test retries at once', { type: 'test', flaky: true }, 0],
    [
      "the default branch's confirming re-run starts at once",
      { type: 'test', branchKind: 'default', attempt: 1 },
      0,
    ],
  ] as [string, Partial<PolicyInput>, number][])('%s', (_what, over, seconds) => {
    expect(decide(input(over)).backoffSeconds).toBe(seconds);
  });

  test('a backoff the user set holds for every type', () => {
    expect(decide(input({ type: 'timeout', lane: 'HEAVY' }), stdCfg).backoffSeconds).toBe(45);
    expect(decide(input({ type: 'resource', lane: 'HEAVY' }), stdCfg).backoffSeconds).toBe(45);
  });
});

describe('flaky tests from the test history', () => {
  it('a test failure whose every failed test is known flaky is retried once, at once, on a pull request too', () => {
    for (const branchKind of ['pr', 'default', 'other'] as const) {
      const d = decide({
        type: 'test',
        lane: 'STANDARD',
        branchKind,
        attempt: 1,
        flaky: true,
        flakyTests: ['go:pkg::TestA', 'go:pkg::TestB'],
      });
      expect(d).toMatchObject({
        strategy: 'retry',
        rule: 'flaky-tests-retry-once',
        maxAttempts: 2,
        backoffSeconds: 0,
      });
      expect(d.reason).toMatch(/^all 2 failed tests are known flaky/);
    }
    const spent = decide({
      type: 'test',
      lane: 'STANDARD',
      branchKind: 'pr',
      attempt: 2,
      flaky: true,
      flakyTests: ['go:pkg::TestA'],
    });
    expect(spent).toMatchObject({ strategy: 'manual', rule: 'budget-exhausted' });
    // Without the history's word, a test failure on a PR is still a person's.
    expect(decide({ type: 'test', lane: 'STANDARD', branchKind: 'pr', attempt: 1 }).strategy).toBe('manual');
  });
});
