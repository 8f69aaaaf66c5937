/**
 * Writes a manifest in its stored form (checkpoint/core/manifest.ts): the entries as columns, archive ids
 * by index, and a local copy's stat facts after them. manifest-parse.ts reads it back.
 */
import type { EntryType, Manifest, ManifestEntry } from './manifest.js';

/** The stored form of the entries: one array per field, all of the same length. */
interface EntryColumns {
  path: string[];
  /** One letter per entry: f(ile), d(ir), l(ink). */
  type: string;
  mode: number[];
  /** Milliseconds; 0 when unknown. */
  mtime: number[];
  /** Files only (0 for others). */
  size: number[];
  /** Files only ('' for others). */
  sha256: string[];
  /** Index into `archives` of the checkpoint holding the file's bytes (-1 for others). */
  from: number[];
  /** Symlink targets by entry index. */
  target: Record<string, string>;
  /** Hard links: the path of the file each shares its bytes with, by entry index (only when there are any). */
  link?: Record<string, string>;
  /** Local copies only. */
  ino?: number[];
  dev?: number[];
  ctime?: number[];
}

/**
 * The arrays of the stored form: the entry columns, and `changed` (indices of the entries written into
 * this checkpoint's archive). The other fields are the manifest's own, plus `archives` (the ids `from` counts in).
 */
type ColumnKey = keyof EntryColumns | 'changed';

const TYPE_LETTER: Record<EntryType, string> = { file: 'f', dir: 'd', symlink: 'l' };

/**
 * Both forms of a manifest from one encoding: the stored bytes (what a store keeps), and the local form
 * as pieces to write in a row (the stored bytes, less their closing braces, then the `ino` and `dev`
 * columns: this machine's stat facts, which let the next incremental skip reading unchanged files). Saving needs
 * both; for tens of thousands of entries a second encoding costs about a tenth of a second, and a second
 * copy of the text would be the save's memory peak.
 *
 * The text is written straight into one Buffer, a few hundred entries at a time: building the columns as
 * arrays and the whole text as one string first held about 15 MiB of heap for 46,734 entries (a 6 MB
 * manifest) at the end of a save, its memory peak, where this holds the Buffer and one small piece.
 */
export function encodeManifest(m: Manifest): { stored: Buffer; local: () => Buffer[] } {
  const out = writeEntries(m, (estimate) => new JsonWriter(estimate));
  out.text('}}');
  const bytes = out.bytes();
  return {
    stored: bytes,
    local: () => {
      const facts = new JsonWriter(m.entries.length * 24 + 32);
      writeStatFacts(facts, m.entries);
      facts.text('}}');
      return [bytes.subarray(0, bytes.length - 2), facts.bytes()];
    },
  };
}

/**
 * The local form alone (see encodeManifest), handed to `sink` a quarter of a MiB at a time (each chunk is
 * valid only during the call): a restore keeps it for the next incremental, and the whole text in one
 * Buffer (6 MB for 46,734 entries) was part of the restore's memory peak.
 */
export function writeLocalManifest(m: Manifest, sink: (chunk: Buffer) => void): void {
  const out = writeEntries(m, () => new JsonWriter(256 * 1024, sink));
  writeStatFacts(out, m.entries);
  out.text('}}');
  out.flush();
}

/** The stored form up to its closing braces, written into the writer that `writer` makes. */
function writeEntries(m: Manifest, writer: (estimate: number) => JsonWriter): JsonWriter {
  const entries = m.entries;
  const archives: string[] = [];
  const archiveIndex = new Map<string, number>();
  // One pass first: archives are numbered in order of first use, and their list comes before the entries.
  const from = new Int32Array(entries.length);
  const target: Record<string, string> = {};
  const link: Record<string, string> = {};
  let links = 0;
  let estimate = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.from !== undefined) {
      let at = archiveIndex.get(e.from);
      if (at === undefined) {
        at = archives.push(e.from) - 1;
        archiveIndex.set(e.from, at);
      }
      from[i] = at;
    } else from[i] = -1;
    if (e.target !== undefined) target[i] = e.target;
    if (e.link !== undefined) {
      link[i] = e.link;
      links++;
    }
    estimate += e.path.length + (e.type === 'file' ? 110 : 40);
  }
  const { entries: _entries, changed, ...rest } = m;
  // Key order as a plain JSON.stringify of the stored object gives: the rest, archives, changed, entries
  // (last, and its own last key is `target`: the local form appends its columns before the two '}').
  const head = JSON.stringify({ ...rest, archives }).slice(0, -1);
  const out = writer(head.length + changed.length * 8 + estimate + 1024);
  out.text(head);
  out.column(',', 'changed', changedIndices(entries, changed));
  out.column(',"entries":{', 'path', entries, (e) => e.path);
  out.text(`,"type":${JSON.stringify(entries.map((e) => TYPE_LETTER[e.type]).join(''))}`);
  out.column(',', 'mode', entries, (e) => e.mode);
  out.column(',', 'mtime', entries, (e) => e.mtimeMs ?? e.stat?.mtimeMs ?? 0);
  out.column(',', 'size', entries, (e) => e.size ?? 0);
  out.column(',', 'sha256', entries, (e) => e.sha256 ?? '');
  out.column(',', 'from', from);
  // Only when there are any: a manifest without hard links reads as before in older versions.
  if (links > 0) out.text(`,"link":${JSON.stringify(link)}`);
  out.text(`,"target":${JSON.stringify(target)}`);
  return out;
}

/** The local form's own columns. Files only: stat facts are the fast path of files (a scanned directory carries them too). */
function writeStatFacts(out: JsonWriter, entries: ManifestEntry[]): void {
  out.column(',', 'ino', entries, (e) => (e.type === 'file' ? (e.stat?.ino ?? 0) : 0));
  out.column(',', 'dev', entries, (e) => (e.type === 'file' ? (e.stat?.dev ?? 0) : 0));
  out.column(',', 'ctime', entries, (e) => (e.type === 'file' ? (e.stat?.ctimeMs ?? -1) : -1));
}

/** Indices of the `changed` paths among the entries (both in walk order, so one pass finds them). */
function changedIndices(entries: ManifestEntry[], changed: string[]): number[] {
  const found: number[] = [];
  for (let i = 0, j = 0; i < entries.length && j < changed.length; i++)
    if (entries[i]!.path === changed[j]) {
      found.push(i);
      j++;
    }
  if (found.length === changed.length) return found;
  // Not in entry order (or naming paths that are not entries): look each one up.
  const index = new Map(entries.map((e, i) => [e.path, i]));
  return changed.map((p) => index.get(p) ?? -1).filter((i) => i >= 0);
}

/** JSON text written into one Buffer, in pieces small enough to die young in the heap. */
class JsonWriter {
  private static readonly PIECE = 512;
  private buf: Buffer;
  private off = 0;

  /** With a `sink`, the buffer is handed to it whenever full and reused; else it grows to hold everything. */
  constructor(
    size: number,
    private readonly sink?: (chunk: Buffer) => void,
  ) {
    this.buf = Buffer.allocUnsafeSlow(size);
  }

  text(s: string): void {
    const need = Buffer.byteLength(s);
    if (this.off + need > this.buf.length) {
      if (this.sink) {
        this.flush();
        if (need > this.buf.length) return this.sink(Buffer.from(s));
      } else {
        const grown = Buffer.allocUnsafeSlow(Math.max(this.off + need, Math.ceil(this.buf.length * 1.5)));
        this.buf.copy(grown, 0, 0, this.off);
        this.buf = grown;
      }
    }
    this.off += this.buf.write(s, this.off);
  }

  /** Hands what is buffered to the sink (a writer without one keeps it). */
  flush(): void {
    if (!this.sink || this.off === 0) return;
    this.sink(this.buf.subarray(0, this.off));
    this.off = 0;
  }

  /** `lead`, the key, then a JSON array of `value` over `items`: the text JSON.stringify makes of it. */
  column<T, V = T>(lead: string, key: ColumnKey, items: ArrayLike<T>, value?: (item: T) => V): void {
    this.text(`${lead}"${key}":[`);
    const piece: unknown[] = [];
    for (let at = 0; at < items.length; at += JsonWriter.PIECE) {
      const end = Math.min(items.length, at + JsonWriter.PIECE);
      piece.length = 0;
      for (let i = at; i < end; i++) piece.push(value ? value(items[i]!) : items[i]);
      const json = JSON.stringify(piece);
      this.text((at === 0 ? '' : ',') + json.slice(1, -1));
    }
    this.text(']');
  }

  bytes(): Buffer {
    return this.buf.subarray(0, this.off);
  }
}
