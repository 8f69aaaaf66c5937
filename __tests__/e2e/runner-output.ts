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
 * Each returned record is one write to the log: a record holding newlines is one timestamp's worth of lines.
 */

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

/** The records the runner writes to the job log for `lines`, a step's output in the order it was printed. */
export function runnerOutput(lines: readonly string[]): string[] {
  const out: string[] = [];
  const registered = new Set(REGISTERED);
  let stopToken: string | undefined;
  for (const line of lines) {
    const command =
      line.includes('::') || line.includes('##[')
        ? (parseV2(line, registered) ?? parseV1(line, registered))
        : undefined;
    if (!command) {
      out.push(line);
      continue;
    }
    if (stopToken !== undefined) {
      // Stopped: only the token's own command resumes, and is printed; any other line is output.
      out.push(line);
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
