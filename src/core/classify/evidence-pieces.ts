/**
 * The pieces of evidence a scan holds, before any is weighed (weigh.ts): each rule that matched in the failed
 * step (or the whole log when the log shows no steps; the group winner for grouped rules), the failing
 * command's tool or task word (the lexicon), the step's exit status, the job's time limit; and what the step's
 * own lines say of them (a status the shell or the loader explains, a kill a line states, what follows failed
 * tests). Pure.
 */
import type { FailureType } from '../types.js';
import type { CommandContext, Lexicon, Resolution } from './context.js';
import { resolveContext } from './context.js';
import type { CompiledRuleSet } from './rules.js';
import type { ScanResult } from './scanner.js';
import type { Piece } from './weigh.js';
import { atEnd, failsAfter, lastLineOf, PRIOR, ruleIdOf } from './weigh.js';
import type { PrintedScript } from './step-script.js';
import { mayHaveGonePast, namesFile, ownScriptLine, printers, toleratedIn } from './step-script.js';

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
 * The line of the last retry a tool announced in the scope (structure-markers.ts RETRY_MARKER): a network error no
 * later than it was survived (the clone or download was tried again) unless the same error comes after it.
 */
function retriedAt(scan: ScanResult): number | undefined {
  const failed = scan.firstFailedStep;
  return failed ? failed.step?.retriedAt : scan.structure?.retriedAt;
}

/**
 * The first line where a build tool said it waits for the jobs it had started before one failed (structure-markers.ts
 * PARALLEL_WAIT): a rule first stating its cause after it speaks of those jobs, not of a command run after the failure.
 */
function waitedAt(scan: ScanResult): number | undefined {
  const failed = scan.firstFailedStep;
  return failed ? failed.step?.waitedAt : scan.structure?.waitedAt;
}

/**
 * A log that is one failed step's own output, whole (FailureSignals wholeStep: run/'s attempt): its end is where the
 * step failed, with the status the caller saw, as a job log's failed step ends at its exit line.
 */
export interface WholeStep {
  exitCode?: number;
}

/** The failed step's exit status: its exit line's, or the caller's for a log that is the step's own output. */
function stepExit(scan: ScanResult, whole: WholeStep | undefined): number | undefined {
  return scan.firstFailedStep ? scan.firstFailedStep.step?.exitCode : whole?.exitCode;
}

/** Each rule's piece, one per group (the member whose hit is latest, or earliest with pick: first). */
function rulePieces(scan: ScanResult, ruleSet: CompiledRuleSet, whole: WholeStep | undefined): Piece[] {
  const scope = scopeOf(scan);
  const end = scan.firstFailedStep?.to ?? scan.lines;
  const retried = retriedAt(scan) ?? 0;
  const waited = waitedAt(scan);
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
    if (spec.block === true && !(atEnd && (scan.firstFailedStep || whole))) continue;
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
    if (waited !== undefined && (first ?? hit).line > waited) piece.inFlight = true;
    if (spec.afterTests === true) piece.afterTests = true;
    if (spec.beforeTests === true) piece.beforeTests = true;
    if (spec.beforeRun === true) piece.beforeRun = true;
    if (spec.dependencyBuild === true) piece.dependencyBuild = true;
    if (spec.companion === true) piece.companion = true;
    if (spec.lastWord === true) piece.lastWord = true;
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
  code: number | undefined,
  lexicon: Lexicon,
): Piece | undefined {
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
 * `timeout -s KILL` (or `-k`, KILL after the first signal went unheeded): 'It may be necessary to use the KILL
 * signal, since this signal can't be caught, in which case the exit status is 128+9 rather than 124' (coreutils
 * doc/coreutils.texi, timeout invocation; src/timeout.c sets the status to sig + 128 when KILL ended a command it
 * timed out). A step that runs such a `timeout` and ends with 137 was likely stopped by its own limit, but not surely:
 * a KILL from outside (the OOM killer's) ends the child, and timeout raises the child's signal on itself, so it ends
 * with 137 and bash's same `Killed` too (coreutils 9.1, run here). So the piece is medium, as bare 137 is, not 124's
 * sure prior: a failed test's own line before the kill outweighs it.
 */
const TIMEOUT_KILL_OPTIONS = /^(?:sudo\s+)?timeout((?:\s+-{1,2}[\w-]+(?:[= ]\S+)?)*)\s+\d/;
const KILL_OPTION = /\s(?:-s\s*|--signal[= ])(?:SIG)?(?:KILL|9)(?!\S)|\s(?:-k\s*|--kill-after[= ])\S/;

/** The script's `timeout` line whose limit's own status is `code` (124, or 137 for a KILL), if any. */
function limitLine(code: number, script: string[]): string | undefined {
  if (code === 124) return script.find((c) => TIMEOUT_COMMAND.test(c.trim()));
  if (code !== 137) return undefined;
  return script.find((c) => {
    const options = TIMEOUT_KILL_OPTIONS.exec(c.trim())?.[1];
    return TIMEOUT_COMMAND.test(c.trim()) && options !== undefined && KILL_OPTION.test(options);
  });
}

/**
 * A downloader's own status for a network failure, when it printed nothing (`curl -s` without `-S`, `wget -q`): the
 * status is the only word it left. curl exits with its CURLcode (curl/curl include/curl/curl.h: 5 COULDNT_RESOLVE_PROXY,
 * 6 COULDNT_RESOLVE_HOST, 7 COULDNT_CONNECT, 16 HTTP2, 18 PARTIAL_FILE, 28 OPERATION_TIMEDOUT, 35 SSL_CONNECT_ERROR,
 * 52 GOT_NOTHING, 55 SEND_ERROR, 56 RECV_ERROR, 92 HTTP2_STREAM; everything.curl.dev, Exit code); wget(1), EXIT STATUS:
 * '4 Network failure'. Not curl's 22 nor wget's 8 (a status of 400 or more: a missing file and a failing server alike),
 * nor a certificate refused (curl 60, wget 5: the same on every try). curl 7.88.1 and GNU Wget 1.21.3 run here against a
 * closed port, a server that closed the connection and one that cut the body short ended the step so, with no line.
 * Only a downloader the script runs as a command of its own, not in a list (`a && curl ...`: the status may be the
 * other's); at the head of a pipe (`curl -s URL | bash` under pipefail), its status is the step's when what it fed
 * succeeded. Medium: a script that runs `exit 7` reads the same.
 */
const DOWNLOAD_STATUS: Record<string, ReadonlySet<number>> = {
  curl: new Set([5, 6, 7, 16, 18, 28, 35, 52, 55, 56, 92]),
  wget: new Set([4]),
};
const DOWNLOAD_COMMAND = /^(?:sudo\s+)?(?:[A-Za-z_]\w*=\S*\s+)*(curl|wget)\s/;

/**
 * What may read a downloader's output in a pipe and leave the pipe's status the downloader's: a shell or an
 * interpreter that runs the script it is given (`curl -s URL | bash`, `| sudo -E bash -`, `| python3 -`) and, given
 * nothing, ran nothing and exits 0; not one given its own script (`bash -c '…'`). Any other reader (`| jq …`,
 * `| tar -xz`, `| sha256sum -c`) ends the pipe on a status of its own that may be the step's: without pipefail
 * always, with it whenever it failed too. jq 1.6 (run here) exits 5 on an error it reports (`Cannot index object
 * with number`: curl's COULDNT_RESOLVE_PROXY) and 4 on input that is no JSON (`parse error: Invalid numeric
 * literal`: wget's network failure): a `curl -s … | jq …` of an API's error page was read as a network failure.
 */
const SCRIPT_READER =
  /^(?:sudo(?:\s+-\S+)*\s+)?(?:\S*\/)?(?:env\s+)?(?:(?:ba|da|z|k)?sh|python3?|node|perl|ruby)(?:\s|$)(?!.*\s-[a-z]*c\b)/;

/** The stages of a pipeline (`a | b | c`), split where a `|` stands outside quotes (a jq filter's `|` is its own). */
function pipeStages(command: string): string[] {
  const stages: string[] = [];
  let quote = '';
  let start = 0;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '|') {
      stages.push(command.slice(start, i).trim());
      start = i + 1;
    }
  }
  stages.push(command.slice(start).trim());
  return stages;
}

/** The script's downloader whose own network-failure status is `code`, if any. */
function downloadLine(code: number, script: string[]): string | undefined {
  return script.find((c) => {
    const command = c.trim();
    if (COMMAND_LIST.test(command)) return false;
    const [head = '', ...readers] = pipeStages(command);
    const tool = DOWNLOAD_COMMAND.exec(`${head} `)?.[1];
    if (tool === undefined || !readers.every((r) => SCRIPT_READER.test(r))) return false;
    return DOWNLOAD_STATUS[tool]?.has(code) === true;
  });
}

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
 * The step's exit status. For 124 (and 137 under `timeout -s KILL`), the script's commands: the `Run` line's and,
 * where that only sets the shell up (`echo "Waiting for backend..."`), the first line of its script that works
 * (scan-lines.ts scriptLine).
 */
function exitPiece(
  scan: ScanResult,
  context: CommandContext | undefined,
  whole: WholeStep | undefined,
): Piece[] {
  const step = scan.firstFailedStep?.step;
  const script = [...(step?.commands ?? []), ...(context?.step ? [context.step.text] : [])];
  // run/'s attempt is a step's own output, its status the caller's: its downloader fails the same way.
  const status = stepExit(scan, whole);
  const download = status === undefined ? undefined : downloadLine(status, script);
  if (status !== undefined && download)
    return [
      {
        key: `exit:${status}@download`,
        type: 'network',
        evidence: { line: step?.end ?? context?.step?.line ?? 0, text: `${download.trim()}: exit ${status}` },
        prior: PRIOR.medium,
      },
    ];
  const code = step?.exitCode;
  if (code === undefined) return [];
  const evidence = { line: step?.end ?? 0, text: `exit ${code}` };
  const type = EXIT_TYPES[code];
  if (!type) return [];
  const limit = limitLine(code, script);
  if (limit)
    return [
      {
        key: `exit:${code}@timeout`,
        type: 'timeout',
        evidence: { ...evidence, text: `${limit.trim()}: exit ${code}` },
        // 124 is the limit's alone; 137 also any other KILL's (above).
        prior: code === 137 ? PRIOR.medium : PRIOR.high,
      },
    ];
  if (code === 137 && reapedByScript(scan)) return [];
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
function shellCouldNotFind(code: number | undefined): boolean {
  return code === 127;
}

/**
 * Status 137 is 128 + SIGKILL (bash's manual, Exit Status: 'When a command terminates on a fatal signal whose
 * number is N, Bash uses the value 128+N'): the step's command was killed from outside, which on a CI machine
 * is the kernel's OOM killer or the runner's own kill, and no tool exits 137 on its own. The killed tool's kind
 * (`npm test` running jest) says what was running, not why it stopped: like 127's, it is no piece, and the
 * status speaks at medium (issue 68: a process killed with 137 and no out-of-memory line). A rule's own line
 * (jest's failed tests, an OOM line) still weighs against it.
 */
function killedFromOutside(scan: ScanResult, code: number | undefined): boolean {
  return code === 137 && !reapedByScript(scan);
}

/**
 * The script waits for a job after its own SIGKILL (`kill -9 "$SERVER_PID"; wait "$SERVER_PID"`): `wait` returns
 * 128 + 9 (bash's manual, Exit Status and `wait`), so a status 137 may be that kill's, every run alike. A kill with
 * no `wait` after it returns 0 (bash 5.2 run here), and one after the command that failed never ran under `-e`:
 * then 137 is still the kill from outside.
 */
function reapedByScript(scan: ScanResult): boolean {
  return scan.firstFailedStep?.script?.read()?.reaps !== undefined;
}

/**
 * The step's own script sends SIGKILL (`kill -9 "$SERVER_PID"`): its first such line. bash's report of a job killed
 * after it may be that kill's (ownKill); a 137 is only where a `wait` reaps it (reapedByScript). The status is then
 * no piece; a rule's own line (an OOM line, a test's failure) still speaks, and the command's kind may.
 */
function killedByScript(scan: ScanResult): { line: number } | undefined {
  return scan.firstFailedStep?.script?.read()?.kills;
}

/**
 * A shell's own line that it found no command, and the name it could not find: dash's and ash's `sh: 1: jest: not
 * found` (exec.c, `%s: %d: ` before it), bash's `bash: line 1: jest: command not found` (execute_cmd.c, error.c's
 * prefix; `sh: jest: command not found` as `sh -c`), zsh's `zsh:1: command not found: jest`.
 */
const SHELL_NOT_FOUND =
  /^(?:\S+: (?:line )?\d+: |\S+: )?(?<name>[^\s:]+): (?:command )?not found$|^\S+:\d+: command not found: (?<zsh>\S+)$/;

/** Words that run the command after them (`npx jest`, `env CI=1 jest`): the command is the next word. */
const RUNS_NEXT = new Set(['npx', 'yarn', 'env', 'sudo', 'exec', 'command']);

/**
 * The names a step's commands run: the word in command position of each of its own, failed and echoed command
 * lines (not script names, not arguments: `npm test` runs `npm`, never `test`). An echo's command is the
 * script's own (`> jest --ci`, `packages/api test$ jest --ci`): the scanner keeps the text after `> ` or `$ `.
 */
function commandWords(context: CommandContext): Set<string> {
  const hits = [...(context.step ? [context.step] : []), ...context.failed, ...context.ran];
  const words = new Set<string>();
  for (const hit of hits) {
    if (hit.name === true) continue;
    for (const command of hit.text.split(/[;&|()\n]+/)) {
      const name = commandName(command.split(/\s+/).filter((w) => w !== ''));
      if (name !== undefined) words.add(name);
    }
  }
  return words;
}

/** The word a simple command runs, past its wrappers (`pnpm exec`, `sudo -E`), their flags and `VAR=x` words. */
function commandName(words: string[]): string | undefined {
  let i = 0;
  for (;;) {
    const word = words[i];
    if (word === undefined) return undefined;
    if (word === 'pnpm' && words[i + 1] === 'exec') i += 2;
    else if (RUNS_NEXT.has(word) || /^\w+=/.test(word) || (i > 0 && word.startsWith('-'))) i += 1;
    else return word;
  }
}

/**
 * The shell's own verdict on a command the step ran (issue 68: it must outrank the missing command's name). A
 * package manager runs a script through `sh -c` and may report the shell's 127 as its own status (pnpm 9 and
 * 10: ` ELIFECYCLE  Test failed.`, exit 1; npm 11 and yarn 1 pass 127 on), so the status alone misses it.
 * Where a config rule's line in the step's last error block is a shell's `not found` naming a word of one of
 * the step's own commands (`jest` of `> jest --ci`), the tool never ran: its kind is no evidence, as under
 * status 127, and the shell's line is a piece of its own. A `not found` naming nothing the step ran (a test's
 * helper probing `sw_vers`) leaves the command's word standing.
 */
function shellNotFound(pieces: Piece[], context: CommandContext | undefined): Piece | undefined {
  if (!context) return undefined;
  let words: Set<string> | undefined;
  for (const piece of pieces) {
    if (piece.type !== 'config' || !piece.key.startsWith('rule:') || !atEnd(piece)) continue;
    for (const line of [piece.evidence, piece.first]) {
      const found = line && SHELL_NOT_FOUND.exec(line.text.trim());
      const name = found?.groups?.name ?? found?.groups?.zsh;
      if (!line || name === undefined) continue;
      words ??= commandWords(context);
      if (words.has(name))
        return { key: 'shell:not-found', type: 'config', evidence: line, prior: PRIOR.medium };
    }
  }
  return undefined;
}

/**
 * Every piece of evidence a scan holds, with the command context (the caller's command when the log has none);
 * `whole` when the log is one failed step's own output, whole.
 */
export function evidencePieces(
  scan: ScanResult,
  ruleSet: CompiledRuleSet,
  context: CommandContext | undefined,
  whole?: WholeStep,
): Piece[] {
  const rules = rulePieces(scan, ruleSet, whole);
  const exit = stepExit(scan, whole);
  const notFound = shellNotFound(rules, context);
  const toolSaysNothing = shellCouldNotFind(exit) || killedFromOutside(scan, exit) || notFound !== undefined;
  const command = toolSaysNothing ? undefined : resolveContext(context, ruleSet.lexicon);
  const status = toolStatusPiece(command, exit, ruleSet.lexicon);
  const pieces = [
    ...suiteLoadErrors(checkerFindings(rules, command), scan, ruleSet),
    ...(notFound ? [notFound] : []),
    ...(status ? [status] : commandPiece(command, scan.firstFailedStep !== undefined || whole !== undefined)),
    ...exitPiece(scan, context, whole),
    ...elapsedPiece(scan),
  ];
  const drop = ruleSet.drop;
  const kept = testOutput(
    afterFailedTests(loaderStatus(killLine(drop ? pieces.filter((p) => !drop.has(p.key)) : pieces))),
    scan,
    ruleSet,
  );
  const printed = scan.firstFailedStep?.script;
  return toleratedNetwork(besideRefusals(ownKill(kept, scan), printed), scan);
}

/**
 * A network failure whose command the step's script tolerated (step-script.ts printers and toleratedIn: `curl … ||
 * true`, `set +e`, a retry loop's `&& break`, a pipeline's first command without pipefail) did not end the step
 * where another command failed after it (weigh.ts failedAfter): issue 68's review, a tolerated `curl` printed before
 * a compile error or a refusal came out network and was retried. Each command that may have printed the network line
 * must be tolerated, and the later failure must be another command's: a line the same command printed after its own
 * network failure (pip's `No matching distribution found` after its retries, in `pip install . && pytest`) is that
 * failure's consequence, not a command the script went on to. Nor is a later line that names what the tolerated
 * command was to write (`-o tool.tgz`, `> install.sh`: step-script.ts outputsOf), nor one a failed download leaves
 * behind (weigh.ts LEFT_BEHIND), nor anything in a step that ended on status 127 (a command not there): each may be
 * the download's consequence, and a real outage read as config reverts a good commit (issue 68's second review). Nor
 * is a script whose header came under the gh step column of the run step already going (PrintedScript sameColumn):
 * that step's output may have printed it, faking a `|| true`. The script is read only where a network line stands
 * with a rule's line of another type.
 */
function toleratedNetwork(pieces: Piece[], scan: ScanResult): Piece[] {
  const network = pieces.filter((p) => p.type === 'network' && p.key.startsWith('rule:'));
  if (network.length === 0 || !pieces.some((p) => p.type !== 'network' && p.key.startsWith('rule:')))
    return pieces;
  if (scan.firstFailedStep?.step?.exitCode === 127) return pieces;
  const printed = scan.firstFailedStep?.script;
  const script = printed?.sameColumn === true ? undefined : printed?.read();
  if (!script) return pieces;
  for (const piece of network) {
    const own = printers(script, piece.evidence.text.trim());
    if (own.length === 0 || !own.every((c) => toleratedIn(script, c))) continue;
    const at = lastLineOf(piece);
    const outputs = own.flatMap((c) => c.outputs ?? []);
    const another = (later: Piece): boolean => {
      const text = (later.first ?? later.evidence).text.trim();
      if (outputs.some((file) => namesFile(file, text) || namesFile(file, later.evidence.text))) return false;
      const by = printers(script, text);
      return by.length === 0 || !by.every((c) => own.includes(c));
    };
    if (pieces.some((later) => failsAfter(later, at) && another(later))) piece.tolerated = true;
  }
  return pieces;
}

/**
 * bash reports a job SIGKILL ended, foreground or waited for in the background, alike (`<script>.sh: line 4: 29784
 * Killed  sleep 100` after `sleep 100 & P=$!; kill -9 $P; wait $P`, bash 5.2 run here; jobs.c pretty_print_job):
 * where the script sends SIGKILL itself (killedByScript), that report is no more the OOM killer's than status 137
 * is. An out-of-memory line of a tool's own still speaks.
 */
function ownKill(pieces: Piece[], scan: ScanResult): Piece[] {
  // The script is read only where there is such a report to weigh (PrintedScript.read).
  if (!pieces.some((p) => ruleIdOf(p) === 'process-killed-sigkill')) return pieces;
  const kill = killedByScript(scan);
  if (!kill) return pieces;
  // bash names the line it reaped the job on, after the kill's (`kill -9 $P` on line 4, `line 5: … Killed`): a
  // report on the kill's line or before it is of a command the kill never reached. Another script's line
  // (`./ci/e2e.sh: line 2:`, a script ours ran whose child the kill hit) is no line of ours: as a report naming none.
  const afterKill = (p: Piece): boolean => {
    const at = ownScriptLine(p.evidence.text.trim());
    return at === undefined || at > kill.line;
  };
  return pieces.filter((p) => ruleIdOf(p) !== 'process-killed-sigkill' || !afterKill(p));
}

/**
 * A refusal (a config rule's line, a program's last word, the shell's `not found`) in a step whose script runs something beside it, a
 * background job or a trap's handler, whose lines may follow it: a later line alone does not show the step went
 * on past it (weigh.ts wentPast), unless the script tolerated the refusal's own command (step-script.ts).
 */
function besideRefusals(pieces: Piece[], printed: PrintedScript | undefined): Piece[] {
  const refusals = pieces.filter(
    (p) =>
      (p.type === 'config' || p.lastWord === true) &&
      (p.key.startsWith('rule:') || p.key === 'shell:not-found'),
  );
  // The script is read only where a refusal is among the pieces (PrintedScript.read).
  const script = refusals.length > 0 ? printed?.read() : undefined;
  if (!script?.beside) return pieces;
  for (const piece of refusals)
    if (!mayHaveGonePast(script, (piece.first ?? piece.evidence).text.trim())) piece.beside = true;
  return pieces;
}

/**
 * Status 127 is also the dynamic loader's: glibc's ld.so prints `prog: error while loading shared libraries:
 * libx.so.1: cannot open shared object file: ...` and exits 127 (bminor/glibc elf/dl-printf.c _dl_fatal_printf:
 * `_exit (127)`, reached from elf/dl-error-skeleton.c fatal_error), and a tool the shell did not find because
 * an install failed (`pytest: command not found` after pip's `No matching distribution found`) is that
 * failure's fallout. Where a dependency rule's line stands in the step's last error block, that line says why
 * the status is 127, and neither the status nor the shell's line (shell:not-found) is a piece of its own (as
 * killLine for 137).
 */
function loaderStatus(pieces: Piece[]): Piece[] {
  const stated = pieces.some((p) => p.type === 'dependency' && p.key.startsWith('rule:') && atEnd(p));
  return stated ? pieces.filter((p) => p.key !== 'exit:127' && p.key !== 'shell:not-found') : pieces;
}

/**
 * Where a rule's line states the kill (bash's `Killed` job report, an OOM line), it speaks, not status 137. Under
 * `timeout -s KILL` a kill the OOM killer made ends in the same 137 and the same `Killed` report (coreutils
 * src/timeout.c raises the child's signal on itself), so only a line other than bash's says the limit did not.
 */
function killLine(pieces: Piece[]): Piece[] {
  const said = pieces.filter((p) => p.type === 'resource' && p.key.startsWith('rule:'));
  if (said.length === 0) return pieces;
  const byOther = said.some((p) => !p.key.startsWith('rule:process-killed-sigkill'));
  return pieces.filter((p) => p.key !== 'exit:137' && !(byOther && p.key === 'exit:137@timeout'));
}

/**
 * The test runners whose failed tests' output stands between two lines of their own rule: the rule, and what its last
 * line must be to close the block. ctest (`--output-on-failure`) prints each failed test's output below its
 * `<i>/<n> Test #<k>: <name> ...***Failed` line (Kitware/CMake@v3.25.1 Source/CTest/cmCTestRunTest.cxx EndTest),
 * up to its tally `50% tests passed, 1 tests failed out of 2` (ctest-failed-test's last line). meson test
 * (`--print-errorlogs`) prints a failed test's log below its `1/1 calc FAIL 0.03s exit status 1` line and then
 * `Summary of Failures:`, which names each failed test again (meson 1.0.1 mesonbuild/mtest.py TestHarness
 * print_collected_logs, then ConsoleLogger's summary): meson-test-failed's last line is then below the log.
 */
const TEST_OUTPUT: ReadonlyArray<{ rule: string; closes: RegExp }> = [
  { rule: 'ctest-failed-test', closes: /^\d+% tests passed, [1-9]\d* tests failed out of \d+$/ },
  { rule: 'meson-test-failed', closes: /\s(?:FAIL|UNEXPECTEDPASS) +\d+\.\d+s\b/ },
];

/**
 * What a failed test printed in its runner's own report speaks for nothing else: every line from the first failed
 * test's to the runner's closing line (TEST_OUTPUT) is the runner's own or a test's. A test printing `configure:
 * error:`, CMake's `Could not find a package configuration file` or curl's `Could not resolve host` is a failed test
 * (TAXONOMY: a test failing on a service it calls is test; issue 68's real-cxx battery and its review): a rule of
 * another type whose every line stands there is dropped. Only where the rule's last line closes the block after its
 * first (a run cut short has no tally or summary, and then nothing is dropped).
 */
function testOutput(pieces: Piece[], scan: ScanResult, ruleSet: CompiledRuleSet): Piece[] {
  const scope = scopeOf(scan);
  let kept = pieces;
  for (const { rule: id, closes } of TEST_OUTPUT) {
    const rule = ruleSet.rules.find((r) => r.spec.id === id);
    const from = rule && scope.first[rule.index];
    const to = rule && scope.last[rule.index];
    if (!from || !to || to.line <= from.line || !closes.test(to.text.trim())) continue;
    const inside = (l: { line: number } | undefined): boolean =>
      !l || (l.line > from.line && l.line < to.line);
    kept = kept.filter(
      (p) => p.type === 'test' || !p.key.startsWith('rule:') || !(inside(p.evidence) && inside(p.first)),
    );
  }
  return kept;
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
  const tests = pieces.filter((p) => p.type === 'test' && p.key.startsWith('rule:'));
  if (tests.length === 0) return pieces;
  // A runner's tally in the shape many runners share (generic-test-summary: vitest's `Tests  1 failed | 8 passed`)
  // is enough to say tests failed in the run, so what a test's own client printed above it is theirs; where a
  // limit came is not. Below it the run had ended (a re-run that passed, robot's `--rerunfailed`, a later
  // command). Not go's package line `FAIL pkg 0.002s`, which a killed test binary's package prints too.
  const failed = tests.filter((p) => !p.generic);
  const first = failed.length === 0 ? Infinity : Math.min(...failed.map((p) => p.evidence.line));
  const tallies = tests.filter((p) => p.key.startsWith('rule:generic-test-summary'));
  const tally = failed.length > 0 ? Infinity : Math.max(-Infinity, ...tallies.map((p) => p.evidence.line));
  return pieces.filter(
    (p) =>
      !(p.type === 'timeout' && p.key.startsWith('rule:') && p.evidence.line > first) &&
      !(p.afterTests === true && p.evidence.line < tally),
  );
}
