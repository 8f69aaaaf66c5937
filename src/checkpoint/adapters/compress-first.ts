/**
 * An incremental save's compressor: zstd inside node while the archive is small, and the `zstd` binary
 * on every core only when it is not. An incremental with 1 % changed packs a few MB, and starting the
 * binary cost more than compressing them: two processes (`zstd --version`, then the compressor), ~30 ms
 * of this process's CPU to spawn them (profiled, Node 24), plus their own.
 */
import { PassThrough, Writable } from 'node:stream';
import zlib from 'node:zlib';
import { compressor, hasZstd, type Codec } from './compress.js';

/** Bytes of tar compressed inside node before the binary takes over: about what spawning it costs. */
export const IN_PROCESS_BYTES = 16 << 20;

type ZstdCompressFactory = (options?: {
  chunkSize?: number;
  params?: Record<number, number>;
}) => zlib.ZstdCompress;

/** zlib's zstd compressor (Node 22.15+; the action runs on node24); undefined in a Node without one. */
function zstdFactory(): ZstdCompressFactory | undefined {
  return (zlib as { createZstdCompress?: ZstdCompressFactory }).createZstdCompress;
}

/** Whether this Node can compress zstd itself. */
export const canZstdInProcess = (): boolean => zstdFactory() !== undefined;

/**
 * The codec: zstd in node at `level` while at most `limit` bytes are written; past them, the codec `rest`
 * makes (the binary) compresses everything, the first bytes again (node's output is dropped); undefined
 * where this Node has no zstd. Where `rest` gives none (no binary on PATH), node compresses it all. The
 * archive is one zstd frame either way: node's decompressor (a restore without the binary) reads only a
 * stream's first frame.
 */
export function zstdFirstInProcess(
  level: number,
  rest: () => Promise<Codec | undefined>,
  limit = IN_PROCESS_BYTES,
): Codec | undefined {
  const create = zstdFactory();
  if (!create) return undefined;
  const first = create({
    chunkSize: 256 * 1024,
    params: { [zlib.constants.ZSTD_c_compressionLevel]: level },
  });
  const output = new PassThrough({ highWaterMark: 1 << 20 });
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  // awaited by the caller, which says why it failed; never an unhandled rejection meanwhile
  done.catch(() => undefined);
  // Node's output is held until it is known to be the archive, and the bytes given kept to start over.
  const held: Buffer[] = [];
  const given: Buffer[] = [];
  const hold = (chunk: Buffer): number => held.push(chunk);
  first.on('data', hold);
  const firstEnded = new Promise<void>((resolve) => first.on('end', resolve));
  first.on('error', (error) => {
    const failed = new Error(`compressing the checkpoint: ${error.message}`);
    settle.reject(failed);
    output.destroy(failed);
  });
  let written = 0;
  /** The binary's codec, once asked for (undefined: there is none, and node goes on). */
  let second: Promise<Codec | undefined> | undefined;
  const write = (w: Writable, chunk: Buffer): Promise<void> =>
    new Promise((resolve, reject) => void w.write(chunk, (e) => (e ? reject(e) : resolve())));
  /** Node's output from now on straight to the archive: nothing else will compress it. */
  const stream = (): void => {
    first.off('data', hold);
    for (const chunk of held.splice(0)) output.write(chunk);
    first.pipe(output, { end: false });
  };
  const spill = async (): Promise<Codec | undefined> => {
    const codec = await rest();
    if (!codec) {
      given.length = 0;
      stream();
      return undefined;
    }
    first.destroy();
    held.length = 0;
    codec.output.on('error', (error) => output.destroy(error));
    codec.output.pipe(output);
    codec.done.then(settle.resolve, settle.reject);
    for (const chunk of given.splice(0)) await write(codec.input, chunk);
    return codec;
  };
  const input = new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _encoding, callback) {
      written += chunk.length;
      // Done with a chunk only once it is consumed: the tar packer then reuses its buffer.
      if (!second && written <= limit) {
        given.push(Buffer.from(chunk));
        return void write(first, chunk).then(() => callback(), callback);
      }
      second ??= spill();
      second.then((codec) => write(codec?.input ?? first, chunk)).then(() => callback(), callback);
    },
    final(callback) {
      void (second ?? Promise.resolve(undefined)).then(async (codec) => {
        if (codec) return void (codec.input.end(), callback());
        first.end();
        await firstEnded;
        for (const chunk of held.splice(0)) output.write(chunk);
        output.end();
        settle.resolve();
        callback();
      }, callback);
    },
  });
  const kill = (): void => {
    settle.reject(new Error('compressing the checkpoint: stopped'));
    first.destroy();
    void second?.then(
      (codec) => codec?.kill(),
      () => undefined,
    );
    output.destroy();
    input.destroy();
  };
  return { input, output, done, kill };
}

/**
 * An incremental save's compressor (see the top of this file) at `level`; undefined where this Node has
 * no zstd (the caller spawns the binary from the start, as for a full save).
 */
export function incrementalCompressor(level: number, limit = IN_PROCESS_BYTES): Codec | undefined {
  const binary = async (): Promise<Codec | undefined> =>
    (await hasZstd()) ? compressor('zstd', level) : undefined;
  return zstdFirstInProcess(level, binary, limit);
}
