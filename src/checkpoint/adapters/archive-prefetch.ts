/**
 * A restore's own archive, its decompressor started as soon as the manifest is read and its download opened
 * as soon as the plan says it is needed: the decompressor's start (its socket, its FIFO, the process)
 * then overlaps the planning, and the store's round trips (the artifact's signed URL, the blob's first
 * answer) the destination's journal and the staging directories, instead of following them. Only opened:
 * nothing is read before the extraction takes it (the response waits in its socket), and every byte it
 * brings is checked against the manifest's digest as any other download's. The decompressor is fed
 * nothing before then, so it gives nothing either: what it gives goes to the extraction's tar reader.
 * Opened after the plan, not before: planning a restore over a large existing tree hashes files, and a
 * download held open and silent that long would count as the store's silence (store-guard.ts).
 */
import type { Readable } from 'node:stream';
import type { Manifest, ManifestEntry } from '../core/index.js';
import { decompressTo, OUTPUT_SOCKET_FROM, type Decoder } from './compress.js';
import type { CheckpointStore } from './store.js';

/** What the extraction takes: the opened download, and the running decompressor, given its consumer. */
export interface TakenArchive {
  opened: Promise<Readable>;
  startDecoder: (onChunk: (chunk: Buffer) => void) => Promise<Decoder>;
}

/**
 * About how many bytes the tar stream of `manifest`'s own archive holds (each entry's header and its
 * data in whole blocks, and the two closing blocks), from the manifest's word: a hint for the decompressor's
 * output, never trusted for more. Counted only for a small archive: a big one's output is big.
 */
function tarBytes(manifest: Manifest): number | undefined {
  if (manifest.archive.size >= OUTPUT_SOCKET_FROM) return undefined;
  let bytes = 1024 + 512 * manifest.archive.entries;
  for (const e of manifest.entries)
    if (e.type === 'file' && e.link === undefined && (e.from ?? manifest.id) === manifest.id)
      bytes += Math.ceil((e.size ?? 0) / 512) * 512;
  return bytes;
}

export class EarlyArchive {
  private opened: Promise<Readable> | undefined;
  private decoder: Promise<Decoder> | undefined;
  private sink: ((chunk: Buffer) => void) | undefined;

  private constructor(
    private readonly store: CheckpointStore,
    private readonly manifest: Manifest,
  ) {
    this.decoder = decompressTo(manifest.archive.compression, (chunk) => this.deliver(chunk), {
      inputBytes: manifest.archive.size,
      outputBytes: tarBytes(manifest),
    });
    // Its failure to start, or its exit, is the extraction's to report when it takes it (nobody's, once dropped).
    this.decoder.then((d) => d.done.catch(() => undefined)).catch(() => undefined);
  }

  /** Starts the decompressor of `manifest`'s own archive when the store has no local file to read in place. */
  static start(store: CheckpointStore, manifest: Manifest): EarlyArchive | undefined {
    if (store.archivePath?.(manifest.archive.file) !== undefined) return undefined;
    return new EarlyArchive(store, manifest);
  }

  /**
   * Opens the archive's download, once the decompressor is up, when the files to write need it; stops the
   * decompressor when they do not.
   */
  async open(toWrite: ManifestEntry[]): Promise<void> {
    const id = this.manifest.id;
    const own = (e: ManifestEntry): boolean =>
      e.type === 'file' && e.link === undefined && (e.from ?? id) === id;
    if (!this.decoder || !toWrite.some(own)) return this.drop();
    // (a decompressor that failed to start is the extraction's to report: it takes that failure)
    await this.decoder.catch(() => undefined);
    this.opened = this.store.getArchive(this.manifest.archive.file);
    // Its failure is the extraction's to report, when it takes it (or nobody's, once dropped).
    this.opened.catch(() => undefined);
  }

  /** The opened download of `file` from `store` and its decompressor, handed out once; undefined for any other. */
  take(store: CheckpointStore, file: string): TakenArchive | undefined {
    const { opened, decoder } = this;
    if (store !== this.store || file !== this.manifest.archive.file || !opened || !decoder) return undefined;
    this.opened = undefined;
    this.decoder = undefined;
    return {
      opened,
      startDecoder: (onChunk) => {
        this.sink = onChunk;
        return decoder;
      },
    };
  }

  private deliver(chunk: Buffer): void {
    // (nothing was fed to it before the extraction took it: output before that is not this archive's)
    if (!this.sink) throw new Error('the decompressor gave output before it was fed');
    this.sink(chunk);
  }

  /** Closes the download and stops the decompressor if nothing took them (the restore failed before). */
  async drop(): Promise<void> {
    const { opened, decoder } = this;
    this.opened = undefined;
    this.decoder = undefined;
    // (one that failed to open or start has nothing to close)
    if (opened) (await opened.catch(() => undefined))?.destroy();
    // (one that failed to start has no process to stop)
    const d = await decoder?.catch(() => undefined);
    if (!d) return;
    d.kill();
    d.input.destroy();
    // it was killed: its exit says nothing
    await d.done.catch(() => undefined);
  }
}
