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
      // The runner tests the line, not the name, for emptiness (EnvFileKeyValuePairs: `if
      // (string.IsNullOrEmpty(line))` after the split): `=value` passes with the empty name.
      result[line.slice(0, equals)] = line.slice(equals + 1);
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

/** What a GITHUB_ENV file sets, and the names in it that are not set. */
export interface EnvEntries {
  env: Record<string, string>;
  refused: string[];
}

/**
 * A GITHUB_ENV file's variables as they reach a later command: NODE_OPTIONS is never set through it (the
 * runner refuses it, GitHub's docs on GITHUB_ENV), nor the empty name. Throws FileCommandError.
 */
export function envFileEntries(text: string, ends: LineEnds = { windows: false }): EnvEntries {
  const env: Record<string, string> = {};
  const refused: string[] = [];
  for (const [name, value] of Object.entries(parseKeyValueFile(text, ends))) {
    if (name === '' || name.toUpperCase() === 'NODE_OPTIONS') refused.push(name);
    else env[name] = value;
  }
  return { env, refused };
}

/**
 * A file command's bytes as the runner reads them: .NET's `File.ReadAllText(path)` (EnvFileKeyValuePairs;
 * `File.ReadAllLines(path, Encoding.UTF8)` for GITHUB_PATH) detects a byte order mark: UTF-8's is dropped,
 * UTF-16 (as Windows PowerShell 5.1's `Out-File` and `>>` write) and UTF-32 are decoded; without one, UTF-8.
 */
export function decodeFileCommand(bytes: Uint8Array): string {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return utf32(bytes.subarray(4), true);
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return utf32(bytes.subarray(4), false);
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

function utf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = '';
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    text += code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  }
  return text;
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
