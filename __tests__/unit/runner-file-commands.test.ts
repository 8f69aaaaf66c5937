import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { decodeFileCommand } from '../../src/core/file-commands.js';
import {
  createStageFiles,
  parseKeyValueFile,
  readStageFiles,
  SUMMARY_LIMIT,
} from '../../stand/runner/file-commands.js';

describe('file commands (runner grammar)', () => {
  it('parses NAME=VALUE lines, keeping everything after the first =', () => {
    expect(parseKeyValueFile('a=1\nb=x=y\n\nempty=\n')).toEqual({ a: '1', b: 'x=y', empty: '' });
  });

  it('parses heredoc values, multi-line and empty, with LF or CRLF', () => {
    const text = 'multi<<EOF\nline 1\nline 2\nEOF\nnone<<END\nEND\ncrlf<<D\r\nx\r\ny\r\nD\r\nafter=1';
    expect(parseKeyValueFile(text, { windows: true })).toEqual({
      multi: 'line 1\nline 2',
      none: '',
      crlf: 'x\r\ny',
      after: '1',
    });
  });

  it('uses = or << whichever comes first', () => {
    expect(parseKeyValueFile('k=a<<b\n')).toEqual({ k: 'a<<b' });
    expect(parseKeyValueFile('k<<a=b\nv\na=b\n')).toEqual({ k: 'v' });
  });

  it('accepts `=value` with the empty name, as the runner does (it tests the line, not the name)', () => {
    // actions/runner src/Runner.Worker/FileCommandManager.cs EnvFileKeyValuePairs @ 258d6c85: after splitting
    // at '=', `if (string.IsNullOrEmpty(line))` guards the message, so the empty name passes.
    expect(parseKeyValueFile('=value\na=1\n')).toEqual({ '': 'value', a: '1' });
  });

  it('decodes the bytes as .NET File.ReadAllText does: a BOM says UTF-8, UTF-16 or UTF-32', () => {
    const text = 'v=é 1\n';
    const utf16le = Buffer.from(text, 'utf16le');
    const utf16be = Buffer.from(utf16le).swap16();
    const utf32le = Buffer.alloc(text.length * 4);
    [...text].forEach((ch, i) => utf32le.writeUInt32LE(ch.codePointAt(0) ?? 0, i * 4));
    const cases: [string, Buffer][] = [
      ['no BOM', Buffer.from(text)],
      ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
      ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])],
      ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
      ['UTF-32 LE', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32le])],
    ];
    for (const [name, bytes] of cases)
      expect([name, parseKeyValueFile(decodeFileCommand(bytes))]).toEqual([name, { v: 'é 1' }]);
  });

  it('fails like the runner on a missing delimiter, an empty name and a line without = or <<', () => {
    expect(() => parseKeyValueFile('x<<EOF\nvalue\n')).toThrow(
      "Invalid value. Matching delimiter not found 'EOF'",
    );
    // The last line is not the delimiter and has no newline: the runner's own message for it.
    expect(() => parseKeyValueFile('x<<EOF\nvalue\nEOF ')).toThrow('EOF marker missing new line.');
    expect(() => parseKeyValueFile('<<EOF\nEOF')).toThrow(
      'Name must not be empty and delimiter must not be empty',
    );
    expect(() => parseKeyValueFile('just text')).toThrow("Invalid format 'just text'");
  });

  describe('stage files', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'fc-'));
    });
    afterEach(() => rm(dir, { recursive: true, force: true }));

    it('creates fresh empty files per stage and reads them back', async () => {
      const first = await createStageFiles(dir);
      const second = await createStageFiles(dir);
      expect(second.output).not.toBe(first.output);
      await writeFile(first.output, 'o=1\n');
      await writeFile(first.path, '/a/bin\n\n/b/bin\n');
      await writeFile(first.summary, '# hi\n');
      const read = await readStageFiles(first);
      expect(read).toEqual({
        outputs: { o: '1' },
        env: {},
        state: {},
        path: ['/a/bin', '/b/bin'],
        summary: '# hi\n',
        failures: [],
        errors: [],
      });
      expect((await readStageFiles(second)).outputs).toEqual({});
    });

    it('names the file command that was malformed, and still applies the others (each file on its own)', async () => {
      const files = await createStageFiles(dir);
      await writeFile(files.env, 'A<<EOF\nno end\n');
      await writeFile(files.output, 'o=1\n');
      await writeFile(files.path, '/x/bin\n');
      const read = await readStageFiles(files);
      expect(read.failures).toEqual([
        "Unable to process file command 'env' successfully. Invalid value. Matching delimiter not found 'EOF'",
      ]);
      expect(read).toMatchObject({ outputs: { o: '1' }, path: ['/x/bin'], env: {} });
    });

    it('drops a step summary over 1 MiB with an error, without failing the step', async () => {
      const files = await createStageFiles(dir);
      await writeFile(files.summary, 'x'.repeat(SUMMARY_LIMIT + 1));
      await writeFile(files.output, 'o=1\n');
      const read = await readStageFiles(files);
      expect(read).toMatchObject({ summary: '', failures: [], outputs: { o: '1' } });
      expect(read.errors).toEqual([
        expect.stringContaining('supports content up to a size of 1024k, got 1024k.'),
      ]);
      await writeFile(files.summary, 'x'.repeat(SUMMARY_LIMIT));
      await expect(readStageFiles(files)).resolves.toMatchObject({
        errors: [],
        summary: 'x'.repeat(SUMMARY_LIMIT),
      });
    });
  });
});
