/**
 * File commands as the runner implements them: fresh empty GITHUB_OUTPUT/ENV/PATH/STATE/STEP_SUMMARY
 * files for every stage, parsed afterwards with the runner's grammar and its error messages (the one
 * parser in src/core/file-commands.ts, which the `run/` step uses too).
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
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

/** Reads and parses every file of a stage. Errors name the file command that was malformed. */
export async function readStageFiles(files: StageFiles): Promise<FileCommandResults> {
  const read = (f: string): Promise<string> => readFile(f, 'utf8');
  const parse = (name: string, text: string): Record<string, string> => {
    try {
      return parseKeyValueFile(text);
    } catch (error) {
      throw fileCommandFailure(name, error);
    }
  };
  const summarySize = (await stat(files.summary)).size;
  if (summarySize > SUMMARY_LIMIT) {
    throw new FileCommandError(
      `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${SUMMARY_LIMIT / 1024}k, got ${Math.ceil(summarySize / 1024)}k.`,
    );
  }
  return {
    outputs: parse('output', await read(files.output)),
    env: parse('env', await read(files.env)),
    state: parse('save-state', await read(files.state)),
    path: parsePathFile(await read(files.path)),
    summary: await read(files.summary),
  };
}
