/** Shared vocabulary of ci-recovery. Pure types and constants: safe to import from any phase. */

export const FAILURE_TYPES = [
  'test',
  'build',
  'quality-gate',
  'dependency',
  'network',
  'git',
  'timeout',
  'resource',
  'infrastructure',
  'cancelled',
  'config',
  'unknown',
] as const;
export type FailureType = (typeof FAILURE_TYPES)[number];

/** Types whose cause is outside the change: the same commit may pass when tried again. */
export const TRANSIENT_TYPES: readonly FailureType[] = [
  'network',
  'infrastructure',
  'git',
  'timeout',
  'resource',
];

export const LANES = ['DOCS', 'STANDARD', 'HEAVY'] as const;
export type Lane = (typeof LANES)[number];

export const STRATEGIES = ['retry', 'resume', 'skip', 'rollback', 'manual'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const BRANCH_KINDS = ['default', 'pr', 'other'] as const;
export type BranchKind = (typeof BRANCH_KINDS)[number];

export type Confidence = 'high' | 'medium' | 'low';

/** The decisive line a verdict rests on (1-based line number in the text that was classified). */
export interface Evidence {
  /** The log's line number, from 1; 0 for evidence read from elsewhere (the step's own test reports). */
  line: number;
  text: string;
}

/** Where evidence was read, as a sentence says it: `line 12`, or `from its test reports` for line 0. */
export function evidencePlace(e: Evidence): string {
  return e.line > 0 ? `line ${e.line}` : 'from its test reports';
}

/** What the classifier concludes about one failure. */
export interface Classification {
  type: FailureType;
  confidence: Confidence;
  retryable: boolean;
  evidence?: Evidence;
  /** Id of the rule (or structural signal) that decided. */
  rule: string;
  /** The step of the log the evidence came from, when the log shows its steps. */
  step?: string;
}

/** A failed (or succeeded) step as the post phase and the supervisor see it. */
export interface StepOutcome {
  name: string;
  number?: number;
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | 'unknown';
  exitCode?: number;
  signal?: string;
  stage?: string;
  startedAt?: string;
  completedAt?: string;
}
