/**
 * The command line of a `run/` step's script, built as the runner builds a `run:` step's (actions/runner
 * 2.336, commit 258d6c8, `src/Runner.Worker/Handlers/ScriptHandler.cs` `RunAsync` and
 * `ScriptHandlerHelpers.cs`), and the script file's name and contents. The runner makes ONE argument
 * string and hands it to .NET's `Process.Start`: on Windows that string reaches the program verbatim, after
 * the quoted program path; on Linux and macOS .NET splits it into argv by the C runtime's rules. Pure.
 */
import { UserError } from './errors.js';

/** The runner's built-in argument formats (ScriptHandlerHelpers.cs lines 13-21), and `node`, ours. */
const ARGUMENT_FORMATS: Record<string, string> = {
  cmd: '/D /E:ON /V:OFF /S /C "CALL "{0}""',
  pwsh: `-command ". '{0}'"`,
  powershell: `-command ". '{0}'"`,
  bash: '--noprofile --norc -e -o pipefail {0}',
  sh: '-e {0}',
  python: '{0}',
  node: '{0}',
};

/** ScriptHandlerHelpers.cs lines 23-31 (`.js` for node is ours), chosen by the program's name. */
const EXTENSIONS: Record<string, string> = {
  cmd: '.cmd',
  pwsh: '.ps1',
  powershell: '.ps1',
  bash: '.sh',
  sh: '.sh',
  python: '.py',
  node: '.js',
};

const SHELL_NAMES = 'bash, sh, python, node, pwsh, powershell or cmd';

/** The shell input as the runner splits it: the program, then the rest (ParseShellOptionString, lines 70-85). */
function parseShellOption(shell: string): { program: string; format: string } {
  const space = shell.indexOf(' ');
  const program = space === -1 ? shell : shell.slice(0, space);
  // ScriptHandler.cs lines 224-232: no format after the program takes the built-in one (ordinal, as the
  // runner's dictionary is case-insensitive: 'PWSH' is pwsh).
  const given = space === -1 ? '' : shell.slice(space + 1).trimStart();
  const builtIn = Object.entries(ARGUMENT_FORMATS).find(([k]) => k === program.toLowerCase())?.[1];
  return { program, format: given || (builtIn ?? '') };
}

/**
 * .NET's `string.Format(format, path)` with one argument (ScriptHandler.cs line 267): every `{0}` is the
 * path, `{{` and `}}` are braces, anything else in braces is the FormatException that fails the step.
 */
function formatArguments(shell: string, format: string, path: string): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if ((c === '{' || c === '}') && format[i + 1] === c) {
      out += c;
      i++;
    } else if (format.startsWith('{0}', i)) {
      out += path;
      i += 2;
    } else if (c === '{' || c === '}') {
      throw new UserError(
        `Input 'shell' is '${shell}': the runner formats it with the script path as the only argument, so '${c}' must be '{0}' or doubled ('${c}${c}').`,
      );
    } else out += c;
  }
  return out;
}

export interface ShellInvocation {
  /** The program the runner looks up on PATH (WhichUtil): 'bash', 'pwsh', 'cmd', or a template's first word. */
  program: string;
  /** The one argument string the runner passes after the program (ScriptHandler.cs line 267). */
  arguments: string;
  /**
   * The arguments the program receives, as .NET splits `arguments` on Linux and macOS (`parseArguments`);
   * on Windows a program that reads its command line by the C runtime's rules (pwsh, bash, python) gets
   * the same, and cmd reads the command line itself.
   */
  args: string[];
}

/**
 * The runner's invocation of a script at `scriptPath` for the shell input `shell` (a built-in name, or a
 * program and a format with `{0}`). Throws a UserError naming the input when the runner would refuse it.
 */
export function shellInvocation(shell: string, scriptPath: string): ShellInvocation {
  const { program, format } = parseShellOption(shell);
  if (!program) throw new UserError(`Input 'shell' is empty: write ${SHELL_NAMES}, or a template with {0}.`);
  // ScriptHandler.cs lines 243-246: a format without {0} is refused.
  if (!format.includes('{0}'))
    throw new UserError(
      `Input 'shell' is '${shell}': write ${SHELL_NAMES}, or a command template with {0} for the script path (e.g. 'perl {0}').`,
    );
  // ScriptHandler.cs line 252: a double quote in the path is escaped with a backslash.
  const args = formatArguments(shell, format, scriptPath.replace(/"/g, '\\"'));
  return { program, arguments: args, args: parseArguments(args) };
}

/** The script file's extension for the program of `shell` (GetScriptFileExtension, by the program's name). */
export function scriptExtension(shell: string): string {
  return EXTENSIONS[parseShellOption(shell).program.toLowerCase()] ?? '';
}

/** The program's name as FixUpScriptContents matches it: exactly, as the runner's switch does. */
export function shellProgram(shell: string): string {
  return parseShellOption(shell).program;
}

/**
 * .NET's `ParseArgumentsIntoList` (dotnet/runtime `src/libraries/System.Diagnostics.Process/src/System/
 * Diagnostics/Process.Unix.cs`, lines 846-945 at 404b286b), the C runtime's rules: spaces and tabs
 * separate, double quotes group (`""` inside quotes is a quote), 2n backslashes before a quote are n and
 * the quote groups, 2n+1 are n and a literal quote; other backslashes and single quotes are literal.
 */
export function parseArguments(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    if (BLANK.has(text[i]!)) {
      i++;
      continue;
    }
    const next = nextArgument(text, i);
    out.push(next.arg);
    i = next.end;
  }
  return out;
}

const BLANK = new Set([' ', '\t']);

/** One argument from `start` (GetNextArgument), and where the text after it starts. */
function nextArgument(text: string, start: number): { arg: string; end: number } {
  let arg = '';
  let quoted = false;
  let i = start;
  while (i < text.length) {
    let slashes = 0;
    while (text[i] === '\\') {
      slashes++;
      i++;
    }
    if (slashes > 0) {
      const beforeQuote = text[i] === '"';
      arg += '\\'.repeat(beforeQuote ? slashes >> 1 : slashes);
      if (beforeQuote && slashes % 2 === 1) {
        arg += '"';
        i++;
      }
      continue;
    }
    const c = text[i]!;
    if (c === '"' && quoted && text[i + 1] === '"') {
      arg += '"';
      i += 2;
    } else if (c === '"') {
      quoted = !quoted;
      i++;
    } else if (BLANK.has(c) && !quoted) break;
    else {
      arg += c;
      i++;
    }
  }
  return { arg, end: i };
}

/**
 * The command line .NET's `Process.Start` gives CreateProcess on Windows (`Process.Windows.cs`
 * `BuildCommandLine`): the program's path in double quotes unless it already is, a space, and the
 * argument string as it is.
 */
export function windowsCommandLine(programPath: string, args: string): string {
  const file = programPath.trim();
  const quoted = file.length > 1 && file.startsWith('"') && file.endsWith('"');
  return `${quoted ? file : `"${file}"`}${args ? ` ${args}` : ''}`;
}

/**
 * What to hand Node's `spawn` for the runner's invocation, on the runner's OS. On Windows: the argument
 * string as ONE argument with `windowsVerbatimArguments` (libuv `src/win/process.c` `make_program_args`
 * joins argv with spaces and copies each verbatim) and argv[0] the quoted program path, so the command
 * line is exactly `windowsCommandLine`. Elsewhere: the argv .NET would split it into.
 */
export function spawnArguments(
  invocation: ShellInvocation,
  programPath: string,
  windows: boolean,
): { file: string; args: string[]; argv0?: string; windowsVerbatimArguments?: boolean } {
  if (!windows) return { file: programPath, args: invocation.args };
  const file = programPath.trim();
  const argv0 = windowsCommandLine(file, '');
  return {
    file,
    args: invocation.arguments ? [invocation.arguments] : [],
    argv0,
    windowsVerbatimArguments: true,
  };
}

/**
 * The script file's contents as the runner writes them (`FixUpScriptContents`, called from
 * `ScriptHandler.cs` line 270 with the program's name, also for a template such as `pwsh -File {0}`):
 * pwsh and powershell stop on a failing cmdlet and exit with a native command's last exit code; cmd does
 * not echo its commands. The newline is the OS's, and on Windows every line end becomes CRLF (lines 271-273).
 */
export function scriptContents(shell: string, script: string, windows: boolean): string {
  const program = shellProgram(shell);
  const newline = windows ? '\r\n' : '\n';
  let contents = script;
  if (program === 'cmd') contents = `@echo off${newline}${contents}`;
  if (program === 'pwsh' || program === 'powershell') {
    const prepend = "$ErrorActionPreference = 'stop'";
    const append = String.raw`if ((Test-Path -LiteralPath variable:\LASTEXITCODE)) { exit $LASTEXITCODE }`;
    contents = `${prepend}${newline}${contents}${newline}${append}`;
  }
  return windows ? contents.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n') : contents;
}

/** The error for a shell whose program is not on the runner. */
export function shellNotFound(file: string): UserError {
  return new UserError(
    `Input 'shell': '${file}' was not found on this runner; install it or pick another shell (bash, sh, python, node, pwsh).`,
  );
}
