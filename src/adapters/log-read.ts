/**
 * Reading a log's bytes: a regular file (plain or gzip), a pipe or standard input (at most MAX_STREAM_BYTES),
 * in chunks read ahead into buffers reused from log to log, UTF-16 re-encoded as UTF-8 (log-file.ts readLog).
 */
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';
import { errorMessage, UserError } from '../core/errors.js';

// Large reads keep the per-chunk overhead low; small enough that the heap stays well under 128 MB.
const READ_CHUNK = 256 << 10;

/**
 * Standard input, a pipe or a device is read up to this many bytes: an endless stream (`/dev/zero`, a
 * `tail -f`) cannot hang the classifier. A regular file is read whole, whatever its size.
 */
export const MAX_STREAM_BYTES = 256 << 20;

/**
 * Whether a regular file starts with these bytes (the content decides what it is, not its name). Read
 * synchronously, as the stat before it: a few bytes cost less than the thread pool's round trips, seven per
 * log with the stat and the zip's sniff, each a wait for a thread on a busy runner (the CLI's start on one log
 * was idle for a third of its time).
 */
export function fileStartsWith(file: string, magic: readonly number[]): Promise<boolean> {
  // An error is the promise's, as it was when the reads were asynchronous. A named pipe is not opened: the open
  // meets its writer, the peek fails (a pipe has no offset 0) and its close drops what the writer wrote, so the
  // log reader's own open waited for a writer that was gone (the CLI on a mkfifo hung).
  return new Promise((resolve) => resolve(statSync(file).isFile() && startsWith(file, magic)));
}

function startsWith(file: string, magic: readonly number[]): boolean {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(magic.length);
    const bytesRead = readSync(fd, buffer, 0, magic.length, 0);
    return bytesRead === magic.length && magic.every((byte, i) => buffer[i] === byte);
  } finally {
    closeSync(fd);
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Whether a regular file starts with a zip local header (`PK\3\4`): a run's log archive (log-archive.ts).
 * Asked here, so that a plain log's start does not load the zip reader to learn it is no zip.
 */
export const isZip = (file: string): Promise<boolean> => fileStartsWith(file, [0x50, 0x4b, 0x03, 0x04]);

export function readError(file: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UserError(`${file}: no such file; pass the path of a log file`);
  if (code === 'EISDIR') return new UserError(`${file}: is a directory; pass the path of a log file`);
  if (code === 'EACCES') return new UserError(`${file}: permission denied; make the file readable`);
  return new UserError(`${file}: cannot read: ${errorMessage(error)}`);
}

export interface OpenedLog {
  stream: AsyncIterable<Buffer>;
  /** The file stream under a gunzip, destroyed with it. */
  source?: Readable;
  gzip: boolean;
  /** Not a regular file: read at most MAX_STREAM_BYTES. */
  endless: boolean;
}

/** Opens a log: `-` is standard input; a pipe or device is streamed as it is; a regular file may be gzip. */
export function openLog(file: string, stdin: () => Readable): OpenedLog {
  if (file === '-') return { stream: stdin(), gzip: false, endless: true };
  let gzip: boolean;
  try {
    // A pipe's or device's bytes would be consumed by a peek: only regular files are sniffed for gzip.
    const kind = statSync(file);
    if (!kind.isFile() && !kind.isDirectory()) {
      return { stream: createReadStream(file, { highWaterMark: READ_CHUNK }), gzip: false, endless: true };
    }
    gzip = startsWith(file, GZIP_MAGIC);
  } catch (error) {
    throw readError(file, error);
  }
  if (!gzip && file.endsWith('.gz')) {
    const { size } = statSync(file);
    if (size > 0)
      throw new UserError(`${file}: not a gzip file (bad header); pass the uncompressed log or a valid .gz`);
  }
  if (!gzip) return { stream: fileChunks(file, READ_CHUNK), gzip, endless: false };
  const source = createReadStream(file, { highWaterMark: READ_CHUNK });
  const stream = source.pipe(createGunzip({ chunkSize: READ_CHUNK }));
  source.on('error', (error) => stream.destroy(error));
  return { stream, source, gzip, endless: false };
}

/**
 * Buffers a log's read gives back when it is done, for the next log to take: a process that classifies many
 * logs (the CLI on 145 job logs) allocated its read buffers and tail ring anew for each, megabytes the allocator
 * kept after the collector freed them, which set its peak RSS. A reader running beside another takes its own.
 */
class SpareBuffers {
  private readonly free = new Map<number, Buffer[]>();
  constructor(private readonly most: number) {}

  take(size: number): Buffer {
    return this.free.get(size)?.pop() ?? Buffer.allocUnsafe(size);
  }

  give(buffer: Buffer): void {
    const free = this.free.get(buffer.length) ?? [];
    if (free.length < this.most && !free.includes(buffer)) free.push(buffer);
    this.free.set(buffer.length, free);
  }

  /** How many buffers of `size` bytes wait to be taken (for the tests). */
  spare(size: number): number {
    return this.free.get(size)?.length ?? 0;
  }
}

/** Two read buffers per log read at a time; one log at a time is what the CLI reads. */
export const spareBuffers = new SpareBuffers(2);

/**
 * A regular file's bytes, read into two buffers in turn: the next chunk is read (in libuv's thread pool)
 * while the consumer scans this one, so the scan does not wait for each read (~6 % of a 270 MB log's wall
 * time was spent idle). Each chunk is consumed before its buffer is read into again (the scanner and the line
 * splitter copy what they keep), so a 50 MB log leaves no 50 MB of spent chunks for the garbage collector to
 * find late, which is what set the peak RSS.
 */
export async function* fileChunks(file: string, size: number): AsyncGenerator<Buffer> {
  const handle = await open(file, 'r');
  const buffers = [spareBuffers.take(size), spareBuffers.take(size)];
  let reading: Promise<{ bytesRead: number }> | undefined;
  try {
    for (let i = 0; ; i ^= 1) {
      const buffer = buffers[i] as Buffer;
      const { bytesRead } = await (reading ?? handle.read(buffer, 0, size, null));
      reading = undefined;
      if (bytesRead === 0) return;
      const next = handle.read(buffers[i ^ 1] as Buffer, 0, size, null);
      // Its error, if any, is thrown where it is awaited: on the next turn, or below when the reader stops.
      next.catch(() => undefined);
      reading = next;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    // A read still under way must end before its buffer is given back and its handle closed.
    await reading?.catch(() => undefined);
    await handle.close();
    for (const buffer of buffers) spareBuffers.give(buffer);
  }
}

/**
 * A log saved as UTF-16 (PowerShell 5.1's `Out-File` and `>` write UTF-16LE with FF FE; FE FF is big-endian),
 * re-encoded as UTF-8 chunk by chunk, the byte order mark dropped; any other log passes through untouched.
 * The rules and the scanner read bytes as UTF-8, where UTF-16's zero bytes would hide every word.
 */
export async function* asUtf8(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let decoder: TextDecoder | undefined;
  let first = true;
  for await (const chunk of stream) {
    if (first) {
      first = false;
      const [a, b, c, d] = chunk;
      const utf32 = a === 0xff && b === 0xfe && c === 0 && d === 0;
      if (!utf32 && a === 0xff && b === 0xfe) decoder = new TextDecoder('utf-16le');
      else if (a === 0xfe && b === 0xff) decoder = new TextDecoder('utf-16be');
    }
    if (!decoder) yield chunk;
    else yield Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest.length > 0) yield Buffer.from(rest, 'utf8');
  }
}

/** The longest escape sequence taken out (an OSC 8 link's URL); a longer one is not one and stays. */
const MAX_ESCAPE = 4096;

/** Where the escape sequence at data[at] (ESC) ends, -1 when the data ends inside it, at + 1 when it is none. */
function escapeEnd(data: Buffer, at: number): number {
  const end = data.length;
  if (at + 1 >= end) return -1;
  const kind = data[at + 1] as number;
  let j = at + 2;
  if (kind === 0x5b) {
    // CSI (ECMA-48 5.4): parameter bytes, intermediate bytes, a final byte. A line feed is never taken.
    while (j < end && j - at <= MAX_ESCAPE && (data[j] as number) >= 0x30 && (data[j] as number) <= 0x3f) j++;
    while (j < end && j - at <= MAX_ESCAPE && (data[j] as number) >= 0x20 && (data[j] as number) <= 0x2f) j++;
    if (j - at > MAX_ESCAPE) return at + 1;
    if (j >= end) return -1;
    const final = data[j] as number;
    return final >= 0x40 && final <= 0x7e ? j + 1 : j;
  }
  if (kind === 0x5d || kind === 0x50 || kind === 0x5f || kind === 0x5e || kind === 0x58) {
    // OSC (an OSC 8 hyperlink, a window title), DCS, APC, PM, SOS: a string ended by BEL or ST (ESC \).
    // A line feed ends it too: a link left open must not take the next line with it.
    for (; j < end && j - at <= MAX_ESCAPE; j++) {
      const byte = data[j] as number;
      if (byte === 7) return j + 1;
      if (byte === 10) return j;
      if (byte === 27) return j + 1 >= end ? -1 : data[j + 1] === 0x5c ? j + 2 : j;
    }
    return j >= end ? -1 : at + 1;
  }
  // nF (ESC ( B, a character set), then Fp, Fe, Fs (ESC 7, ESC =, ESC M): one final byte.
  j = at + 1;
  while (j < end && j - at <= MAX_ESCAPE && (data[j] as number) >= 0x20 && (data[j] as number) <= 0x2f) j++;
  if (j - at > MAX_ESCAPE) return at + 1;
  if (j >= end) return -1;
  const final = data[j] as number;
  return final >= 0x30 && final <= 0x7e ? j + 1 : at + 1;
}

/**
 * Below this many bytes a stretch is copied and searched in JavaScript: a progress bar redrawn in colour has an
 * ESC every few bytes, and a native call per stretch cost three times the read (a 300 MB line of such redraws).
 */
const SHORT = 32;

function copyInto(out: Buffer, at: number, data: Buffer, from: number, to: number): number {
  if (to - from > SHORT) return at + data.copy(out, at, from, to);
  let w = at;
  for (let i = from; i < to; i++) out[w++] = data[i] as number;
  return w;
}

/** The next ESC from `from` on, -1 when none: looked for nearby first, then by memchr. */
function nextEscape(data: Buffer, from: number): number {
  const near = Math.min(data.length, from + SHORT);
  for (let i = from; i < near; i++) if (data[i] === 27) return i;
  return near < data.length ? data.indexOf(27, near) : -1;
}

/**
 * A terminal's escape sequences taken out of a log's bytes as it is read, before any reader sees them: colour
 * (SGR), cursor and erase codes, OSC 8 hyperlinks and window titles. A line shows the same text without them,
 * and every reader (the keyword scan, the step lines, the tail's tests) then reads that text: an OSC 8 link's
 * URL (`file:///src/errors.rs`) was scanned for keywords, and codes around words moved a third of the sampled
 * verdicts (bench/saved-logs.ts). Line feeds and carriage returns stay, so line numbers do not move. A chunk
 * without ESC is passed on as it is; a sequence cut by a chunk's end waits for the next.
 */
export class EscapeStripper {
  private carry: Buffer | undefined;
  private out = Buffer.alloc(0);
  private joined = Buffer.alloc(0);

  /** The chunk without its escape sequences (a view of a buffer reused by the next call). */
  strip(chunk: Buffer): Buffer {
    let data = chunk;
    const carry = this.carry;
    if (carry) {
      // Joined in a buffer kept from chunk to chunk: a new one each time, when codes are dense and chunks often end
      // inside one, raised the CLI's peak RSS by a third.
      const bytes = carry.length + chunk.length;
      if (this.joined.length < bytes)
        this.joined = Buffer.allocUnsafe(Math.max(bytes, READ_CHUNK + MAX_ESCAPE));
      carry.copy(this.joined, 0);
      chunk.copy(this.joined, carry.length);
      data = this.joined.subarray(0, bytes);
      this.carry = undefined;
    }
    let esc = data.indexOf(27);
    if (esc < 0) return data;
    if (this.out.length < data.length) this.out = Buffer.allocUnsafe(Math.max(data.length, READ_CHUNK));
    const out = this.out;
    let from = 0;
    let written = 0;
    while (esc >= 0) {
      written = copyInto(out, written, data, from, esc);
      const end = escapeEnd(data, esc);
      if (end < 0) {
        this.carry = Buffer.from(data.subarray(esc));
        from = data.length;
        break;
      }
      if (end === esc + 1) out[written++] = 27;
      from = end;
      esc = nextEscape(data, from);
    }
    written += data.copy(out, written, from);
    return out.subarray(0, written);
  }

  /** What is left when the log ends: a sequence it ended inside, kept as it was. */
  end(): Buffer | undefined {
    const rest = this.carry;
    this.carry = undefined;
    return rest;
  }
}
