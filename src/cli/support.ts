/** Output, logging and store defaults shared by the checkpoint CLI verbs (checkpoint, restore, list, validate, cleanup). */
import { lstatSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../runner/adapters/logger.js';
import { inertJson, inertText } from '../runner/adapters/runner.js';
import { defaultManifestCache, load, type CheckpointStore } from '../checkpoint/index.js';
import { UsageError, UserError } from '../core/errors.js';
import type { JobEnv } from '../core/job-env.js';
import { inert, inertLines } from '../core/text.js';

/**
 * The part of the engine a verb loads: the whole, or a restore's alone (adapters/restoring.ts). One part a
 * process: the bundler copies the modules two parts share into each, so loading both compiles them twice.
 */
export type EnginePart = 'engine' | 'restoring';

/** The CLI's embedded default: a directory store under the current directory (excluded from checkpoints). */
export const DEFAULT_CLI_STORE = 'dir:.ci-recovery/checkpoints';

/**
 * The store a CLI verb names with --store. A spec that is neither form is a usage error. The artifact
 * store needs the runtime token the runner gives each job (ACTIONS_RUNTIME_TOKEN): outside a job there is
 * none, which no permission or github-token can make up for, so say that instead of what the artifact
 * client would report.
 */
export async function openCliStore(
  spec: string | undefined,
  env: Pick<JobEnv, 'runtime'>,
  part: EnginePart = 'engine',
): Promise<CheckpointStore> {
  const s = (spec ?? DEFAULT_CLI_STORE).trim();
  if (!(s.startsWith('dir:') && s.length > 4) && s !== 'artifact')
    throw new UsageError(
      `--store '${s}' is not a store: write 'dir:PATH' (a local directory) or 'artifact' (the run's artifacts, inside a GitHub Actions job).`,
    );
  if (s === 'artifact' && !env.runtime.token)
    throw new UserError(
      '--store artifact works only inside a GitHub Actions job: the runner gives each job a runtime token (ACTIONS_RUNTIME_TOKEN) and there is none here. Outside Actions use a directory store, e.g. --store dir:.ci-recovery/checkpoints.',
    );
  if (s.startsWith('dir:')) refuseLinkedStore(s.slice('dir:'.length), spec === undefined, process.cwd());
  return (await load[part]()).openStore(s, { cwd: process.cwd() });
}

/**
 * A relative store (the default one too) is written under the current directory, which is often a
 * checkout: a `.ci-recovery` (or any part of the path) committed or planted as a symbolic link would send
 * every checkpoint, with the workspace's files, wherever the link points, and have restores read what is
 * there. A link on the way is refused; a missing part is made later. An absolute path is the user's own.
 */
function refuseLinkedStore(dir: string, isDefault: boolean, cwd: string): void {
  if (path.isAbsolute(dir)) return;
  const parts = path
    .normalize(dir)
    .split(path.sep)
    .filter((p) => p !== '' && p !== '.');
  for (let i = 1; i <= parts.length; i++) {
    const at = path.join(cwd, ...parts.slice(0, i));
    const st = lstatSync(at, { throwIfNoEntry: false });
    if (!st) return;
    if (!st.isSymbolicLink()) continue;
    let target = '?';
    try {
      target = readlinkSync(at);
    } catch {
      // Named as '?'.
    }
    const which = isDefault ? `the default store ${dir}` : `the store dir:${dir}`;
    throw new UserError(
      `${which} in ${cwd} goes through a symbolic link (${parts.slice(0, i).join('/')} -> ${target}), so checkpoints would be written wherever it points; remove the link, or name the store by its absolute path with --store dir:PATH.`,
    );
  }
}

/**
 * Where the CLI keeps local manifest copies (with this machine's stat facts, so that the next incremental
 * checkpoint reads only changed files): the job's RUNNER_TEMP in a workflow, else beside a directory
 * store (a hidden folder its listing skips); none for the artifact store outside a runner.
 */
export async function cliManifestCache(
  store: CheckpointStore,
  env: Pick<JobEnv, 'runnerTempSet'>,
  part: EnginePart = 'engine',
): Promise<string | undefined> {
  const { DirStore } = await load[part]();
  return defaultManifestCache(env) ?? (store instanceof DirStore ? privateLocal(store.dir) : undefined);
}

/**
 * A directory store's `.local/`, unless it is not this user's private directory: in a store others can
 * write, another user can make it first and plant copies in it (a copy's stat facts and digests had the
 * next incremental reuse a changed file's old bytes) or links named as copies (a restore wrote its
 * manifest through one). Such a one is neither read nor written, as journal-dir.ts refuses journals.
 */
function privateLocal(storeDir: string): string | undefined {
  const dir = path.join(storeDir, '.local');
  // Missing: made by this user's save or restore (mkdir, this user's umask).
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (!st) return dir;
  // (Windows reports neither owners nor these mode bits: there only a link or a file is refused.)
  const uid = process.getuid?.();
  if (st.isDirectory() && (uid === undefined || (st.uid === uid && (st.mode & 0o022) === 0))) return dir;
  process.stderr.write(
    inertText(
      inert(
        `warning: ${dir} is not a private directory of this user (${st.isSymbolicLink() ? 'a link' : !st.isDirectory() ? 'not a directory' : st.uid !== uid ? `owner uid ${st.uid}` : `mode ${(st.mode & 0o777).toString(8)}, writable by others`}): local copies of manifests are neither read from it nor written, so a checkpoint reads every file again; remove it, and it is made again (0700).`,
      ),
    ) + '\n',
  );
  return undefined;
}

export { bytes } from './bytes.js';

/** The real stdout while stdoutToStderr is active: results go there, library chatter does not. */
let resultOut: ((text: string) => boolean) | undefined;

/** A result line on stdout; paths and log text in it cannot act as workflow commands under Actions. */
export function print(line = ''): void {
  (resultOut ?? process.stdout.write.bind(process.stdout))(inertText(line) + '\n');
}

export function printJson(value: unknown): void {
  print(inertJson(value, 2));
}

/** Aligned plain-text table. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * The CLI logs to stderr (stdout carries results, and is pure JSON with --json); debug lines only with
 * RUNNER_DEBUG=1, the switch GitHub's "debug logging" re-run sets and @actions/core reads.
 */
export function stderrLogger(verbose: boolean): Logger {
  // stderr too: the runner reads both streams for workflow commands.
  const w = (prefix: string) => (m: string) =>
    void process.stderr.write(`${inertText(inertLines(`${prefix}${m}`))}\n`);
  return {
    debug: (m) => (verbose ? w('debug: ')(m) : undefined),
    info: w(''),
    notice: w('notice: '),
    warning: w('warning: '),
    error: w('error: '),
    group: (_name, fn) => fn(),
  };
}

/**
 * Runs fn with stdout sent to stderr: the artifact and cache clients log through @actions/core, which
 * writes to stdout outside Actions, and stdout must carry only our result (pure JSON with --json).
 */
export async function stdoutToStderr<T>(fn: () => Promise<T>): Promise<T> {
  const stdout = process.stdout;
  const original = Object.getOwnPropertyDescriptor(stdout, 'write');
  const write = stdout.write.bind(stdout);
  resultOut = (text) => write(text);
  stdout.write = process.stderr.write.bind(process.stderr);
  try {
    return await fn();
  } finally {
    if (original) Object.defineProperty(stdout, 'write', original);
    else delete (stdout as { write?: unknown }).write;
    resultOut = undefined;
  }
}
