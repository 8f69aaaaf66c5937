import { describe, expect, it } from '@jest/globals';
import {
  buildPlan,
  parsePlan,
  parsePlanArtifactName,
  planArtifactName,
  type PlanInput,
} from '../../src/core/plan-artifact.js';

const input: PlanInput = {
  repo: 'octo-org/demo',
  runId: 9001,
  attempt: 2,
  job: 'test',
  jobKey: 'test (ubuntu, 20)',
  jobId: 77,
  lane: 'HEAVY',
  laneReason: 'package-lock.json changed',
  conclusion: 'failure',
  failedSteps: [
    {
      name: 'npm test',
      stage: 'test',
      source: 'record',
      conclusion: 'failure',
      exitCode: 1,
      attempts: 1,
      classification: {
        type: 'test',
        confidence: 'high',
        retryable: false,
        rule: 'jest-fail',
        evidence: { line: 3, text: 'FAIL src/a.test.ts' },
      },
      decision: {
        strategy: 'manual',
        rule: 'deterministic-pr-manual',
        reason: 'test failure on a PR',
        maxAttempts: 1,
        backoffSeconds: 0,
      },
    },
  ],
  completedStages: ['deps', 'build'],
  checkpoints: [{ id: 'ckpt-build-a2', stage: 'build', attempt: 2 }],
  stageDurations: { deps: 30_000, build: 180_000 },
  resumableStages: ['deps', 'build'],
  jobMs: 300_000,
  prNumber: 7,
  headSha: 'abcdef0123456789abcdef0123456789abcdef01',
  branch: 'feature/x',
};

describe('recovery plan', () => {
  it('round-trips through JSON with every field', () => {
    const plan = buildPlan(input, new Date('2026-11-22T08:00:00Z'));
    expect(plan.schemaVersion).toBe(1);
    expect(plan.createdAt).toBe('2026-11-22T08:00:00.000Z');
    expect(parsePlan(JSON.stringify(plan))).toEqual(plan);
  });

  it('stays small: steps and strings are bounded', () => {
    const huge = buildPlan({
      ...input,
      failedSteps: Array.from({ length: 200 }, () => ({
        ...input.failedSteps[0]!,
        classification: {
          ...input.failedSteps[0]!.classification!,
          evidence: { line: 1, text: 'x'.repeat(100_000) },
        },
      })),
    });
    expect(huge.failedSteps).toHaveLength(20);
    expect(huge.failedSteps[0]?.classification?.evidence?.text).toHaveLength(500);
    expect(JSON.stringify(huge).length).toBeLessThan(40_000);
  });

  it('rejects untrusted plans that are malformed, naming the field', () => {
    const plan = buildPlan(input);
    const bad = (patch: Record<string, unknown>): string => JSON.stringify({ ...plan, ...patch });
    expect(() => parsePlan('nope')).toThrow(/not JSON/);
    expect(() => parsePlan(bad({ schemaVersion: 2 }))).toThrow(/unsupported schemaVersion 2/);
    expect(() => parsePlan(bad({ runId: '9001' }))).toThrow(/runId must be a whole number/);
    expect(() => parsePlan(bad({ lane: 'HUGE' }))).toThrow(/lane must be one of DOCS, STANDARD, HEAVY/);
    expect(() => parsePlan(bad({ headSha: 'main; rm -rf /' }))).toThrow(/headSha is not a commit id/);
    expect(() => parsePlan(bad({ jobMs: -1 }))).toThrow(/jobMs must be a number >= 0/);
    expect(() => parsePlan(bad({ resumableStages: 'deps' }))).toThrow(/resumableStages/);
    expect(() => parsePlan(bad({ resumableStages: [3] }))).toThrow(/resumableStages\[0\]/);
    // The flaky flag from the job's own ledger is a boolean or nothing.
    expect(() => parsePlan(bad({ flaky: 'yes' }))).toThrow(/flaky is not true or false/);
    expect(parsePlan(bad({ flaky: true })).flaky).toBe(true);
    expect(() =>
      parsePlan(
        bad({
          failedSteps: [
            { name: 's', source: 'record', decision: { strategy: 'nuke', rule: 'r', reason: 'x' } },
          ],
        }),
      ),
    ).toThrow(/failedSteps\[0\]\.decision\.strategy must be one of/);
    // Unknown extra fields are dropped, long strings cut.
    const parsed = parsePlan(bad({ extra: 'x', job: 'j'.repeat(10_000) }));
    expect(parsed).not.toHaveProperty('extra');
    expect(parsed.job).toHaveLength(500);
  });

  it('names artifacts ci-recovery-plan-<job>-a<attempt> and parses the name back', () => {
    expect(planArtifactName('test', 2)).toBe('ci-recovery-plan-test-a2');
    expect(planArtifactName('test (ubuntu, 20)', 1)).toBe('ci-recovery-plan-test_ubuntu_20_-a1');
    expect(planArtifactName('a/b:c"d', 3)).toMatch(/^ci-recovery-plan-[A-Za-z0-9._-]+-a3$/);
    expect(parsePlanArtifactName('ci-recovery-plan-build-x-a12')).toEqual({ jobKey: 'build-x', attempt: 12 });
    expect(parsePlanArtifactName('checkpoint-build-a1')).toBeUndefined();
  });

  it('reads a fresh name (`-r<n>`, after a refused finalize) as the same job attempt, and a job named like one', () => {
    expect(parsePlanArtifactName('ci-recovery-plan-build-x-a2-r1')).toEqual({
      jobKey: 'build-x',
      attempt: 2,
    });
    const odd = planArtifactName('x-a1-r1', 3);
    expect(parsePlanArtifactName(odd)).toEqual({ jobKey: 'x-a1-r1', attempt: 3 });
    expect(parsePlanArtifactName('ci-recovery-plan-build-a2-rx')).toBeUndefined();
  });
});
