/**
 * What a `run/` step does differently on the runner's OS, decided from RUNNER_OS (JobEnv.runnerOs), so
 * that the Windows path is a pure answer this Linux machine can test: the command line (shell-command.ts),
 * where the program is found, and how the command's process tree is killed at a limit or a cancel. Pure.
 */

/** The runner is Windows: RUNNER_OS says so; without it (a laptop), the host's platform decides. */
export function isWindowsRunner(runnerOs: string | undefined, hostPlatform: string): boolean {
  return runnerOs ? runnerOs.toLowerCase() === 'windows' : hostPlatform === 'win32';
}

/** How a command's process tree is started and ended on the runner's OS. */
export interface ProcessLayout {
  /**
   * POSIX: the command leads a process group of its own (detached), and the group, its cookie and /proc
   * find the tree. Windows has no process groups (a detached child gets a new console instead): the
   * command shares ours, and `taskkill /T` walks the tree by parent process id.
   */
  treeKill: 'process-group' | 'taskkill';
  detached: boolean;
}

export function processLayout(windows: boolean): ProcessLayout {
  return windows ? { treeKill: 'taskkill', detached: false } : { treeKill: 'process-group', detached: true };
}

/**
 * The Windows tree kill: `/T` ends the process and every process it started, `/F` forcibly (console
 * programs get no close message to answer). Like the runner's own `WindowsKillProcessTree`
 * (`src/Runner.Sdk/ProcessInvoker.cs`), which walks parent ids and kills the leaves first.
 */
export function treeKillCommand(pid: number): { file: string; args: string[] } {
  return { file: 'taskkill', args: ['/T', '/F', '/PID', String(pid)] };
}

/**
 * The shell of a `run/` step whose `shell` input is empty, as the runner picks one for a `run:` step with
 * no `shell:` (actions/runner 258d6c8, `src/Runner.Worker/Handlers/ScriptHandler.cs` lines 187-203): on
 * Windows `pwsh` when WhichUtil finds it on PATH (lines 190-191), else `powershell` (lines 192-197; the
 * runner fails the step when neither is found, lines 196 and 198), both with `-command ". '{0}'"`
 * (line 203, `ScriptHandlerHelpers.cs` line 16). Elsewhere ci-recovery keeps `bash`, its documented
 * default, which also stops at a pipeline's failing command (`-o pipefail`): the runner's default there is
 * bash with the `sh` format, `bash -e {0}` (lines 200-201, `ScriptHandlerHelpers.cs` line 19).
 */
export function defaultShell(windows: boolean, pwshOnPath: boolean): 'bash' | 'pwsh' | 'powershell' {
  if (!windows) return 'bash';
  return pwshOnPath ? 'pwsh' : 'powershell';
}

/** PATHEXT's default when unset (WhichUtil.cs line 44). */
const DEFAULT_PATHEXT = '.com;.exe;.bat;.cmd;.vbs;.vbe;.js;.jse;.wsf;.wsh';

/**
 * Where the runner's WhichUtil (`src/Runner.Sdk/Util/WhichUtil.cs` lines 13-90) looks for `command` on
 * Windows, in order: the path itself when fully qualified, else each PATH directory with the name as
 * given when it ends in a PATHEXT extension, or with each extension added. The first that exists is the
 * program; the runner never looks in the working directory (CreateProcess's own search would).
 */
export function windowsProgramCandidates(
  command: string,
  pathVar: string | undefined,
  pathExt: string | undefined,
): string[] {
  if (/^[a-zA-Z]:[\\/]|^[\\/]{2}/.test(command)) return [command];
  const exts = (pathExt || DEFAULT_PATHEXT).split(';').filter(Boolean);
  const hasExt = exts.some((e) => command.toLowerCase().endsWith(e.toLowerCase()));
  const dirs = (pathVar ?? '').split(';').filter(Boolean);
  const join = (dir: string, name: string): string => `${dir.replace(/[\\/]+$/, '')}\\${name}`;
  return dirs.flatMap((dir) => (hasExt ? [join(dir, command)] : exts.map((e) => join(dir, command + e))));
}
