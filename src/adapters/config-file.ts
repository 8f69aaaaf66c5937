import { lstat, mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  configFromJson,
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MAX_CONFIG_BYTES,
  type Config,
} from '../core/config-defaults.js';
import { UserError } from '../core/errors.js';
import { NotRegularFileError, openRegularFile } from '../runner/adapters/regular-file.js';
import type { JobEnv } from '../core/job-env.js';

const CANDIDATES = [CONFIG_FILE, '.github/ci-recovery.yaml'];

/**
 * Reads `.github/ci-recovery.yml` (or `.yaml`) from the workspace. No file -> the defaults. A bad file
 * throws the UserError of parseConfig, with the path relative to the workspace. `file` (the `config` input
 * or `--config`, set to another path) replaces the default locations, and must exist: a team that named its
 * config and mistyped the path would otherwise run on the defaults without knowing.
 */
export async function loadConfig(
  workspace: string,
  file?: string,
): Promise<{ config: Config; file?: string }> {
  for (const candidate of file ? [file] : CANDIDATES) {
    const rel = path.isAbsolute(candidate) ? path.relative(workspace, candidate) : candidate;
    let text: string;
    try {
      await checkInRepository(workspace, rel);
      text = await readBounded(path.resolve(workspace, rel), rel);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (file === undefined) continue;
      throw new UserError(
        `Config file '${rel}' does not exist in the workspace (the 'config' input or --config names it): fix the path, or leave it out to use ${CONFIG_FILE} or the defaults.`,
      );
    }
    // The parser (yaml + ajv) loads only when there is a file to parse (a start with no config file does
    // not pay for it); the team rules' engine only when the file has team rules (core/config.ts).
    const { parseConfig } = await import('../core/config.js');
    return { config: await parseConfig(text, rel), file: rel };
  }
  return { config: DEFAULT_CONFIG };
}

/**
 * Refuses a config path that leaves the repository or passes through a link: a config that is a link to
 * any file of the runner (`/etc/shadow`, a token file) would have its lines echoed in parse errors.
 */
async function checkInRepository(workspace: string, rel: string): Promise<void> {
  const parts = path.normalize(rel).split(path.sep);
  if (path.isAbsolute(rel) || parts[0] === '..')
    throw new UserError(
      `Config file '${rel}' lies outside the repository: give a path inside the workspace (e.g. ${CONFIG_FILE}).`,
    );
  for (let i = 1; i <= parts.length; i++) {
    const at = parts.slice(0, i).join(path.sep);
    const st = await lstat(path.join(workspace, at)); // ENOENT: no config there
    if (st.isSymbolicLink())
      throw new UserError(
        `Config file '${rel}': '${at}' is a symbolic link; the config is read only as a regular file inside the repository (replace the link by the file).`,
      );
  }
}

/** The file's text, refused (before reading it) when it is not a regular file or larger than any real config. */
async function readBounded(file: string, shownAs: string): Promise<string> {
  const handle = await openRegularFile(file).catch((error: unknown) => {
    if (!(error instanceof NotRegularFileError)) throw error;
    throw new UserError(
      `Config file '${shownAs}' is not a regular file; the config is read only as a regular file inside the repository.`,
    );
  });
  try {
    const { size } = await handle.stat();
    if (size > MAX_CONFIG_BYTES)
      throw new UserError(
        `${shownAs}: the file is ${size} bytes, over the limit of ${MAX_CONFIG_BYTES} bytes (${MAX_CONFIG_BYTES / 1024} KiB) for a config; keep only the sections you change (see schema/ci-recovery.schema.json)`,
      );
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * The effective config for a sub-action: what main wrote to the file named by CI_RECOVERY_CONFIG_FILE, else
 * the file in the workspace, so sub-actions don't re-parse (and re-validate) it when main ran.
 */
export async function effectiveConfig(env: Pick<JobEnv, 'recovery' | 'workspace'>): Promise<Config> {
  const fromMain = env.recovery.configFile ? await readEffectiveConfig(env.recovery.configFile) : undefined;
  if (fromMain) return fromMain;
  return (await loadConfig(env.workspace)).config;
}

/** The file main writes the effective config to, in the job's RUNNER_TEMP. */
export function effectiveConfigPath(runnerTemp: string): string {
  return path.join(runnerTemp, 'ci-recovery', 'effective-config.json');
}

/** Writes the effective config for later steps; returns its path. */
export async function writeEffectiveConfig(runnerTemp: string, config: Config): Promise<string> {
  const file = effectiveConfigPath(runnerTemp);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(config));
  return file;
}

/** Main's effective config, or undefined when the file is gone, too large or not a config. */
async function readEffectiveConfig(file: string): Promise<Config | undefined> {
  try {
    // JSON of a config that passed the YAML limit: allow for quoting, refuse anything far larger.
    const handle = await open(file, 'r');
    try {
      if ((await handle.stat()).size > 4 * MAX_CONFIG_BYTES) return undefined;
      // Its team rules are not compiled here: run/'s classify port loads their engine when a failure is classified.
      return configFromJson(await handle.readFile('utf8'));
    } finally {
      await handle.close();
    }
  } catch {
    // no config file, or one that cannot be read, is the caller's "not found"
    return undefined;
  }
}

/** Where main leaves the change's files for the job's later steps. */
export function changedFilesPath(runnerTemp: string): string {
  return path.join(runnerTemp, 'ci-recovery', 'changed-files.json');
}

/** Main: writes the change's files for later steps; returns the path. */
export async function writeChangedFiles(runnerTemp: string, files: readonly string[]): Promise<string> {
  const file = changedFilesPath(runnerTemp);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(files));
  return file;
}
