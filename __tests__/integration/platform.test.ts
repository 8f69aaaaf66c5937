/** The OS helpers of src/runner/adapters/platform.ts (the end-to-end proof is __tests__/e2e/runner-os.test.ts). */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  linkExclusive,
  makeSymlink,
  posixPattern,
  zstdInProcess,
} from '../../src/runner/adapters/platform.js';
import { splitPatterns } from '../../src/checkpoint/adapters/path-globs.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ci-recovery-platform-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('linkExclusive links a new name and refuses an existing one with EEXIST', async () => {
  const from = path.join(dir, 'tmp');
  await writeFile(from, 'manifest');
  expect(await linkExclusive(from, path.join(dir, 'a'))).toBe('link');
  expect(await readFile(path.join(dir, 'a'), 'utf8')).toBe('manifest');
  await expect(linkExclusive(from, path.join(dir, 'a'))).rejects.toMatchObject({ code: 'EEXIST' });
});

test('backslashes are separators on Windows only', () => {
  expect(posixPattern('dist\\out\\*.js', 'win32')).toBe('dist/out/*.js');
  expect(posixPattern('dist\\*.js', 'linux')).toBe('dist\\*.js');
  expect(posixPattern('dist\\*.js', 'darwin')).toBe('dist\\*.js');
  // splitPatterns takes the running platform.
  expect(splitPatterns(['dist/out', '!**/*.log'])).toEqual({ include: ['dist/out'], exclude: ['**/*.log'] });
});

test('makeSymlink makes the link, and passes other errors through unchanged', async () => {
  // A target that exists nowhere (a '../x' beside the temp directory may be anyone's).
  makeSymlink(`../${path.basename(dir)}-nothing-here`, path.join(dir, 'l'), 'win32');
  await expect(readFile(path.join(dir, 'l'))).rejects.toMatchObject({ code: 'ENOENT' });
  expect(() => makeSymlink('x', path.join(dir, 'missing', 'l'), 'win32')).toThrow(/ENOENT/);
});

test("zstdInProcess decompresses what node's zstd compressed, or says to install zstd", async () => {
  const zlib = (await import('node:zlib')) as unknown as {
    zstdCompressSync?: (b: Buffer) => Buffer;
  };
  if (!zlib.zstdCompressSync) {
    expect(() => zstdInProcess('decompressing')).toThrow(/no 'zstd' on PATH .* install zstd/);
    return;
  }
  const packed = zlib.zstdCompressSync(Buffer.from('hello'));
  const d = zstdInProcess('decompressing');
  const out: Buffer[] = [];
  d.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => d.on('end', resolve));
  d.end(packed);
  await ended;
  expect(Buffer.concat(out).toString()).toBe('hello');
});
