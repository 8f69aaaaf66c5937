/**
 * File commands as the runner implements them: fresh empty GITHUB_OUTPUT/ENV/PATH/STATE/STEP_SUMMARY
 * files for every stage, parsed afterwards with the runner's grammar (`NAME=VALUE` or
 * `NAME<<DELIMITER` ... `DELIMITER`) and its error messages.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

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

export class FileCommandError extends Error {
  override name = 'FileCommandError';
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

/** Parses a key-value file command the way the runner does; throws FileCommandError with its messages. */
export function parseKeyValueFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  let index = 0;
  const readLine = (): { line: string; start: number; newlineLength: number } | undefined => {
    if (index >= text.length) return undefined;
    const start = index;
    const newline = text.indexOf('\n', index);
    if (newline === -1) {
      index = text.length;
      return { line: text.slice(start), start, newlineLength: 0 };
    }
    index = newline + 1;
    const crlf = newline > start && text[newline - 1] === '\r';
    return { line: text.slice(start, crlf ? newline - 1 : newline), start, newlineLength: crlf ? 2 : 1 };
  };

  for (let current = readLine(); current; current = readLine()) {
    const { line } = current;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    let key: string;
    let value: string;
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      key = line.slice(0, equals);
      value = line.slice(equals + 1);
      if (key === '') throw new FileCommandError(`Invalid format '${line}'. Name must not be empty`);
    } else if (heredoc >= 0 && (equals < 0 || heredoc < equals)) {
      key = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (key === '' || delimiter === '') {
        throw new FileCommandError(
          `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`,
        );
      }
      const valueStart = index;
      let found: { start: number } | undefined;
      let previousNewline = 0;
      for (let next = readLine(); next; next = readLine()) {
        if (next.line === delimiter) {
          found = next;
          break;
        }
        previousNewline = next.newlineLength;
      }
      if (!found) throw new FileCommandError(`Invalid value. Matching delimiter not found '${delimiter}'`);
      // The value ends before the newline that precedes the delimiter line.
      value = found.start === valueStart ? '' : text.slice(valueStart, found.start - previousNewline);
    } else {
      throw new FileCommandError(`Invalid format '${line}'`);
    }
    result[key] = value;
  }
  return result;
}

/** Reads and parses every file of a stage. Errors name the file command that was malformed. */
export async function readStageFiles(files: StageFiles): Promise<FileCommandResults> {
  const read = (f: string): Promise<string> => readFile(f, 'utf8');
  const parse = (name: string, text: string): Record<string, string> => {
    try {
      return parseKeyValueFile(text);
    } catch (error) {
      throw new FileCommandError(
        `Unable to process file command '${name}' successfully. ${(error as Error).message}`,
      );
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
    path: (await read(files.path))
      .split('\n')
      .map((l) => l.replace(/\r$/, ''))
      .filter((l) => l.trim() !== ''),
    summary: await read(files.summary),
  };
}
