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

/** What the codec holds while node compresses: its output held until it is known to be the archive. */
interface FirstStage {
  first: zlib.ZstdCompress;
  output: PassThrough;
  /** Node's output, held until it is known to be the archive, by `hold`. */
  held: Buffer[];
  hold: (chunk: Buffer) => void;
  settle: { resolve: () => void; reject: (e: Error) => void };
  firstEnded: Promise<void>;
  /** The binary's codec, once asked for (undefined: there is none, and node goes on). */
  second?: Promise<Codec | undefined>;
}

const writeTo = (w: Writable, chunk: Buffer): Promise<void> =>
  new Promise((resolve, reject) => void w.write(chunk, (e) => (e ? reject(e) : resolve())));

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
  const stage = firstStage(
    create({ chunkSize: 256 * 1024, params: { [zlib.constants.ZSTD_c_compressionLevel]: level } }),
  );
  const { first, output, settle } = stage;
  const input = stageInput(stage, rest, limit);
  const kill = (): void => {
    settle.reject(new Error('compressing the checkpoint: stopped'));
    first.destroy();
    void stage.second?.then(
      (codec) => codec?.kill(),
      () => undefined,
    );
    output.destroy();
    input.destroy();
  };
  return { input, output, done: stage.done, kill };
}

/** Node's compressor wired to hold its output, and the promise that settles with the archive. */
function firstStage(first: zlib.ZstdCompress): FirstStage & { done: Promise<void> } {
  const output = new PassThrough({ highWaterMark: 1 << 20 });
  let settle!: FirstStage['settle'];
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  // awaited by the caller, which says why it failed; never an unhandled rejection meanwhile
  done.catch(() => undefined);
  const held: Buffer[] = [];
  const hold = (chunk: Buffer): void => void held.push(chunk);
  first.on('data', hold);
  const firstEnded = new Promise<void>((resolve) => first.on('end', resolve));
  first.on('error', (error) => {
    const failed = new Error(`compressing the checkpoint: ${error.message}`);
    settle.reject(failed);
    output.destroy(failed);
  });
  return { first, output, held, hold, settle, firstEnded, done };
}

/** Node's output from now on straight to the archive: nothing else will compress it. */
function streamFirst(stage: FirstStage): void {
  stage.first.off('data', stage.hold);
  for (const chunk of stage.held.splice(0)) stage.output.write(chunk);
  stage.first.pipe(stage.output, { end: false });
}

/**
 * Past the limit: the binary takes over from the first byte, or node goes on where there is none. The
 * bytes given so far are not copied as they come in case of this (every incremental paid for the copy,
 * up to 7 ms of CPU per MB where fresh pages fault in from the host, as on the bench's VM): node's frame
 * is ended, and what it output, decompressed, is every byte given so far, which the binary compresses again.
 */
async function spill(stage: FirstStage, rest: () => Promise<Codec | undefined>): Promise<Codec | undefined> {
  const codec = await rest();
  if (!codec) {
    streamFirst(stage);
    return undefined;
  }
  // Taken at once: a binary killed or failed while node's frame ends would otherwise reject unhandled,
  // which ends the process.
  codec.done.then(stage.settle.resolve, stage.settle.reject);
  try {
    const given = await givenSoFar(stage.first, stage.held);
    codec.output.on('error', (error) => stage.output.destroy(error));
    codec.output.pipe(stage.output);
    await writeTo(codec.input, given);
    return codec;
  } catch (error) {
    // (a codec stopped meanwhile: the binary goes too)
    codec.kill();
    throw error;
  }
}

/** Ends node's frame and returns every byte given to it, from what it output (`held`). */
async function givenSoFar(first: zlib.ZstdCompress, held: Buffer[]): Promise<Buffer> {
  if (first.destroyed) throw new Error('compressing the checkpoint: stopped');
  const ended = new Promise<boolean>((resolve) => {
    first.once('end', () => resolve(true));
    first.once('close', () => resolve(first.readableEnded));
  });
  first.end();
  if (!(await ended)) throw new Error('compressing the checkpoint: stopped');
  return zlib.zstdDecompressSync(Buffer.concat(held.splice(0)));
}

/** The codec's input: node's compressor up to `limit` bytes, then the binary's (or node's still). */
function stageInput(stage: FirstStage, rest: () => Promise<Codec | undefined>, limit: number): Writable {
  let written = 0;
  return new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _encoding, callback) {
      written += chunk.length;
      // Done with a chunk only once it is consumed: the tar packer then reuses its buffer.
      if (!stage.second && written <= limit)
        return void writeTo(stage.first, chunk).then(() => callback(), callback);
      stage.second ??= spill(stage, rest);
      stage.second
        .then((codec) => writeTo(codec?.input ?? stage.first, chunk))
        .then(() => callback(), callback);
    },
    final(callback) {
      void (stage.second ?? Promise.resolve(undefined)).then(async (codec) => {
        if (codec) return void (codec.input.end(), callback());
        stage.first.end();
        await stage.firstEnded;
        for (const chunk of stage.held.splice(0)) stage.output.write(chunk);
        stage.output.end();
        stage.settle.resolve();
        callback();
      }, callback);
    },
  });
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
