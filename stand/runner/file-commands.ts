/**
 * File commands as the runner implements them: fresh empty GITHUB_OUTPUT/ENV/PATH/STATE/STEP_SUMMARY
 * files for every stage, parsed afterwards with the runner's grammar and its error messages (the one
 * parser in src/core/file-commands.ts, which the `run/` step uses too).
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  decodeFileCommand,
  fileCommandFailure,
  FileCommandError,
  parseKeyValueFile,
  parsePathFile,
} from '../../src/core/file-commands.js';

export { FileCommandError, parseKeyValueFile } from '../../src/core/file-commands.js';

/** The step summary upload limit. */
export const SUMMARY_LIMIT = 1024 * 1024;

export interface StageFiles {
  output: string;
  env: string;
  path: string;
  state: string;
  summary: string;
}

export interface FileCommandResults {
  outputs: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  state: Record<string, string>;
  summary: string;
  /** Malformed file commands, each with the runner's message: each fails the step. */
  failures: string[];
  /** Errors the runner reports without failing the step (an oversized summary). */
  errors: string[];
}

/** Creates fresh empty files under `<runnerTemp>/_runner_file_commands/` and returns their paths. */
export async function createStageFiles(runnerTemp: string): Promise<StageFiles> {
  const dir = path.join(runnerTemp, '_runner_file_commands');
  await mkdir(dir, { recursive: true });
  const id = randomUUID();
  const files: StageFiles = {
    output: path.join(dir, `set_output_${id}`),
    env: path.join(dir, `set_env_${id}`),
    path: path.join(dir, `add_path_${id}`),
    state: path.join(dir, `save_state_${id}`),
    summary: path.join(dir, `step_summary_${id}`),
  };
  await Promise.all(Object.values(files).map((f: string) => writeFile(f, '')));
  return files;
}

export function stageFileEnv(files: StageFiles): Record<string, string> {
  return {
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
  };
}

/**
 * Reads and parses every file of a stage as the runner's `ProcessFiles` does: each file on its own, so a
 * malformed one is reported (and fails the step) while the others still apply; a summary over 1 MiB is an
 * error annotation, not a failure, and is dropped (FileCommandManager.cs, `CreateStepSummaryCommand`).
 * Lines end as on this machine's OS (the runner strips `\r` only on Windows).
 */
export async function readStageFiles(files: StageFiles): Promise<FileCommandResults> {
  const ends = { windows: process.platform === 'win32' };
  const failures: string[] = [];
  const errors: string[] = [];
  const read = async (f: string): Promise<string> => decodeFileCommand(await readFile(f));
  const parse = async (name: string, file: string): Promise<Record<string, string>> => {
    try {
      return parseKeyValueFile(await read(file), ends);
    } catch (error) {
      if (!(error instanceof FileCommandError)) throw error;
      failures.push(fileCommandFailure(name, error).message);
      return {};
    }
  };
  const summarySize = (await stat(files.summary)).size;
  let summary = '';
  if (summarySize > SUMMARY_LIMIT) {
    errors.push(
      `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${SUMMARY_LIMIT / 1024}k, got ${Math.floor(summarySize / 1024)}k. For more information see: https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary`,
    );
  } else summary = await read(files.summary);
  return {
    env: await parse('env', files.env),
    path: parsePathFile(await read(files.path)),
    outputs: await parse('output', files.output),
    state: await parse('save-state', files.state),
    summary,
    failures,
    errors,
  };
}
