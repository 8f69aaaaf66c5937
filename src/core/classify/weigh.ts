/**
 * Weighing the evidence instead of taking the first match. The failed step (or the whole log when the log
 * shows no steps) yields separate pieces of evidence: each rule that matched there (the group winner for
 * grouped rules), the failing command's tool or task word (the lexicon), the step's exit status. Each piece
 * carries a weight: how often its type was the label when it fired on the labelled corpus, measured by
 * bench/weights.ts into rules/weights.json (and recomputed per left-out project by the evaluation, so the
 * figures stay honest), shrunk toward the rule's declared confidence when it fired rarely. The verdict is the
 * best-supported type; a cause outranks the wrapper that reports it; weak support abstains. Pure.
 */
import type { Confidence, Evidence, FailureType } from '../types.js';
import type { CommandContext, Lexicon, Resolution } from './context.js';
import { resolveContext } from './context.js';
import type { CompiledRuleSet } from './rules.js';
import type { ScanResult } from './scanner.js';

/** One piece of evidence: what it says (type), where (line), and the key its weight is measured under. */
export interface Piece {
  key: string;
  type: FailureType;
  evidence: Evidence;
  /** Weight before measurement: the rule's declared confidence, or the kind's default. */
  prior: number;
  retryable?: boolean;
  /** From a generic rule (a tally, a bare 'error'): the type's evidence only when nothing more specific fired. */
  generic?: boolean;
  /** From a rule of a check the test run makes after its tests (RuleSpec afterTests). */
  afterTests?: boolean;
  /** From a rule that says the tests could not run at all (RuleSpec beforeTests). */
  beforeTests?: boolean;
  /** A rule's first hit in the scope, when it is not the piece's own line: where the rule first stated it. */
  first?: Evidence;
  /** From a rule none of whose lines here states the cause (RuleSpec evidence): a summary or a wrapper. */
  summary?: boolean;
}

/** Measured firings per piece key: on how many labelled failures it fired, on how many its type was right. */
export type Weights = Record<string, { fires: number; right: number }>;

const PRIOR: Record<Confidence, number> = { high: 0.9, medium: 0.75, low: 0.45 };
/** Pseudo-firings of the prior: a piece measured on few logs stays near its declared confidence. */
const PRIOR_STRENGTH = 3;

/**
 * Exit statuses that name a kind of failure wherever they come from (timeout(1), the OOM killer, a shell).
 * 141 is 128 + SIGPIPE: a command that wrote into a pipe its reader had closed (`producer | head -1`), which
 * fails the step only under `-o pipefail` (`shell: bash` runs `bash -eo pipefail`): the script's own shape,
 * not the work it ran (bash's manual, Pipelines: the pipeline's status under pipefail is the last non-zero one).
 */
const EXIT_TYPES: Record<number, FailureType> = {
  124: 'timeout',
  127: 'config',
  137: 'resource',
  141: 'config',
};

/**
 * A cause ranks above the wrapper that reports it: a compile error above "tests failed", a network error
 * above the "could not resolve dependencies" it caused.
 */
const CAUSES: Partial<Record<FailureType, readonly FailureType[]>> = {
  test: ['build', 'dependency', 'network', 'resource', 'timeout'],
  // A resolver's failure the job's setup caused: pub's 'The current Dart SDK version is X.' above its 'version
  // solving failed.' (the graph needs a newer SDK than the job set up), an engine the job's tool refuses.
  dependency: ['network', 'config'],
  build: ['network', 'resource'],
  'quality-gate': ['network'],
  // git reports what refused it: a token without the permission, credentials the job lacks (`remote: Permission
  // to x.git denied to github-actions[bot].` above git's `fatal: unable to access ...: 403`).
  git: ['config'],
  // The runner cancels a step its time limit stopped ('The operation was canceled.' after the limit's line).
  cancelled: ['timeout'],
  unknown: ['build', 'test', 'dependency', 'network', 'resource', 'timeout', 'config', 'quality-gate', 'git'],
};

/** Causes that end the work they hit: what follows them is their fallout, however far it runs on. */
const KILLS: readonly FailureType[] = ['timeout', 'resource'];

/** Support at which a cause overrides its wrapper, and below which the classifier abstains. */
export const CAUSE_SUPPORT = 0.8;
export const ABSTAIN_BELOW = 0;

/** Lines before a step's exit (or the log's end) that make up its last error block. */
export const END_LINES = 60;

/** No rule hit at all. */
const NO_HITS: Pick<ScanResult, 'first' | 'last' | 'cause'> = { first: [], last: [], cause: [] };

/**
 * The rule hits that count: the failed step's when the log shows it; none when the log says the job passed
 * (every step it shows passed, and a passed step's lines never decide: a checker run under `|| true` prints
 * its real findings); else the whole log's.
 */
function scopeOf(scan: ScanResult): Pick<ScanResult, 'first' | 'last' | 'cause'> {
  if (scan.firstFailedStep) return scan.firstFailedStep;
  return scan.structure?.outcome === 'passed' ? NO_HITS : scan;
}

/**
 * The line of the last retry a tool announced in the scope (structure.ts RETRY_MARKER): a network error no
 * later than it was survived (the clone or download was tried again) unless the same error comes after it.
 */
function retriedAt(scan: ScanResult): number | undefined {
  const failed = scan.firstFailedStep;
  return failed ? failed.step?.retriedAt : scan.structure?.retriedAt;
}

/** Each rule's piece, one per group (the member whose hit is latest, or earliest with pick: first). */
function rulePieces(scan: ScanResult, ruleSet: CompiledRuleSet): Piece[] {
  const scope = scopeOf(scan);
  const end = scan.firstFailedStep?.to ?? scan.lines;
  const retried = retriedAt(scan) ?? 0;
  const groups = new Map<string, Piece & { at: number; earliest: boolean }>();
  const pieces: Piece[] = [];
  for (const rule of ruleSet.rules) {
    const { spec } = rule;
    if (spec.structural === true || ruleSet.drop?.has(`rule:${spec.id}`)) continue;
    const earliest = spec.pick === 'first';
    const last = scope.last[rule.index];
    if (spec.type === 'network' && last !== undefined && last.line <= retried) continue;
    // A hit in the last lines before the step's exit is the decisive error block: weighed on its own.
    const atEnd = last !== undefined && end - last.line <= END_LINES;
    // A block shape (a unified diff) says nothing unless a failed step ends on it.
    if (spec.block === true && !(atEnd && scan.firstFailedStep)) continue;
    // Weighed as at the end or not; the line it names is the rule's choice (`pick: first`: the first
    // failing test rather than the tally after it).
    const hit = earliest ? (scope.first[rule.index] ?? last) : last;
    if (!hit) continue;
    const piece: Piece = {
      key: atEnd ? `rule:${spec.id}@end` : `rule:${spec.id}`,
      type: spec.type,
      evidence: hit,
      prior: PRIOR[spec.confidence],
    };
    if (spec.tier === 'generic') {
      piece.prior = Math.min(piece.prior, PRIOR.low);
      piece.generic = true;
    }
    if (spec.retryable !== undefined) piece.retryable = spec.retryable;
    // Where it first stated the cause: its first hit, or, for a rule that says which of its lines state it
    // (RuleSpec evidence), the first of those; none of them here, its lines are a summary.
    const cause = rule.evidence ? scope.cause[rule.index] : undefined;
    const first = cause ?? scope.first[rule.index];
    if (first && first.line !== hit.line) piece.first = first;
    if (rule.evidence && !cause) piece.summary = true;
    if (spec.afterTests === true) piece.afterTests = true;
    if (spec.beforeTests === true) piece.beforeTests = true;
    if (spec.group === undefined) {
      pieces.push(piece);
      continue;
    }
    const best = groups.get(spec.group);
    const better = !best || (earliest ? hit.line < best.at : hit.line > best.at);
    if (better) groups.set(spec.group, { ...piece, at: hit.line, earliest });
  }
  for (const { at: _at, earliest: _earliest, ...piece } of groups.values()) pieces.push(piece);
  return pieces;
}

/**
 * The failing command's piece: a named tool (or a tool in a named mode, `mode:tsc--noemit`) that a line says
 * failed weighs more than a bare task word.
 */
function commandPiece(found: Resolution | undefined, failedStep: boolean): Piece[] {
  if (!found) return [];
  const named = /^(?:tool|mode):/.test(found.entry) && (failedStep || found.hit.role === 'failed');
  return [
    {
      key: `command:${found.entry}`,
      type: found.type,
      evidence: { line: found.hit.line, text: found.hit.text },
      prior: named ? PRIOR.medium : PRIOR.low,
    },
  ];
}

/**
 * The failing command's tool exited with a status its documentation gives one meaning (lexicon `exitStatus`:
 * pytest's 4 is a usage error, no test ran): that status, not the tool's kind, types the command. Only when the
 * step's exit status is the tool's, so only for the step's own command or one it echoed, never a task word, and
 * not in a list of commands (`make setup && shellcheck a.sh`: the status may be make's).
 */
function toolStatusPiece(
  found: Resolution | undefined,
  scan: ScanResult,
  lexicon: Lexicon,
): Piece | undefined {
  const code = scan.firstFailedStep?.step?.exitCode;
  if (!found || code === undefined || found.hit.name || COMMAND_LIST.test(found.hit.text)) return undefined;
  const type = lexicon.exitStatus.get(found.entry)?.get(code);
  if (!type) return undefined;
  const evidence = { line: found.hit.line, text: found.hit.text };
  return { key: `command:${found.entry}@exit:${code}`, type, evidence, prior: PRIOR.high };
}

/** Shell operators that run one command after another, so the step's status may be any of them. */
const COMMAND_LIST = /&&|\|\||;/;

/**
 * GNU timeout's own status: 'If the command times out, and --preserve-status is not set, then exit with status
 * 124' (coreutils doc/coreutils.texi, timeout invocation). A step whose script runs `timeout DURATION ...` and
 * ends with 124 was stopped by that limit, whatever the command it stopped: the status is the limit's word, no
 * longer a weak hint. Not with --preserve-status, which returns the command's own status. `exit:124` alone (the
 * script's `timeout` line not read: a header past its first command, a wrapper script) is medium, above a network
 * error the limit cut short (a `until curl ...; do sleep 2; done` loop under `timeout 120`: its resets are what it
 * waited through, the limit is what ended it): few other tools return 124 (GNU xargs, when a command it ran
 * exited 255: findutils doc, xargs exit status), so it is no sure rule's prior.
 */
const TIMEOUT_COMMAND = /^(?:sudo\s+)?timeout\s+(?!.*--preserve-status)(?:-{1,2}[\w-]+(?:[= ]\S+)?\s+)*\d/;

/**
 * GitHub's own job limit: `timeout-minutes` defaults to 360 (docs.github.com, workflow syntax,
 * jobs.<job_id>.timeout-minutes; GitHub-hosted jobs may run 6 hours at most, usage limits). The service cancels
 * the job when it passes it, and the step then running ends with the runner's `The operation was canceled.`
 * (PLATFORM.md 6); a log without the service's own line (`gh run view --log` holds the steps' lines only) still
 * carries the runner's timestamps. A step cancelled that long after the job's first line was stopped by the
 * limit, not by a person. A minute of slack: the limit counts from the job's start, a little before its first line.
 */
const JOB_LIMIT_MINUTES = 359;

function elapsedPiece(scan: ScanResult): Piece[] {
  const step = scan.firstFailedStep?.step;
  const at = step?.cancelled === true ? step.cancelledAt : undefined;
  if (at?.minutes === undefined || at.minutes < JOB_LIMIT_MINUTES) return [];
  const evidence = { line: at.line, text: at.text };
  return [{ key: 'elapsed:job-limit', type: 'timeout', evidence, prior: PRIOR.high }];
}

/**
 * The step's exit status. For 124, the script's commands: the `Run` line's and, where that only sets the shell up
 * (`echo "Waiting for backend..."`), the first line of its script that works (scan-lines.ts scriptLine).
 */
function exitPiece(scan: ScanResult, context: CommandContext | undefined): Piece[] {
  const step = scan.firstFailedStep?.step;
  const code = step?.exitCode;
  const type = code === undefined ? undefined : EXIT_TYPES[code];
  if (code === undefined || !type) return [];
  const evidence = { line: step?.end ?? 0, text: `exit ${code}` };
  const script = [...(step?.commands ?? []), ...(context?.step ? [context.step.text] : [])];
  const limit = code === 124 ? script.find((c) => TIMEOUT_COMMAND.test(c.trim())) : undefined;
  if (limit)
    return [
      {
        key: 'exit:124@timeout',
        type,
        evidence: { ...evidence, text: `${limit.trim()}: exit 124` },
        prior: PRIOR.high,
      },
    ];
  const prior = code === 124 || code === 137 ? PRIOR.medium : PRIOR.low;
  return [{ key: `exit:${code}`, type, evidence, prior }];
}

/**
 * A step whose command only checks code (`tsc --noEmit`, a type-checker: context.ts checksOnly) builds
 * nothing: the compiler diagnostics it prints (`error TS2322`, rule compiler-error) are the checker's
 * findings, of the checker's type (TAXONOMY.md: typecheck errors of a build are `build`, a typecheck-only
 * job is `quality-gate`). Only when that command is the failing one; the pieces keep their keys and weights.
 */
function checkerFindings(pieces: Piece[], command: Resolution | undefined): Piece[] {
  if (!command?.checkOnly) return pieces;
  return pieces.map((piece) => (piece.type === 'build' ? { ...piece, type: command.type } : piece));
}

/** The rule a piece comes from (`rule:id` or `rule:id@end`: the hit's place is a weight, not a rule), if a rule's. */
export function ruleIdOf(piece: Piece): string | undefined {
  return /^rule:([^@]+)/.exec(piece.key)?.[1];
}

/** Lines after jest's `● Test suite failed to run` that hold its message: the error, its code frame. */
const SUITE_BLOCK_LINES = 20;

/**
 * A compile diagnostic that jest prints under `● Test suite failed to run` (ts-jest's `error TS2339` in the test
 * file) is the test file failing to load, a test collection error (TAXONOMY.md test; pytest's collection errors
 * are the same), not a build's: a build rule's piece turns test when its line is in the message block under
 * jest's latest such title (rule jest-suite-failed-to-run) and the rule's first hit came after jest's first,
 * so no diagnostic before the tests (a `tsc` that failed first) is taken along. Those stay build, and outrank
 * the failed tests as their cause.
 */
function suiteLoadErrors(pieces: Piece[], scan: ScanResult, ruleSet: CompiledRuleSet): Piece[] {
  const title = ruleSet.rules.find((r) => r.spec.id === 'jest-suite-failed-to-run');
  const scope = scopeOf(scan);
  const titleFirst = title && scope.first[title.index];
  const titleLast = title && scope.last[title.index];
  if (!titleFirst || !titleLast) return pieces;
  const loading = (p: Piece): boolean => {
    const id = ruleIdOf(p);
    const rule = id === undefined ? undefined : ruleSet.rules.find((r) => r.spec.id === id);
    const first = rule && scope.first[rule.index]?.line;
    const line = p.evidence.line;
    return (
      first !== undefined &&
      first > titleFirst.line &&
      line > titleLast.line &&
      line <= titleLast.line + SUITE_BLOCK_LINES
    );
  };
  return pieces.map((p) => (p.type === 'build' && loading(p) ? { ...p, type: 'test' } : p));
}

/**
 * Status 127 is the shell's own verdict that it found no command to run (POSIX XCU 2.8.2, Command Search and
 * Execution: 'If the command name is not found, the command's exit status shall be 127'; bash's manual, Exit
 * Status; dash exec.c): the step's command (`npm run lint`) passed on its script's `sh -c` status, so the tool
 * its words name (`eslint`) may never have run, and its kind is no evidence. The shell's line (`sh: 1: eslint:
 * not found`) and the status speak instead.
 */
function shellCouldNotFind(scan: ScanResult): boolean {
  return scan.firstFailedStep?.step?.exitCode === 127;
}

/**
 * Status 137 is 128 + SIGKILL (bash's manual, Exit Status: 'When a command terminates on a fatal signal whose
 * number is N, Bash uses the value 128+N'): the step's command was killed from outside, which on a CI machine
 * is the kernel's OOM killer or the runner's own kill, and no tool exits 137 on its own. The killed tool's kind
 * (`npm test` running jest) says what was running, not why it stopped: like 127's, it is no piece, and the
 * status speaks at medium (issue 68: a process killed with 137 and no out-of-memory line). A rule's own line
 * (jest's failed tests, an OOM line) still weighs against it.
 */
function killedFromOutside(scan: ScanResult): boolean {
  return scan.firstFailedStep?.step?.exitCode === 137;
}

/** Every piece of evidence a scan holds, with the command context (the caller's command when the log has none). */
export function evidencePieces(
  scan: ScanResult,
  ruleSet: CompiledRuleSet,
  context: CommandContext | undefined,
): Piece[] {
  const toolSaysNothing = shellCouldNotFind(scan) || killedFromOutside(scan);
  const command = toolSaysNothing ? undefined : resolveContext(context, ruleSet.lexicon);
  const status = toolStatusPiece(command, scan, ruleSet.lexicon);
  const pieces = [
    ...suiteLoadErrors(checkerFindings(rulePieces(scan, ruleSet), command), scan, ruleSet),
    ...(status ? [status] : commandPiece(command, scan.firstFailedStep !== undefined)),
    ...exitPiece(scan, context),
    ...elapsedPiece(scan),
  ];
  const drop = ruleSet.drop;
  return afterFailedTests(loaderStatus(killLine(drop ? pieces.filter((p) => !drop.has(p.key)) : pieces)));
}

/**
 * Status 127 is also the dynamic loader's: glibc's ld.so prints `prog: error while loading shared libraries:
 * libx.so.1: cannot open shared object file: ...` and exits 127 (bminor/glibc elf/dl-printf.c _dl_fatal_printf:
 * `_exit (127)`, reached from elf/dl-error-skeleton.c fatal_error), and a tool the shell did not find because
 * an install failed (`pytest: command not found` after pip's `No matching distribution found`) is that
 * failure's fallout. Where a dependency rule's line stands in the step's last error block, that line says why
 * the status is 127, and the status is no piece of its own (as killLine for 137).
 */
function loaderStatus(pieces: Piece[]): Piece[] {
  const stated = pieces.some((p) => p.type === 'dependency' && p.key.startsWith('rule:') && atEnd(p));
  return stated ? pieces.filter((p) => p.key !== 'exit:127') : pieces;
}

/** Where a rule's line states the kill (bash's `Killed` job report, an OOM line), it speaks, not status 137. */
function killLine(pieces: Piece[]): Piece[] {
  const stated = pieces.some((p) => p.type === 'resource' && p.key.startsWith('rule:'));
  return stated ? pieces.filter((p) => p.key !== 'exit:137') : pieces;
}

/**
 * What follows failed tests in their own run says nothing of its own: the failed tests are what a person fixes
 * first (TAXONOMY.md, the earliest hard failure). A time limit after the test runner reported failures only
 * ended a run that had failed (jest's `Tests: 2 failed` and then the runner's `The action 'Test' has timed out
 * after 30 minutes.`); a limit before the report (go's `panic: test timed out` above its `FAIL` lines) stays. A
 * check the run makes after its tests (a rule marked `afterTests`: a coverage threshold) missed in a run whose
 * tests failed follows from them (the failed tests ran less code), wherever the runner prints it (jest prints
 * it above its tally); with every test passed, it decides.
 */
function afterFailedTests(pieces: Piece[]): Piece[] {
  const failed = pieces.filter((p) => p.type === 'test' && p.key.startsWith('rule:') && !p.generic);
  if (failed.length === 0) return pieces;
  const first = Math.min(...failed.map((p) => p.evidence.line));
  return pieces.filter(
    (p) =>
      !(p.type === 'timeout' && p.key.startsWith('rule:') && p.evidence.line > first) &&
      p.afterTests !== true,
  );
}

/** A piece's weight: its measured precision, shrunk toward its prior by PRIOR_STRENGTH pseudo-firings. */
export function weightOf(piece: Piece, weights: Weights): number {
  const measured = weights[piece.key];
  const fires = measured?.fires ?? 0;
  const right = measured?.right ?? 0;
  return (right + PRIOR_STRENGTH * piece.prior) / (fires + PRIOR_STRENGTH);
}

/** How sure a weight lets the verdict be. */
export function confidenceOf(weight: number, fires: number): Confidence {
  if (weight >= 0.95 && fires >= 5) return 'high';
  if (weight >= 0.75) return 'medium';
  return 'low';
}

export interface Weighed {
  piece: Piece;
  /** The line the verdict stands on (its piece's own), where the line shown may be an earlier one. */
  at: number;
  weight: number;
  confidence: Confidence;
  /** The other types' best support, for the evidence trail. */
  runnerUp?: { type: FailureType; weight: number };
}

/** A line saying the tests could not run at all (RuleSpec beforeTests), beside a test run's failed report. */
function testsNeverRan(
  pieces: Piece[],
  weights: Weights,
  winner: { piece: Piece; weight: number },
): { piece: Piece; weight: number } | undefined {
  if (winner.piece.type !== 'test') return undefined;
  for (const piece of pieces) {
    if (piece.beforeTests !== true) continue;
    const weight = weightOf(piece, weights);
    if (weight >= CAUSE_SUPPORT) return { piece, weight };
  }
  return undefined;
}

/**
 * The best-supported type. Each type's support is its strongest piece (a later line wins a tie: the last
 * error block before the exit). A cause with support >= CAUSE_SUPPORT outranks its wrapper; support below
 * ABSTAIN_BELOW abstains (undefined); a runner-up within 0.1 of the winner lowers the confidence one level.
 */
export function weigh(pieces: Piece[], weights: Weights): Weighed | undefined {
  const best = new Map<FailureType, { piece: Piece; weight: number }>();
  for (const piece of pieces) {
    const weight = weightOf(piece, weights);
    const current = best.get(piece.type);
    if (
      !current ||
      weight > current.weight ||
      (weight === current.weight && piece.evidence.line > current.piece.evidence.line)
    )
      best.set(piece.type, { piece, weight });
  }
  const ranked = [...best.values()].sort(
    (a, b) => b.weight - a.weight || b.piece.evidence.line - a.piece.evidence.line,
  );
  let winner = ranked[0];
  if (!winner) return undefined;
  const causes = CAUSES[winner.piece.type] ?? [];
  // The wrapper reports its cause: when the wrapper's type speaks in the last error block, a cause seen only
  // far before it, which the step went past (a logger's INFO line, a sub-suite's resolver conflict), is not
  // what that block reports. A kill (a time limit, the OOM killer) ends what it hits, wherever it is.
  const wrapperAtEnd = pieces.some((p) => p.type === winner?.piece.type && atEnd(p));
  const reported = (type: FailureType): boolean =>
    !wrapperAtEnd || KILLS.includes(type) || pieces.some((p) => p.type === type && atEnd(p));
  const cause =
    ranked.find(
      (r) => causes.includes(r.piece.type) && r.weight >= CAUSE_SUPPORT && reported(r.piece.type),
    ) ?? testsNeverRan(pieces, weights, winner);
  if (cause) winner = cause;
  else winner = toldOverCommand(ranked, winner);
  if (winner.weight < ABSTAIN_BELOW) return undefined;
  const fires = weights[winner.piece.key]?.fires ?? 0;
  let confidence = confidenceOf(winner.weight, fires);
  const rival = ranked.find((r) => r !== winner && !causes.includes(r.piece.type));
  if (rival && rival.weight >= winner.weight - 0.1 && winner !== cause)
    confidence = confidence === 'high' ? 'medium' : 'low';
  // The type stands on its best support; its evidence is the most specific line for it (a failing test's
  // panic rather than the runner's closing tally; the usage error rather than the status that says there was
  // one), when a specific rule fired too.
  const piece =
    winner.piece.generic || winner.piece.key.includes('@exit:')
      ? (specificPiece(pieces, winner.piece.type, weights) ?? winner.piece)
      : winner.piece;
  const result: Weighed = {
    piece: causeLine(piece, pieces),
    at: piece.evidence.line,
    weight: winner.weight,
    confidence,
  };
  if (rival) result.runnerUp = { type: rival.piece.type, weight: rival.weight };
  return result;
}

/**
 * What the tool printed decides over the command's word: a step's command (`npm run coveralls`, `pytest`) says
 * what it meant to do, a tool's own line in the last error block says what went wrong (a usage error before any
 * test ran, a coverage threshold after all passed). Only a specific rule's line, with support >= CAUSE_SUPPORT.
 */
function toldOverCommand(
  ranked: { piece: Piece; weight: number }[],
  winner: { piece: Piece; weight: number },
): { piece: Piece; weight: number } {
  if (!winner.piece.key.startsWith('command:')) return winner;
  const told = ranked.find(
    (r) => r.piece.key.startsWith('rule:') && atEnd(r.piece) && !r.piece.generic && r.weight >= CAUSE_SUPPORT,
  );
  return told ?? winner;
}

/** A rule's hit in the last error block before the step's exit (END_LINES). */
function atEnd(piece: Piece): boolean {
  return piece.key.endsWith('@end');
}

/**
 * The line shown is the first that states the cause: a tool's summary (`Failed to execute goal`, `There were
 * failing tests`, `Compilation error. See log for more details`, `N issues found`) and a command's echo come
 * after the lines that say what failed. Whatever piece won, the line shown is the earliest line of the failed
 * step (the scope) where a specific rule of its type stated the cause (a rule's first hit, or the first of its
 * lines its `evidence` names); a rule whose lines there are all summaries (RuleSpec evidence) and a warning
 * annotation (the runner's `##[warning]`: a retry that was survived) state none. None, a rule's piece shows
 * where that rule first said it, another piece its own line. The piece keeps its key and weight, only its evidence moves.
 */
function causeLine(piece: Piece, pieces: readonly Piece[]): Piece {
  const at = (p: Piece): Evidence => p.first ?? p.evidence;
  let line: Evidence | undefined;
  for (const p of pieces) {
    if (p.type !== piece.type || p.generic || p.summary || !p.key.startsWith('rule:')) continue;
    const told = at(p);
    if (WARNING.test(told.text)) continue;
    if (!line || told.line < line.line) line = told;
  }
  // None: a rule's own piece shows where it first said it (a summary's first line), another its own line.
  if (!line && piece.key.startsWith('rule:') && !piece.generic && !WARNING.test(piece.first?.text ?? ''))
    line = piece.first;
  if (line) line = deepestLink(line, piece, pieces);
  if (!line || line === piece.evidence) return piece;
  return { ...piece, evidence: line };
}

/**
 * A chain of causes (`Caused by:` in Java's and Rust's anyhow/uv's reports, innermost last): its first link is
 * the wrapper (`Caused by: Failed to download ...`), its deepest the root (`Caused by: failed to lookup address
 * information`). From a link, the line shown moves to the latest link of its type a rule saw in the same chain
 * (no more than CHAIN_LINES after the link before it).
 */
function deepestLink(line: Evidence, piece: Piece, pieces: readonly Piece[]): Evidence {
  if (!CHAIN_LINK.test(line.text)) return line;
  const links = pieces
    .filter((p) => p.type === piece.type && p.key.startsWith('rule:') && !p.summary)
    .flatMap((p) => [p.first, p.evidence])
    .filter((l): l is Evidence => l !== undefined && CHAIN_LINK.test(l.text) && l.line > line.line)
    .sort((a, b) => a.line - b.line);
  let deepest = line;
  for (const link of links) if (link.line - deepest.line <= CHAIN_LINES) deepest = link;
  return deepest;
}

const CHAIN_LINK = /^\s*Caused by:/;
/** Lines a chain's link may sit below the one before it (a stack trace's frames between Java's links). */
const CHAIN_LINES = 40;

/** A warning the runner annotated: what it says was survived, or it would be an error. */
const WARNING = /^##\[warning\]/;

/** The best-supported line of the log for `type` from a rule that is not generic (a later line wins a tie). */
function specificPiece(pieces: Piece[], type: FailureType, weights: Weights): Piece | undefined {
  let best: { piece: Piece; weight: number } | undefined;
  for (const piece of pieces) {
    if (piece.type !== type || piece.generic || !piece.key.startsWith('rule:')) continue;
    const weight = weightOf(piece, weights);
    if (
      !best ||
      weight > best.weight ||
      (weight === best.weight && piece.evidence.line > best.piece.evidence.line)
    )
      best = { piece, weight };
  }
  return best?.piece;
}

/** Measures every piece key on labelled failures: how often it fired and how often its type was the label. */
export function measureWeights(samples: { label: string; pieces: Piece[] }[]): Weights {
  const weights: Weights = {};
  for (const { label, pieces } of samples) {
    const seen = new Set<string>();
    for (const piece of pieces) {
      if (seen.has(piece.key)) continue;
      seen.add(piece.key);
      const w = (weights[piece.key] ??= { fires: 0, right: 0 });
      w.fires++;
      if (piece.type === label) w.right++;
    }
  }
  return weights;
}
