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
 * The entries' part of a manifest's stored form (its `changed` and `entries`), encoded before the rest of
 * the manifest is known: a save encodes it while its archive's upload ends, and only the few fields
 * before it (the archive's digest among them) are left for after.
 */
export interface EncodedEntries {
  /** The entries and changed paths encoded (encodeManifest takes this only for these very arrays). */
  entries: readonly ManifestEntry[];
  changed: readonly string[];
  /** How many entries there were when encoded. */
  count: number;
  /** The checkpoints `from` counts in, in order of first use. */
  archives: string[];
  /** From `,"changed":` to the end of the entries' last column, without the closing braces. */
  body: Buffer;
  /**
   * Whether the bytes around `body` in its memory (HEAD_ROOM before it, the closing braces' after it)
   * are free for the stored form: true until one encodeManifest took them.
   */
  roomFree: boolean;
}

/**
 * Bytes left free before the entries' part for the fields before it (a few hundred bytes, more with many
 * deleted paths or roots), and two after it for the closing braces, so that the stored form is written
 * around the entries where they are: copied into memory of its own, a 7.7 MB manifest's bytes cost ~50 ms
 * of CPU (the new pages' faults, on a 2-core VM: 0.6 ms for the same copy into memory written before).
 */
const HEAD_ROOM = 64 * 1024;

/** encodeManifest's entries' part, on its own (see EncodedEntries). */
export function encodeEntries(entries: ManifestEntry[], changed: string[]): EncodedEntries {
  const scan = scanEntries(entries);
  const out = new JsonWriter(HEAD_ROOM + changed.length * 8 + scan.estimate + 1024);
  out.skip(HEAD_ROOM);
  writeBody(out, entries, changed, scan);
  out.spare(2);
  return {
    entries,
    changed,
    count: entries.length,
    archives: scan.archives,
    body: out.bytes().subarray(HEAD_ROOM),
    roomFree: true,
  };
}

/**
 * Both forms of a manifest from one encoding: the stored bytes (what a store keeps), and the local form
 * as pieces to write in a row (the stored bytes, less their closing braces, then the `ino` and `dev`
 * columns: this machine's stat facts, which let the next incremental skip reading unchanged files). Saving needs
 * both; for tens of thousands of entries a second encoding costs about a tenth of a second, and a second
 * copy of the text would be the save's memory peak. `pre`, the entries already encoded (encodeEntries),
 * is taken when it encoded `m`'s own entries and changed paths, as they are now.
 *
 * The text is written straight into one Buffer, a few hundred entries at a time: building the columns as
 * arrays and the whole text as one string first held about 15 MiB of heap for 46,734 entries (a 6 MB
 * manifest) at the end of a save, its memory peak, where this holds the Buffer and one small piece.
 */
export function encodeManifest(m: Manifest, pre?: EncodedEntries): { stored: Buffer; local: () => Buffer[] } {
  const body =
    pre && pre.entries === m.entries && pre.changed === m.changed && pre.count === m.entries.length
      ? pre
      : encodeEntries(m.entries, m.changed);
  const head = headOf(m, body.archives);
  const bytes = storedAround(head, body);
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
 * The stored form: `head`, the entries' part, and the closing braces. Written around the entries' part in
 * its own memory where the room there is free and wide enough (once only: a second form would overwrite
 * the first's head), else copied into memory of its own.
 */
function storedAround(head: string, body: EncodedEntries): Buffer {
  const headBytes = Buffer.byteLength(head);
  const { body: b } = body;
  const end = b.byteOffset + b.length;
  if (body.roomFree && headBytes <= b.byteOffset && end + 2 <= b.buffer.byteLength) {
    body.roomFree = false;
    const whole = Buffer.from(b.buffer, 0, b.buffer.byteLength);
    whole.write(head, b.byteOffset - headBytes);
    whole.write('}}', end);
    return whole.subarray(b.byteOffset - headBytes, end + 2);
  }
  const bytes = Buffer.allocUnsafeSlow(headBytes + b.length + 2);
  bytes.write(head, 0);
  b.copy(bytes, headBytes);
  bytes.write('}}', headBytes + b.length);
  return bytes;
}

/**
 * The local form alone (see encodeManifest), handed to `sink` a quarter of a MiB at a time (each chunk is
 * valid only during the call): a restore keeps it for the next incremental, and the whole text in one
 * Buffer (6 MB for 46,734 entries) was part of the restore's memory peak.
 */
export function writeLocalManifest(m: Manifest, sink: (chunk: Buffer) => void): void {
  const scan = scanEntries(m.entries);
  const out = new JsonWriter(256 * 1024, sink);
  out.text(headOf(m, scan.archives));
  writeBody(out, m.entries, m.changed, scan);
  writeStatFacts(out, m.entries);
  out.text('}}');
  out.flush();
}

/** What one pass over the entries finds before any is written: archives are numbered in order of first use. */
interface EntryScan {
  archives: string[];
  /** Index into `archives`, by entry (-1 for none). */
  from: Int32Array;
  target: Record<string, string>;
  link: Record<string, string>;
  links: number;
  /** About the bytes of the entries' columns. */
  estimate: number;
}

function scanEntries(entries: readonly ManifestEntry[]): EntryScan {
  const archives: string[] = [];
  const archiveIndex = new Map<string, number>();
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
  return { archives, from, target, link, links, estimate };
}

/**
 * The stored form up to `changed`, without its closing brace. Key order as a plain JSON.stringify of the
 * stored object gives: the rest, archives, changed, entries (last, and its own last key is `target`: the
 * local form appends its columns before the two '}').
 */
function headOf(m: Manifest, archives: string[]): string {
  const { entries: _entries, changed: _changed, ...rest } = m;
  return JSON.stringify({ ...rest, archives }).slice(0, -1);
}

/** From `,"changed":` to the end of the entries' `target` column (see EncodedEntries). */
function writeBody(
  out: JsonWriter,
  entries: readonly ManifestEntry[],
  changed: readonly string[],
  scan: EntryScan,
): void {
  out.column(',', 'changed', changedIndices(entries, changed));
  out.column(',"entries":{', 'path', entries, (e) => e.path);
  out.text(`,"type":${JSON.stringify(entries.map((e) => TYPE_LETTER[e.type]).join(''))}`);
  out.column(',', 'mode', entries, (e) => e.mode);
  out.column(',', 'mtime', entries, (e) => e.mtimeMs ?? e.stat?.mtimeMs ?? 0);
  out.column(',', 'size', entries, (e) => e.size ?? 0);
  out.column(',', 'sha256', entries, (e) => e.sha256 ?? '');
  out.column(',', 'from', scan.from);
  // Only when there are any: a manifest without hard links reads as before in older versions.
  if (scan.links > 0) out.text(`,"link":${JSON.stringify(scan.link)}`);
  out.text(`,"target":${JSON.stringify(scan.target)}`);
}

/** The local form's own columns. Files only: stat facts are the fast path of files (a scanned directory carries them too). */
function writeStatFacts(out: JsonWriter, entries: readonly ManifestEntry[]): void {
  out.column(',', 'ino', entries, (e) => (e.type === 'file' ? (e.stat?.ino ?? 0) : 0));
  out.column(',', 'dev', entries, (e) => (e.type === 'file' ? (e.stat?.dev ?? 0) : 0));
  out.column(',', 'ctime', entries, (e) => (e.type === 'file' ? (e.stat?.ctimeMs ?? -1) : -1));
}

/** Indices of the `changed` paths among the entries (both in walk order, so one pass finds them). */
function changedIndices(entries: readonly ManifestEntry[], changed: readonly string[]): number[] {
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

  /** Leaves `n` bytes unwritten here (a writer without a sink only). */
  skip(n: number): void {
    this.room(n);
    this.off += n;
  }

  /** Makes room for `n` more bytes after what is written, writing none (a writer without a sink only). */
  spare(n: number): void {
    this.room(n);
  }

  private room(need: number): void {
    if (this.off + need <= this.buf.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.off + need, Math.ceil(this.buf.length * 1.5)));
    this.buf.copy(grown, 0, 0, this.off);
    this.buf = grown;
  }

  text(s: string): void {
    const need = Buffer.byteLength(s);
    if (this.off + need > this.buf.length) {
      if (this.sink) {
        this.flush();
        if (need > this.buf.length) return this.sink(Buffer.from(s));
      } else this.room(need);
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
