/**
 * The config's types and defaults, without the parser: loading this module costs nothing, so steps that
 * get the effective config from main (CI_RECOVERY_CONFIG_FILE) never load yaml and ajv. `src/core/config.ts`
 * re-exports all of it with `parseConfig`.
 */
import type { TeamRule } from './classify/team-rules.js';
import { DEFAULT_SUPERVISE_SCOPE, type SuperviseScope } from './job-filter.js';
import { DEFAULT_LANE_RULES, type LaneRules } from './lane-rules.js';
import type { BranchKind, FailureType, Lane, Strategy } from './types.js';

/** A keyed path as the config names it. */
export interface KeyedPath {
  /** A checkpoint path (relative to the workspace) whose content the files determine. */
  path: string;
  /** Files (globs, as actions' hashFiles) whose content determines it: `package-lock.json`. */
  hashFiles: string[];
  /**
   * How a save confirms the workspace's path is the entry: `stat` (default) compares path, type, mode,
   * size and link target of every entry for an entry the same save has just published, and contents for any
   * other (checkpoint/adapters/keyed.ts planOne); `content` always reads and hashes every file (a second or so per GB).
   */
  verify?: 'stat' | 'content';
}

export type { LaneRules, TeamRule };

/**
 * `tests.pr-retries`, on a pull request: `retry-once` (default) re-runs once a failed test the history does
 * not know flaky; `known-flaky-only` re-runs only a test the default branch knows flaky (a same-commit flake
 * seen there) and leaves every other failure red.
 */
export const PR_RETRIES = ['retry-once', 'known-flaky-only'] as const;
export type PrRetries = (typeof PR_RETRIES)[number];

/** `tests.early-flake-detection`: on a PR, the tests of the test files the change added or edited run again. */
export interface EarlyFlakeDetection {
  /** Opt-in. */
  enabled: boolean;
  /** Extra runs of those tests alone. */
  repeats: number;
  /** Time the repeats may take in all; the ones left are not run past it (said so). */
  budgetSeconds: number;
  /** A test flaky on arrival fails the step (else it is named, and the step keeps its own conclusion). */
  failStep: boolean;
}

export interface TestsConfig {
  /** Re-runs of a known-flaky failed test alone (any other failed test gets one; 0: none). */
  retries: number;
  /** More failed tests than this: none is re-run (a broken change). Known-flaky ones do not count. */
  maxFailures: number;
  /** A test that failed, then passed on a re-run, still fails the step. */
  failOnPassedAfterRetry: boolean;
  /** A test the default branch knows flaky (two same-commit flakes), whose failure is the step's only one, does not fail it. */
  quarantine: boolean;
  /** Test keys quarantined whatever the history says (a broken one still fails). */
  quarantined: string[];
  prRetries: PrRetries;
  earlyFlakeDetection: EarlyFlakeDetection;
}

export const DEFAULT_EARLY_FLAKE_DETECTION: EarlyFlakeDetection = {
  enabled: false,
  repeats: 5,
  budgetSeconds: 300,
  failStep: false,
};

/** How the supervisor reverts (the `revert:` section); supervise/core/revert.ts decides when. */
export type RevertMode = 'pr' | 'push';

export interface RevertConfig {
  /** `pr`: open a draft revert PR (default). `push`: commit the revert straight to the default branch. */
  mode: RevertMode;
  /** At most this many reverts per UTC day per repository; 0 turns reverts off. */
  dailyCap: number;
  /** A commit whose message contains this marker is never reverted automatically. */
  optOutMarker: string;
  /** This label on the culprit's pull request, applied by a user with write access, stops the revert. */
  killSwitchLabel: string;
}

export const DEFAULT_REVERT_CONFIG: RevertConfig = {
  mode: 'pr',
  dailyCap: 3,
  optOutMarker: 'NO-AUTO-REVERT',
  killSwitchLabel: 'ci-recovery:no-revert',
};

export const CONFIG_FILE = '.github/ci-recovery.yml';
/** A real config is a few KiB; past this the file is refused before it is read or parsed. */
export const MAX_CONFIG_BYTES = 256 * 1024;

/** Budget of one lane. */
export interface Budget {
  /** Attempts in total (the first one included). */
  maxAttempts: number;
  /** Wait before attempt 2; doubles after that. */
  backoffSeconds: number;
  /** Time limit of one attempt of a `run/` step. */
  timeoutMinutes: number;
  /** Checkpoint `checkpoint.paths` before each `run/` step. */
  checkpoint: boolean;
}

/** A user rule of the policy; tried before the defaults, first match wins. */
export interface PolicyRule {
  name?: string;
  when: {
    type?: FailureType | FailureType[];
    lane?: Lane | Lane[];
    branch?: BranchKind | BranchKind[];
    /** Matches while the failed attempt number is below this. */
    attemptBelow?: number;
  };
  strategy: Strategy;
  reason?: string;
  maxAttempts?: number;
  backoffSeconds?: number;
  timeoutMinutes?: number;
}

export interface CheckpointConfig {
  paths: string[];
  retentionDays: number;
  /** `artifact` or `dir:PATH`. */
  store: string;
  /** Paths kept once per key of their files' content (checkpoint/core/keyed.ts); none by default. */
  keyed?: KeyedPath[];
  /**
   * Which `run/` stages' checkpoints are taken: `pays` (default), only those a resume would gain several
   * times their cost from (core/checkpoint-pays.ts); `always`, every one.
   */
  when: 'pays' | 'always';
}

export interface Config {
  lanes: LaneRules;
  policy: PolicyRule[];
  budgets: Record<Lane, Budget>;
  checkpoint: CheckpointConfig;
  revert: RevertConfig;
  ledger: { enabled: boolean };
  /** The team's own classification rules, ranked above the shipped ones (core/classify/team-rules.ts). */
  classify: { rules: TeamRule[] };
  /** Which failed jobs the supervisor may re-run or revert for, and how far back a sweep looks. */
  supervise: SuperviseScope & { sweepWindowMinutes: number };
  /** Test recovery: quarantine (opt-in), the PR's re-run choice, early flake detection (opt-in). */
  tests: TestsConfig;
}

export const DEFAULT_BUDGETS: Record<Lane, Budget> = {
  DOCS: { maxAttempts: 2, backoffSeconds: 5, timeoutMinutes: 15, checkpoint: false },
  STANDARD: { maxAttempts: 3, backoffSeconds: 10, timeoutMinutes: 60, checkpoint: false },
  HEAVY: { maxAttempts: 4, backoffSeconds: 10, timeoutMinutes: 180, checkpoint: true },
};

export const DEFAULT_CONFIG: Config = {
  lanes: DEFAULT_LANE_RULES,
  policy: [],
  budgets: DEFAULT_BUDGETS,
  checkpoint: { paths: [], retentionDays: 7, store: 'artifact', when: 'pays' },
  revert: DEFAULT_REVERT_CONFIG,
  ledger: { enabled: true },
  classify: { rules: [] },
  supervise: { ...DEFAULT_SUPERVISE_SCOPE, sweepWindowMinutes: 60 },
  tests: {
    retries: 2,
    maxFailures: 10,
    failOnPassedAfterRetry: false,
    quarantine: false,
    quarantined: [],
    prRetries: 'retry-once',
    earlyFlakeDetection: DEFAULT_EARLY_FLAKE_DETECTION,
  },
};

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** kebab-case keys -> camelCase, recursively (the schema has no free-form maps, so every key is ours). */
export function camelize(value: Json): Json {
  if (Array.isArray(value)) return value.map(camelize);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()),
      camelize(v),
    ]),
  );
}

/** Fills what a (validated, camelCase) partial config leaves out with the defaults. */
export function mergeConfig(partial: unknown): Config {
  const p = (isObject(partial) ? partial : {}) as Partial<{ [K in keyof Config]: Partial<Config[K]> }>;
  const budgets = (p.budgets ?? {}) as Partial<Record<Lane, Partial<Budget>>>;
  return {
    lanes: { ...DEFAULT_CONFIG.lanes, ...p.lanes },
    policy: Array.isArray(p.policy)
      ? (p.policy as PolicyRule[]).map((r) => ({ ...r, when: r.when ?? {} }))
      : [],
    budgets: {
      DOCS: { ...DEFAULT_BUDGETS.DOCS, ...budgets.DOCS },
      STANDARD: { ...DEFAULT_BUDGETS.STANDARD, ...budgets.STANDARD },
      HEAVY: { ...DEFAULT_BUDGETS.HEAVY, ...budgets.HEAVY },
    },
    checkpoint: { ...DEFAULT_CONFIG.checkpoint, ...p.checkpoint },
    revert: { ...DEFAULT_CONFIG.revert, ...p.revert },
    ledger: { ...DEFAULT_CONFIG.ledger, ...p.ledger },
    classify: { rules: Array.isArray(p.classify?.rules) ? p.classify.rules : [] },
    supervise: { ...DEFAULT_CONFIG.supervise, ...p.supervise },
    tests: mergeTests(p.tests),
  };
}

function mergeTests(t: Partial<TestsConfig> | undefined): TestsConfig {
  const efd: Partial<EarlyFlakeDetection> = isObject(t?.earlyFlakeDetection) ? t.earlyFlakeDetection : {};
  const count = (v: unknown, fallback: number): number =>
    Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : fallback;
  const d = DEFAULT_EARLY_FLAKE_DETECTION;
  const dt = DEFAULT_CONFIG.tests;
  return {
    retries: count(t?.retries, dt.retries),
    maxFailures: count(t?.maxFailures, dt.maxFailures),
    failOnPassedAfterRetry: t?.failOnPassedAfterRetry === true,
    quarantine: t?.quarantine === true,
    quarantined: Array.isArray(t?.quarantined)
      ? t.quarantined.filter((k): k is string => typeof k === 'string')
      : [],
    prRetries: t?.prRetries === 'known-flaky-only' ? 'known-flaky-only' : 'retry-once',
    earlyFlakeDetection: {
      enabled: efd.enabled === true,
      repeats: count(efd.repeats, d.repeats),
      budgetSeconds: count(efd.budgetSeconds, d.budgetSeconds),
      failStep: efd.failStep === true,
    },
  };
}

/** The effective config as main hands it to later steps (`CI_RECOVERY_CONFIG_FILE`); tolerant of partial JSON. */
export function configFromJson(text: string): Config | undefined {
  try {
    return mergeConfig(JSON.parse(text));
  } catch {
    // not JSON (or not a valid config): the caller falls back to the defaults
    return undefined;
  }
}
