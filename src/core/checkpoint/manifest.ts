/**
 * The checkpoint manifest: the complete state of the checkpointed paths at one moment, and where the
 * bytes of each file live. Every manifest lists every entry (not only the changed ones), each file with
 * the id of the checkpoint whose archive holds its content (`from`), so restoring an incremental
 * checkpoint means: read this manifest, fetch the archives it points to, take each file from its archive.
 *
 * In memory the entries are objects; stored, they are columns (one array per field, archive ids by
 * index): 6.1 MB instead of 11.3 MB for 40,041 files, and the manifest is read and written on every
 * incremental checkpoint.
 */
import type { Lane } from '../types.js';
import { checkedKeyedRefs, isKeyedId, type KeyedRef } from './keyed.js';
import { checkedRootRecords, type RootRecord } from './outside.js';
import {
  ancestors,
  checkLinkTarget,
  hasStagingName,
  isNormalPath,
  safeEntryPath,
  underAny,
  UnsafePathError,
} from './paths.js';

export const MANIFEST_FORMAT = 'ci-recovery-checkpoint/2';
export type Compression = 'zstd' | 'gzip';
export type EntryType = 'file' | 'dir' | 'symlink';

/** Local stat facts used only as the fast path of the next incremental checkpoint (like git's index). */
export interface StatFacts {
  mtimeMs: number;
  ino: number;
  dev: number;
  /** Where known (a save's scan; a restore's rename moves it): a rewrite whose mtime was put back moves it. */
  ctimeMs?: number | undefined;
}

export interface ManifestEntry {
  path: string;
  type: EntryType;
  /** Permission bits (0o7777). */
  mode: number;
  /** Files only. */
  size?: number;
  sha256?: string;
  /** Id of the checkpoint whose archive holds this file's bytes. */
  from?: string;
  /** Symlinks only. */
  target?: string;
  /** Modification time to restore (from the scan). */
  mtimeMs?: number;
  /** This machine's stat facts; kept only in local manifest copies, never in a store. */
  stat?: StatFacts;
}

export interface ArchiveInfo {
  /** Object name in the store, e.g. `<id>.tar.zst`. */
  file: string;
  compression: Compression;
  sha256: string;
  size: number;
  /** Entries written into this archive. */
  entries: number;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  id: string;
  kind: 'full' | 'incremental';
  /** Checkpoint this one is incremental against. */
  parent?: string;
  /** Roots that were checkpointed, relative to the workspace ('.' for all of it). */
  paths: string[];
  exclude: string[];
  stage: string;
  job: string;
  runId: string;
  attempt: number;
  lane?: Lane;
  commit?: string;
  branch?: string;
  /** Stages completed in this job attempt when the checkpoint was taken. */
  completedStages: string[];
  /** How long each completed stage took when it ran (stage -> ms), for what a resume saves. Optional. */
  stageDurations?: Record<string, number>;
  /** Paths outside the workspace saved with it, each as its own checkpoint (core/checkpoint/outside.ts). */
  roots?: RootRecord[];
  /** Keyed entries (core/checkpoint/keyed.ts) some of its files are taken from, with their archives' digests. */
  keyed?: KeyedRef[];
  createdAt: string;
  /** Wall-clock when scanning started: files modified at or after it are never trusted by stat alone. */
  scanStartedMs: number;
  /** The walk of the tree, the archive (packing overlaps the walk: it starts at the walk) and the whole save. */
  timings: { scanMs: number; archiveMs: number; totalMs: number };
  entries: ManifestEntry[];
  /** Paths stored in this archive (new or changed since the parent). */
  changed: string[];
  /** Paths present in the parent and gone now. */
  deleted: string[];
  /** When the store lets the checkpoint expire (artifacts), never after its parent (ISO 8601). */
  expiresAt?: string;
  /** Entries the save could not hold (sockets, FIFOs, names not in UTF-8, unreadable ones), each reported. */
  leftOut?: number;
  archive: ArchiveInfo;
}

export interface ManifestStats {
  files: number;
  bytes: number;
  changed: number;
  deleted: number;
}

/** How many of `entries` are files, and their total size. */
export function fileTotals(entries: readonly ManifestEntry[]): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of entries) {
    if (e.type !== 'file') continue;
    files++;
    bytes += e.size ?? 0;
  }
  return { files, bytes };
}

/** Summary counts of a manifest, for outputs and `list`. */
export function manifestStats(m: Manifest): ManifestStats {
  return { ...fileTotals(m.entries), changed: m.changed.length, deleted: m.deleted.length };
}

/** Ids of every checkpoint whose archive this manifest needs, in chain order of first use. */
export function archivesNeeded(m: Manifest): string[] {
  const ids = new Set<string>();
  for (const e of m.entries) if (e.type === 'file' && e.from) ids.add(e.from);
  return [...ids];
}

/**
 * Ids of the checkpoints of the store whose archives this manifest needs: archivesNeeded without the keyed
 * entries, which live in the cache service, not in the store (a cleanup or a chain check never looks for them there).
 */
export function storedArchivesNeeded(m: Manifest): string[] {
  return archivesNeeded(m).filter((id) => !isKeyedId(id));
}

/**
 * A manifest without its entries: what a listing of many checkpoints keeps of each. `list` over a store
 * of 40 checkpoints of 46,734 entries each peaked at 641 MiB while it kept every parsed manifest, and at
 * 213 MiB keeping summaries.
 */
export interface ManifestSummary extends Omit<Manifest, 'entries' | 'changed' | 'deleted'> {
  stats: ManifestStats;
  /** Ids of the store's checkpoints whose archives it needs (storedArchivesNeeded). */
  needs: string[];
}

export function summarize(m: Manifest): ManifestSummary {
  const { entries: _entries, changed: _changed, deleted: _deleted, ...rest } = m;
  return { ...rest, stats: manifestStats(m), needs: storedArchivesNeeded(m) };
}

const SHA256 = /^[0-9a-f]{64}$/;
/** Checkpoint ids double as file and artifact names: keep them to a portable alphabet. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export function isValidId(id: string): boolean {
  return ID.test(id) && !id.includes('..');
}

/** Turns free text (job or stage names) into a piece usable inside an id. */
export function idPart(text: string): string {
  const cleaned = text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
  return (cleaned || 'x').slice(0, 60);
}

const GENERATED_PREFIX = 'ci-recovery-ckpt-';

/** Whose checkpoints: one job (or matrix leg, see jobIdentity) of one workflow run. */
export interface CheckpointOwner {
  runId: string;
  /** The job's identity: the job key, plus `.leg<index>` for a matrix leg. */
  job: string;
}

function ownerPrefix(owner: CheckpointOwner): string {
  return `${GENERATED_PREFIX}r${idPart(owner.runId)}-${idPart(owner.job)}-a`;
}

/**
 * The id used by the actions: `ci-recovery-ckpt-r<run>-<job>-a<attempt>-<stage>-<seq>`. The run keeps two
 * runs sharing a `dir:` store apart, the job identity two legs of a matrix, the attempt two re-runs, and the
 * sequence two checkpoints of one stage.
 */
export function checkpointId(owner: CheckpointOwner, stage: string, attempt: number, seq: number): string {
  return `${ownerPrefix(owner)}${attempt}-${idPart(stage)}-${String(seq).padStart(3, '0')}`;
}

/**
 * What an id made by checkpointId says without its manifest being read: the attempt, when it may be
 * `owner`'s (the manifest decides: two job names can share an id part), 'other-job' when it cannot be
 * (another run, another job or leg). Undefined for any other id (a name the user chose), which only its
 * manifest can place.
 */
export function attemptInId(id: string, owner: CheckpointOwner): number | 'other-job' | undefined {
  if (!id.startsWith(GENERATED_PREFIX)) return undefined;
  const prefix = ownerPrefix(owner);
  if (!id.startsWith(prefix))
    return /^r[^-]+-.+-a\d+-.+-\d+$/.test(id.slice(GENERATED_PREFIX.length)) ? 'other-job' : undefined;
  const attempt = /^(\d+)-.+-\d+$/.exec(id.slice(prefix.length))?.[1];
  return attempt === undefined ? undefined : Number(attempt);
}

/**
 * The prefixes of what ci-recovery names itself in a store, a cache or a run's artifacts: keyed entries,
 * rollback records, the actions' own checkpoint ids, plan artifacts, the ledger, the run's records of its
 * checkpoints and the test history. A name a user gives a
 * checkpoint never starts with one (in any case: a store may sit on a case-blind disk), or it would be read
 * as ours: a checkpoint named `ci-recovery-keyed-x` had children that saved and could never be restored.
 */
export const RESERVED_PREFIXES = {
  'ci-recovery-keyed-': 'keyed entries',
  'ci-recovery-rollback-': 'rollback records',
  'ci-recovery-ckpt-': "the actions' own checkpoints",
  'ci-recovery-plan-': 'plan artifacts',
  'ci-recovery-ledger-': 'the ledger',
  // A run's artifact of this name is read as a job attempt's record of its checkpoints (trust.ts).
  'ci-recovery-checkpoints-': "the run's records of its checkpoints",
  'ci-recovery-tests-': 'the test history',
} as const;

/**
 * Why a checkpoint name someone gave (`input`: the input or flag it came from) cannot be used, if it starts
 * with a prefix ci-recovery keeps for itself.
 */
export function reservedNameProblem(name: string, input: string): string | undefined {
  const lower = name.toLowerCase();
  const found = Object.entries(RESERVED_PREFIXES).find(([prefix]) => lower.startsWith(prefix));
  if (!found) return undefined;
  const [prefix, what] = found;
  return `${input} '${name}' starts with '${prefix}', which ci-recovery keeps for ${what}: a checkpoint of that name would be read as one of them; choose a name without the prefix (e.g. '${name.slice(prefix.length) || 'build'}').`;
}

/** Rollback records share stores with checkpoints and must never be touched by cleanup. */
export function isRollbackRecord(name: string): boolean {
  return name.startsWith('ci-recovery-rollback-');
}

function fail(where: string, what: string): never {
  throw new ManifestError(`${where}: ${what}`);
}

/**
 * What is wrong with one entry (or one deleted path), said without where it is: its caller names the
 * place ("entries[12]") when it catches this. Building that name for each of 40,000 entries that pass
 * cost a parse ~10 %.
 */
class EntryProblem extends Error {}

function bad(what: string): never {
  throw new EntryProblem(what);
}

/** Runs a check of the entry at `at()`; an EntryProblem becomes the manifest's error there. */
function placed<T>(where: string, at: () => string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof EntryProblem) fail(`${where}: ${at()}`, error.message);
    throw error;
  }
}

export class ManifestError extends Error {
  override name = 'ManifestError';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Record<string, unknown>, k: string, where: string, optional = false): string | undefined {
  const v = o[k];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string') fail(where, `'${k}' must be a string`);
  return v;
}

function num(o: Record<string, unknown>, k: string, where: string, optional = false): number | undefined {
  const v = o[k];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
    fail(where, `'${k}' must be a non-negative number`);
  return v;
}

function strList(o: Record<string, unknown>, k: string, where: string): string[] {
  const v = o[k];
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
    fail(where, `'${k}' must be a list of strings`);
  return v;
}

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
const LETTER_TYPE: Record<string, EntryType> = { f: 'file', d: 'dir', l: 'symlink' };

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

function checkedPath(raw: unknown): string {
  if (typeof raw === 'string' && isNormalPath(raw)) return raw;
  if (typeof raw !== 'string') bad("'path' must be a string");
  try {
    if (safeEntryPath(raw) !== raw) throw new UnsafePathError(`entry '${raw}' is not in normal form`);
  } catch (error) {
    if (error instanceof UnsafePathError) bad(error.message);
    throw error;
  }
  return raw;
}

function column<T>(
  cols: Record<string, unknown>,
  k: string,
  n: number,
  where: string,
  ok: (v: unknown) => boolean,
): T[] {
  const v = cols[k];
  if (!Array.isArray(v) || v.length !== n) fail(where, `'entries.${k}' must be a list of ${n} values`);
  for (let i = 0; i < n; i++) if (!ok(v[i])) fail(`${where}: entries[${i}]`, `'${k}' has an invalid value`);
  return v as T[];
}

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * A time in milliseconds a Date can hold (±8.64e15: ±273,790 years): a forged 1e300 was restored with exit 0
 * and the file's time silently left as it was, since nothing can set it.
 */
const isTime = (v: unknown): boolean => typeof v === 'number' && Math.abs(v) <= 8.64e15;

/**
 * The roots a manifest covers: relative, normal, inside the workspace. A restore scans and deletes below
 * each root, so a root like '../victim' would reach outside the destination.
 */
function checkedRoots(raw: string[], where: string): string[] {
  if (raw.length === 0) fail(where, "'paths' must name at least one root");
  const seen = new Set<string>();
  for (const p of raw) {
    try {
      if (safeEntryPath(p, { allowRoot: true }) !== p)
        throw new UnsafePathError(`root '${p}' is not in normal form`);
    } catch (error) {
      if (error instanceof UnsafePathError) fail(where, `'paths': ${error.message}`);
      throw error;
    }
    if (seen.has(p)) fail(where, `'paths' lists '${p}' twice`);
    seen.add(p);
  }
  return raw;
}

/**
 * Whether an entry path belongs to a manifest over `roots`: at or below a root, or (a directory) above a
 * nested root, where the walk records the ancestors so their modes survive.
 */
function coveredBy(roots: string[], rootAncestors: Set<string>): (p: string, type: EntryType) => boolean {
  const under = underAny(roots);
  return (p, type) => under(p) || (type === 'dir' && rootAncestors.has(p));
}

/**
 * Parses and checks a manifest read from a store. A manifest is untrusted: every path and link target
 * goes through the path-safety checks, hashes must look like sha256, and no entry may sit below a symlink.
 */
export function parseManifest(text: string, where: string): Manifest {
  const raw = manifestObject(text, where);
  const archives = checkedHeader(raw, where);
  const roots = checkedRoots(raw.paths as string[], where);
  const rootAncestors = new Set(roots.flatMap((r) => ancestors(r)));
  const covered = coveredBy(roots, rootAncestors);
  const cols = entryColumns(raw.entries, where, archives.length);
  const { entries, seen, links } = checkedEntries(cols, where, archives, covered);
  if (links.size > 0) checkNothingBelowLinks(seen, links, where);
  let keyed: KeyedRef[] | undefined;
  try {
    keyed = checkedKeyedRefs(
      raw.keyed,
      entries,
      (id, compression) => `${id}${archiveExtension(compression)}`,
    );
  } catch (error) {
    fail(where, (error as Error).message);
  }
  checkedExclude(raw.exclude as string[], where);
  const n = entries.length;
  const changedIdx = raw.changed;
  if (!Array.isArray(changedIdx) || !changedIdx.every((i) => isCount(i) && (i as number) < n))
    fail(where, "'changed' must be a list of entry indices");
  (raw.deleted as unknown[]).forEach((p, i) =>
    placed(
      where,
      () => `deleted[${i}]`,
      () => covered(checkedPath(p), 'file') || bad(`'${String(p)}' lies outside the checkpoint's paths`),
    ),
  );
  const { archives: _a, entries: _e, changed: _c, keyed: _k, ...rest } = raw;
  return {
    ...(rest as unknown as Omit<Manifest, 'entries' | 'changed'>),
    ...(keyed ? { keyed } : {}),
    entries,
    changed: (changedIdx as number[]).map((i) => entries[i]!.path),
  };
}

/** The manifest's JSON object, in the format this version reads. */
function manifestObject(text: string, where: string): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    fail(where, `not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(raw)) fail(where, 'not a JSON object');
  if (raw.format !== MANIFEST_FORMAT) {
    const hint =
      raw.format === 'ci-recovery-checkpoint/1'
        ? ' (written by an older ci-recovery: save a new checkpoint)'
        : '';
    fail(where, `unknown format '${String(raw.format)}', expected '${MANIFEST_FORMAT}'${hint}`);
  }
  return raw;
}

/**
 * Checks every field but the entries: the id, the kind and its parent, the archive, the lists and the
 * job's fields. Returns `archives`, the ids of the checkpoints the entries take files from.
 */
function checkedHeader(raw: Record<string, unknown>, where: string): string[] {
  const id = str(raw, 'id', where)!;
  if (!isValidId(id)) fail(where, `invalid id '${id}'`);
  if (raw.kind !== 'full' && raw.kind !== 'incremental')
    fail(where, "'kind' must be 'full' or 'incremental'");
  const archive = raw.archive;
  if (!isRecord(archive)) fail(where, "'archive' must be an object");
  if (archive.compression !== 'zstd' && archive.compression !== 'gzip')
    fail(where, "'archive.compression' must be zstd or gzip");
  if (!SHA256.test(String(archive.sha256))) fail(where, "'archive.sha256' must be a sha256 hex digest");
  if (!isCount(archive.size)) fail(where, "'archive.size' must be a whole number of bytes");
  const file = str(archive, 'file', where)!;
  if (file !== `${id}${archiveExtension(archive.compression)}`)
    fail(where, `'archive.file' must be '${id}${archiveExtension(archive.compression)}'`);
  for (const k of ['paths', 'exclude', 'completedStages', 'deleted', 'archives']) strList(raw, k, where);
  const archives = raw.archives as string[];
  for (const a of archives) if (!isValidId(a)) fail(where, `invalid archive id '${a}'`);
  str(raw, 'stage', where);
  str(raw, 'job', where);
  str(raw, 'runId', where);
  num(raw, 'attempt', where);
  str(raw, 'createdAt', where);
  checkStageDurations(raw.stageDurations, where);
  try {
    checkedRootRecords(raw.roots, isValidId);
  } catch (error) {
    fail(where, (error as Error).message);
  }
  if (raw.parent !== undefined && (typeof raw.parent !== 'string' || !isValidId(raw.parent)))
    fail(where, "'parent' must be a checkpoint id");
  if (raw.parent === id) fail(where, `checkpoint '${id}' names itself as its parent`);
  if ((raw.kind === 'incremental') !== (raw.parent !== undefined))
    fail(where, "an incremental checkpoint needs a 'parent', and a full one has none");
  // (A full one may take files from keyed entries: they are no checkpoints of the store.)
  if (raw.kind === 'full' && archives.some((a) => a !== id && !isKeyedId(a)))
    fail(where, `a full checkpoint holds every file in its own archive, but it names others`);
  return archives;
}

/** `stageDurations`, when present: an object of stage names to whole, non-negative milliseconds. */
function checkStageDurations(value: unknown, where: string): void {
  if (value === undefined) return;
  if (!isRecord(value)) fail(where, "'stageDurations' must be an object of stage -> milliseconds");
  const entries = Object.entries(value);
  if (entries.length > 200) fail(where, "'stageDurations' has more than 200 stages");
  for (const [stage, ms] of entries)
    if (!isCount(ms)) fail(where, `'stageDurations.${stage.slice(0, 80)}' must be whole milliseconds`);
}

/** The entries' columns, each checked value by value (paths and types are checked entry by entry). */
interface ReadColumns {
  paths: unknown[];
  types: string;
  modes: number[];
  mtimes: number[];
  sizes: number[];
  shas: string[];
  /** Index into the manifest's archives, -1 for entries that are not files. */
  froms: number[];
  targets: Record<string, unknown>;
  /** Stat facts, in a local copy only. */
  inos: number[] | undefined;
  devs: number[] | undefined;
  /** -1 where unknown. */
  ctimes: number[] | undefined;
}

function entryColumns(cols: unknown, where: string, archiveCount: number): ReadColumns {
  if (!isRecord(cols) || !Array.isArray(cols.path)) fail(where, "'entries' must hold entry columns");
  const n = cols.path.length;
  const types = cols.type;
  if (typeof types !== 'string' || types.length !== n) fail(where, `'entries.type' must have ${n} letters`);
  const modes = column<number>(cols, 'mode', n, where, (v) => isCount(v) && (v as number) <= 0o7777);
  const mtimes = column<number>(cols, 'mtime', n, where, isTime);
  const sizes = column<number>(cols, 'size', n, where, isCount);
  const shas = column<string>(cols, 'sha256', n, where, (v) => typeof v === 'string');
  const froms = column<number>(
    cols,
    'from',
    n,
    where,
    (v) => v === -1 || (isCount(v) && (v as number) < archiveCount),
  );
  const targets = cols.target;
  if (!isRecord(targets)) fail(where, "'entries.target' must be an object");
  const local = Array.isArray(cols.ino) && Array.isArray(cols.dev);
  const inos = local ? column<number>(cols, 'ino', n, where, isCount) : undefined;
  const devs = local ? column<number>(cols, 'dev', n, where, isCount) : undefined;
  const ctimes =
    local && Array.isArray(cols.ctime) ? column<number>(cols, 'ctime', n, where, isTime) : undefined;
  return { paths: cols.path, types, modes, mtimes, sizes, shas, froms, targets, inos, devs, ctimes };
}

/**
 * The entries, each checked: a safe path in normal form, once only, inside the checkpoint's paths, and
 * what its type needs (a file its digest and archive, a link a safe target). Returns the paths seen and
 * the links among them too.
 */
function checkedEntries(
  cols: ReadColumns,
  where: string,
  archives: string[],
  covered: (p: string, type: EntryType) => boolean,
): { entries: ManifestEntry[]; seen: Set<string>; links: Set<string> } {
  const n = cols.paths.length;
  const entries = new Array<ManifestEntry>(n);
  const seen = new Set<string>();
  const links = new Set<string>();
  let i = 0;
  // One try around the loop, not one per entry: the entry that failed is `i`.
  placed(
    where,
    () => `entries[${i}]`,
    () => {
      for (; i < n; i++) {
        const p = checkedPath(cols.paths[i]);
        // A path seen before leaves the set as it was: one lookup, not two.
        if (seen.add(p).size === i) bad(`duplicate entry '${p}'`);
        if (hasStagingName(p)) bad(`entry '${p}' carries the name of ci-recovery's own staging directories`);
        const type = LETTER_TYPE[cols.types[i]!];
        if (!type) bad(`unexpected type '${cols.types[i]}'`);
        if (!covered(p, type)) bad(`entry '${p}' lies outside the checkpoint's paths`);
        entries[i] = entryAt(cols, i, p, type, archives);
        if (type === 'symlink') links.add(p);
      }
    },
  );
  return { entries, seen, links };
}

/** Entry `i` at path `p` of type `type`, made whole from the columns. */
function entryAt(
  cols: ReadColumns,
  i: number,
  p: string,
  type: EntryType,
  archives: string[],
): ManifestEntry {
  // Each entry is made whole in one literal, so entries of a type share one shape (fields added later
  // would each change it); no measurable speed-up on 40,000 entries, but no worse either.
  const mode = cols.modes[i]!;
  const mtimeMs = cols.mtimes[i] || undefined;
  if (type === 'file') {
    const { shas, froms, inos, devs } = cols;
    if (!SHA256.test(shas[i]!)) bad("'sha256' must be a sha256 hex digest");
    if (froms[i] === -1) bad("a file needs the checkpoint that holds it ('from')");
    const ctime = cols.ctimes?.[i];
    const stat =
      inos && devs
        ? {
            mtimeMs: cols.mtimes[i]!,
            ino: inos[i]!,
            dev: devs[i]!,
            ctimeMs: ctime === -1 ? undefined : ctime,
          }
        : undefined;
    return {
      path: p,
      type,
      mode,
      mtimeMs,
      size: cols.sizes[i]!,
      sha256: shas[i]!,
      from: archives[froms[i]!]!,
      stat,
    };
  }
  if (type === 'symlink') {
    const target = cols.targets[String(i)];
    if (typeof target !== 'string') bad('a symlink needs a target');
    try {
      checkLinkTarget(p, target);
    } catch (error) {
      if (error instanceof UnsafePathError) bad(error.message);
      throw error;
    }
    return { path: p, type, mode, mtimeMs, target };
  }
  return { path: p, type, mode, mtimeMs };
}

/** The save's exclusions, which a restore also leaves alone: globs, so none may be empty. */
function checkedExclude(exclude: string[], where: string): void {
  exclude.forEach((g, i) => {
    if (g.trim() === '' || g.length > 4096)
      fail(where, `'exclude[${i}]' must be a glob of 1 to 4096 characters`);
  });
}

/**
 * Refuses an entry below a symlink: restoring it would write through the link. Each directory an entry
 * sits in is looked at once (the link above it, if any, remembered): node_modules' 45,000 entries sit in
 * about 5,000 directories, and walking every entry's every ancestor cost a fifth of the parse.
 */
function checkNothingBelowLinks(seen: Set<string>, links: Set<string>, where: string): void {
  // Directory -> the symlink it lies at or below, or '' for none. A directory listed nowhere (a forged
  // manifest may skip one) is still looked at: every ancestor of every entry is.
  const linkAbove = new Map<string, string>();
  const linkAt = (dir: string): string => {
    const known = linkAbove.get(dir);
    if (known !== undefined) return known;
    const k = dir.lastIndexOf('/');
    const found = links.has(dir) ? dir : k > 0 ? linkAt(dir.slice(0, k)) : '';
    linkAbove.set(dir, found);
    return found;
  };
  for (const p of seen) {
    const k = p.lastIndexOf('/');
    const link = k > 0 ? linkAt(p.slice(0, k)) : '';
    if (link) fail(where, `entry '${p}' lies below the symlink '${link}'`);
  }
}

export function archiveExtension(compression: Compression): string {
  return compression === 'zstd' ? '.tar.zst' : '.tar.gz';
}
