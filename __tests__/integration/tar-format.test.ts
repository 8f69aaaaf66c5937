/**
 * Our tar writer and reader against GNU tar, the reference: archives we write are listed and extracted by
 * `tar` byte-equal, with modes, long names (ustar prefix and pax), non-ASCII names and long link targets;
 * archives `tar` writes (pax and GNU formats) are read back entry for entry, whatever the chunking.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  createWriteStream,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { TarPacker } from '../../src/checkpoint/adapters/tar-pack.js';
import { TarUnpacker } from '../../src/checkpoint/adapters/tar-unpack.js';
import { TarFormatError, type TarHeader } from '../../src/checkpoint/core/tar.js';

let tmp: string;
beforeEach(() => (tmp = mkdtempSync(path.join(os.tmpdir(), 'tar-format-'))));
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
/** Deterministic bytes that are not all alike (a mistake in offsets shows). */
const bytes = (n: number, seed: number): Buffer => {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
};

const longDir = `${'deep-directory-name/'.repeat(6)}leaf`; // 124 chars: needs the ustar prefix
const veryLong = `${'x'.repeat(120)}/${'y'.repeat(150)}/file.txt`; // no split fits: pax path
const files: Record<string, Buffer> = {
  'empty.txt': Buffer.alloc(0),
  'block.bin': bytes(512, 1),
  'small.txt': Buffer.from('hello\n'),
  'mid.bin': bytes(300 * 1024, 2), // streamed
  'big.bin': bytes(1_500_000, 3), // several buffers
  [`${longDir}/in-prefix.txt`]: Buffer.from('prefix\n'),
  [veryLong]: Buffer.from('pax\n'),
  'ünïcødé/名前.txt': Buffer.from('utf8\n'),
  [`ünïcødé/${'é'.repeat(60)}.txt`]: Buffer.from('long utf8\n'), // 120 bytes, 64 chars
};
const linkTarget = `${'../'.repeat(1)}${'t'.repeat(120)}`;

test('GNU tar reads what we write: names, modes, content and links', async () => {
  const file = path.join(tmp, 'ours.tar');
  const out = createWriteStream(file);
  // Tiny buffers force every path through rotation, waiting for the output and splitting files.
  const packer = new TarPacker(out, 64 * 1024, 2);
  const src = path.join(tmp, 'src');
  const mtime = 1_700_000_000;
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.join(src, path.dirname(name)), { recursive: true });
    writeFileSync(path.join(src, name), content);
  }
  await packer.addEntry({ name: 'dir', type: 'directory', mode: 0o750, size: 0, mtime });
  for (const [name, content] of Object.entries(files)) {
    const mode = name === 'small.txt' ? 0o755 : 0o640;
    const packed = {};
    await packer.addFile(name, mode, mtime, path.join(src, name), content.length, packed);
    expect(packed).toEqual({ size: content.length, sha256: sha(content) });
  }
  await packer.addEntry({
    name: 'dir/link',
    type: 'symlink',
    linkname: linkTarget,
    mode: 0o777,
    size: 0,
    mtime,
  });
  await packer.finish();
  await once(out, 'close');
  expect(readFileSync(file).length % 512).toBe(0);

  const listing = execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
  expect(listing.sort()).toEqual(['dir/', 'dir/link', ...Object.keys(files)].sort());
  const dest = path.join(tmp, 'dest');
  mkdirSync(dest);
  execFileSync('tar', ['-xf', file, '-C', dest]);
  for (const [name, content] of Object.entries(files)) {
    expect(readFileSync(path.join(dest, name)).equals(content)).toBe(true);
  }
  expect(lstatSync(path.join(dest, 'small.txt')).mode & 0o777).toBe(0o755);
  expect(lstatSync(path.join(dest, 'dir')).mode & 0o777).toBe(0o750);
  expect(lstatSync(path.join(dest, 'mid.bin')).mtimeMs).toBe(mtime * 1000);
  expect(readlinkSync(path.join(dest, 'dir/link'))).toBe(linkTarget);
});

test('a file that changed size since the scan is stored as it is now', async () => {
  const src = path.join(tmp, 'grew.txt');
  writeFileSync(src, 'now longer than the scan said');
  const file = path.join(tmp, 'grew.tar');
  const out = createWriteStream(file);
  const packer = new TarPacker(out);
  const packed: { size?: number } = {};
  await packer.addFile('grew.txt', 0o644, 0, src, 3, packed);
  await packer.finish();
  await once(out, 'close');
  expect(packed.size).toBe(29);
  expect(execFileSync('tar', ['-xOf', file, 'grew.txt'], { encoding: 'utf8' })).toBe(
    'now longer than the scan said',
  );
});

interface Seen {
  header: TarHeader;
  content: Buffer;
}

function unpack(archive: Buffer, chunk: number): Seen[] {
  const seen: Seen[] = [];
  const unpacker = new TarUnpacker((header) => {
    const parts: Buffer[] = [];
    return {
      // Slices are only valid during the call: copy them, as a careless reader would not.
      data: (b) => parts.push(Buffer.from(b)),
      end: () => seen.push({ header, content: Buffer.concat(parts) }),
    };
  });
  for (let off = 0; off < archive.length; off += chunk) unpacker.write(archive.subarray(off, off + chunk));
  unpacker.end();
  return seen;
}

test.each(['posix', 'gnu', 'ustar'])(
  'we read what GNU tar writes (--format=%s), in any chunking',
  (format) => {
    const src = path.join(tmp, 'src');
    // ustar alone cannot hold a name longer than 100 bytes that has no slash to split it at.
    const names = Object.keys(files).filter(
      (n) => format !== 'ustar' || (n !== veryLong && Buffer.byteLength(path.basename(n)) <= 100),
    );
    for (const name of names) {
      mkdirSync(path.join(src, path.dirname(name)), { recursive: true });
      writeFileSync(path.join(src, name), files[name]!);
    }
    chmodSync(path.join(src, 'small.txt'), 0o711);
    symlinkSync(format === 'ustar' ? 'small.txt' : linkTarget, path.join(src, 'link'));
    const archive = execFileSync('tar', [`--format=${format}`, '-cf', '-', '-C', src, ...names, 'link'], {
      maxBuffer: 64 << 20,
    });
    for (const chunk of [1, 7, 512, 65536, archive.length]) {
      const seen = unpack(archive, chunk);
      const byName = new Map(seen.map((s) => [s.header.name, s]));
      for (const name of names) {
        expect(byName.get(name)?.header.type).toBe('file');
        expect(byName.get(name)?.content.equals(files[name]!)).toBe(true);
      }
      expect(byName.get('small.txt')?.header.mode).toBe(0o711);
      expect(byName.get('link')?.header).toMatchObject({
        type: 'symlink',
        linkname: format === 'ustar' ? 'small.txt' : linkTarget,
      });
    }
  },
);

test('a truncated archive and a damaged header are refused', () => {
  const src = path.join(tmp, 'src');
  mkdirSync(src);
  writeFileSync(path.join(src, 'a.bin'), bytes(5000, 4));
  const archive = execFileSync('tar', ['-cf', '-', '-C', src, 'a.bin']);
  expect(() => unpack(archive.subarray(0, 3000), 512)).toThrow(/truncated/);
  const damaged = Buffer.from(archive);
  damaged[10] = damaged[10]! ^ 0x20; // a byte of the name: the checksum no longer matches
  expect(() => unpack(damaged, 512)).toThrow(TarFormatError);
  expect(() => unpack(damaged, 512)).toThrow(/checksum/);
});

/** A ustar block from GNU tar with its type flag and size field rewritten, checksum recomputed. */
function rewrittenHeader(block: Buffer, typeflag: string, size: number): Buffer {
  const h = Buffer.from(block.subarray(0, 512));
  h.write(typeflag, 156, 'latin1');
  h.write(size.toString(8).padStart(11, '0') + '\0', 124, 'latin1');
  h.fill(' ', 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  return h;
}

test("a pax 'size' record wins over the ustar size field, as in every tar", () => {
  const src = path.join(tmp, 'src');
  mkdirSync(src);
  writeFileSync(path.join(src, 'f'), '');
  const ustar = execFileSync('tar', ['--format=ustar', '-cf', '-', '-C', src, 'f']).subarray(0, 512);
  const records = Buffer.from('10 size=5\n');
  const archive = Buffer.concat([
    rewrittenHeader(ustar, 'x', records.length),
    records,
    Buffer.alloc(512 - records.length),
    rewrittenHeader(ustar, '0', 0), // the ustar field says 0: the pax record says 5
    Buffer.from('hello'),
    Buffer.alloc(512 - 5 + 1024),
  ]);
  // GNU tar itself reads 5 bytes.
  const out = path.join(tmp, 'pax.tar');
  writeFileSync(out, archive);
  expect(execFileSync('tar', ['-xOf', out, 'f'], { encoding: 'utf8' })).toBe('hello');
  for (const chunk of [1, 512, 4096]) {
    const seen = unpack(archive, chunk);
    expect(seen.map((s) => [s.header.name, s.header.size, s.content.toString()])).toEqual([
      ['f', 5, 'hello'],
    ]);
  }
});
