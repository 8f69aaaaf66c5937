/**
 * The recovery plan: a small JSON document each job uploads as an artifact for the supervisor (which runs
 * after the run completes, with write permissions the job may not have). Plans from fork PRs are
 * untrusted input to the supervisor, so parsing validates every field and bounds every string.
 */
import type { Decision } from './policy.js';
import {
  FAILURE_TYPES,
  LANES,
  STRATEGIES,
  type Classification,
  type FailureType,
  type Lane,
  type StepOutcome,
  type Strategy,
} from './types.js';

export const PLAN_SCHEMA_VERSION = 1;
export const PLAN_ARTIFACT_PREFIX = 'ci-recovery-plan-';
const MAX_STEPS = 20;
const MAX_TEXT = 500;
const MAX_STAGES = 100;

export interface PlanStep {
  name: string;
  stage?: string;
  source: 'record' | 'jobs-api';
  conclusion?: StepOutcome['conclusion'];
  exitCode?: number;
  signal?: string;
  attempts?: number;
  classification?: Classification;
  decision?: Pick<Decision, 'strategy' | 'rule' | 'reason'> &
    Partial<Pick<Decision, 'maxAttempts' | 'backoffSeconds'>>;
}

export interface PlanCheckpoint {
  id: string;
  stage: string;
  attempt?: number;
}

export interface RecoveryPlan {
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  /** owner/repo */
  repo: string;
  runId: number;
  attempt: number;
  /** GITHUB_JOB (the job's id in the workflow). */
  job: string;
  /** Key of the job for the sticky comment and the artifact name (distinguishes matrix legs). */
  jobKey: string;
  /** Check run id of the job (`job.check_run_id`), when known. */
  jobId?: number;
  lane?: Lane;
  laneReason?: string;
  conclusion: 'success' | 'failure' | 'cancelled';
  failedSteps: PlanStep[];
  completedStages: string[];
  checkpoints: PlanCheckpoint[];
  /** stage -> how long it took in this attempt, or, for a stage it resumed, in the earlier one. */
  stageDurations?: Record<string, number>;
  /** Stages a checkpoint covers: a re-run resuming from the newest one skips them. */
  resumableStages?: string[];
  /** The job's whole work: this attempt's wall time plus what its resumed stages took before (ms). */
  jobMs?: number;
  prNumber?: number;
  headSha?: string;
  branch?: string;
  /**
   * The job's own ledger flagged this failure flaky (the same commit passed after it before). The ledger is
   * carried here because the supervisor cannot restore it: a workflow_run run sees only the default branch's
   * caches, and a cache version hashes its path, compression and a Windows flag, so a PR's, a feature
   * branch's or another OS's ledger is invisible to it (docs/runner-model.md, "Caches").
   */
  flaky?: boolean;
  /**
   * Every failed test of the job is known flaky from its branch's test history (their keys, at most 20):
   * a re-run is likely to cure it, and the supervisor never reverts for it.
   */
  flakyTests?: string[];
  createdAt: string;
}

export type PlanInput = Omit<RecoveryPlan, 'schemaVersion' | 'createdAt' | 'jobKey'> & {
  jobKey?: string;
  createdAt?: string;
};

/** Build a plan, bounded in size (at most 20 steps, strings cut to 500 characters). */
export function buildPlan(input: PlanInput, now: Date = new Date()): RecoveryPlan {
  const plan: RecoveryPlan = {
    schemaVersion: PLAN_SCHEMA_VERSION,
    ...input,
    jobKey: input.jobKey ?? input.job,
    failedSteps: input.failedSteps.slice(0, MAX_STEPS).map(boundStep),
    completedStages: input.completedStages.slice(0, MAX_STAGES).map((s) => cut(s)),
    checkpoints: input.checkpoints.slice(-MAX_STAGES),
    ...(input.laneReason !== undefined ? { laneReason: cut(input.laneReason) } : {}),
    ...(input.resumableStages
      ? { resumableStages: input.resumableStages.slice(0, MAX_STAGES).map((s) => cut(s)) }
      : {}),
    ...(input.flakyTests ? { flakyTests: input.flakyTests.slice(0, MAX_STEPS).map((s) => cut(s)) } : {}),
    createdAt: input.createdAt ?? now.toISOString(),
  };
  return plan;
}

function boundStep(step: PlanStep): PlanStep {
  const c = step.classification;
  return {
    ...step,
    name: cut(step.name),
    ...(step.stage !== undefined ? { stage: cut(step.stage) } : {}),
    ...(c
      ? {
          classification: {
            ...c,
            rule: cut(c.rule),
            ...(c.evidence ? { evidence: { line: c.evidence.line, text: cut(c.evidence.text) } } : {}),
          },
        }
      : {}),
    ...(step.decision
      ? {
          decision: {
            strategy: step.decision.strategy,
            rule: cut(step.decision.rule),
            reason: cut(step.decision.reason),
            ...(step.decision.maxAttempts !== undefined ? { maxAttempts: step.decision.maxAttempts } : {}),
            ...(step.decision.backoffSeconds !== undefined
              ? { backoffSeconds: step.decision.backoffSeconds }
              : {}),
          },
        }
      : {}),
  };
}

const cut = (s: string, max = MAX_TEXT): string => (s.length > max ? s.slice(0, max) : s);

/** Artifact name of a job attempt's plan: `ci-recovery-plan-<job>-a<attempt>` (attempt-qualified: re-runs share a run). */
export function planArtifactName(jobKey: string, attempt: number): string {
  const safe =
    jobKey
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^[._]+/, '')
      .slice(0, 100) || 'job';
  return `${PLAN_ARTIFACT_PREFIX}${safe}-a${attempt}`;
}

/**
 * Parse `ci-recovery-plan-<job>-a<attempt>` back, with or without the `-r<n>` of a fresh name (a refused
 * finalize keeps the first name reserved for the attempt); undefined for any other artifact.
 */
export function parsePlanArtifactName(name: string): { jobKey: string; attempt: number } | undefined {
  const m = /^ci-recovery-plan-(.+)-a(\d+)(?:-r\d+)?$/.exec(name);
  if (!m?.[1] || !m[2]) return undefined;
  return { jobKey: m[1], attempt: Number(m[2]) };
}

/** Validate an uploaded plan (untrusted). Throws an Error naming the first bad field. */
export function parsePlan(text: string): RecoveryPlan {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`recovery plan is not JSON: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const v = obj(value, 'plan');
  if (v.schemaVersion !== PLAN_SCHEMA_VERSION)
    throw new Error(`recovery plan: unsupported schemaVersion ${String(v.schemaVersion)}`);
  const plan: RecoveryPlan = {
    schemaVersion: PLAN_SCHEMA_VERSION,
    repo: str(v.repo, 'repo'),
    runId: int(v.runId, 'runId'),
    attempt: int(v.attempt, 'attempt'),
    job: str(v.job, 'job'),
    jobKey: str(v.jobKey ?? v.job, 'jobKey'),
    conclusion: oneOf(v.conclusion, ['success', 'failure', 'cancelled'] as const, 'conclusion'),
    failedSteps: arr(v.failedSteps, 'failedSteps')
      .slice(0, MAX_STEPS)
      .map((s, i) => parseStep(s, `failedSteps[${i}]`)),
    completedStages: arr(v.completedStages, 'completedStages')
      .slice(0, MAX_STAGES)
      .map((s, i) => str(s, `completedStages[${i}]`)),
    checkpoints: arr(v.checkpoints, 'checkpoints')
      .slice(-MAX_STAGES)
      .map((c, i) => {
        const o = obj(c, `checkpoints[${i}]`);
        return {
          id: str(o.id, `checkpoints[${i}].id`),
          stage: str(o.stage, `checkpoints[${i}].stage`),
          ...(o.attempt !== undefined ? { attempt: int(o.attempt, `checkpoints[${i}].attempt`) } : {}),
        };
      }),
    createdAt: str(v.createdAt, 'createdAt'),
  };
  if (v.jobId !== undefined) plan.jobId = int(v.jobId, 'jobId');
  if (v.lane !== undefined) plan.lane = oneOf<Lane>(v.lane, LANES, 'lane');
  if (v.laneReason !== undefined) plan.laneReason = str(v.laneReason, 'laneReason');
  if (v.prNumber !== undefined) plan.prNumber = int(v.prNumber, 'prNumber');
  if (v.headSha !== undefined) {
    plan.headSha = str(v.headSha, 'headSha');
    if (!/^[0-9a-f]{7,64}$/i.test(plan.headSha)) throw new Error('recovery plan: headSha is not a commit id');
  }
  if (v.branch !== undefined) plan.branch = str(v.branch, 'branch');
  if (v.flaky !== undefined) {
    if (typeof v.flaky !== 'boolean') throw new Error('recovery plan: flaky is not true or false');
    plan.flaky = v.flaky;
  }
  if (v.stageDurations !== undefined) {
    const d = obj(v.stageDurations, 'stageDurations');
    plan.stageDurations = Object.fromEntries(
      Object.entries(d)
        .slice(0, MAX_STAGES)
        .map(([k, ms]) => [cut(k), nonNegative(ms, `stageDurations.${k}`)]),
    );
  }
  if (v.resumableStages !== undefined)
    plan.resumableStages = arr(v.resumableStages, 'resumableStages')
      .slice(0, MAX_STAGES)
      .map((s, i) => str(s, `resumableStages[${i}]`));
  if (v.jobMs !== undefined) plan.jobMs = nonNegative(v.jobMs, 'jobMs');
  if (v.flakyTests !== undefined)
    plan.flakyTests = arr(v.flakyTests, 'flakyTests')
      .slice(0, MAX_STEPS)
      .map((s, i) => str(s, `flakyTests[${i}]`));
  return plan;
}

function parseStep(value: unknown, where: string): PlanStep {
  const o = obj(value, where);
  const step: PlanStep = {
    name: str(o.name, `${where}.name`),
    source: oneOf(o.source, ['record', 'jobs-api'] as const, `${where}.source`),
  };
  if (o.stage !== undefined) step.stage = str(o.stage, `${where}.stage`);
  if (o.conclusion !== undefined) {
    step.conclusion = oneOf(
      o.conclusion,
      ['success', 'failure', 'cancelled', 'skipped', 'unknown'] as const,
      `${where}.conclusion`,
    );
  }
  if (o.exitCode !== undefined) step.exitCode = int(o.exitCode, `${where}.exitCode`, -2_147_483_648);
  if (o.signal !== undefined) step.signal = str(o.signal, `${where}.signal`, 20);
  if (o.attempts !== undefined) step.attempts = int(o.attempts, `${where}.attempts`);
  if (o.classification !== undefined) {
    const c = obj(o.classification, `${where}.classification`);
    step.classification = {
      type: oneOf<FailureType>(c.type, FAILURE_TYPES, `${where}.classification.type`),
      confidence: oneOf(
        c.confidence,
        ['high', 'medium', 'low'] as const,
        `${where}.classification.confidence`,
      ),
      retryable: c.retryable === true,
      rule: str(c.rule, `${where}.classification.rule`),
    };
    if (c.evidence !== undefined) {
      const e = obj(c.evidence, `${where}.classification.evidence`);
      step.classification.evidence = {
        line: int(e.line, `${where}.classification.evidence.line`),
        text: str(e.text, `${where}.classification.evidence.text`),
      };
    }
  }
  if (o.decision !== undefined) {
    const d = obj(o.decision, `${where}.decision`);
    step.decision = {
      strategy: oneOf<Strategy>(d.strategy, STRATEGIES, `${where}.decision.strategy`),
      rule: str(d.rule, `${where}.decision.rule`),
      reason: str(d.reason, `${where}.decision.reason`),
    };
    if (d.maxAttempts !== undefined)
      step.decision.maxAttempts = int(d.maxAttempts, `${where}.decision.maxAttempts`);
    if (d.backoffSeconds !== undefined)
      step.decision.backoffSeconds = nonNegative(d.backoffSeconds, `${where}.decision.backoffSeconds`);
  }
  return step;
}

function obj(v: unknown, where: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new Error(`recovery plan: ${where} must be an object`);
  return v as Record<string, unknown>;
}
function arr(v: unknown, where: string): unknown[] {
  if (!Array.isArray(v)) throw new Error(`recovery plan: ${where} must be a list`);
  return v;
}
function str(v: unknown, where: string, max = MAX_TEXT): string {
  if (typeof v !== 'string') throw new Error(`recovery plan: ${where} must be a string`);
  return cut(v, max);
}
function int(v: unknown, where: string, min = 0): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min)
    throw new Error(`recovery plan: ${where} must be a whole number`);
  return v;
}
function nonNegative(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
    throw new Error(`recovery plan: ${where} must be a number >= 0`);
  return v;
}
function oneOf<T extends string>(v: unknown, allowed: readonly T[], where: string): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new Error(`recovery plan: ${where} must be one of ${allowed.join(', ')}`);
  }
  return v as T;
}

/** The newest attempt's plan per job key. */
export function latestPlans(plans: readonly RecoveryPlan[]): RecoveryPlan[] {
  const byJob = new Map<string, RecoveryPlan>();
  for (const p of plans) {
    const seen = byJob.get(p.jobKey);
    if (!seen || p.attempt > seen.attempt) byJob.set(p.jobKey, p);
  }
  return [...byJob.values()];
}
