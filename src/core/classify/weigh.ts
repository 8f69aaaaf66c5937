/**
 * Weighing the evidence instead of taking the first match. The failed step (or the whole log when the log shows no
 * steps) yields separate pieces of evidence (evidence-pieces.ts): each rule that matched there (the group winner for
 * grouped rules), the failing command's tool or task word (the lexicon), the step's exit status. Each piece carries
 * a weight: how often its type was the label when it fired on the labelled corpus, measured by bench/weights.ts into
 * rules/weights.json (and recomputed per left-out project by the evaluation, so the figures stay honest), shrunk
 * toward the rule's declared confidence when it fired rarely. The verdict is the best-supported type; a cause
 * outranks the wrapper that reports it; weak support abstains. Pure.
 */
import type { Confidence, Evidence, FailureType } from '../types.js';
import { TRANSIENT_TYPES } from '../types.js';

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
  /** From a beforeTests rule whose line is the whole run's refusal before its first test (RuleSpec beforeRun). */
  beforeRun?: boolean;
  /** From a rule that says the build that failed was a dependency's (RuleSpec dependencyBuild). */
  dependencyBuild?: boolean;
  /** From a rule that says a tool the build runs beside the compiler is not installed (RuleSpec companion). */
  companion?: boolean;
  /** From a rule whose line is its program's last word before it exits, of a type other than config (RuleSpec lastWord). */
  lastWord?: boolean;
  /** A rule's first hit in the scope, when it is not the piece's own line: where the rule first stated it. */
  first?: Evidence;
  /** From a rule none of whose lines here states the cause (RuleSpec evidence): a summary or a wrapper. */
  summary?: boolean;
  /** First stated after a build tool said it waits for the jobs it had started before one failed (make -j, cargo). */
  inFlight?: boolean;
  /**
   * A refusal in a step whose script runs a background job or a trap's handler beside it, its own command not
   * tolerated (step-script.ts mayHaveGonePast): a later line may be that job's, so it is never gone past.
   */
  beside?: boolean;
  /**
   * A network failure whose command the step's script tolerated (`curl … || true`, `set +e`, a retry loop's `curl …
   * && break`), with another command's failure after it (evidence-pieces.ts toleratedNetwork): the step went on past
   * it, so it is not weighed (wentPast, failedAfter).
   */
  tolerated?: boolean;
}

/** Measured firings per piece key: on how many labelled failures it fired, on how many its type was right. */
export type Weights = Record<string, { fires: number; right: number }>;

export const PRIOR: Record<Confidence, number> = { high: 0.9, medium: 0.75, low: 0.45 };
/** Pseudo-firings of the prior: a piece measured on few logs stays near its declared confidence. */
const PRIOR_STRENGTH = 3;

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
  // A network failure the step's last error block shows before a refusal is the earliest hard failure (TAXONOMY
  // tie-breaks): a download that did not happen leaves the older tool or file the refusal names (curl's
  // `Could not resolve host` above AGP's `Minimum supported Gradle version is 8.7. Current version is 8.2.`).
  config: ['network'],
  unknown: ['build', 'test', 'dependency', 'network', 'resource', 'timeout', 'config', 'quality-gate', 'git'],
};

/** What keeps a test's imports from loading (go's `[setup failed]`): a module go.mod lacks, a proxy that failed. */
const LOADS: readonly FailureType[] = ['dependency', 'network'];

/** Causes that end the work they hit: what follows them is their fallout, however far it runs on. */
const KILLS: readonly FailureType[] = ['timeout', 'resource'];

/** Support at which a cause overrides its wrapper, and below which the classifier abstains. */
export const CAUSE_SUPPORT = 0.8;
export const ABSTAIN_BELOW = 0;

/** The rule a piece comes from (`rule:id` or `rule:id@end`: the hit's place is a weight, not a rule), if a rule's. */
export function ruleIdOf(piece: Piece): string | undefined {
  return /^rule:([^@]+)/.exec(piece.key)?.[1];
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
  /** The last line of a refusal the step went on past (wentPast): no line up to it is what failed the step. */
  pastAt?: number;
}

/**
 * A line saying tests could not run at all (RuleSpec beforeTests), beside a test run's failed report: the tool's
 * own word on what its run did (go's `FAIL pkg [build failed]`: that package's tests never ran), so it decides
 * whatever its weight, as a dependency's build does; what failed the tests that did run is fixed after it
 * (TAXONOMY: the earliest hard failure). The verdict stands on its type's best support here (the compiler's line
 * under go's tally), or on a cause of the tests' failure stated above the line, which is why they never ran.
 */
function testsNeverRan(
  pieces: Piece[],
  ranked: readonly { piece: Piece; weight: number }[],
  weights: Weights,
  winner: { piece: Piece; weight: number },
): { piece: Piece; weight: number } | undefined {
  if (winner.piece.type !== 'test') return undefined;
  const piece = pieces.find((p) => p.beforeTests === true && !testsRanPast(p, pieces));
  if (!piece) return undefined;
  // Why they never ran, where the tool printed it above its word, decides the type: go's loader under `[setup
  // failed]` (a module go.mod lacks is dependency, a proxy that did not answer network), not the word's own.
  const why = ranked.find(
    (r) =>
      r.piece.type !== piece.type &&
      LOADS.includes(r.piece.type) &&
      r.weight >= CAUSE_SUPPORT &&
      (r.piece.first ?? r.piece.evidence).line <= piece.evidence.line,
  );
  return (
    why ?? ranked.find((r) => r.piece.type === piece.type) ?? { piece, weight: weightOf(piece, weights) }
  );
}

/**
 * A run's refusal before its first test (RuleSpec beforeRun: an unknown flag, a go.mod its go cannot read, a
 * reporter it cannot load) with a test's own failure in its step: a specific `test` rule's line (go's `--- FAIL:
 * TestAdd`), or a tally counting failed tests (FAILED_TESTS), before or after it. Tests did run past it, so it
 * was not the run's refusal but a line a test printed (a test parsing its own flag.FlagSet, a test's
 * console.error) or a command before the run whose failure the script tolerated (`./bin/tool -bogus || true`), and it decides nothing (review of
 * h/real-config, high). Not a loss each test meets (a browser never installed: Playwright's `Executable doesn't
 * exist` under each failed test, which caused them) nor one package's build (go's `[build failed]`, whose
 * neighbours' tests ran beside it): those keep their rank over the run's report.
 */
function testsRanPast(piece: Piece, pieces: readonly Piece[]): boolean {
  if (piece.beforeRun !== true) return false;
  // Before it too: go prints a package's output in its tests' order, so a test that failed before the one printing
  // the line comes first (re-review, high); and a tally a generic rule reads (pytest's `1 failed, 1 passed in 0.12s`).
  return pieces.some(
    (other) =>
      other !== piece &&
      other.type === 'test' &&
      other.key.startsWith('rule:') &&
      (other.generic || other.summary ? FAILED_TESTS.test(other.evidence.text) : true) &&
      !CHILD_STATUS.test(other.evidence.text),
  );
}

/**
 * A test run's tally that counts tests which failed (jest's `Tests:       1 failed, 1 passed, 2 total`, mocha's
 * `1 failing`: jestjs/jest packages/jest-reporters/src/getSummary.ts, mochajs/mocha lib/reporters/base.js): tests
 * ran. Not a tally of suites (jest's `Test Suites: 1 failed`: a suite that failed to load ran none).
 */
const FAILED_TESTS = /^(?!.*\bsuites?\b).*\b[1-9]\d* (?:failed|failing)\b/i;

/**
 * A package manager's word, in the step's last error block, that the build that failed was a dependency's
 * (RuleSpec dependencyBuild): the compiler's error above it is that dependency's failure to build. The rule
 * speaks only where the package manager names the dependency (RuleSpec package), so its word decides
 * whatever its weight.
 */
function dependencyBuilt(
  pieces: Piece[],
  weights: Weights,
  winner: { piece: Piece; weight: number },
): { piece: Piece; weight: number } | undefined {
  if (winner.piece.type !== 'build') return undefined;
  const piece = pieces.find((p) => p.dependencyBuild === true && atEnd(p));
  return piece && { piece, weight: weightOf(piece, weights) };
}

/**
 * A tool's word, in the step's last error block, that a companion the build runs beside the compiler is not
 * installed (RuleSpec companion: prost-build's `Could not find \`protoc\``, pkg-config-rs's `The pkg-config command
 * could not be found.`, bindgen's `Unable to find libclang`): the build script stopped on it, and cargo's `failed to
 * run custom build command` above it reports that stop. The job's environment lacks the tool (config), whatever
 * the build's weight. So too go's `note: module requires Go X` under the compiler's errors (rule
 * go-module-requires-newer-go: cmd/go prints it only where the running go is older than the module's go line): the
 * job's toolchain. Only at the end: such a line far above the step's last error block was gone past, and a build
 * that failed after it stays build.
 */
function companionMissing(
  pieces: Piece[],
  weights: Weights,
  winner: { piece: Piece; weight: number },
): { piece: Piece; weight: number } | undefined {
  if (winner.piece.type !== 'build') return undefined;
  const piece = pieces.find((p) => p.companion === true && atEnd(p));
  return piece && { piece, weight: weightOf(piece, weights) };
}

/**
 * The best-supported type. Each type's support is its strongest piece (a later line wins a tie: the last
 * error block before the exit), among the pieces whose line the step did not go past (wentPast). A cause with
 * support >= CAUSE_SUPPORT outranks its wrapper; support below ABSTAIN_BELOW abstains (undefined); a runner-up
 * within 0.1 of the winner lowers the confidence one level.
 */
export function weigh(all: Piece[], weights: Weights): Weighed | undefined {
  const pieces = all.filter((piece) => !wentPast(piece, all));
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
  const compiled = winner.piece;
  const cause =
    ranked.find(
      (r) => causes.includes(r.piece.type) && r.weight >= CAUSE_SUPPORT && reported(r.piece.type),
    ) ??
    testsNeverRan(pieces, ranked, weights, winner) ??
    dependencyBuilt(pieces, weights, winner) ??
    companionMissing(pieces, weights, winner);
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
  const shown = causeLine(piece, pieces);
  // A dependency's build that failed shows the compiler's line that stopped it (a missing header), not npm's path.
  const result: Weighed = {
    piece:
      cause?.piece.dependencyBuild === true
        ? { ...shown, evidence: causeLine(compiled, pieces).evidence }
        : shown,
    at: piece.evidence.line,
    weight: winner.weight,
    confidence,
  };
  if (rival) result.runnerUp = { type: rival.piece.type, weight: rival.weight };
  for (const gone of all)
    if (!pieces.includes(gone)) result.pastAt = Math.max(result.pastAt ?? 0, gone.evidence.line);
  return result;
}

/**
 * A refusal the step went on past: its command's failure was tolerated (`cmd --help || true`, `set +e`, a shell
 * without `-e`), so it did not fail the step. A step's status is its last command's: bash's `-e` (GitHub's
 * `bash -e {0}`) ends the script at the first command that fails untolerated (bash manual, The Set Builtin, -e),
 * and without it the script's status is its last command's (Bash Variables, `$?`). A config rule's line (a usage
 * error, `No data to report.`) or the shell's `not found` is a program refusing to start, its last line before it
 * exits; so a later line stating a cause of another type, a program's own, was printed by a later command: the
 * refusal was gone past and is not the step's cause. Not a parent's report of a child that failed, which may be
 * the refusing program (make's `Error 2`, BuildKit's `process "/bin/sh -c make" did not complete successfully:
 * exit code: 2` around a RUN that refused): a generic line, a summary, a line naming an exit status. Not before a
 * type config causes (a resolver's failure on the job's setup: CAUSES), and a refusal stated again after that line
 * stands (the step's last command refused too). Nor a line of a job a build tool let finish after a failure (make
 * -j's `Waiting for unfinished jobs....`, cargo's `waiting for other jobs to finish...`): it ran beside the refusal,
 * not after it; nor where the script runs a background job or a trap beside the refusal (Piece beside). The line
 * shown never comes from a refusal gone past either. A kill goes past it too: the step's status 137 (128 + SIGKILL,
 * bash's manual, Exit Status) or `timeout`'s 124 (coreutils, timeout invocation) is a kill's, never a refusing
 * program's own (it exits 1 or 2, clap and argparse 2, Maven and Gradle 1), so a step that ended so was killed
 * after the refusal, in a command that ran on past it: the OOM killer's or the limit's, not the refusal's. The same
 * for a rule of another type whose line is also its program's last word (RuleSpec lastWord: Poetry's `Error: The
 * current project could not be installed`, build), and after such a line a summary goes past it as well (jest's
 * `Tests: 1 failed` after a tolerated `poetry install || true`): its program printed nothing after it, no summary
 * of its own among them, and a parent's report of it names an exit status; not a run's report that its build never
 * ran (a beforeTests summary: go's `FAIL pkg [build failed]` after cgo's pkg-config failed).
 */
function wentPast(piece: Piece, pieces: readonly Piece[]): boolean {
  if (piece.type === 'network' && testsFailedAfter(piece, pieces)) return true;
  if (piece.tolerated === true) return failedAfter(piece, pieces);
  const refusal = piece.type === 'config' || piece.lastWord === true;
  if (!refusal || !(piece.key.startsWith('rule:') || piece.key === 'shell:not-found')) return false;
  // A test run's word that its tests never ran (RuleSpec beforeTests) is followed by that same run's report,
  // unless a named test failed in its step (testsRanPast): then it is a line a test printed, wherever it stands.
  if (piece.beforeTests === true) return testsRanPast(piece, pieces);
  // A background job's or a trap's lines may come after a refusal that ended the script (Piece beside).
  if (piece.beside === true) return false;
  const refused = piece.evidence.line;
  return pieces.some(
    (later) =>
      (KILLED.test(later.key) && later.evidence.line > refused) ||
      (later.key.startsWith('rule:') &&
        !later.inFlight &&
        !later.generic &&
        (!later.summary || (piece.lastWord === true && later.beforeTests !== true)) &&
        !CHILD_STATUS.test(later.evidence.text) &&
        later.type !== 'config' &&
        later.type !== 'unknown' &&
        !(CAUSES[later.type] ?? []).includes('config') &&
        (later.first ?? later.evidence).line > refused),
  );
}

/**
 * A network line above its run's tally of failed tests (FAILED_TESTS: mocha's `1 failing`, jest's `Tests: 1
 * failed`, pytest's `2 failed, 3 passed`) in the same step: tests ran past it and failed, so it was printed by a
 * test (its own client, a fixture of npm's words; mocha prints a test's console output at column 0 with no header
 * of its own) or survived before them, and the tally is the step's failure (TAXONOMY: a test that fails because a
 * service it calls is unreachable is still `test`). A review of h/real-node, harm: a mocha test printing npm's
 * `ETIMEDOUT` then failing was network and retried. Not a tally of suites only (jest's `Test Suites: 1 failed`
 * with `Tests: 0 total`: no test ran), nor one before the network line's last (a later command lost the registry).
 */
function testsFailedAfter(piece: Piece, pieces: readonly Piece[]): boolean {
  const at = lastLineOf(piece);
  return pieces.some(
    (tally) =>
      tally.type === 'test' &&
      tally.key.startsWith('rule:') &&
      [tally.evidence, tally.first].some(
        (l) => l !== undefined && l.line > at && FAILED_TESTS.test(l.text) && !CHILD_STATUS.test(l.text),
      ),
  );
}

/**
 * A tolerated network failure (Piece tolerated) the step went on past to a later hard failure: a rule's line of
 * another type (a compile error, a refusal, a failed test) or the shell's `not found`, first stated after the network
 * line's last, that is no summary, no parent's report of a child's status and no job a build tool let finish. That
 * later failure is what failed the step (TAXONOMY: a failure the job survived is noise), and the network line is not
 * its cause: it is no longer weighed, and CAUSES cannot raise it above that failure (issue 68's review: a
 * deterministic failure retried). Where nothing failed after it (a retry loop whose last attempt failed and
 * `exit 1`), or what failed after it is what a failed download leaves behind (LEFT_BEHIND), it stands.
 */
function failedAfter(piece: Piece, pieces: readonly Piece[]): boolean {
  const at = lastLineOf(piece);
  return pieces.some((later) => failsAfter(later, at));
}

/** The last line a piece stands on: its own, or where its rule first stated it when that came later (pick: first). */
export function lastLineOf(piece: Piece): number {
  return Math.max(piece.evidence.line, piece.first?.line ?? 0);
}

/**
 * Whether `later` is a hard failure first stated after line `at` (failedAfter), and not one a failed download
 * leaves behind (LEFT_BEHIND).
 */
export function failsAfter(later: Piece, at: number): boolean {
  return (
    (later.key.startsWith('rule:') || later.key === 'shell:not-found') &&
    later.type !== 'network' &&
    later.type !== 'unknown' &&
    !later.generic &&
    !later.summary &&
    !later.inFlight &&
    !CHILD_STATUS.test(later.evidence.text) &&
    !LEFT_BEHIND.test((later.first ?? later.evidence).text) &&
    !LEFT_BEHIND.test(later.evidence.text) &&
    (later.first ?? later.evidence).line > at
  );
}

/**
 * What a failed download or install leaves behind for a later command to trip on: a file or a command that is not
 * there (bash's `command not found`, dash's `: not found`, `No such file or directory` from tar, chmod, cp, gcc's
 * `#include`, bash on a script, tar's `Cannot open`, coreutils' `cannot access`/`cannot stat`), a module never
 * installed (Python's `No module named`, node's `Cannot find module`). After a tolerated network failure such a
 * line may be that failure's own consequence (`curl … -o tool.tgz || true` then `tar xzf tool.tgz`; `curl … | sh`
 * then the installed tool's `not found`), so it is no other command's failure that the step went on to (issue 68's
 * second review, high: a real outage read as config reverts a good commit; a tolerated download wrongly retried
 * costs one retry).
 */
const LEFT_BEHIND =
  /\bcommand not found\b|: not found\s*$|No such file or directory|\bCannot open\b|\bcannot (?:access|stat)\b|\bNo module named\b|\bCannot find module\b/i;

/** The step's exit status as a kill's (evidence-pieces.ts exitPiece): 137 (SIGKILL), or 124 where the script runs `timeout` (a bare 124 is also GNU xargs' word on a command that exited 255). */
const KILLED = /^exit:(?:137(?:@timeout)?|124@timeout)$/;

/**
 * A line reporting a process's exit status: a parent's word on its child (make, BuildKit, npm, subprocess), and
 * pip's error reference for a build backend whose metadata hook failed (pip 23.0.1 pip/_internal/exceptions.py
 * MetadataGenerationFailed, printed `error: metadata-generation-failed`, which pip-own-package-build reads):
 * setuptools' refusal of pyproject.toml above it is the child's own word.
 */
const CHILD_STATUS =
  /\bexit(?:ed with)? (?:code|status)\b|\bnon-zero exit\b|\bdid not complete successfully\b|\bError \d+\s*$|^error: metadata-generation-failed$/i;

/**
 * What the tool printed decides over the command's word: a step's command (`npm run coveralls`, `pytest`) says
 * what it meant to do, a tool's own line in the last error block says what went wrong (a usage error before any
 * test ran, a coverage threshold after all passed). Only a specific rule's line, with support >= CAUSE_SUPPORT;
 * a config rule's at a medium rule's support: a program refusing its invocation or environment (a usage error, a
 * manifest it cannot find) exits on that line, whatever the command's name says it meant to check (a project's
 * `node eslint-rules.mjs --fixx`). A medium line of another type (a daemon gone under `gradlew test`) stays below it.
 * So does a build's wrapper that states no cause of its own (a build rule's piece none of whose lines here is its
 * `evidence`: xcodebuild's `** BUILD FAILED **` under compiler-error) over a specific rule's line of the same last
 * error block that states one, with at least a medium rule's support (Xcode's code-signing refusal, the Pods
 * manifest check's `The sandbox is not in sync with the Podfile.lock`, each printed just above that wrapper). Not
 * a test run's summary: what a test run's block holds beside it is the tests' own output (a test meeting a missing
 * table or a refusal), which stays the failed tests'. Nor a transient type's line: a build phase's download that
 * failed (wget's `ERROR 503: Service Unavailable.`) above a link error no rule reads is no cause of the wrapper
 * unless CAUSES says so at CAUSE_SUPPORT, or a deterministic build is retried (review of h/published-mobile, high).
 */
function toldOverCommand(
  ranked: { piece: Piece; weight: number }[],
  winner: { piece: Piece; weight: number },
): { piece: Piece; weight: number } {
  const wrapper = winner.piece.type === 'build' && winner.piece.summary === true && atEnd(winner.piece);
  if (!winner.piece.key.startsWith('command:') && !wrapper) return winner;
  const told = ranked.find(
    (r) =>
      r.piece.key.startsWith('rule:') &&
      atEnd(r.piece) &&
      !r.piece.generic &&
      (!wrapper || (!r.piece.summary && !TRANSIENT_TYPES.includes(r.piece.type))) &&
      r.weight >= (wrapper || r.piece.type === 'config' ? PRIOR.medium : CAUSE_SUPPORT),
  );
  return told ?? winner;
}

/** A rule's hit in the last error block before the step's exit (evidence-pieces.ts END_LINES). */
export function atEnd(piece: Piece): boolean {
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
    // A line whose rule answers "retry?" otherwise (file-size-limit beside an OOM kill) states another cause.
    if ((p.retryable ?? true) !== (piece.retryable ?? true)) continue;
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
