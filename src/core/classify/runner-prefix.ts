/**
 * Monorepo runners put a prefix before each line a workspace package's script printed, so the tool's own line
 * (`FAIL src/a.test.js`, `sh: 1: jest: not found`) is not at the head where the rules anchor it:
 *
 * - pnpm's recursive run (`pnpm -r test`, pnpm 9.15 run here): `packages/api test: ` (the package's directory
 *   and the script), after echoing the script as `packages/api test$ jest --ci` when it starts;
 * - turbo: `<package>:<task>: ` (`web:test: `, `@acme/api:build: `), its first line for a task being
 *   `web:test: cache miss, executing <hash>` (or `cache bypass, force executing`, `cache hit, replaying logs`;
 *   vercel/turborepo's integration tests);
 * - lerna's `run --stream`: `<package name>: ` (lerna/lerna core/child-process spawnStreaming's tag, written
 *   before each line by strong-log-transformer), its first line npm's echo of the script, which names the
 *   package again: `@acme/api: > @acme/api@1.0.0 test`;
 * - nx's `--output-style=stream` (run-many and run-one): `<project>: ` (nrwl/nx packages/nx/src/tasks-runner
 *   forked-process-task-runner.ts, `${task.target.project}:` under NX_PREFIX_OUTPUT, written before each line by
 *   addPrefixTransformer with a space), the task having started with nx's unprefixed `> nx run <project>:<target>`
 *   (nx 22.7.12 run here prints every started task's line before the tasks' output). nx prints that line in its
 *   default and static styles too, with the output unprefixed: it starts a prefix only in a step whose command
 *   asked for the stream (`--output-style=stream`, seen on the step's `Run` line or an echo before it).
 *
 * A prefix is taken off only once the step showed it starting: pnpm's echo, turbo's first line for that task,
 * npm's echo under lerna's prefix that names the same package, or nx's `> nx run` line for that project in a
 * step that asked nx to stream.
 * A lone `npm error: ...`, `Error: ...` or `api: ...` keeps its words: it matches no prefix learned. Pure.
 */
import type { CommandContext } from './context.js';

/** Lower case, as the scanner's prefilter sees them: the lines that start a prefixed package's output. */
export const RUNNER_PREFIX_KEYWORDS: readonly string[] = [
  // pnpm's echo of a package's script (the shell echo's keyword too).
  '$ ',
  ': cache miss, executing',
  ': cache bypass, force executing',
  ': cache hit, replaying',
  // npm's script echo under a prefix: `<name>: > <name>@<version> <script>`.
  ': > ',
  // nx's line for a task it starts: `> nx run <project>:<target>`.
  '> nx run ',
];

/** pnpm's script echo: the directory, the script's name, `$ `, the command. */
const PNPM_ECHO = /^(\S+) ([^\s$:]+)\$ \S/;
/** turbo's first line of a task's output: `<package>:<task>: cache ...`. */
const TURBO_START = /^(\S+?:[^\s:]+): cache (?:miss, executing|bypass, force executing|hit, replaying)/;

/** npm's script echo behind a prefix that is the same package's name (lerna --stream). */
const NAMED_ECHO = /^(\S+): > \1@\S/;
/** nx's start of a task, `> nx run <project>:<target>[:<configuration>] [flags]`: its project is the prefix. */
const NX_START = /^> nx run ([^\s:]+):[^\s:]/;
/** nx's prefixed style on a command line: `stream`, not `stream-without-prefixes`. */
const NX_STREAM = /--output-?style[= ]stream(?![\w-])/i;

/** The step's own command and the commands echoed in it (context.ts CommandContext). */
type StepCommands = Pick<CommandContext, 'step' | 'ran'>;

/** nx's start of a task, in a step whose command (its `Run` line, or an echo in it) asked nx to stream. */
function nxStart(text: string, commands: StepCommands | undefined): RegExpExecArray | null {
  const start = NX_START.exec(text);
  if (!start || !commands) return null;
  const streams = [...(commands.step ? [commands.step] : []), ...commands.ran].some((hit) =>
    NX_STREAM.test(hit.text),
  );
  return streams ? start : null;
}

/** The most prefixes kept per step: a workspace's packages that printed, not an unbounded list. */
const MAX_PREFIXES = 64;

export class RunnerPrefixes {
  /** The prefixes the step showed starting, each with its `: `. */
  private known: string[] = [];
  /** The step they were learned in: another step's lines keep theirs. */
  private step = -1;

  /**
   * A line holding one of RUNNER_PREFIX_KEYWORDS, in step `step` whose commands so far are `commands`: learn
   * the prefix it starts, if it does.
   */
  learn(text: string, step: number, commands?: StepCommands): void {
    if (step !== this.step) this.reset(step);
    const echo = PNPM_ECHO.exec(text);
    const named = echo ? null : (TURBO_START.exec(text) ?? NAMED_ECHO.exec(text) ?? nxStart(text, commands));
    const prefix = echo ? `${echo[1]} ${echo[2]}: ` : named ? `${named[1]}: ` : undefined;
    if (prefix === undefined) return;
    if (!this.known.includes(prefix) && this.known.length < MAX_PREFIXES) this.known.push(prefix);
  }

  /**
   * The line's text without a prefix its step learned, the tool's line as the tool printed it but for its
   * indentation (stripLine trims it). Lines of a step that learned none are returned as they are, unread.
   */
  strip(text: string, step: number): string {
    const known = this.known;
    if (known.length === 0) return text;
    if (step !== this.step) {
      this.reset(step);
      return text;
    }
    for (const prefix of known) {
      if (text.startsWith(prefix)) return text.slice(prefix.length).trimStart();
      // A blank line of the package's output: the prefix alone, its space trimmed.
      if (text.length === prefix.length - 1 && prefix.startsWith(text)) return '';
    }
    return text;
  }

  private reset(step: number): void {
    this.step = step;
    if (this.known.length > 0) this.known = [];
  }
}
