/**
 * The failure classifier. Signals, strongest first: runner-level log lines (runner lost or shut down), the
 * step's conclusion, its exit code and signal, report files (JUnit XML, SARIF), then the tool-specific log
 * rules of rules/log-rules.json (priority-ordered, first match wins), then the failing command's tool
 * (rules/tool-lexicon.json), then the generic output shapes, then weak hints (exit codes 127/128, the stage
 * name). Pure: the caller reads files; classifyLogFile in src/adapters/log-file.ts streams big logs.
 */
import type { Classification, Confidence, Evidence, FailureType, StepOutcome } from '../types.js';
import { TRANSIENT_TYPES } from '../types.js';
import type { CommandContext, Resolution } from './context.js';
import { resolveContext, resolveName } from './context.js';
import { junitFailure, sarifFailure } from './reports.js';
import type { CompiledRuleSet } from './rules.js';
import { defaultRuleSet } from './rules.js';
import type { ScanResult } from './scanner.js';
import { scanText } from './scanner.js';
import type { TeamRule } from './team-rules.js';
import { teamVerdict } from './team-rules.js';

export { LogScanner, scanText } from './scanner.js';
export type { ScanResult } from './scanner.js';
export { compileRules, defaultRuleSet, validateRuleFile } from './rules.js';
export type { CompiledRuleSet, RuleFile, RuleSpec, RuleExample } from './rules.js';
export { normalizeLine } from './normalize.js';
export {
  compileLexicon,
  defaultLexicon,
  nameWords,
  resolveCommandText,
  resolveContext,
  resolveName,
} from './context.js';
export type { CommandContext, CommandHit, Lexicon, LexiconFile, Resolution } from './context.js';
export {
  compileTeamRules,
  StepTracker,
  TeamRuleMatcher,
  teamRuleProblems,
  teamVerdict,
} from './team-rules.js';
export type { LineStep, TeamRule, TeamRuleProblem } from './team-rules.js';

export interface FailureSignals {
  step?: string;
  stage?: string;
  /** The command the step ran (the run/ step knows it), when the log does not show it. */
  command?: string;
  conclusion?: StepOutcome['conclusion'];
  exitCode?: number;
  signal?: string;
  /** Captured output of the step or job. */
  log?: string;
  /** Contents (not paths) of report files the step wrote. */
  reports?: { junit?: string[]; sarif?: string[] };
  /** The team's own rules (config `classify.rules`): tried first, on the log. */
  teamRules?: readonly TeamRule[];
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
  accept: (spec: CompiledRuleSet['rules'][number]['spec']) => boolean,
): RuleHit | undefined {
  for (const rule of ruleSet.rules) {
    if (!accept(rule.spec)) continue;
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
function decisiveRule(scan: ScanResult, ruleSet: CompiledRuleSet, generic: boolean): RuleHit | undefined {
  const accept = (spec: RuleHit['rule']['spec']): boolean =>
    spec.structural !== true && (spec.tier === 'generic') === generic;
  const step = scan.firstFailedStep;
  if (step) {
    const inStep = firstRule({ first: step.first, last: step.first }, ruleSet, accept);
    if (inStep && inStep.rule.spec.confidence !== 'low') return inStep;
  }
  return firstRule(scan, ruleSet, accept);
}

/** The scan's command context, with the caller's own command when the log shows none for the step. */
function commandContext(
  scan: ScanResult | undefined,
  command: string | undefined,
): CommandContext | undefined {
  const context = scan?.command;
  if (command === undefined || context?.step) return context;
  return {
    failed: [],
    ran: [],
    ...context,
    step: { line: 0, text: command, role: 'step', spec: 'signal:command' },
  };
}

/**
 * The failing command's tool: a tool named (eslint, pytest) is medium confidence, a bare task word
 * (`npm test`, `make lint`) low; calibrated on the leave-one-project-out results (npm run eval:classify).
 */
function fromCommand(found: Resolution, failed: boolean, survived: boolean): Classification {
  const named = found.entry.startsWith('tool:') && (failed || found.hit.role === 'failed');
  const confidence: Confidence = named && !survived ? 'medium' : 'low';
  return verdict(found.type, confidence, `command:${found.entry}`, {
    line: found.hit.line,
    text: found.hit.text,
  });
}

/** Classifies from a finished log scan plus the non-log signals. */
export function classifyScan(
  scan: ScanResult | undefined,
  signals: Omit<FailureSignals, 'log'> = {},
  ruleSet: CompiledRuleSet = defaultRuleSet(),
): Classification {
  const structural = scan && firstRule(scan, ruleSet, (s) => s.structural === true);
  if (structural) return fromRule(structural);
  const toolRule = scan && decisiveRule(scan, ruleSet, false);
  const genericRule = scan && decisiveRule(scan, ruleSet, true);
  const logRule = toolRule ?? genericRule;
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
  // A success line after the evidence means the job survived what the rule saw.
  const survived = (line: number): boolean => scan?.success !== undefined && scan.success.line > line;
  if (toolRule) return fromRule(toolRule, survived(toolRule.evidence.line) ? 'low' : undefined);
  const command = resolveContext(commandContext(scan, signals.command), ruleSet.lexicon);
  if (command) return fromCommand(command, scan?.firstFailedStep !== undefined, survived(command.hit.line));
  if (genericRule) return fromRule(genericRule, survived(genericRule.evidence.line) ? 'low' : undefined);
  if (scan?.success) {
    const { line, text, rule } = scan.success;
    return verdict('unknown', 'low', rule, { line, text });
  }
  if (signals.exitCode === 127) return verdict('config', 'medium', 'signal:exit-127');
  if (signals.exitCode === 128) return verdict('git', 'low', 'signal:exit-128');
  // Stage or step names say what kind of work failed, when nothing else does (`lint`, `Unit tests`).
  const name = signals.stage ?? signals.step;
  const hint = name === undefined ? undefined : resolveName(name, ruleSet.lexicon);
  if (hint) return verdict(hint[1], 'low', 'stage-name');
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
  const { log, teamRules, ...rest } = signals;
  // A team's own rules rank above ours: the first that matches a line decides (team-rules.ts).
  const team = log && teamRules?.length ? teamVerdict(log, teamRules, rest) : undefined;
  if (team) return team;
  const scan = log === undefined || log === '' ? undefined : scanText(log, ruleSet);
  return classifyScan(scan, rest, ruleSet);
}
