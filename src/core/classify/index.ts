/**
 * The failure classifier. Signals, strongest first: runner-level log lines (runner lost or shut down), the
 * step's conclusion, its exit code and signal, report files (JUnit XML, SARIF), then the log rules of
 * rules/log-rules.json (priority-ordered, first match wins), then weak hints (exit codes 127/128, the stage
 * name). Pure: the caller reads files; classifyLogFile in src/adapters/log-file.ts streams big logs.
 */
import type { Classification, Confidence, Evidence, FailureType, StepOutcome } from '../types.js';
import { TRANSIENT_TYPES } from '../types.js';
import { junitFailure, sarifFailure } from './reports.js';
import type { CompiledRuleSet } from './rules.js';
import { defaultRuleSet } from './rules.js';
import type { ScanResult } from './scanner.js';
import { scanText } from './scanner.js';

export { LogScanner, scanText } from './scanner.js';
export type { ScanResult } from './scanner.js';
export { compileRules, defaultRuleSet, validateRuleFile } from './rules.js';
export type { CompiledRuleSet, RuleFile, RuleSpec, RuleExample } from './rules.js';
export { normalizeLine } from './normalize.js';

export interface FailureSignals {
  step?: string;
  stage?: string;
  conclusion?: StepOutcome['conclusion'];
  exitCode?: number;
  signal?: string;
  /** Captured output of the step or job. */
  log?: string;
  /** Contents (not paths) of report files the step wrote. */
  reports?: { junit?: string[]; sarif?: string[] };
}

function verdict(
  type: FailureType,
  confidence: Confidence,
  rule: string,
  evidence?: Evidence,
): Classification {
  const result: Classification = { type, confidence, retryable: TRANSIENT_TYPES.includes(type), rule };
  if (evidence) result.evidence = evidence;
  return result;
}

type RuleHit = { rule: CompiledRuleSet['rules'][number]; evidence: Evidence };

/** The verdict of a rule: its type and confidence (or a lower one), with its own retryable override. */
function fromRule(
  { rule, evidence }: RuleHit,
  confidence: Confidence = rule.spec.confidence,
): Classification {
  const result = verdict(rule.spec.type, confidence, rule.spec.id, evidence);
  if (rule.spec.retryable !== undefined) result.retryable = rule.spec.retryable;
  return result;
}

/** The highest-priority rule that matched, with its evidence line. */
function firstRule(
  scan: Pick<ScanResult, 'first' | 'last'>,
  ruleSet: CompiledRuleSet,
  accept: (structural: boolean) => boolean,
): RuleHit | undefined {
  for (const rule of ruleSet.rules) {
    if (!accept(rule.spec.structural === true)) continue;
    const group = rule.spec.group;
    if (group !== undefined) {
      // Members compete on position: the earliest first hit when they pick 'first', else the latest last hit.
      const earliest = rule.spec.pick === 'first';
      let best: RuleHit | undefined;
      for (const member of ruleSet.rules) {
        if (member.spec.group !== group) continue;
        const hit = earliest ? scan.first[member.index] : scan.last[member.index];
        if (hit && (!best || (earliest ? hit.line < best.evidence.line : hit.line > best.evidence.line))) {
          best = { rule: member, evidence: hit };
        }
      }
      if (best) return best;
      continue;
    }
    const evidence = rule.spec.pick === 'first' ? scan.first[rule.index] : scan.last[rule.index];
    if (evidence) return { rule, evidence };
  }
  return undefined;
}

/**
 * The log's verdict: when the job ran on after a failed command, the first failed command's own lines decide
 * if a rule of medium or high confidence matches there (later failures are often its consequences); else the
 * whole log.
 */
function decisiveRule(scan: ScanResult, ruleSet: CompiledRuleSet): RuleHit | undefined {
  const step = scan.firstFailedStep;
  if (step) {
    const inStep = firstRule({ first: step.first, last: step.first }, ruleSet, (s) => !s);
    if (inStep && inStep.rule.spec.confidence !== 'low') return inStep;
  }
  return firstRule(scan, ruleSet, (s) => !s);
}

// Stage or step names that say what kind of work failed, when nothing else does.
const STAGE_HINTS: readonly [RegExp, FailureType][] = [
  [/lint|format|style|typecheck|check-?types|coverage|audit|scan/i, 'quality-gate'],
  [/test|spec|e2e/i, 'test'],
  [/install|deps|dependenc|bootstrap|restore/i, 'dependency'],
  [/build|compile|bundle|package/i, 'build'],
  [/checkout|clone|fetch/i, 'git'],
];

/** Classifies from a finished log scan plus the non-log signals. */
export function classifyScan(
  scan: ScanResult | undefined,
  signals: Omit<FailureSignals, 'log'> = {},
  ruleSet: CompiledRuleSet = defaultRuleSet(),
): Classification {
  const structural = scan && firstRule(scan, ruleSet, (s) => s);
  if (structural) return fromRule(structural);
  const logRule = scan && decisiveRule(scan, ruleSet);
  const signal = signals.signal?.toUpperCase();
  if (signals.conclusion === 'cancelled') return verdict('cancelled', 'high', 'signal:conclusion-cancelled');
  if (signals.exitCode === 124) return verdict('timeout', 'high', 'signal:exit-124', logRule?.evidence);
  if (signals.exitCode === 137 || signal === 'SIGKILL') {
    // Killed: the OOM killer unless the log says a limit or a cancellation sent the kill.
    if (logRule && ['timeout', 'cancelled'].includes(logRule.rule.spec.type)) {
      return fromRule(logRule);
    }
    const oom = logRule?.rule.spec.type === 'resource';
    return verdict(
      'resource',
      oom ? 'high' : 'medium',
      signals.exitCode === 137 ? 'signal:exit-137' : 'signal:sigkill',
      logRule?.evidence,
    );
  }
  if (signals.exitCode === 143 || signal === 'SIGTERM' || signal === 'SIGINT' || signals.exitCode === 130) {
    if (logRule && ['timeout', 'cancelled', 'infrastructure'].includes(logRule.rule.spec.type)) {
      return fromRule(logRule);
    }
    return verdict(
      'cancelled',
      'medium',
      signal ? `signal:${signal.toLowerCase()}` : `signal:exit-${signals.exitCode}`,
    );
  }
  for (const xml of signals.reports?.junit ?? []) {
    const found = safe(() => junitFailure(xml));
    if (found) return verdict(found.type, 'high', found.rule, found.evidence);
  }
  for (const json of signals.reports?.sarif ?? []) {
    const found = safe(() => sarifFailure(json));
    if (found) return verdict(found.type, 'high', found.rule, found.evidence);
  }
  if (logRule) {
    // A success line after the evidence means the job survived what the rule saw.
    const survived = scan?.success !== undefined && scan.success.line > logRule.evidence.line;
    return fromRule(logRule, survived ? 'low' : undefined);
  }
  if (scan?.success) {
    const { line, text, rule } = scan.success;
    return verdict('unknown', 'low', rule, { line, text });
  }
  if (signals.exitCode === 127) return verdict('config', 'medium', 'signal:exit-127');
  if (signals.exitCode === 128) return verdict('git', 'low', 'signal:exit-128');
  const name = signals.stage ?? signals.step;
  if (name) {
    const hint = STAGE_HINTS.find(([re]) => re.test(name));
    if (hint) return verdict(hint[1], 'low', 'stage-name');
  }
  return verdict('unknown', 'low', 'catch-all');
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    // A malformed report must not hide the other signals.
    return undefined;
  }
}

/** Classifies a failure from whatever the job left. */
export function classify(
  signals: FailureSignals,
  ruleSet: CompiledRuleSet = defaultRuleSet(),
): Classification {
  const { log, ...rest } = signals;
  const scan = log === undefined || log === '' ? undefined : scanText(log, ruleSet);
  return classifyScan(scan, rest, ruleSet);
}
