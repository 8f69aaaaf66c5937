/**
 * A `run:` step as the GitHub Actions runner runs it, on this machine's real tools: the script written to
 * `_temp/<uuid>.sh` and run by `bash -e {0}` (actions/runner src/Runner.Worker/Handlers/ScriptHandler.cs, the
 * default shell on Linux), stdout and stderr into one stream in the order they were written, as the runner's log
 * holds them. So a 127, 126 or 2 and `set -o pipefail` are the shell's own, and each tool prints what it prints.
 * Offline: npm's registry and Go's proxy point nowhere, so a tool that would reach the network fails at once.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { actionsStep, jobLog } from '../classify-logs.js';
import type { RealCase } from './real-config-cases.js';
import { type MatcherConfig, runnerOutput } from './runner-output.js';

/**
 * The step's header as the runner prints it (actions/runner ScriptHandler.cs PrintActionDetails): `##[group]Run`
 * and the script's first line, each script line in cyan when there are several, the shell, `##[endgroup]`.
 */
function header(script: string): string[] {
  const lines = script.split('\n');
  if (lines.length === 1) return actionsStep({ run: script }, []);
  return [
    `##[group]Run ${lines[0]}`,
    ...lines.map((l) => `\u001b[36;1m${l}\u001b[0m`),
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
  ];
}

export interface StepRun {
  /** The step's output lines, stdout and stderr interleaved. */
  lines: string[];
  exit: number;
  /** The job log of this one step, as `classify` reads it: the output as the runner writes it (runner-output.ts). */
  log: string;
  /** The log's records before their timestamps: the step's header, its output as written, the exit line. */
  records: string[];
}

const dirs: string[] = [];
/** Removes the temporary projects made so far (call in afterAll). */
export function removeProjects(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temporary project holding `files` (path -> text). */
export function tempProject(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ci-recovery-real-config-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** The environment a step runs in: a runner's CI variables, offline registries, caches in `dir`. */
function stepEnv(dir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  // The user's npm settings in any case (NPM_CONFIG_USERCONFIG beats the lower-case one): none reach a step.
  const own = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_/i.test(k)));
  const env: NodeJS.ProcessEnv = {
    ...own,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    // npm from node_modules/.bin (eslint, tsc, jest, mocha, vitest) as `npx` finds them.
    PATH: `${path.join(repoRoot, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    npm_config_registry: 'http://127.0.0.1:9/',
    // npm's config files in `dir`: `npx jest` / `npm test` export the user's own (npm_config_userconfig=~/.npmrc),
    // which the spread above would pass on, with whatever token it holds.
    npm_config_userconfig: path.join(dir, '.npmrc'),
    npm_config_globalconfig: path.join(dir, 'npmrc'),
    npm_config_cache: path.join(dir, '.npm-cache'),
    npm_config_fetch_retries: '0',
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    GOPROXY: 'off',
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GOPATH: path.join(dir, '.gopath'),
    GOCACHE: path.join(os.tmpdir(), 'ci-recovery-gocache'),
    CARGO_NET_OFFLINE: 'true',
    CARGO_TARGET_DIR: path.join(dir, 'target'),
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: dir,
    ...extra,
  };
  // Jest's own worker variables and the tests' switches are not a runner's.
  for (const k of Object.keys(env)) if (k.startsWith('JEST_') || k === 'NODE_OPTIONS') delete env[k];
  // A user's cargo and rustup stay where they are installed (HOME moved).
  env.CARGO_HOME ??= path.join(os.homedir(), '.cargo');
  env.RUSTUP_HOME ??= path.join(os.homedir(), '.rustup');
  return env;
}

/**
 * Runs `script` as a `run:` step in `dir` (asynchronously, so a server in this process can answer it) and
 * returns its output, exit code and job log.
 * The step is killed (SIGKILL) after `limitMs`: 150 s by default, three times the slowest case's time on two workers
 * here (playwright's, 44 s), since CI runs the whole suite beside it (stop 112: a file took 2.5 times its time here).
 * What it left running (a server started with `&`) is killed when it ends, as the runner ends a job's orphan
 * processes: the step runs in a process group of its own.
 */
export async function runStep(
  script: string,
  dir: string,
  env: Record<string, string> = {},
  limitMs = 150_000,
): Promise<StepRun> {
  const temp = path.join(dir, '_temp');
  mkdirSync(temp, { recursive: true });
  const file = path.join(temp, `${randomUUID()}.sh`);
  writeFileSync(file, `${script}\n`);
  const out = path.join(temp, 'out.log');
  const fd = openSync(out, 'w');
  const exit = await new Promise<number>((resolve, reject) => {
    const child = spawn('bash', ['-e', file], {
      cwd: dir,
      env: stepEnv(dir, env),
      stdio: ['ignore', fd, fd],
      detached: true,
    });
    const killGroup = (): void => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch (err) {
        // ESRCH: nothing of the step's group is left.
        if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
      }
    };
    const timer = setTimeout(killGroup, limitMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      killGroup();
      resolve(code ?? (signal ? 128 : -1));
    });
  });
  closeSync(fd);
  const lines = readFileSync(out, 'utf8').replace(/\n$/, '').split('\n');
  const records = stepRecords(script, lines, exit);
  return { lines, exit, log: jobLog(records), records };
}

/**
 * The job log's records of a `run:` step that printed `lines` and ended with `exit`: its header, its output as the
 * runner writes it under `matchers` (a setup action's, setup-matchers.ts), the exit line.
 */
export function stepRecords(
  script: string,
  lines: readonly string[],
  exit: number,
  matchers: readonly MatcherConfig[] = [],
): string[] {
  return [
    ...header(script),
    ...runnerOutput(lines, matchers),
    `##[error]Process completed with exit code ${exit}.`,
  ];
}

/** A local HTTP server that answers every request 401 with a Basic challenge, as a private remote does. */
export async function remote401(): Promise<{ url: string; close: () => Promise<void> }> {
  const http = await import('node:http');
  const server = http.createServer((_req, res) => {
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/org/app.git`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Runs one case of `real-config-cases.ts` in a fresh temporary project. */
export async function runCase(c: RealCase): Promise<StepRun> {
  const dir = tempProject(c.files);
  if (c.modules) symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  if (!c.remote401) return runStep(c.run, dir);
  const remote = await remote401();
  try {
    return await runStep(c.run, dir, { REMOTE_URL: remote.url });
  } finally {
    await remote.close();
  }
}
