/**
 * The tar format (POSIX ustar, with pax extended headers for what ustar cannot hold), encoded into and
 * decoded from caller-owned buffers. Pure: the packer and unpacker move the bytes, this only knows the
 * layout. Archives written here are read by GNU tar, bsdtar and tar-stream, and this reads theirs.
 */
import type { Manifest } from './manifest.js';

export const BLOCK = 512;
/** Two zero blocks end an archive. */
export const END_OF_ARCHIVE = 2 * BLOCK;

/** What a header says an entry is; everything else in the format is refused by the unpacker. */
export type TarEntryType =
  | 'file'
  | 'directory'
  | 'symlink'
  | 'link'
  | 'character-device'
  | 'block-device'
  | 'fifo'
  | 'contiguous-file'
  | 'pax-header'
  | 'pax-global-header'
  | 'gnu-long-path'
  | 'gnu-long-link-path'
  | 'unknown';

export interface TarHeader {
  name: string;
  type: TarEntryType;
  /** Permission bits. */
  mode: number;
  size: number;
  /** Seconds since the epoch. */
  mtime: number;
  linkname?: string;
}

/** A malformed archive (bad checksum, bad number, impossible size); the message says which. */
export class TarFormatError extends Error {
  override name = 'TarFormatError';
}

const TYPEFLAGS: Record<string, TarEntryType> = {
  '0': 'file',
  '\0': 'file',
  '1': 'link',
  '2': 'symlink',
  '3': 'character-device',
  '4': 'block-device',
  '5': 'directory',
  '6': 'fifo',
  '7': 'contiguous-file',
  x: 'pax-header',
  g: 'pax-global-header',
  L: 'gnu-long-path',
  K: 'gnu-long-link-path',
};

/** What a save's tar may add after the end marker: padding to a 10 KiB record (tar-unpack.ts). */
export const MAX_TRAILER = 10240;

/**
 * The most bytes the tar stream of manifest `m`'s own archive can hold as a save writes it: each entry's
 * header (with a pax header for a long path or link, generously counted), the content of the files it
 * stores itself, the end marker and a record's padding. An archive that goes on past this holds what the
 * manifest does not account for: content a restore would decompress only to skip (a zstd bomb).
 */
export function tarBytesBound(m: Pick<Manifest, 'id' | 'entries'>): number {
  let n = END_OF_ARCHIVE + MAX_TRAILER;
  for (const e of m.entries) {
    const names = Buffer.byteLength(e.path) + Buffer.byteLength(e.target ?? e.link ?? '');
    n += 3 * BLOCK + 2 * (names + 64) + BLOCK;
    if (e.type === 'file' && e.link === undefined && (e.from === undefined || e.from === m.id)) {
      const size = e.size ?? 0;
      n += size + padding(size);
    }
  }
  return n;
}

/** The padding after `size` bytes of content, up to the next block. */
export function padding(size: number): number {
  const r = size % BLOCK;
  return r === 0 ? 0 : BLOCK - r;
}

/** Largest size the 11-digit octal field holds (8 GiB - 1); larger ones go in base-256 and pax. */
const MAX_OCTAL_SIZE = 0o77777777777;

/**
 * A number as `width - 1` octal digits and a NUL. Digit by digit into the buffer: the save writes three
 * such fields for each of tens of thousands of entries, and a string per field was a fifth of what it
 * allocated. A value with more digits than fit keeps the old form (its leading digits), byte for byte.
 */
function writeOctal(buf: Buffer, off: number, width: number, value: number): void {
  let v = Math.max(0, Math.floor(value));
  if (!(v < 8 ** (width - 1))) {
    const digits = v.toString(8).padStart(width - 1, '0');
    buf.write(digits, off, width - 1, 'latin1');
  } else {
    for (let i = off + width - 2; i >= off; i--) {
      buf[i] = 0x30 + (v % 8);
      v = Math.floor(v / 8);
    }
  }
  buf[off + width - 1] = 0;
}

/** GNU base-256: the high bit of the first byte set, the number big-endian in the rest. */
function writeBase256(buf: Buffer, off: number, width: number, value: number): void {
  let v = value;
  for (let i = off + width - 1; i > off; i--) {
    buf[i] = v % 256;
    v = Math.floor(v / 256);
  }
  buf[off] = 0x80;
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  // The length counts its own digits: one more digit when adding them crosses a power of ten.
  const bodyLen = Buffer.byteLength(body);
  const digits = String(bodyLen).length;
  let len = bodyLen + digits;
  if (String(len).length > digits) len = bodyLen + String(len).length;
  return `${len}${body}`;
}

/**
 * Splits a path into ustar's prefix (155 bytes) and name (100 bytes) at a slash; undefined when it does
 * not fit (or is not ASCII, where byte and character offsets differ): then a pax header carries it.
 */
function ustarName(name: string, nameBytes: number): { prefix: string; name: string } | undefined {
  if (nameBytes <= 100) return { prefix: '', name };
  if (nameBytes !== name.length || nameBytes > 256) return undefined;
  for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
    if (i > 155) return undefined;
    if (name.length - i - 1 <= 100 && i > 0) return { prefix: name.slice(0, i), name: name.slice(i + 1) };
  }
  return undefined;
}

/** ustar's magic and version, as every header carries them. */
const USTAR_MAGIC = Buffer.from('ustar\u000000', 'latin1');
const USTAR_MAGIC_SUM = USTAR_MAGIC.reduce((a, b) => a + b, 0);

function writeUstar(
  buf: Buffer,
  off: number,
  typeflag: string,
  h: { name: string; prefix: string; mode: number; size: number; mtime: number; linkname: string },
): void {
  buf.fill(0, off, off + BLOCK);
  const nameLen = buf.write(h.name, off, 100, 'utf8');
  writeOctal(buf, off + 100, 8, h.mode & 0o7777);
  buf.fill(0x30, off + 108, off + 115); // uid and gid 0, as seven octal digits and a NUL each
  buf.fill(0x30, off + 116, off + 123);
  if (h.size > MAX_OCTAL_SIZE) writeBase256(buf, off + 124, 12, h.size);
  else writeOctal(buf, off + 124, 12, h.size);
  writeOctal(buf, off + 136, 12, h.mtime);
  buf[off + 156] = typeflag.charCodeAt(0);
  const linkLen = h.linkname ? buf.write(h.linkname, off + 157, 100, 'utf8') : 0;
  USTAR_MAGIC.copy(buf, off + 257);
  const prefixLen = h.prefix ? buf.write(h.prefix, off + 345, 155, 'utf8') : 0;
  // The checksum counts every byte, its own field as spaces; only what was written is not zero.
  let sum = 8 * 32 + USTAR_MAGIC_SUM + buf[off + 156]!;
  sum += byteSum(buf, off, off + nameLen) + byteSum(buf, off + 100, off + 148);
  sum += byteSum(buf, off + 157, off + 157 + linkLen) + byteSum(buf, off + 345, off + 345 + prefixLen);
  writeOctal(buf, off + 148, 7, sum); // six digits and a NUL,
  buf[off + 155] = 0x20; // then a space
}

function byteSum(buf: Buffer, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += buf[i]!;
  return sum;
}

const TYPEFLAG_OF: Partial<Record<TarEntryType, string>> = {
  file: '0',
  link: '1',
  directory: '5',
  symlink: '2',
};

/**
 * The header bytes for an entry: one ustar block, or a pax header (its own block and records) first when
 * the path, link target or size does not fit. `scratch` is used when it is large enough, so the common
 * case allocates nothing.
 */
export function encodeHeader(h: TarHeader, scratch?: Buffer): Buffer {
  const typeflag = TYPEFLAG_OF[h.type];
  if (!typeflag) throw new TarFormatError(`cannot write an entry of type '${h.type}'`);
  // Directories end with a slash, as every tar writes them.
  const name = h.type === 'directory' && !h.name.endsWith('/') ? `${h.name}/` : h.name;
  const nameBytes = Buffer.byteLength(name);
  const split = ustarName(name, nameBytes);
  const linkname = h.linkname ?? '';
  const linkFits = Buffer.byteLength(linkname) <= 100;
  let pax = '';
  if (!split) pax += paxRecord('path', name);
  if (!linkFits) pax += paxRecord('linkpath', linkname);
  if (h.size > MAX_OCTAL_SIZE) pax += paxRecord('size', String(h.size));
  const fields = {
    name: split?.name ?? name.slice(-100).replace(/^[^/]*\//, ''),
    prefix: split?.prefix ?? '',
    mode: h.mode,
    size: h.size,
    mtime: h.mtime,
    linkname: linkFits ? linkname : '',
  };
  if (!pax) {
    const out = scratch && scratch.length >= BLOCK ? scratch.subarray(0, BLOCK) : Buffer.allocUnsafe(BLOCK);
    writeUstar(out, 0, typeflag, fields);
    return out;
  }
  // A name that did not fit is cut to an ASCII-safe tail for readers without pax support.
  if (!split) fields.name = fields.name.replace(/[^\x20-\x7e]/g, '_');
  const records = Buffer.from(pax, 'utf8');
  const total = BLOCK + records.length + padding(records.length) + BLOCK;
  const out = Buffer.alloc(total);
  writeUstar(out, 0, 'x', {
    name: `PaxHeader/${fields.name}`.slice(0, 100),
    prefix: '',
    mode: 0o644,
    size: records.length,
    mtime: h.mtime,
    linkname: '',
  });
  records.copy(out, BLOCK);
  writeUstar(out, total - BLOCK, typeflag, fields);
  return out;
}

function readString(buf: Buffer, off: number, len: number): string {
  const end = buf.indexOf(0, off);
  return buf.toString('utf8', off, end === -1 || end > off + len ? off + len : end);
}

function readNumber(buf: Buffer, off: number, len: number, field: string): number {
  if (buf[off]! & 0x80) {
    // base-256 (GNU); negative numbers (0xff) are never valid here
    if (buf[off] === 0xff) throw new TarFormatError(`negative ${field} in a tar header`);
    let v = buf[off]! & 0x7f;
    for (let i = off + 1; i < off + len; i++) v = v * 256 + buf[i]!;
    if (!Number.isSafeInteger(v)) throw new TarFormatError(`${field} in a tar header is too large`);
    return v;
  }
  let i = off;
  const end = off + len;
  while (i < end && buf[i] === 0x20) i++;
  let v = 0;
  let digits = 0;
  for (; i < end; i++) {
    const c = buf[i]!;
    if (c === 0 || c === 0x20) break;
    if (c < 0x30 || c > 0x37) throw new TarFormatError(`${field} in a tar header is not an octal number`);
    v = v * 8 + (c - 0x30);
    digits++;
  }
  return digits === 0 ? 0 : v;
}

/** True for an all-zero block (the end-of-archive marker). */
export function isZeroBlock(buf: Buffer, off: number): boolean {
  for (let i = off; i < off + BLOCK; i++) if (buf[i] !== 0) return false;
  return true;
}

/**
 * Decodes one header block (not pax: the caller applies pax records with `applyPax`). Checks the
 * checksum, so a damaged or shifted archive is refused instead of misread.
 */
export function decodeHeader(buf: Buffer, off: number): TarHeader {
  const stored = readNumber(buf, off + 148, 8, 'checksum');
  let sum = 8 * 32;
  for (let i = off; i < off + 148; i++) sum += buf[i]!;
  for (let i = off + 156; i < off + BLOCK; i++) sum += buf[i]!;
  if (stored !== sum) throw new TarFormatError('a tar header has a bad checksum (the archive is damaged)');
  const flag = String.fromCharCode(buf[off + 156]!);
  const type = TYPEFLAGS[flag] ?? 'unknown';
  let name = readString(buf, off, 100);
  const isUstar = buf.toString('latin1', off + 257, off + 262) === 'ustar';
  if (isUstar) {
    const prefix = readString(buf, off + 345, 155);
    if (prefix) name = `${prefix}/${name}`;
  }
  const linkname = readString(buf, off + 157, 100);
  return {
    name,
    type,
    mode: readNumber(buf, off + 100, 8, 'mode') & 0o7777,
    size: readNumber(buf, off + 124, 12, 'size'),
    mtime: readNumber(buf, off + 136, 12, 'mtime'),
    ...(linkname ? { linkname } : {}),
  };
}

/** Parses pax records ('<len> key=value\n' ...). */
export function decodePax(records: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let off = 0;
  while (off < records.length) {
    const space = records.indexOf(0x20, off);
    if (space === -1) break;
    const len = Number(records.toString('latin1', off, space));
    if (!Number.isInteger(len) || len <= 0 || off + len > records.length)
      throw new TarFormatError('a pax header record has a bad length');
    const record = records.toString('utf8', space + 1, off + len - 1);
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    off += len;
  }
  return out;
}

/** Applies pax (or GNU long-name) overrides to the header that follows them. */
export function applyPax(h: TarHeader, pax: Map<string, string>): TarHeader {
  const path = pax.get('path');
  const linkpath = pax.get('linkpath');
  const size = pax.get('size');
  if (path !== undefined) h.name = path;
  if (linkpath !== undefined) h.linkname = linkpath;
  if (size !== undefined) {
    const n = Number(size);
    if (!Number.isSafeInteger(n) || n < 0) throw new TarFormatError('a pax size is not a valid number');
    h.size = n;
  }
  return h;
}
