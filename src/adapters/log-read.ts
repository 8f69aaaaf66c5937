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

/** The longest string sequence taken out (an OSC 8 link's URL); a longer one is not one and stays. */
const MAX_ESCAPE = 4096;

/** What starts an OSC (`ESC ]`): an OSC 8 hyperlink, a window title. */
const OSC = Buffer.from([27, 0x5d]);

/**
 * Where the string sequence at data[at] (`ESC ]`) ends: at its BEL or ST (`ESC \`), or before a line feed (a link
 * left open must not take the next line with it); -1 when the data ends inside it, at + 1 when it is none.
 */
function oscEnd(data: Buffer, at: number): number {
  let j = at + 2;
  for (; j < data.length && j - at <= MAX_ESCAPE; j++) {
    const byte = data[j] as number;
    if (byte === 7) return j + 1;
    // Not terminated on its line: not taken for one (the rest of the line may be the log's own text).
    if (byte === 10) return at + 1;
    if (byte === 27) return j + 1 >= data.length ? -1 : data[j + 1] === 0x5c ? j + 2 : j;
  }
  return j >= data.length ? -1 : at + 1;
}

/**
 * OSC sequences taken out of a log's bytes as it is read, before any reader sees them: an OSC 8 hyperlink's URL
 * (`ESC ]8;;file:///src/errors.rs ESC \`) and a window title are not text a terminal shows, but the keyword scan
 * read them as the log's words: OSC 8 links around words moved 43 of 157 sampled verdicts (bench/saved-logs.ts).
 * Colour and cursor codes (CSI) stay for the scan and the line reader, which step over them already: taking them
 * out here too cost 6-15 % of the CLI's CPU on the corpus log (1.5 M of them), and moved no corpus verdict. Line
 * feeds stay, so line numbers do not move. A chunk without `ESC ]` is passed on as it is (one native search); a
 * sequence cut by a chunk's end waits for the next.
 */
export class EscapeStripper {
  private carry: Buffer | undefined;
  private out = Buffer.alloc(0);
  private joined = Buffer.alloc(0);

  /** The chunk without its OSC sequences (a view of a buffer reused by the next call). */
  strip(chunk: Buffer): Buffer {
    let data = chunk;
    const carry = this.carry;
    if (carry) {
      // Joined in a buffer kept from chunk to chunk: a new one each time, when links are dense and chunks often
      // end inside one, raised the CLI's peak RSS by a third (a 300 MB line of them).
      const bytes = carry.length + chunk.length;
      if (this.joined.length < bytes)
        this.joined = Buffer.allocUnsafe(Math.max(bytes, READ_CHUNK + MAX_ESCAPE));
      carry.copy(this.joined, 0);
      chunk.copy(this.joined, carry.length);
      data = this.joined.subarray(0, bytes);
      this.carry = undefined;
    }
    let esc = data.indexOf(OSC);
    // A chunk ending in ESC may end at an OSC's first byte.
    const lastEsc = data.length > 0 && data[data.length - 1] === 27;
    if (esc < 0 && !lastEsc) return data;
    if (this.out.length < data.length) this.out = Buffer.allocUnsafe(Math.max(data.length, READ_CHUNK));
    const out = this.out;
    let from = 0;
    let written = 0;
    while (esc >= 0) {
      written += data.copy(out, written, from, esc);
      const end = oscEnd(data, esc);
      if (end < 0) {
        this.carry = Buffer.from(data.subarray(esc));
        return out.subarray(0, written);
      }
      if (end === esc + 1) out[written++] = 27;
      from = end;
      esc = data.indexOf(OSC, from);
    }
    const stop = lastEsc && from < data.length ? data.length - 1 : data.length;
    if (stop < data.length) this.carry = Buffer.from(data.subarray(stop));
    written += data.copy(out, written, from, stop);
    return out.subarray(0, written);
  }

  /** What is left when the log ends: a sequence it ended inside, kept as it was. */
  end(): Buffer | undefined {
    const rest = this.carry;
    this.carry = undefined;
    return rest;
  }
}
