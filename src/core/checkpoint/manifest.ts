/**
 * The checkpoint manifest: the complete state of the checkpointed paths at one moment, and where the
 * bytes of each file live. Every manifest lists every entry (not only the changed ones), each file with
 * the id of the checkpoint whose archive holds its content (`from`), so restoring an incremental
 * checkpoint means: read this manifest, fetch the archives it points to, take each file from its archive.
 */
import type { Lane } from '../types.js';
import { ancestors, checkLinkTarget, safeEntryPath, UnsafePathError } from './paths.js';

export const MANIFEST_FORMAT = 'ci-recovery-checkpoint/1';
export type Compression = 'zstd' | 'gzip';
export type EntryType = 'file' | 'dir' | 'symlink';

/** Local stat facts used only as the fast path of the next incremental checkpoint (like git's index). */
export interface StatFacts {
  mtimeMs: number;
  ino: number;
  dev: number;
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
  createdAt: string;
  /** Wall-clock when scanning started: files modified at or after it are never trusted by stat alone. */
  scanStartedMs: number;
  /** scan, tar+compress+store of the archive, and the whole save. */
  timings: { scanMs: number; archiveMs: number; totalMs: number };
  entries: ManifestEntry[];
  /** Paths stored in this archive (new or changed since the parent). */
  changed: string[];
  /** Paths present in the parent and gone now. */
  deleted: string[];
  archive: ArchiveInfo;
}

/** Summary counts of a manifest, for outputs and `list`. */
export function manifestStats(m: Manifest): {
  files: number;
  bytes: number;
  changed: number;
  deleted: number;
} {
  let files = 0;
  let bytes = 0;
  for (const e of m.entries) {
    if (e.type === 'file') {
      files++;
      bytes += e.size ?? 0;
    }
  }
  return { files, bytes, changed: m.changed.length, deleted: m.deleted.length };
}

/** Ids of every checkpoint whose archive this manifest needs, in chain order of first use. */
export function archivesNeeded(m: Manifest): string[] {
  const ids = new Set<string>();
  for (const e of m.entries) if (e.type === 'file' && e.from) ids.add(e.from);
  return [...ids];
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

/** The id used by the actions: `ci-recovery-ckpt-<job>-<stage>-a<attempt>-<seq>`. */
export function checkpointId(job: string, stage: string, attempt: number, seq: number): string {
  return `ci-recovery-ckpt-${idPart(job)}-${idPart(stage)}-a${attempt}-${String(seq).padStart(3, '0')}`;
}

/** Rollback records share stores with checkpoints and must never be touched by cleanup. */
export function isRollbackRecord(name: string): boolean {
  return name.startsWith('ci-recovery-rollback-');
}

function fail(where: string, what: string): never {
  throw new ManifestError(`${where}: ${what}`);
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

/**
 * Parses and checks a manifest read from a store. A manifest is untrusted: every path and link target
 * goes through the path-safety checks, hashes must look like sha256, and no entry may sit below a symlink.
 */
export function parseManifest(text: string, where: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    fail(where, `not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(raw)) fail(where, 'not a JSON object');
  if (raw.format !== MANIFEST_FORMAT)
    fail(where, `unknown format '${String(raw.format)}', expected '${MANIFEST_FORMAT}'`);
  const id = str(raw, 'id', where)!;
  if (!isValidId(id)) fail(where, `invalid id '${id}'`);
  if (raw.kind !== 'full' && raw.kind !== 'incremental')
    fail(where, "'kind' must be 'full' or 'incremental'");
  const archive = raw.archive;
  if (!isRecord(archive)) fail(where, "'archive' must be an object");
  if (archive.compression !== 'zstd' && archive.compression !== 'gzip')
    fail(where, "'archive.compression' must be zstd or gzip");
  if (!SHA256.test(String(archive.sha256))) fail(where, "'archive.sha256' must be a sha256 hex digest");
  num(archive, 'size', where);
  const file = str(archive, 'file', where)!;
  if (file !== `${id}${archiveExtension(archive.compression)}`)
    fail(where, `'archive.file' must be '${id}${archiveExtension(archive.compression)}'`);
  if (!Array.isArray(raw.entries)) fail(where, "'entries' must be a list");
  const seen = new Set<string>();
  const links = new Set<string>();
  for (const [i, e] of raw.entries.entries()) {
    const at = `${where}: entries[${i}]`;
    if (!isRecord(e)) fail(at, 'not an object');
    let p: string;
    try {
      p = safeEntryPath(str(e, 'path', at)!);
      if (p !== e.path) throw new UnsafePathError(`entry '${String(e.path)}' is not in normal form`);
      if (e.type === 'symlink') checkLinkTarget(p, str(e, 'target', at)!);
    } catch (error) {
      if (error instanceof UnsafePathError) fail(at, error.message);
      throw error;
    }
    if (seen.has(p)) fail(at, `duplicate entry '${p}'`);
    seen.add(p);
    const mode = num(e, 'mode', at)!;
    if (!Number.isInteger(mode) || mode > 0o7777) fail(at, "'mode' must be permission bits");
    if (e.type === 'file') {
      num(e, 'size', at);
      if (!SHA256.test(String(e.sha256))) fail(at, "'sha256' must be a sha256 hex digest");
      const from = str(e, 'from', at)!;
      if (!isValidId(from)) fail(at, `invalid 'from' id '${from}'`);
    } else if (e.type === 'symlink') {
      links.add(p);
    } else if (e.type !== 'dir') {
      fail(at, `unexpected type '${String(e.type)}'`);
    }
  }
  for (const p of seen) {
    for (const a of ancestors(p)) if (links.has(a)) fail(where, `entry '${p}' lies below the symlink '${a}'`);
  }
  for (const k of ['paths', 'exclude', 'completedStages', 'changed', 'deleted']) strList(raw, k, where);
  str(raw, 'stage', where);
  str(raw, 'job', where);
  str(raw, 'runId', where);
  num(raw, 'attempt', where);
  str(raw, 'createdAt', where);
  if (raw.parent !== undefined && (typeof raw.parent !== 'string' || !isValidId(raw.parent)))
    fail(where, "'parent' must be a checkpoint id");
  return raw as unknown as Manifest;
}

export function archiveExtension(compression: Compression): string {
  return compression === 'zstd' ? '.tar.zst' : '.tar.gz';
}
