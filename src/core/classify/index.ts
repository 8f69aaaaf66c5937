/**
 * The failure classifier. Signals, strongest first: runner-level log lines (runner lost or shut down), the
 * step's conclusion, its exit code and signal, report files (JUnit XML, SARIF), then the tool-specific log
 * rules of rules/log-rules.json (priority-ordered, first match wins), then the failing command's tool
 * (rules/tool-lexicon.json), then the generic output shapes, then weak hints (exit codes 127/128, the stage
 * name). Pure: the caller reads files; classifyLogFile in src/adapters/log-file.ts streams big logs.
 */
import type { Classification, Confidence, Evidence, FailureType, StepOutcome } from '../types.js';
import { TRANSIENT_TYPES } from '../types.js';
import { withoutCredentials } from '../text.js';
import type { CommandContext, CommandHit } from './context.js';
import { isSetupCommand, resolveName } from './context.js';
import { causeOf, isExceptionLine, withSaid } from './cause-lines.js';
import {
  closedCause,
  isClosingLine,
  lastBlock,
  lintHeader,
  mayStateCause,
  saysNoCause,
} from './shown-line.js';
import type { ReportFinding } from './reports.js';
import type { CompiledRuleSet } from './rules.js';
import { defaultRuleSet } from './rules.js';
import type { ScanResult } from './scanner.js';
import { scanText } from './scanner.js';
import type { Weighed } from './weigh.js';
import { evidencePieces } from './evidence-pieces.js';
import { ruleIdOf, weigh } from './weigh.js';
import type { TeamRule } from './team-rules.js';
import { teamVerdict } from './team-rules.js';
import type { FallbackModel, FallbackModelFile } from './fallback.js';
import { decodeModel, fallbackVerdict } from './fallback.js';
import type { HintGate } from './hints.js';
import { defaultHintGate, gated, withheld } from './hints.js';
import modelData from '../../../rules/fallback-model.json' with { type: 'json' };

export { LogScanner, scanText } from './scanner.js';
export type { ScanResult } from './scanner.js';
export {
  compileRules,
  defaultRuleSet,
  DOC_FIELDS,
  examplesOf,
  validateRuleDocs,
  validateRuleFile,
} from './rules.js';
export type { CompiledRuleSet, RuleFile, RuleSpec, RuleExample } from './rules.js';
export { normalizeLine } from './normalize.js';
export { reportFinding } from './reports.js';
export type { ReportFinding, ReportTexts } from './reports.js';
export { evidencePieces } from './evidence-pieces.js';
export { measureWeights, weigh, weightOf } from './weigh.js';
export type { Piece, Weighed, Weights } from './weigh.js';
export { readStructure, StructureReader } from './structure.js';
export { STRUCTURE_KEYWORDS } from './structure-markers.js';
export type { LogFormat, LogStep, LogStructure, StepKind } from './structure.js';
export {
  checksOnly,
  compileLexicon,
  defaultLexicon,
  nameWords,
  resolveCommandText,
  resolveHit,
  resolveContext,
  resolveName,
} from './context.js';
export type { CommandContext, CommandHit, Lexicon, LexiconFile, ModeSpec, Resolution } from './context.js';
export { committedHints, hintSpeaks, HINT_MIN_SPOKE, HINT_PRECISION, HINTS } from './hints.js';
export type { Hint, HintCount, HintGate, HintTable } from './hints.js';
export {
  compileTeamRules,
  loadTeamRuleEngine,
  teamRuleEngineLoaded,
  STEP_MARKS,
  StepTracker,
  TeamRuleMatcher,
  teamRuleProblems,
  teamVerdict,
} from './team-rules.js';
export type { LineStep, TeamRule, TeamRuleProblem } from './team-rules.js';

export interface FailureSignals {
  step?: string;
  stage?: string;
  /** The failed job's name, when the caller knows it (the supervisor, from the API): read last of all. */
  job?: string;
  /** The command the step ran (the run/ step knows it), when the log does not show it. */
  command?: string;
  conclusion?: StepOutcome['conclusion'];
  exitCode?: number;
  signal?: string;
  /** Captured output of the step or job. */
  log?: string;
  /**
   * The log is one failed step's own output, whole (run/ captures its command's): its end is where the step failed,
   * as a job log's failed step ends at its exit line, so a shape that says nothing unless a failed step ends on it
   * (a rule's `block`: a unified diff, git's refusal) is heard there too.
   */
  wholeStep?: boolean;
  /** The first failure the step's report files state, as reportFinding read them. */
  report?: ReportFinding;
  /**
   * The failed tests the attempt's own JUnit reports name, as run/ read them once for test recovery: the
   * first one's name, already escaped for a log line, and how many were kept (`cut`: some were not read).
   */
  failedTests?: { first: string; count: number; cut?: boolean };
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

/** Failures a retry does not cure (TAXONOMY.md): what a person fixes, whatever the machinery did before. */
const DETERMINISTIC: readonly FailureType[] = [
  'test',
  'build',
  'quality-gate',
  'dependency',
  'config',
  'git',
];

/**
 * A structural loss the build can outlive (a rule marked `survivable`: Jenkins' agent lost) decides only where it
 * ended the job: where a specific rule's line of a failure a retry does not cure comes after its last one, the job
 * ran on past the loss (a Pipeline's `retry(conditions: [agent()])` took the work to another agent, a parallel
 * branch went on) and that failure is weighed as any other. Not a generic shape's line nor a block shape's, which a
 * loss's own trace may print.
 */
function ranOnAfter(scan: ScanResult, ruleSet: CompiledRuleSet, line: number): boolean {
  return ruleSet.rules.some(
    ({ spec, index }) =>
      spec.structural !== true &&
      spec.tier !== 'generic' &&
      spec.block !== true &&
      DETERMINISTIC.includes(spec.type) &&
      (scan.last[index]?.line ?? 0) > line,
  );
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
    step: { line: 0, text: stepCommandOf(command), role: 'step', spec: 'signal:command' },
  };
}

/**
 * The line of a step's script that types it, as a job log's step header is read (scan-lines.ts scriptLine): its
 * first line that is no set-up command (`source .venv/bin/activate`, `cd app`), else its first line.
 */
function stepCommandOf(script: string): string {
  if (!script.includes('\n')) return script;
  const lines = script
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.find((l) => !isSetupCommand(l)) ?? lines[0] ?? script;
}

/** The verdict of the best-supported piece of evidence (weigh.ts), with its own retryable override. */
function fromWeighed({ piece, confidence }: Weighed): Classification {
  const rule = ruleIdOf(piece) ?? piece.key;
  const result = verdict(piece.type, confidence, rule, piece.evidence);
  if (piece.retryable !== undefined) result.retryable = piece.retryable;
  return result;
}

/**
 * Classifies from a finished log scan plus the non-log signals. A job whose log says it passed gets no claim
 * above low: whatever a rule saw there, the job survived it.
 */
export function classifyScan(
  scan: ScanResult | undefined,
  signals: Omit<FailureSignals, 'log'> = {},
  ruleSet: CompiledRuleSet = defaultRuleSet(),
): Classification {
  let step = scan?.firstFailedStep?.step;
  // GitHub Actions runs a step after a failed one only when that one may fail (continue-on-error) or the later
  // one runs on failure: when the first failed step says nothing known, the next that failed the job is heard,
  // unless the log says the first one's failure stood (a composite's end marker: conclusion=failure).
  const later = scan?.laterFailedStep;
  const laterHeard = scan?.structure?.format === 'github' && !step?.failureStood;
  // The caller names the step whose conclusion failed the job (the API's steps: supervise-findings.ts jobSignals).
  // A continue-on-error step fails in the log (its exit line) yet concludes success: actions/runner
  // src/Runner.Worker/StepsRunner.cs RunStepAsync sets its Outcome to Failed and its Result, the conclusion, to
  // Succeeded, and says so to its trace alone. When the log's first failed step is not the one named and the next
  // failed step is, the first was tolerated: the next decides, as if the first had not failed.
  // Only a name one step of the log bears: a repeated name (two `Run ./build.sh`) cannot tell them apart.
  const named = signals.step;
  const once = named !== undefined && scan?.structure?.steps.filter((s) => s.name === named).length === 1;
  if (once && later && laterHeard && step?.name !== named && later.step?.name === named) {
    const { commands, ...failed } = later;
    const tolerated = { ...scan, firstFailedStep: failed, command: commands, laterFailedStep: undefined };
    return classifyScan(tolerated, signals, ruleSet);
  }
  let result = decide(scan, signals, ruleSet);
  if (result.type === 'unknown' && later && laterHeard) {
    const { commands, ...failed } = later;
    const heard = decide({ ...scan, firstFailedStep: failed, command: commands }, signals, ruleSet);
    if (heard.type !== 'unknown') {
      result = heard;
      step = later.step;
    }
  }
  // No rule is sure: the learned model reads the failed step's last error-shaped lines (a later failed step's
  // when the first one's say nothing, as above).
  if (result.type === 'unknown' && scan) {
    const own = learned(scan, ruleSet, false);
    const speaks = (c: Classification | undefined): boolean => c !== undefined && !withheld(c);
    const next = !speaks(own) && later && laterHeard ? learned(scan, ruleSet, true) : undefined;
    if (speaks(own) || (own && !speaks(next))) result = quieter(result, own);
    else if (next && later) {
      result = quieter(result, next);
      if (speaks(next)) step = later.step;
    }
  }
  // Last, the name of the job the failed step ran in (`typecheck`, `Lint and Type Check`): it says what kind of
  // work the job does, as a step's name does, but a job holds many steps.
  const passed = scan?.structure?.outcome === 'passed' && signals.conclusion !== 'failure';
  const job = result.type === 'unknown' && !passed ? (failedJobName(scan) ?? signals.job) : undefined;
  const byJob = job === undefined ? undefined : resolveName(job, ruleSet.lexicon);
  if (byJob && job !== undefined)
    result = quieter(
      result,
      gated(verdict(byJob[1], 'low', 'job-name', { line: 0, text: job }), gate(ruleSet)),
    );
  if (passed) result.confidence = 'low';
  if (step) result.step = step.name;
  return shareable(result);
}

/**
 * The verdict as it leaves the classifier (team-rules.ts redacts its own), its quoted line without the credentials it may hold: the line goes
 * to the summary, the PR comment, the plan artifact and the ledger, none of which the runner masks.
 */
function shareable(c: Classification): Classification {
  if (!c.evidence) return c;
  const text = withoutCredentials(c.evidence.text);
  return text === c.evidence.text ? c : { ...c, evidence: { ...c.evidence, text } };
}

/**
 * A hint's verdict after an `unknown` one: it decides when it speaks; a withheld one shows what it saw unless
 * an earlier hint's withheld verdict already does.
 */
function quieter(current: Classification, next: Classification | undefined): Classification {
  if (!next) return current;
  if (!withheld(next)) return next;
  return withheld(current) ? current : next;
}

function gate(ruleSet: CompiledRuleSet): HintGate {
  return ruleSet.hintGate ?? defaultHintGate;
}

let committedModel: FallbackModel | undefined;

/** The committed model, decoded once, when the fallback is first needed. */
function fallbackModel(ruleSet: CompiledRuleSet): FallbackModel {
  return ruleSet.fallback ?? (committedModel ??= decodeModel(modelData as FallbackModelFile));
}

/**
 * The learned fallback (fallback.ts) on the failed step's last error-shaped lines (the whole log's when it shows
 * no failed step; none when it says the job passed). Lines before a success line were survived.
 */
function learned(scan: ScanResult, ruleSet: CompiledRuleSet, later: boolean): Classification | undefined {
  const failed = later ? scan.laterFailedStep : scan.firstFailedStep;
  if (!failed && scan.structure?.outcome === 'passed') return undefined;
  const tail: Evidence[] = (failed ? failed.tail : scan.tail) ?? [];
  const success = scan.success?.line ?? 0;
  const lines = tail.filter((l) => l.line > success);
  if (lines.length === 0) return undefined;
  const found = fallbackVerdict(fallbackModel(ruleSet), lines);
  if (!found) return undefined;
  return gated(verdict(found.type, found.confidence, 'fallback:learned', found.evidence), gate(ruleSet));
}

/** The first failure a JUnit or SARIF report states, which outranks what the log's lines say. */
function reportVerdict(found: ReportFinding | undefined): Classification | undefined {
  return found && verdict(found.type, 'high', found.rule, found.evidence);
}

/**
 * The attempt's own reports name failed tests: a test failure, shown by its first test. Not where a rule of the
 * log already typed a test failure (its line shows it: decide raises it to high), nor where the log types a
 * transient the job did not get past (a network error, memory run out): that may be what made the tests fail,
 * and a retry may cure it, which a test verdict would not let the policy try.
 */
function testsVerdict(
  tests: FailureSignals['failedTests'],
  weighed: Weighed | undefined,
  survived: (line: number) => boolean,
): Classification | undefined {
  if (!tests || tests.count <= 0) return undefined;
  // A rule of the log read the failing test's own line; a command's word (`pytest`) shows only its echo.
  if (weighed?.piece.type === 'test' && weighed.piece.key.startsWith('rule:')) return undefined;
  if (weighed && fromWeighed(weighed).retryable && !survived(weighed.at)) return undefined;
  const of = tests.cut ? `at least ${tests.count}` : `${tests.count}`;
  const more = tests.count > 1 || tests.cut ? ` (1 of ${of} failed tests)` : '';
  return verdict('test', 'high', 'report:junit', { line: 0, text: `${tests.first} failed${more}` });
}

function decide(
  scan: ScanResult | undefined,
  signals: Omit<FailureSignals, 'log'>,
  ruleSet: CompiledRuleSet,
): Classification {
  const structural = scan && firstRule(scan, ruleSet, (s) => s.structural === true);
  if (
    structural &&
    !(structural.rule.spec.survivable === true && ranOnAfter(scan, ruleSet, structural.evidence.line))
  )
    return fromRule(structural);
  const pieces = scan
    ? evidencePieces(
        scan,
        ruleSet,
        commandContext(scan, signals.command),
        signals.wholeStep === true ? { exitCode: signals.exitCode } : undefined,
      )
    : [];
  const weighed = weigh(pieces, ruleSet.weights);
  const logType = weighed?.piece.type;
  // What the log says sent a kill, when it says so anywhere in the failed step: a limit or a cancellation.
  const killedBy = (types: FailureType[]): Weighed | undefined =>
    weigh(
      pieces.filter((p) => types.includes(p.type)),
      ruleSet.weights,
    );
  const signal = signals.signal?.toUpperCase();
  if (signals.conclusion === 'cancelled') return verdict('cancelled', 'high', 'signal:conclusion-cancelled');
  if (signals.exitCode === 124) return verdict('timeout', 'high', 'signal:exit-124', weighed?.piece.evidence);
  if (signals.exitCode === 137 || signal === 'SIGKILL') {
    // Killed: the OOM killer unless the log says a limit or a cancellation sent the kill.
    const limit = killedBy(['timeout', 'cancelled']);
    if (limit) return fromWeighed(limit);
    const oom = logType === 'resource';
    return verdict(
      'resource',
      oom ? 'high' : 'medium',
      signals.exitCode === 137 ? 'signal:exit-137' : 'signal:sigkill',
      weighed?.piece.evidence,
    );
  }
  if (signals.exitCode === 143 || signal === 'SIGTERM' || signal === 'SIGINT' || signals.exitCode === 130) {
    const limit = killedBy(['timeout', 'cancelled', 'infrastructure']);
    if (limit) return fromWeighed(limit);
    return verdict(
      'cancelled',
      'medium',
      signal ? `signal:${signal.toLowerCase()}` : `signal:exit-${signals.exitCode}`,
    );
  }
  // The runner's own word ends the step that decides: it was cancelled while it ran (a person, a
  // concurrency group, a sibling's fail-fast), so what it printed before did not end it. A time limit the
  // step shows is what sent the cancellation.
  if (decidingStepCancelled(scan)) {
    const limit = killedBy(['timeout', 'cancelled']);
    return limit ? fromWeighed(limit) : verdict('cancelled', 'medium', 'structure:step-cancelled');
  }
  // A success line after the evidence means the job survived what the rule saw.
  const survived = (line: number): boolean => scan?.success !== undefined && scan.success.line > line;
  const reported = reportVerdict(signals.report) ?? testsVerdict(signals.failedTests, weighed, survived);
  if (reported) return reported;
  if (weighed) {
    const result = fromWeighed(weighed);
    const shown = shownLine(scan, weighed, commandContext(scan, signals.command)?.step);
    if (shown) result.evidence = shown;
    if (survived(weighed.at)) result.confidence = 'low';
    // The step's own reports name failed tests too: the log's test verdict, shown on its own line, is sure.
    if (result.type === 'test' && (signals.failedTests?.count ?? 0) > 0) result.confidence = 'high';
    return result;
  }
  if (scan?.success) {
    const { line, text, rule } = scan.success;
    return verdict('unknown', 'low', rule, { line, text });
  }
  if (signals.exitCode === 127) return verdict('config', 'medium', 'signal:exit-127');
  // A pipe's reader closed before its writer was done, under pipefail (evidence-pieces.ts EXIT_TYPES).
  if (signals.exitCode === 141) return verdict('config', 'low', 'signal:exit-141');
  if (signals.exitCode === 128) return verdict('git', 'low', 'signal:exit-128');
  // Stage or step names say what kind of work failed, when nothing else does (`lint`, `Unit tests`).
  const shown = displayedStepName(scan);
  const name = signals.stage ?? signals.step ?? shown?.name;
  const hint = name === undefined ? undefined : resolveName(name, ruleSet.lexicon);
  const line = name === shown?.name ? (shown?.start ?? 0) : 0;
  if (hint && name !== undefined)
    return gated(verdict(hint[1], 'low', 'stage-name', { line, text: name }), gate(ruleSet));
  const end = failedEnd(scan, commandContext(scan, signals.command)?.step);
  return verdict('unknown', 'low', 'catch-all', end ?? saidFirst(scan));
}

/** The line a weighed verdict shows where it is not its piece's own: what the tool said, not an echo or a summary. */
function shownLine(
  scan: ScanResult | undefined,
  { piece, at, pastAt }: Weighed,
  hit: CommandHit | undefined,
): Evidence | undefined {
  // A command's word won, and a rule of its type stated the cause in the step (weigh.ts causeLine moved its line
  // there: pre-commit's `hook....Failed`): that line is the cause, not the first error-shaped line after the echo.
  const ruleStated = piece.key.startsWith('command:') && piece.evidence.line !== at;
  const failed = scan?.firstFailedStep;
  // A rule that claims nothing won (generic-error's bare `error:`): where the tool stated its cause under
  // its header (Gradle's `* What went wrong:`), that statement is shown, not the warning.
  if (piece.type === 'unknown' && failed?.told && failed.told.line > (pastAt ?? 0)) return failed.told;
  let line = (ruleStated ? undefined : toldLine(scan, piece, hit, pastAt)) ?? piece.evidence;
  // A summary shown whose cause the tool printed under it (mocha's tally heads its failures' list).
  if (failed?.told && failed.toldUnder === line.line) line = failed.told;
  // A summary or an echo shown where the tool stated the cause beside it, in the same step (cause-lines.ts).
  line = causeOf(failed ? failed.said : scan?.said, line) ?? line;
  // rustc's note that a lint level made the lint an error: the lint's own header above it states the cause.
  line = lintHeader(failed ? failed.tail : scan?.tail, line) ?? line;
  // A build tool's closing line (ninja's `build stopped: subcommand failed.`, cargo's `could not compile`): the
  // failed command's output above it states the cause (shown-line.ts closedCause), past the lines the step went
  // on past as toldLine reads them.
  if (!isClosingLine(line.text)) return line;
  return closedCause(failed ? failed.tail : scan?.tail, line, pastAt) ?? line;
}

/**
 * The first line of the failed step (else of the log) in a tool's own cause format (cause-lines.ts), for an
 * unknown verdict that shows nothing else: no rule knew the cause, the tool still stated it (`❌ Version has
 * not been bumped!`). Not an exception's line: a survived exception is common.
 */
function saidFirst(scan: ScanResult | undefined): Evidence | undefined {
  const failed = scan?.firstFailedStep;
  return withSaid(undefined, failed ? failed.said : scan?.said)?.[0];
}

/**
 * The line an unknown verdict shows, where the failed step's end names its command (Travis): what the tool
 * printed before that end that is shaped like an error, else the end itself (`The command "x" exited with 1.`),
 * right below the tool's last words. Where nothing is known, the reader is shown where the step failed.
 */
function failedEnd(scan: ScanResult | undefined, hit: CommandHit | undefined): Evidence | undefined {
  if (hit?.ended === undefined || scan?.firstFailedStep?.step?.end !== hit.line) return undefined;
  const end = { line: hit.line, text: hit.ended };
  const from = hit.echoed ?? hit.line;
  const told = scan.firstFailedStep.tail.find(
    (l) => l.line > from && l.line < hit.line && !saysNoCause(l.text),
  );
  return told ?? end;
}

/**
 * The line shown for a verdict its command's word decided: the command's echo (`./gradlew assembleDebug`) says
 * what ran, not what went wrong. The failed step's first error-shaped line among its last ones (fallback.ts
 * isErrorShaped, after the echo, not a runner's word that it failed) is what the tool said; none, the echo stays.
 */
function toldLine(
  scan: ScanResult | undefined,
  piece: Weighed['piece'],
  hit: CommandHit | undefined,
  pastAt = 0,
): Evidence | undefined {
  if (!piece.key.startsWith('command:')) return undefined;
  const failed = scan?.firstFailedStep;
  // A refusal the step went on past, and what came before it, is not what failed the step (weigh.ts wentPast).
  const after = (l: Evidence): boolean => l.line > pastAt;
  // The line that said the command failed also says how (CommandSpec.states: bash's report of its crash): that line.
  const statement = scan?.command?.failed.find((c) => c.line === piece.evidence.line)?.stated;
  if (statement !== undefined && after(piece.evidence)) return { line: piece.evidence.line, text: statement };
  const lines = (failed?.tail ?? (failed ? undefined : scan?.tail))?.filter(after);
  const said = (failed ? failed.said : scan?.said)?.filter(after);
  const tail = withSaid(lines, said);
  // A step end that names its command (Travis `The command "x" exited with 1.`) comes after what x printed:
  // its output lies between x's own echo and that end.
  const from = hit?.line === piece.evidence.line ? hit.echoed : undefined;
  const told = (line: Evidence): boolean =>
    after(line) &&
    (from === undefined
      ? line.line > piece.evidence.line
      : line.line > from && line.line < piece.evidence.line);
  // A tool's own statement of its cause under its header (Gradle's `* What went wrong:`), unless an error line
  // came just before it (a tool Gradle ran said what went wrong first: Flutter's `Error detected in pubspec.yaml:`).
  const header = scan?.firstFailedStep?.told;
  const stated = (line: Evidence): boolean => told(line) && mayStateCause(line.text);
  // An exception's line only where no other line said anything: a logged, survived exception is common.
  const first = tail?.find(stated) ?? said?.find((line) => stated(line) && isExceptionLine(line.text));
  const before = first !== undefined && header !== undefined && header.line - first.line <= HEADER_LEAD;
  if (header && told(header) && (!first || header.line < first.line || !before)) return header;
  // A runner's word that a command failed (make's `make: *** [test] Error 2`, `> Task :x FAILED`) comes after
  // the command's output: what the command said last, above it.
  const ranAbove = scan?.command?.failed.some((c) => c.line === piece.evidence.line && c.name === true);
  return first ?? (ranAbove ? lastBlock(tail, piece.evidence.line) : undefined) ?? annotated(scan, piece);
}

/**
 * An action's own word on why its step failed: `core.setFailed(message)` (actions/toolkit packages/core
 * src/core.ts: setFailed sets the exit code and calls error(message), which the runner prints as
 * `##[error]message`). A step that printed no error-shaped line (a `uses:` step prints only that) shows it rather
 * than the action's name.
 */
function annotated(scan: ScanResult | undefined, piece: Weighed['piece']): Evidence | undefined {
  const at = scan?.firstFailedStep?.step?.annotated;
  return at && at.line > piece.evidence.line ? at : undefined;
}

/** Lines above a header's cause within which a tool's own error line is what the header reports (its block). */
const HEADER_LEAD = 15;

/** The name of the job whose step failed, where the log names it (structure.ts LogStep.job). */
function failedJobName(scan: ScanResult | undefined): string | undefined {
  const structure = scan?.structure;
  return structure?.failedStep === undefined ? undefined : structure.steps[structure.failedStep]?.job;
}

/**
 * The failed step's name as the log shows it, where the log names steps apart from their commands (`gh run view
 * --log`'s step column, a Jenkins stage); a `Run <command>` header is only its command, which was read already.
 * Placeholders (gh's `UNKNOWN STEP`, structure.ts FIRST_STEP) name no kind of work, so they resolve to nothing.
 */
function displayedStepName(scan: ScanResult | undefined): { name: string; start: number } | undefined {
  const format = scan?.structure?.format;
  if (format !== 'github-cli' && format !== 'jenkins') return undefined;
  const step = scan?.firstFailedStep?.step;
  return step && step.kind === 'run' && !step.name.startsWith('Run ') ? step : undefined;
}

/**
 * The step the verdict stands on failed only by the runner's cancellation (structure.ts `cancelled`, and
 * `firstFailed` picks such a step only when no step failed by itself).
 */
function decidingStepCancelled(scan: ScanResult | undefined): boolean {
  const structure = scan?.structure;
  if (structure?.failedStep === undefined) return false;
  return structure.steps[structure.failedStep]?.cancelled === true;
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
  // run/'s attempt that printed nothing is still its command and status, as the job log's step would be: a quiet
  // `curl -s` that failed has nothing else (evidence-pieces.ts downloadLine).
  const silentAttempt = log === '' && rest.wholeStep === true && rest.command !== undefined;
  const scan =
    log === undefined || (log === '' && !silentAttempt) ? undefined : scanText(log, ruleSet, rest.command);
  return classifyScan(scan, rest, ruleSet);
}
