/**
 * Which of a failed command's lines may be the line its verdict shows (index.ts shownLine): not a runner's word
 * that the command failed, not a shell's trace of what ran, not a line that says nothing of the cause.
 */
import type { Evidence } from '../types.js';
import { CAUSE_WRAPPER } from './structure.js';

/**
 * A runner's word that a command it ran failed (make's, npm's, yarn's, Gradle's `FAILURE: Build failed with an
 * exception.` above its `* What went wrong:`): what failed is said before it, or under it.
 */
const WRAPPER_LINE =
  /^(?:make(?:\[\d+\])?: \*\*\*|npm ERR!|error Command failed|ELIFECYCLE|Error: Process completed|ERROR: ".+" exited with|FAILURE: Build (?:failed with an exception|completed with \d+ failures)\.)/;

/**
 * Error-shaped lines that say nothing of the cause: a line whose only word is its level (Maven's empty `[ERROR]`,
 * `[ERROR] ^` under a javadoc warning, a bare `error:`), Maven's summary and advice (`[INFO] BUILD FAILURE`, the
 * reactor's `Module .... FAILURE [ 0.7 s]`, the resume command `mvn <goals> -rf :module`) and maven-javadoc-plugin's
 * pointers (`Refer to the generated Javadoc files in '<dir>' dir.`, `Command line was: <javadoc ...>`), and
 * Python's traceback headers (`Traceback (most recent call last):`, the chained `During handling of the above
 * exception, ...`): the exception's own line under the frames states the cause.
 */
const SAYS_NOTHING =
  /^\W*(?:ERROR|Error|error|FATAL|Fatal|fatal)\W*$|^Traceback \(most recent call last\):$|^During handling of the above exception, another exception occurred:$|^\[ERROR\]\s+(?:mvn <\w+> .*-rf :|Refer to the generated Javadoc files in |Command line was: )|^\[INFO\] (?:BUILD FAILURE$|\S.* \.{2,} FAILURE \[)/;

/** A shell's trace of a command it is about to run (`set -x`, PS4 `+`): what ran, not what it said. */
const XTRACE = /^\++\S/;

/**
 * A statement that throws, quoted from the source by a runtime's report of an uncaught exception: Node prints
 * the throwing line and a caret under it above the error (nodejs/node src/node_errors.cc GetErrorSource:
 * `file.js:5`, the source line, `^`, then the stack), Python its frames' source lines above the exception's own
 * line (cpython Lib/traceback.py StackSummary.format). The code names an error; the line under it states it.
 */
const QUOTED_THROW =
  /\bthrow new [\w.$]*(?:Error|Exception)\w*\(|^\s*raise [\w.]*(?:Error|Exception)\w*\(|\bPromise\.reject\(/;

/**
 * A build tool's closing line over the subcommands that failed: it states no cause, the failed command's output
 * above it does. ninja's (src/build.cc: `ninja: build stopped: subcommand failed.`, after each failed edge's
 * header, NINJA_FAILED), cargo's (src/cargo/core/compiler/mod.rs: `error: could not compile `x` due to 2
 * previous errors`; before 1.40 `error: Could not compile `x`.`) and rustc's (`error: aborting due to previous
 * error`, `... due to 3 previous errors`). make's `*** [target] Error 127` (GNU make src/job.c, a recipe's command
 * not found): the command's own word is above it, make's `make: gcc-13: No such file or directory` where it ran
 * the command itself, the shell's `/bin/sh: 1: gcc-13: not found` where a shell did.
 */
const CLOSING =
  /^(?:ninja: build stopped: |error: [Cc]ould not compile `|error: aborting due to (?:previous error|\d+ previous errors)\b|\S*make(?:\[\d+\])?: \*\*\* \[[^\]]+\] Error 127$)/;

/** ninja's closing line (CLOSING): what it says stopped the build is under its failed edges' headers. */
const NINJA_STOPPED = /^ninja: build stopped: /;

/**
 * ninja's header over a failed edge (src/status_printer.cc BuildEdgeFinished: `FAILED: ` and the edge's outputs,
 * `FAILED: [code=127] x.o` since 1.12; `‹code=127›` in a log that turned the brackets, read as `code=127`), then
 * the edge's command on the next line, then its output: outputs that are paths, or one bare name (`FAILED: app`),
 * not words (Bazel's `FAILED: Build did NOT complete successfully`). Not a closing line: where nothing else was
 * said it is the line shown, as before (TestNG's `FAILED: a.b.Test.method` has the same shape). It ends a block
 * of a command's output: the lines above it are another edge's.
 */
const NINJA_FAILED = /^FAILED: (?:[[‹]?code=\d+[\]›]? )?(?:[\w+-]*[./][\w./+-]*(?: [\w./+-]+)*|[\w+-]+)\s*$/;

/**
 * ninja's status line as an edge finishes (NINJA_STATUS, `[%f/%t] ` by default, src/status_printer.cc): its
 * description (`Building CXX object .../errors.cc.o`) names a file, not a cause, and ends the edge above.
 */
const NINJA_STATUS = /^\[\d+\/\d+\] /;

/**
 * rustc's note naming the lint level that made a lint an error (rust-lang/rust compiler/rustc_middle/src/lint.rs
 * explain_lint_level_source: `` `-D clippy::x` implied by `-D warnings` ``, `` `#[deny(x)]` on by default ``), a
 * child diagnostic without a span, which rustc draws as `= note: ...` under its parent's header (rust-lang/rust
 * @ 000293fb6271d9c2b5bfb1bf4f99b2462a826769 compiler/rustc_errors/src/emitter.rs emit_messages_default_inner and
 * msgs_to_buffer: `error: message`, `--> file.rs:13:20`, the code, then `= note: ...`). It says why the lint
 * is an error, not what the code does wrong: the header above it does (`error: unneeded `return` statement`).
 */
const LINT_LEVEL_NOTE =
  /^= note: (?:`-[DF] [\w:-]+` implied by `-[DF] [\w:-]+`|`#\[(?:deny|forbid)\([\w:]+\)\]` on by default)$/;

/** rustc's diagnostic header (emitter.rs: the level, an optional `[E0308]` code, `: ` and the message). */
const RUSTC_HEADER = /^error(?:\[E\d{4}\])?: \S/;

/** Lines above a lint-level note within which its diagnostic's header is read (the code window between). */
const NOTE_LEAD = 40;

/**
 * The header of the rustc diagnostic a lint-level note (LINT_LEVEL_NOTE) belongs to, among the step's
 * error-shaped lines above it: the nearest, within NOTE_LEAD lines, that is not a closing line (CLOSING).
 */
export function lintHeader(lines: readonly Evidence[] | undefined, note: Evidence): Evidence | undefined {
  if (!LINT_LEVEL_NOTE.test(note.text)) return undefined;
  return lines?.findLast(
    (l) =>
      l.line < note.line &&
      note.line - l.line <= NOTE_LEAD &&
      RUSTC_HEADER.test(l.text) &&
      !CLOSING.test(l.text),
  );
}

/** A build tool's closing line (CLOSING). */
export function isClosingLine(text: string): boolean {
  return CLOSING.test(text);
}

/** Lines between two error lines of one block of a command's output. */
const BLOCK_LINES = 15;

/**
 * A line of a command's output that is not what it said: a runner's wrapper, a shell's trace, nothing said, or a
 * build tool's closing line (CLOSING).
 */
export function saysNoCause(text: string): boolean {
  return (
    WRAPPER_LINE.test(text) ||
    XTRACE.test(text) ||
    SAYS_NOTHING.test(text) ||
    QUOTED_THROW.test(text) ||
    CLOSING.test(text)
  );
}

/**
 * A line after a command's word that may state its cause: not a runner's wrapper, a cause header's wrapper line
 * (structure.ts CAUSE_WRAPPER, whose `> cause` is read under the header), a line that says nothing, a quoted
 * throwing statement or a build tool's closing line.
 */
export function mayStateCause(text: string): boolean {
  return (
    !WRAPPER_LINE.test(text) &&
    !CAUSE_WRAPPER.test(text) &&
    !SAYS_NOTHING.test(text) &&
    !QUOTED_THROW.test(text) &&
    !CLOSING.test(text)
  );
}

/**
 * The first line of the last block of error lines above `line` (lines no more than BLOCK_LINES apart), a
 * runner's own word that something failed aside: the output of the command that line says failed. A ninja
 * edge's header (NINJA_FAILED) ends the block: the lines above it are another command's.
 */
export function lastBlock(lines: readonly Evidence[] | undefined, line: number): Evidence | undefined {
  let start: Evidence | undefined;
  for (let i = (lines?.length ?? 0) - 1; i >= 0; i--) {
    const at = lines?.[i];
    if (!at || at.line >= line) continue;
    if (NINJA_FAILED.test(at.text)) break;
    if (saysNoCause(at.text)) continue;
    if (start && start.line - at.line > BLOCK_LINES) break;
    if (!start && line - at.line > BLOCK_LINES) break;
    start = at;
  }
  return start;
}

/**
 * The line that states the cause a build tool's closing line (CLOSING) closes over, among the step's error-shaped
 * lines above it. Under ninja's, where a failed edge's header (NINJA_FAILED) is kept: the first error line a
 * failed edge printed, the first edge's first (its command line, under the header, skipped; a status line ends the
 * edge), never a line above the first header; with no header kept, the last block's first line (lastBlock).
 * Under cargo's, rustc's and make's `Error 127`, the last block's first line after `pastAt`, the last line of a
 * refusal the step went on past (weigh.ts wentPast), as toldLine reads the tail. Not under ninja's: its closing
 * line is a parent's word on a child that failed, which wentPast takes for a later cause (it knows make's
 * `Error 2`, not ninja's), so the failed edge's own `not found` would be read as gone past (the corpus' pytorch
 * log d0302).
 */
export function closedCause(
  lines: readonly Evidence[] | undefined,
  closing: Evidence,
  pastAt = 0,
): Evidence | undefined {
  const above = lines?.filter((l) => l.line < closing.line) ?? [];
  if (!NINJA_STOPPED.test(closing.text))
    return lastBlock(
      above.filter((l) => l.line > pastAt),
      closing.line,
    );
  if (!above.some((l) => NINJA_FAILED.test(l.text))) return lastBlock(above, closing.line);
  let header: Evidence | undefined;
  for (const at of above) {
    if (NINJA_FAILED.test(at.text)) header = at;
    else if (NINJA_STATUS.test(at.text)) header = undefined;
    else if (header && at.line > header.line + 1 && !saysNoCause(at.text)) return at;
  }
  return undefined;
}
