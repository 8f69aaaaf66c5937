/**
 * The runner's grammar of the key-value file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE):
 * `NAME=VALUE` lines, or `NAME<<DELIMITER` ... `DELIMITER` heredocs, whichever of `=` and `<<` comes
 * first. A malformed file raises the runner's own messages. One parser, for the `run/` step and the stand.
 *
 * Line ends are the runner's per OS (actions/runner `src/Runner.Worker/FileCommandManager.cs`, `ReadLine`):
 * only on Windows does `\r\n` end a line (`#if OS_WINDOWS`); on Linux and macOS a line ends at `\n` alone,
 * so `KEY=v\r\n` keeps its `\r` and a delimiter line `EOF\r` does not match `EOF`.
 */

/** How the runner reads lines: `windows` when it runs on Windows, where CRLF ends a line too. */
export interface LineEnds {
  windows: boolean;
}

export class FileCommandError extends Error {
  override name = 'FileCommandError';
}

interface Line {
  line: string;
  start: number;
  newlineLength: number;
}

/** Reads `text` line by line, remembering where each line started and how long its newline was. */
function lineReader(
  text: string,
  { windows }: LineEnds,
): { next: () => Line | undefined; index: () => number } {
  let index = 0;
  const next = (): Line | undefined => {
    if (index >= text.length) return undefined;
    const start = index;
    const newline = text.indexOf('\n', index);
    if (newline === -1) {
      index = text.length;
      return { line: text.slice(start), start, newlineLength: 0 };
    }
    index = newline + 1;
    const crlf = windows && newline > start && text[newline - 1] === '\r';
    return { line: text.slice(start, crlf ? newline - 1 : newline), start, newlineLength: crlf ? 2 : 1 };
  };
  return { next, index: () => index };
}

/** The value of a heredoc whose header was just read: up to the newline before the delimiter line. */
function heredocValue(text: string, lines: ReturnType<typeof lineReader>, delimiter: string): string {
  const valueStart = lines.index();
  let previousNewline = 0;
  for (let next = lines.next(); next; next = lines.next()) {
    if (next.line === delimiter) {
      return next.start === valueStart ? '' : text.slice(valueStart, next.start - previousNewline);
    }
    if (next.newlineLength === 0) throw new FileCommandError('Invalid value. EOF marker missing new line.');
    previousNewline = next.newlineLength;
  }
  throw new FileCommandError(`Invalid value. Matching delimiter not found '${delimiter}'`);
}

/**
 * Parses a key-value file command the way the runner on `ends`' OS does (Linux or macOS unless told);
 * later values win. Throws FileCommandError.
 */
export function parseKeyValueFile(text: string, ends: LineEnds = { windows: false }): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = lineReader(text, ends);
  for (let current = lines.next(); current; current = lines.next()) {
    const { line } = current;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const key = line.slice(0, equals);
      if (key === '') throw new FileCommandError(`Invalid format '${line}'. Name must not be empty`);
      result[key] = line.slice(equals + 1);
    } else if (heredoc >= 0) {
      const key = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (key === '' || delimiter === '') {
        throw new FileCommandError(
          `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`,
        );
      }
      result[key] = heredocValue(text, lines, delimiter);
    } else {
      throw new FileCommandError(`Invalid format '${line}'`);
    }
  }
  return result;
}

/**
 * A GITHUB_PATH file: one directory a line, empty lines skipped. The runner reads it with .NET's
 * `File.ReadAllLines`, which ends a line at `\r\n`, `\r` or `\n` on every OS (FileCommandManager.cs,
 * `AddPathFileCommand`).
 */
export function parsePathFile(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((l) => l !== '');
}

/** The runner's message for a malformed file command, naming it ('output', 'env', 'save-state'). */
export function fileCommandFailure(command: string, error: unknown): FileCommandError {
  return new FileCommandError(
    `Unable to process file command '${command}' successfully. ${(error as Error).message}`,
  );
}
