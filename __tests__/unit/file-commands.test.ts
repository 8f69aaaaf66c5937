/**
 * The one parser of the key-value file commands (src/core/file-commands.ts), used by the `run/` step and
 * by the stand. The stand's grammar tests stay in runner-file-commands.test.ts; these are the cases where
 * run/'s own, laxer copy used to part from the runner.
 */
import {
  fileCommandFailure,
  FileCommandError,
  parseKeyValueFile,
  parsePathFile,
} from '../../src/core/file-commands.js';
import { parseKeyValueFile as standParser } from '../../stand/runner/file-commands.js';

const LINUX = { windows: false };
const WINDOWS = { windows: true };

describe('parseKeyValueFile: where the laxer copy differed from the runner', () => {
  it('the stand parses with the same function', () => {
    expect(standParser).toBe(parseKeyValueFile);
  });

  it('an unclosed heredoc is an error, not a value silently dropped', () => {
    expect(() => parseKeyValueFile('a=1\nc<<Z\nnever closed\n')).toThrow(
      new FileCommandError("Invalid value. Matching delimiter not found 'Z'"),
    );
  });

  it('a line with neither = nor << is an error, not skipped', () => {
    expect(() => parseKeyValueFile('a=1\njust words\n')).toThrow("Invalid format 'just words'");
  });

  it('a line of blanks is not an empty line: an error, as in the runner', () => {
    expect(() => parseKeyValueFile('a=1\n   \nb=2\n')).toThrow("Invalid format '   '");
    // A truly empty line is skipped; a CRLF one only where CRLF ends a line (Windows).
    expect(parseKeyValueFile('a=1\n\r\n\nb=2\n', WINDOWS)).toEqual({ a: '1', b: '2' });
    expect(() => parseKeyValueFile('a=1\n\r\n\nb=2\n', LINUX)).toThrow("Invalid format '\r'");
  });

  it('an empty heredoc name or delimiter is an error; `=value` is not (the runner tests the line there)', () => {
    expect(parseKeyValueFile('=value\n')).toEqual({ '': 'value' });
    expect(() => parseKeyValueFile('name<<\nvalue\n')).toThrow(
      "Invalid format 'name<<'. Name must not be empty and delimiter must not be empty",
    );
  });

  it('a heredoc keeps CRLF inside its value on Windows, as the runner does', () => {
    expect(parseKeyValueFile('notes<<EOF\r\none\r\ntwo\r\nEOF\r\n', WINDOWS)).toEqual({
      notes: 'one\r\ntwo',
    });
  });

  it('a heredoc name may hold a <, which the copy did not read as a heredoc at all', () => {
    expect(parseKeyValueFile('a<b<<X\nv\nX\n')).toEqual({ 'a<b': 'v' });
  });

  it('later values win, heredoc bodies may hold = and <<', () => {
    expect(parseKeyValueFile('a=1\nb<<X\nx=1\ny<<z\nX\na=2\n')).toEqual({ a: '2', b: 'x=1\ny<<z' });
  });
});

describe('CRLF, per OS: the runner strips \\r only on Windows (FileCommandManager.cs ReadLine, #if OS_WINDOWS)', () => {
  it('on Linux and macOS KEY=v\\r\\n keeps its \\r; on Windows it does not', () => {
    expect(parseKeyValueFile('KEY=v\r\nB=2\r\n', LINUX)).toEqual({ KEY: 'v\r', B: '2\r' });
    expect(parseKeyValueFile('KEY=v\r\nB=2\r\n', WINDOWS)).toEqual({ KEY: 'v', B: '2' });
    // Linux is the default: the runner the stand and most jobs run on.
    expect(parseKeyValueFile('KEY=v\r\n')).toEqual({ KEY: 'v\r' });
  });

  it('on Linux and macOS a heredoc delimiter line ending in \\r fails "Matching delimiter not found"', () => {
    // A header written with LF (echo in bash), a body and delimiter written with CRLF (a Windows tool).
    const text = 'notes<<EOF\none\r\nEOF\r\n';
    expect(() => parseKeyValueFile(text, LINUX)).toThrow("Invalid value. Matching delimiter not found 'EOF'");
    // The delimiter line is read without its \r on Windows only.
    expect(parseKeyValueFile(text, WINDOWS)).toEqual({ notes: 'one' });
    // All CRLF on Linux: the header's delimiter is 'EOF\r' too, so it matches, and the value keeps its \r.
    expect(parseKeyValueFile('notes<<EOF\r\none\r\nEOF\r\n', LINUX)).toEqual({ notes: 'one\r' });
    // An LF delimiter after CRLF value lines: the value keeps the \r of its lines on Linux.
    expect(parseKeyValueFile('notes<<EOF\none\r\ntwo\r\nEOF\n', LINUX)).toEqual({ notes: 'one\r\ntwo\r' });
  });

  it('a value line without a newline at the end of the file is the runner\'s "EOF marker missing new line"', () => {
    expect(() => parseKeyValueFile('a<<EOF\nvalue')).toThrow('Invalid value. EOF marker missing new line.');
  });
});

describe('the rest of the grammar', () => {
  it('parsePathFile: a directory a line, empty lines dropped; .NET ReadAllLines ends lines at CR, LF or CRLF on every OS', () => {
    expect(parsePathFile('/a/bin\r\n\n/b/bin\r/c/bin')).toEqual(['/a/bin', '/b/bin', '/c/bin']);
    // A line of blanks is not empty: the runner adds it as it is.
    expect(parsePathFile('/a/bin\n  \n')).toEqual(['/a/bin', '  ']);
  });

  it("fileCommandFailure names the file command in the runner's words", () => {
    expect(fileCommandFailure('output', new Error("Invalid format 'x'")).message).toBe(
      "Unable to process file command 'output' successfully. Invalid format 'x'",
    );
  });
});
