/**
 * Reads a tar stream pushed to it in chunks, synchronously: each entry's header is decoded (pax and GNU
 * long names applied) and handed to `onEntry`, whose sink then receives the content as slices of the
 * incoming chunks (valid only during the call, so nothing is copied or allocated per file).
 */
import {
  applyPax,
  BLOCK,
  decodeHeader,
  decodePax,
  isZeroBlock,
  MAX_TRAILER,
  padding,
  TarFormatError,
  type TarHeader,
} from '../core/tar.js';
import { fileDone } from './file-progress.js';

export interface EntrySink {
  data(chunk: Buffer): void;
  end(): void;
}

/** Meta entries whose content describes the next entry; read whole, never handed out. */
const META = new Set(['pax-header', 'pax-global-header', 'gnu-long-path', 'gnu-long-link-path']);
/** Bigger meta content than this is not a header but an attack on memory. */
const MAX_META = 1 << 20;

export class TarUnpacker {
  private readonly header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  /** Bytes of content (then padding) still to come for the current entry. */
  private left = 0;
  private pad = 0;
  private sink: EntrySink | undefined;
  private meta: { type: string; parts: Buffer[]; size: number } | undefined;
  private pax = new Map<string, string>();
  private ended = false;
  private inEntry = false;
  /** Bytes met after the end marker's first block. */
  private trailer = 0;
  /** Bytes met in all. */
  private bytes = 0;

  constructor(
    private readonly onEntry: (h: TarHeader) => EntrySink | undefined,
    /** The most bytes the stream may hold (core/tar.ts tarBytesBound); undefined: no bound. */
    private readonly maxBytes?: number,
  ) {}

  write(chunk: Buffer): void {
    this.bytes += chunk.length;
    let off = 0;
    while (off < chunk.length) {
      if (this.ended) {
        this.afterEnd(chunk, off);
        break;
      }
      if (this.left > 0) {
        const n = Math.min(this.left, chunk.length - off);
        const part = chunk.subarray(off, off + n);
        if (this.meta) this.meta.parts.push(Buffer.from(part));
        else this.sink?.data(part);
        this.left -= n;
        off += n;
        if (this.left === 0) this.finishContent();
        continue;
      }
      if (this.pad > 0) {
        const n = Math.min(this.pad, chunk.length - off);
        this.pad -= n;
        off += n;
        continue;
      }
      // A header: straight from the chunk when it holds all 512 bytes, else gathered.
      let block: Buffer;
      let at: number;
      if (this.headerFill === 0 && chunk.length - off >= BLOCK) {
        block = chunk;
        at = off;
        off += BLOCK;
      } else {
        const n = Math.min(BLOCK - this.headerFill, chunk.length - off);
        chunk.copy(this.header, this.headerFill, off, off + n);
        this.headerFill += n;
        off += n;
        // (a chunk that ends inside a header still meets the bound below)
        if (this.headerFill < BLOCK) break;
        this.headerFill = 0;
        block = this.header;
        at = 0;
      }
      this.startEntry(block, at);
    }
    // Checked once the chunk's headers were: an entry's own verdict (a size its manifest does not
    // promise) is the one to report. Its content went to a sink bounded by its manifest entry.
    if (this.maxBytes !== undefined && this.bytes > this.maxBytes)
      throw new TarFormatError(
        `the archive holds more than the ${this.maxBytes} bytes its manifest accounts for, which no checkpoint's save writes`,
      );
  }

  /**
   * After the end marker only zeros follow, and not many (the second zero block and a tar writer's padding
   * to its record): megabytes of zstd frames there decompress to gigabytes that a restore read to the end
   * (64 GiB from 2 MB took 79 s).
   */
  private afterEnd(chunk: Buffer, off: number): void {
    this.trailer += chunk.length - off;
    // (the size first: a bomb's chunk is refused without being looked at)
    if (this.trailer > MAX_TRAILER || chunk.subarray(off).some((b) => b !== 0))
      throw new TarFormatError(
        `the archive goes on after its end (${this.trailer > MAX_TRAILER ? `more than ${MAX_TRAILER} bytes` : 'bytes that are not zeros'}), which no checkpoint's save writes`,
      );
  }

  private startEntry(block: Buffer, at: number): void {
    if (isZeroBlock(block, at)) {
      this.ended = true;
      return;
    }
    const h = decodeHeader(block, at);
    if (META.has(h.type)) {
      if (h.size > MAX_META)
        throw new TarFormatError(`a ${h.type} entry of ${h.size} bytes is not plausible`);
      this.left = h.size;
      this.pad = padding(h.size);
      this.meta = { type: h.type, parts: [], size: h.size };
      if (h.size === 0) this.finishContent();
      return;
    }
    // The pax records apply first: a pax 'size' is the entry's real length, whatever the ustar field says.
    if (this.pax.size) {
      applyPax(h, this.pax);
      this.pax = new Map();
    }
    this.left = h.size;
    this.pad = padding(h.size);
    this.inEntry = true;
    this.sink = this.onEntry(h);
    if (h.size === 0) this.finishContent();
  }

  private finishContent(): void {
    const meta = this.meta;
    if (meta) {
      this.meta = undefined;
      const content = Buffer.concat(meta.parts, meta.size);
      if (meta.type === 'pax-header') for (const [k, v] of decodePax(content)) this.pax.set(k, v);
      else if (meta.type === 'gnu-long-path')
        this.pax.set('path', content.toString('utf8').replace(/\0+$/, ''));
      else if (meta.type === 'gnu-long-link-path')
        this.pax.set('linkpath', content.toString('utf8').replace(/\0+$/, ''));
      return;
    }
    const sink = this.sink;
    this.sink = undefined;
    this.inEntry = false;
    if (!sink) return;
    sink.end();
    fileDone();
  }

  /** Checks that the stream did not stop inside an entry. */
  end(): void {
    if (this.left > 0 || this.headerFill > 0 || this.inEntry || this.meta)
      throw new TarFormatError('the archive ends in the middle of an entry (it is truncated)');
  }
}
