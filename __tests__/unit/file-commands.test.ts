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
    // A truly empty line, LF or CRLF, is skipped.
    expect(parseKeyValueFile('a=1\n\r\n\nb=2\n')).toEqual({ a: '1', b: '2' });
  });

  it('an empty name or an empty delimiter is an error, not skipped', () => {
    expect(() => parseKeyValueFile('=value\n')).toThrow("Invalid format '=value'. Name must not be empty");
    expect(() => parseKeyValueFile('name<<\nvalue\n')).toThrow(
      "Invalid format 'name<<'. Name must not be empty and delimiter must not be empty",
    );
  });

  it('a heredoc keeps CRLF inside its value, as the runner does', () => {
    expect(parseKeyValueFile('notes<<EOF\r\none\r\ntwo\r\nEOF\r\n')).toEqual({ notes: 'one\r\ntwo' });
  });

  it('a heredoc name may hold a <, which the copy did not read as a heredoc at all', () => {
    expect(parseKeyValueFile('a<b<<X\nv\nX\n')).toEqual({ 'a<b': 'v' });
  });

  it('later values win, heredoc bodies may hold = and <<', () => {
    expect(parseKeyValueFile('a=1\nb<<X\nx=1\ny<<z\nX\na=2\n')).toEqual({ a: '2', b: 'x=1\ny<<z' });
  });
});

describe('the rest of the grammar', () => {
  it('parsePathFile: a directory a line, blanks and CR dropped', () => {
    expect(parsePathFile('/a/bin\r\n\n  \n/b/bin')).toEqual(['/a/bin', '/b/bin']);
  });

  it("fileCommandFailure names the file command in the runner's words", () => {
    expect(fileCommandFailure('output', new Error("Invalid format 'x'")).message).toBe(
      "Unable to process file command 'output' successfully. Invalid format 'x'",
    );
  });
});
