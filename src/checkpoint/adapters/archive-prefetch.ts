/**
 * A restore's own archive, its download opened as soon as the plan says it is needed: the store's round
 * trips (the artifact's signed URL, the blob's first answer) then overlap the destination's journal, the
 * staging directories and the decompressor's start, instead of following them. Only opened: nothing is
 * read before the extraction takes it (the response waits in its socket), and every byte it brings is
 * checked against the manifest's digest as any other download's.
 * Opened after the plan, not before: planning a restore over a large existing tree hashes files, and a
 * download held open and silent that long would count as the store's silence (store-guard.ts).
 */
import type { Readable } from 'node:stream';
import type { Manifest, ManifestEntry } from '../core/index.js';
import type { CheckpointStore } from './store.js';

export class EarlyArchive {
  private opened: Promise<Readable> | undefined;

  private constructor(
    private readonly store: CheckpointStore,
    private readonly file: string,
  ) {
    this.opened = store.getArchive(file);
    // Its failure is the extraction's to report, when it takes it (or nobody's, once dropped).
    this.opened.catch(() => undefined);
  }

  /**
   * Opens `manifest`'s own archive when the files to write need it and the store has no local file to
   * read in place; undefined otherwise.
   */
  static open(
    store: CheckpointStore,
    manifest: Manifest,
    toWrite: ManifestEntry[],
  ): EarlyArchive | undefined {
    const { file } = manifest.archive;
    if (store.archivePath?.(file) !== undefined) return undefined;
    const own = (e: ManifestEntry): boolean =>
      e.type === 'file' && e.link === undefined && (e.from ?? manifest.id) === manifest.id;
    return toWrite.some(own) ? new EarlyArchive(store, file) : undefined;
  }

  /** The opened download of `file` from `store`, handed out once; undefined for any other. */
  take(store: CheckpointStore, file: string): Promise<Readable> | undefined {
    if (store !== this.store || file !== this.file) return undefined;
    const opened = this.opened;
    this.opened = undefined;
    return opened;
  }

  /** Closes the download if nothing took it (the restore failed before extracting it). */
  async drop(): Promise<void> {
    const opened = this.opened;
    this.opened = undefined;
    // (one that failed to open has nothing to close)
    if (opened) (await opened.catch(() => undefined))?.destroy();
  }
}
