/**
 * What the GitHub Actions runner writes to the job log for a step's output lines. A line holding a workflow
 * command is processed, not printed (actions/runner src/Runner.Worker/Handlers/OutputManager.cs OnDataReceived;
 * ActionCommandManager.cs TryProcessCommand; Runner.Common/ActionCommand.cs TryParseV2 and TryParse): a tool's
 * `::error file=a.ts,line=2::msg%0Amore` is in the log as `##[error]msg` and, under it without a timestamp, `more`
 * (ExecutionContext.cs AddIssue and Write, the message cut at 4,096 characters; Runner.Common/Logging.cs stamps the
 * written text once). `::group::t` is `##[group]t`, `::endgroup::` `##[endgroup]`; `::debug::` (step debug off),
 * `::add-mask::`, `::echo::`, `::set-output::` and the matchers' commands write nothing (`::set-env::` and
 * `::add-path::`, disabled, which fail the step, are not modelled: no tool here prints them). Until `::<token>::` ends `::stop-commands::<token>`, lines
 * are printed as they are. Vitest, jest's and Playwright's `github` reporters, ruff and others print such commands
 * when `GITHUB_ACTIONS` is set, so a job log never holds them raw; a `run/` step's own output does.
 *
 * A line no command holds is then asked of the job's problem matchers (setup-matchers.ts; OutputManager.cs,
 * IssueMatcher.cs): one that completes a match with a message and a severity of error, warning or notice is written
 * as `##[error]` (or its severity's tag) and the line itself.
 *
 * A carriage return ends a line, as a line feed does.
 *
 * Each returned record is one write to the log: a record holding newlines is one timestamp's worth of lines.
 */

/** A problem matcher as a setup action's JSON gives it (the groups that decide what the log holds). */
export interface MatcherConfig {
  owner: string;
  severity?: string;
  pattern: { regexp: string; severity?: number; message?: number; loop?: boolean }[];
}

interface Matched {
  severity?: string | undefined;
  message?: string | undefined;
}

/** IssueMatcher.cs Match: one pattern per line, or a running match through the patterns, the last maybe looping. */
class IssueMatcher {
  private readonly patterns: { re: RegExp; severity?: number; message?: number; loop?: boolean }[];
  private state: (Matched | undefined)[] = [];

  constructor(private readonly config: MatcherConfig) {
    this.patterns = config.pattern.map((p) => ({ ...p, re: new RegExp(p.regexp) }));
    this.reset();
  }

  reset(): void {
    this.state = new Array<Matched | undefined>(Math.max(this.patterns.length - 1, 0));
  }

  /** The match the line completes, its groups over the running match's (IssueMatch's constructor). */
  match(line: string): Matched | undefined {
    const take = (
      running: Matched | undefined,
      p: (typeof this.patterns)[number],
      m: RegExpExecArray,
    ): Matched => ({
      severity: (p.severity !== undefined ? m[p.severity] : undefined) ?? running?.severity,
      message: (p.message !== undefined ? m[p.message] : undefined) ?? running?.message,
    });
    const n = this.patterns.length;
    if (n === 1) {
      const p = this.patterns[0]!;
      const m = p.re.exec(line);
      return m ? this.withDefault(take(undefined, p, m)) : undefined;
    }
    for (let i = n - 1; i >= 0; i--) {
      const running = i > 0 ? this.state[i - 1] : undefined;
      if (i !== 0 && !running) continue;
      const p = this.patterns[i]!;
      const last = i === n - 1;
      const m = p.re.exec(line);
      if (m) {
        if (last) {
          this.reset();
          if (p.loop) this.state[i - 1] = running;
          return this.withDefault(take(running, p, m));
        }
        this.state[i] = take(running, p, m);
      } else if (last) this.state[i - 1] = undefined;
      else this.state[i] = undefined;
    }
    return undefined;
  }

  private withDefault(m: Matched): Matched {
    return { ...m, severity: m.severity || this.config.severity };
  }
}

const SEVERITY_TAGS: Record<string, string> = {
  error: '##[error]',
  warning: '##[warning]',
  notice: '##[notice]',
};

/**
 * OutputManager.cs strips color codes before matching with `\x0033\[[0-9;]*m?` behind a test for "\033[": in .NET
 * `\x` takes two hex digits and C# has no octal escape, so both mean NUL then "33[", which no tool prints: the line
 * is matched, and written, with its colors.
 */
const RUNNER_COLOR_PREFIX = `${String.fromCharCode(0)}33[`;
const RUNNER_COLOR_CODE = new RegExp(`${String.fromCharCode(0)}33\\[[0-9;]*m?`, 'g');

/** The commands the runner registers (ActionCommandManager.cs); any other `::x::` line is printed as it is. */
const REGISTERED = new Set([
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
]);

const ISSUE_TAGS: Record<string, string> = {
  error: '##[error]',
  warning: '##[warning]',
  notice: '##[notice]',
};
const MAX_ISSUE_MESSAGE = 4096;

interface Command {
  name: string;
  data: string;
}

/** ActionCommand.cs UnescapeData: the runner's replacements in its order (so `%250A` stays `%0A`). */
const unescapeData = (s: string): string =>
  s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');

/** ActionCommand.cs Unescape, the legacy form's data. */
const unescapeLegacy = (s: string): string =>
  s
    .replaceAll('%3B', ';')
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%5D', ']')
    .replaceAll('%25', '%');

/** TryParseV2: `::name props::data` after leading white space; names compared case-insensitively. */
function parseV2(line: string, registered: Set<string>): Command | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!registered.has(name)) return undefined;
  return { name, data: unescapeData(message.slice(end + 2)) };
}

/** TryParse: the legacy `##[name props]data`, anywhere in the line. */
function parseV1(line: string, registered: Set<string>): Command | undefined {
  const at = line.indexOf('##[');
  if (at < 0) return undefined;
  const rb = line.indexOf(']', at);
  if (rb < 0) return undefined;
  const info = line.slice(at + 3, rb);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!registered.has(name)) return undefined;
  return { name, data: unescapeLegacy(line.slice(rb + 1)) };
}

/**
 * The records the runner writes to the job log for `lines`, a step's output in the order it was printed, under
 * `matchers` (in the order the runner tries them).
 */
export function runnerOutput(lines: readonly string[], matchers: readonly MatcherConfig[] = []): string[] {
  const out: string[] = [];
  const issueMatchers = matchers.map((m) => new IssueMatcher(m));
  const matched = (line: string): string | undefined => {
    const stripped = line.includes(RUNNER_COLOR_PREFIX) ? line.replace(RUNNER_COLOR_CODE, '') : line;
    for (const matcher of issueMatchers) {
      const m = matcher.match(stripped);
      if (!m) continue;
      for (const other of issueMatchers) if (other !== matcher) other.reset();
      // ConvertToIssue: no message, or a severity other than these, is no issue; the next matcher is asked.
      const tag = SEVERITY_TAGS[(m.severity || 'error').toLowerCase()];
      if (m.message?.trim() && tag) return `${tag}${stripped}`;
    }
    return undefined;
  };
  const registered = new Set(REGISTERED);
  let stopToken: string | undefined;
  // The runner reads the output with .NET's StreamReader.ReadLine (Runner.Sdk/ProcessInvoker.cs StartReadStream), which
  // ends a line at a carriage return too (`\r\n` is one end): a progress meter's `\r` updates are lines of their own.
  for (const line of lines.flatMap((l) => (l.includes('\r') ? l.replace(/\r$/, '').split('\r') : [l]))) {
    const command =
      line.includes('::') || line.includes('##[')
        ? (parseV2(line, registered) ?? parseV1(line, registered))
        : undefined;
    if (!command) {
      // Every line, an empty one too, is asked of the matchers: it may end a running match.
      out.push(matched(line) ?? line);
      continue;
    }
    if (stopToken !== undefined) {
      // Stopped: only the token's own command resumes, and is printed; any other line is output (matchers asked).
      out.push(command.name === stopToken ? line : (matched(line) ?? line));
      if (command.name === stopToken) {
        registered.delete(stopToken);
        stopToken = undefined;
      }
      continue;
    }
    if (command.name === 'stop-commands') {
      stopToken = command.data.toLowerCase();
      registered.add(stopToken);
      out.push(line);
      continue;
    }
    const tag = ISSUE_TAGS[command.name];
    if (tag !== undefined) {
      const message = command.data.slice(0, MAX_ISSUE_MESSAGE);
      if (message !== '') out.push(`${tag}${message}`);
    } else if (command.name === 'group') out.push(`##[group]${command.data}`);
    else if (command.name === 'endgroup') out.push('##[endgroup]');
    // debug (step debug off), add-mask, echo, set-output, save-state, the matchers: nothing in the log.
  }
  return out;
}
