/**
 * Progress of long CLI work on a terminal: one line on stderr, redrawn at most every 100 ms and cleared at
 * the end. Only when stderr is a TTY and the output is not JSON, so logs, pipes and scripts never see it.
 */
import { Transform, pipeline, type Readable } from 'node:stream';
import { bytes as formatBytes } from './bytes.js';
import type { CheckpointStore } from '../checkpoint/index.js';
import type { EnginePart } from './support.js';

export interface ProgressCounts {
  /** Files (or checkpoints, logs) done; undefined where the work does not count them. */
  files?: number;
  /** Out of how many, when known. */
  total?: number;
  bytes: number;
  elapsedMs: number;
}

/** `restore: 1.2 GiB, 85.3 MiB/s` or `classify: 12/40 files, 3.1 MiB, 9.8 MiB/s`. */
export function renderProgress(label: string, c: ProgressCounts, unit = 'files'): string {
  const parts: string[] = [];
  if (c.files !== undefined) parts.push(`${c.files}${c.total !== undefined ? `/${c.total}` : ''} ${unit}`);
  parts.push(formatBytes(c.bytes));
  if (c.elapsedMs > 0) parts.push(`${formatBytes(Math.round((c.bytes * 1000) / c.elapsedMs))}/s`);
  return `${label}: ${parts.join(', ')}`;
}

export interface ProgressSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

export class Progress {
  private files: number | undefined;
  private bytes = 0;
  private lastDraw = -Infinity;
  private drawn = false;
  private readonly start: number;

  constructor(
    private readonly label: string,
    private readonly out: ProgressSink,
    private readonly opts: { total?: number; countFiles?: boolean; unit?: string; now?: () => number } = {},
  ) {
    this.start = this.now();
    if (opts.countFiles) this.files = 0;
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  add(files: number, bytes: number): void {
    if (this.files !== undefined) this.files += files;
    this.bytes += bytes;
    const now = this.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    const counts: ProgressCounts = {
      ...(this.files !== undefined ? { files: this.files } : {}),
      ...(this.opts.total !== undefined ? { total: this.opts.total } : {}),
      bytes: this.bytes,
      elapsedMs: now - this.start,
    };
    this.out.write(`\r\x1b[K${renderProgress(this.label, counts, this.opts.unit)}`);
  }

  /** Clears the line, so that what is printed next stands alone; the next add draws it again. */
  done(): void {
    if (this.drawn) this.out.write('\r\x1b[K');
    this.drawn = false;
    this.lastDraw = -Infinity;
  }
}

/** A progress line on stderr, or none when stderr is not a terminal or the output is JSON. */
export function progressOnTerminal(
  label: string,
  json: boolean,
  opts: { total?: number; countFiles?: boolean; unit?: string } = {},
  out: ProgressSink = process.stderr,
): Progress | undefined {
  return out.isTTY && !json ? new Progress(label, out, opts) : undefined;
}

/** Counts the bytes that pass through a stream. */
function counted(data: Readable, onBytes: (n: number) => void): Readable {
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      onBytes(chunk.length);
      callback(null, chunk);
    },
  });
  pipeline(data, tap, () => undefined);
  return tap;
}

/**
 * The store with every archive counted as it is written or read. It keeps the store's class (a directory
 * store inside the workspace is still left out of its own checkpoints) and calls the store itself, but
 * offers no in-place path, so that archives are read as streams whose bytes can be seen.
 */
export function withArchiveProgress(store: CheckpointStore, progress: Progress | undefined): CheckpointStore {
  if (!progress) return store;
  const wrapped = Object.create(store) as CheckpointStore;
  return Object.assign(wrapped, {
    putArchive: (file: string, data: Readable) =>
      store.putArchive(
        file,
        counted(data, (n) => progress.add(0, n)),
      ),
    getArchive: async (file: string) => counted(await store.getArchive(file), (n) => progress.add(0, n)),
    archivePath: undefined,
    putManifest: store.putManifest.bind(store),
    getManifest: store.getManifest.bind(store),
    objects: store.objects.bind(store),
    removeObject: store.removeObject.bind(store),
  });
}

/**
 * Runs a save or restore with every file it packs or unpacks counted on `progress` (a progress made with
 * `countFiles`), and the line cleared at the end.
 */
export function withFileCounts<T>(
  progress: Progress | undefined,
  fn: () => Promise<T>,
  part: EnginePart = 'engine',
): Promise<T> {
  // The engine's door is loaded here, not at import: classify shows progress too and needs none of it.
  return import('../checkpoint/index.js')
    .then(({ load }) => load[part]())
    .then(({ withFileProgress }) => withFileProgress(progress && (() => progress.add(1, 0)), fn))
    .finally(() => progress?.done());
}
