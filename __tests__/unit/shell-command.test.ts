/**
 * The command line of a `run/` step's script, as the runner builds a `run:` step's (issue 45: 3), asserted
 * against the sources it follows:
 *
 * - actions/runner 2.336 (commit 258d6c8) `src/Runner.Worker/Handlers/ScriptHandlerHelpers.cs` lines 13-21
 *   (the argument formats: cmd `/D /E:ON /V:OFF /S /C "CALL "{0}""`, pwsh and powershell
 *   `-command ". '{0}'"`, bash `--noprofile --norc -e -o pipefail {0}`, sh `-e {0}`, python `{0}`), lines
 *   70-85 (`ParseShellOptionString`: the program, then the rest);
 * - `src/Runner.Worker/Handlers/ScriptHandler.cs` lines 224-233 (a shell input's format, else the built-in
 *   one), 243-246 (a format without {0} is refused), 252 (`"` in the path becomes `\"`), 267
 *   (`string.Format(argFormat, path)`: ONE argument string), 339-349 (`fileName` and `arguments` handed to
 *   the process);
 * - .NET `Process.Windows.cs` `BuildCommandLine`: on Windows the command line is `"<fileName>" <arguments>`,
 *   the arguments verbatim; `Process.Unix.cs` `ParseArgumentsIntoList` (lines 846-945 at 404b286b): on
 *   Linux and macOS the string is split by the C runtime's rules;
 * - libuv (commit 6179e7a) `src/win/process.c` lines 521-600 `make_program_args`: argv (argv[0] first) is
 *   joined with spaces, each copied as it is under `windowsVerbatimArguments` (lines 577-579), else quoted
 *   by `quote_cmd_arg` (lines 448-513). Node's `spawn` puts `argv0` (default: the file) first.
 */
import { shellCommand } from '../../src/core/run-step.js';
import {
  isWindowsRunner,
  processLayout,
  treeKillCommand,
  windowsProgramCandidates,
} from '../../src/core/runner-os.js';
import {
  parseArguments,
  scriptExtension,
  shellInvocation,
  spawnArguments,
  windowsCommandLine,
} from '../../src/core/shell-command.js';

/** libuv's quote_cmd_arg (src/win/process.c lines 448-513): how Node quotes an argument by default. */
function quoteCmdArg(arg: string): string {
  if (arg === '') return '""';
  if (!/[ \t"]/.test(arg)) return arg;
  if (!/["\\]/.test(arg)) return `"${arg}"`;
  let out = '';
  let quoteHit = true;
  for (let i = arg.length; i > 0; i--) {
    const c = arg[i - 1]!;
    out = c + out;
    if (quoteHit && c === '\\') out = '\\' + out;
    else if (c === '"') {
      quoteHit = true;
      out = '\\' + out;
    } else quoteHit = false;
  }
  return `"${out}"`;
}

/** The command line Node (libuv make_program_args) gives CreateProcess for a spawn. */
function nodeCommandLine(s: {
  file: string;
  args: string[];
  argv0?: string;
  windowsVerbatimArguments?: boolean;
}): string {
  const argv = [s.argv0 ?? s.file, ...s.args];
  return argv.map((a) => (s.windowsVerbatimArguments ? a : quoteCmdArg(a))).join(' ');
}

/** What cmd.exe runs for `/S /C "<text>"`: the first and the last quote after /C stripped (cmd /?). */
function cmdRuns(commandLine: string): string {
  const rest = commandLine.slice(commandLine.indexOf(' /C ') + 4);
  const first = rest.indexOf('"');
  const last = rest.lastIndexOf('"');
  return rest.slice(0, first) + rest.slice(first + 1, last) + rest.slice(last + 1);
}

const CMD = String.raw`C:\Windows\system32\cmd.exe`;
const PWSH = String.raw`C:\Program Files\PowerShell\7\pwsh.exe`;
const POWERSHELL = String.raw`C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe`;
const BASH = String.raw`C:\Program Files\Git\bin\bash.exe`;
/** A hosted runner's temp dir, and a self-hosted one installed under a path with a space. */
const TEMP = String.raw`D:\a\_temp\ci-recovery\run-1\attempt-1`;
const SPACED = String.raw`C:\actions runner\_work\_temp\ci-recovery\run-1\attempt-1`;

describe('the runner command line on Windows (issue 45: 3)', () => {
  it('cmd: one argument string, passed verbatim after the quoted program: cmd runs CALL "<script>"', () => {
    for (const dir of [TEMP, SPACED]) {
      const script = `${dir}\\script.cmd`;
      const inv = shellInvocation('cmd', script);
      expect(inv.program).toBe('cmd');
      expect(inv.arguments).toBe(`/D /E:ON /V:OFF /S /C "CALL "${script}""`);
      const spawned = spawnArguments(inv, CMD, true);
      expect(spawned).toEqual({
        file: CMD,
        args: [`/D /E:ON /V:OFF /S /C "CALL "${script}""`],
        argv0: `"${CMD}"`,
        windowsVerbatimArguments: true,
      });
      const line = `"${CMD}" /D /E:ON /V:OFF /S /C "CALL "${script}""`;
      expect(nodeCommandLine(spawned)).toBe(line);
      expect(windowsCommandLine(CMD, inv.arguments)).toBe(line);
      expect(cmdRuns(line)).toBe(`CALL "${script}"`);
    }
  });

  it('cmd: the old split and re-quoted argv gave cmd a command that is not CALL "<script>"', () => {
    // What the old code spawned (`cmd.exe` and its own split of the template), quoted by Node as usual.
    const script = `${SPACED}\\script.cmd`;
    const old = nodeCommandLine({
      file: 'cmd.exe',
      args: ['/D', '/E:ON', '/V:OFF', '/S', '/C', 'CALL ', `${script}""`],
    });
    expect(cmdRuns(old)).not.toBe(`CALL "${script}"`);
  });

  it('pwsh and powershell: -command and ". \'<script>\'", the quotes kept, a path with a space in one argument', () => {
    for (const [shell, program] of [
      ['pwsh', PWSH],
      ['powershell', POWERSHELL],
    ] as const) {
      for (const dir of [TEMP, SPACED]) {
        const script = `${dir}\\script.ps1`;
        const inv = shellInvocation(shell, script);
        expect(inv.arguments).toBe(`-command ". '${script}'"`);
        const spawned = spawnArguments(inv, program, true);
        const line = nodeCommandLine(spawned);
        expect(line).toBe(`"${program}" -command ". '${script}'"`);
        // pwsh and powershell read their command line by the C runtime's rules.
        expect(parseArguments(line)).toEqual([program, '-command', `. '${script}'`]);
      }
    }
  });

  it('bash on Windows: the runner formats the path unquoted, so a path with a space splits there too', () => {
    const script = `${TEMP}\\script.sh`;
    const inv = shellInvocation('bash', script);
    const line = nodeCommandLine(spawnArguments(inv, BASH, true));
    expect(line).toBe(`"${BASH}" --noprofile --norc -e -o pipefail ${script}`);
    expect(parseArguments(line).slice(1)).toEqual(['--noprofile', '--norc', '-e', '-o', 'pipefail', script]);
    // As the runner's own bash steps do on such a runner (ScriptHandlerHelpers.cs line 18 has no quotes).
    const spaced = shellInvocation('bash', `${SPACED}\\script.sh`);
    expect(spaced.args.slice(-2)).toEqual([
      String.raw`C:\actions`,
      String.raw`runner\_work\_temp\ci-recovery\run-1\attempt-1\script.sh`,
    ]);
  });

  it('a double quote in the path is escaped as the runner escapes it (ScriptHandler.cs line 252)', () => {
    const inv = shellInvocation('pwsh', String.raw`C:\t\a"b.ps1`);
    expect(inv.arguments).toBe(String.raw`-command ". 'C:\t\a\"b.ps1'"`);
    expect(inv.args).toEqual(['-command', String.raw`. 'C:\t\a"b.ps1'`]);
  });
});

describe('the runner argv on Linux and macOS: .NET splits the one string', () => {
  it('the built-in shells, a script path with a space', () => {
    const p = '/home/runner/actions runner/_temp/script';
    expect(shellCommand('bash', `${p}.sh`)).toEqual({
      file: 'bash',
      args: [
        '--noprofile',
        '--norc',
        '-e',
        '-o',
        'pipefail',
        '/home/runner/actions',
        'runner/_temp/script.sh',
      ],
    });
    expect(shellCommand('sh', '/t/s.sh')).toEqual({ file: 'sh', args: ['-e', '/t/s.sh'] });
    expect(shellCommand('pwsh', `${p}.ps1`)).toEqual({ file: 'pwsh', args: ['-command', `. '${p}.ps1'`] });
    expect(shellCommand('python', '/t/s.py')).toEqual({ file: 'python', args: ['/t/s.py'] });
  });

  it('a template: the program, then its format; single quotes are not quotes to .NET, double ones are', () => {
    expect(shellCommand('perl -w {0}', '/t/s')).toEqual({ file: 'perl', args: ['-w', '/t/s'] });
    expect(shellCommand(`perl -w '{0}'`, '/t/s')).toEqual({ file: 'perl', args: ['-w', `'/t/s'`] });
    expect(shellCommand('perl -w "{0}"', '/t/a b')).toEqual({ file: 'perl', args: ['-w', '/t/a b'] });
    expect(shellCommand('pwsh -File {0}', '/t/s.ps1')).toEqual({ file: 'pwsh', args: ['-File', '/t/s.ps1'] });
    // A program alone takes its built-in format (the runner's dictionary ignores case).
    expect(shellCommand('PWSH', '/t/s.ps1').args).toEqual(['-command', ". '/t/s.ps1'"]);
    expect(shellCommand('x {{{0}}}', '/t/s').args).toEqual(['{/t/s}']);
    expect(() => shellCommand('x {0} {1}', '/t/s')).toThrow(/Input 'shell' is 'x \{0\} \{1\}'/);
    expect(() => shellCommand('zsh', '/t/s')).toThrow(/Input 'shell' is 'zsh'.*\{0\}/);
  });

  it("the script's extension follows the program, a template's too", () => {
    expect(scriptExtension('pwsh -File {0}')).toBe('.ps1');
    expect(scriptExtension('cmd')).toBe('.cmd');
    expect(scriptExtension('python {0}')).toBe('.py');
    expect(scriptExtension('perl {0}')).toBe('');
  });

  it('parseArguments: the C runtime rules .NET follows', () => {
    expect(parseArguments(String.raw`a\\b "c d" e\"f "g\\" h""i "j""k"`)).toEqual([
      String.raw`a\\b`,
      'c d',
      'e"f',
      'g\\',
      'hi',
      'j"k',
    ]);
    expect(parseArguments('  \t ')).toEqual([]);
  });
});

describe("the runner's OS decides, purely (issue 45: 4)", () => {
  it('RUNNER_OS, else the host', () => {
    expect(isWindowsRunner('Windows', 'linux')).toBe(true);
    expect(isWindowsRunner('Linux', 'win32')).toBe(false);
    expect(isWindowsRunner(undefined, 'win32')).toBe(true);
    expect(isWindowsRunner(undefined, 'darwin')).toBe(false);
  });

  it('Windows: no process group, the tree ended by taskkill /T /F /PID', () => {
    expect(processLayout(true)).toEqual({ treeKill: 'taskkill', detached: false });
    expect(processLayout(false)).toEqual({ treeKill: 'process-group', detached: true });
    expect(treeKillCommand(4242)).toEqual({ file: 'taskkill', args: ['/T', '/F', '/PID', '4242'] });
  });

  it("the program is looked up as the runner's WhichUtil does: PATH with PATHEXT, never the working directory", () => {
    expect(windowsProgramCandidates('pwsh', String.raw`C:\a;;C:\b\ `.trim(), '.EXE;.CMD')).toEqual([
      String.raw`C:\a\pwsh.EXE`,
      String.raw`C:\a\pwsh.CMD`,
      String.raw`C:\b\pwsh.EXE`,
      String.raw`C:\b\pwsh.CMD`,
    ]);
    expect(windowsProgramCandidates('cmd.exe', String.raw`C:\w`, undefined)).toEqual([
      String.raw`C:\w\cmd.exe`,
    ]);
    expect(windowsProgramCandidates(PWSH, 'C:\\a', undefined)).toEqual([PWSH]);
  });
});
