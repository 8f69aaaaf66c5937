/**
 * The workspace as the checkpoint phases see it: resolve paths, save a checkpoint of them, restore one,
 * and find a job's checkpoints in a store, in the port's own types (what a save, a restore and a lookup
 * take and give). checkpoint/adapters/workspace.ts is the real one (the scan, save and restore of
 * checkpoint/adapters/); `MemoryWorkspace` keeps files in a map and records calls.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { RootRecord } from '../core/outside.js';
import { untrustedBecause } from '../core/trust.js';
import {
  archivesNeeded,
  encodeManifest,
  isUnder,
  MANIFEST_FORMAT,
  type Manifest,
  type ManifestEntry,
} from '../core/index.js';
import { MANIFEST_SUFFIX, type CheckpointStore } from './store.js';
import type { Logger } from '../../runner/ports/logger.js';
import type { Compression, KeyedPath, RestoreChanges, RestoreVerify } from '../core/index.js';
import type { OutsideRoot, RootBases } from '../core/outside.js';
import type { RestoredCheckpoint } from '../core/restored-state.js';
import type { TrustedCheckpoints } from '../core/trust.js';
import type { KeyedEntryStore } from './keyed-store.js';

export interface Lookup {
  usable: boolean;
  /** Why not, when it is not. */
  problem?: string;
}

/** A checkpoint with its manifest, or why that cannot be read. */
export interface StoredCheckpoint {
  id: string;
  manifest?: Manifest;
  error?: string;
}

export interface JobCheckpointFilter {
  job: string;
  runId: string;
  /** Only checkpoints of attempts before this one. */
  beforeAttempt?: number;
  /**
   * Only checkpoints the run wrote (checkpoint/core/trust.ts): another comes with why it is passed over, so a
   * checkpoint planted in a shared store is never chosen as the job's newest.
   */
  trusted?: TrustedCheckpoints;
}

export interface ResolvedPaths {
  /** Concrete roots relative to the workspace, outermost only, in a stable order. */
  roots: string[];
  /** Exclusion globs given with a leading '!'. */
  exclude: string[];
  /** Patterns that matched nothing (a plain path that does not exist, a glob with no match). */
  unmatched: string[];
}

export interface RestoreOptions {
  store: CheckpointStore;
  /** Checkpoint id, or its already-loaded manifest. */
  checkpoint: string | Manifest;
  dest: string;
  /** Partial restore: only these paths (and what lies below them). */
  paths?: string[];
  dryRun?: boolean;
  /** Where to keep the manifest with this machine's stat facts, so the next incremental save is cheap. */
  manifestCache?: string;
  logger?: Logger;
  /** The workspace `dest` is confined to (destination.ts); default: `dest` itself. */
  workspace?: string;
  /** Allows a destination outside `workspace` that is not empty. */
  destOutsideWorkspace?: boolean;
  /** How the user names the destination (and what they wrote, when `dest` was resolved from it) and that permission, for messages. */
  destInput?: { input: string; optIn: string; given?: string };
  /** The private directory of restore journals and destination locks (default: defaultJournalDir()). */
  journalDir?: string;
  /** How long to wait for another restore into the same destination to end (default 30 s). */
  lockWaitMs?: number;
  /** Set setuid, setgid, sticky and world-writable bits as saved (default: dropped). */
  keepSpecialModes?: boolean;
  /** Where the keyed entries the checkpoint takes files from are; default: keyedStoreFor(store). */
  keyedStore?: KeyedEntryStore;
  /** `archive` (default): archives' digests and files' sizes; `full`: every file's sha256 too (checkpoint/core/verify.ts). */
  verify?: RestoreVerify;
}

export interface RestoreResult {
  manifest: Manifest;
  changes: RestoreChanges;
  /** False for a dry run. */
  restored: boolean;
  files: number;
  bytes: number;
}

/** What a checkpoint records about the job it was taken in (the manifest's fields of the same names). */
export type CheckpointMeta = Pick<
  Manifest,
  'stage' | 'job' | 'runId' | 'attempt' | 'lane' | 'commit' | 'branch'
> &
  Partial<Pick<Manifest, 'completedStages' | 'stageDurations' | 'roots'>> & {
    /** The matrix leg's values (JobEnv.legValues): the manifest records their digest, `leg`. */
    legValues?: string;
    /** The commit the job started from, as main read it (JobEnv.recovery.checkoutHead): the manifest's `head`. */
    checkoutHead?: string;
  };

export interface SaveOptions {
  store: CheckpointStore;
  workspace: string;
  /** Roots to checkpoint, relative to the workspace. */
  paths: string[];
  id: string;
  meta: CheckpointMeta;
  /** Globs (relative paths) left out, on top of `.git`, the local store and hidden names (scan.ts saveExclusions). */
  exclude?: string[];
  /** Keep hidden files and directories (`.env`, `.cache`) below the roots; upload-artifact's `include-hidden-files`. */
  includeHidden?: boolean;
  /** Save a file's every name as its own copy, not as hard links (a keyed entry: keyed.ts takes files by name). */
  copyHardLinks?: boolean;
  /** Parent checkpoint (id or manifest) for an incremental save. */
  parent?: string | Manifest;
  /** Store everything even when a parent is given. */
  full?: boolean;
  compression?: Compression;
  level?: number;
  /** Directory where manifests are kept locally, so the next incremental finds its parent without a download. */
  manifestCache?: string;
  logger?: Logger;
  /**
   * A checkpoint restored into this workspace (main's resume) that may stand for this one: when it records
   * the same stage, roots, exclusions and completed stages (checkpoint/core/step.ts `sameCheckpoint`), as
   * main's record of the restore in `manifestCache` says, else its local copy there, nothing is saved and
   * the result says so (ReusedResult).
   */
  reuse?: string;
  /**
   * Paths kept once per key (checkpoint.keyed): one whose entry exists and matches the workspace is not
   * packed, its files are taken from the entry; one whose key has no entry is first published (packed
   * once, into the entry), then taken from it; one that differs from its entry is packed.
   */
  keyed?: readonly KeyedPath[];
  /** Where keyed entries are kept; default: keyedStoreFor(store) (the cache service on a runner). */
  keyedStore?: KeyedEntryStore;
  /**
   * Called once every file of the save has been read (its bytes are in the archive's stream), before the
   * archive and the manifest are stored: from then on the caller may change the workspace. A save that
   * was told so never packs again: a parent removed while it stores fails it instead (ChainGoneError).
   * Keyed files compared by content may still be hashing then: one that changes meanwhile, or differs
   * from its entry, fails the save (adapters/keyed-compare.ts), never takes the entry's content.
   * What it returns, the save waits for before its own work left on this thread (the manifest's entries
   * encoded, tens of ms for 45,000): the stage's command starts first. It must settle.
   */
  onPacked?: () => unknown;
}

export interface SaveResult {
  manifest: Manifest;
  /** Hex sha256 of the manifest as stored: what the job attempt's trust record names (checkpoint/core/trust.ts). */
  manifestSha256: string;
  /** Its trust record could not be uploaded: a re-run will not resume from it (adapters/workspace.ts). */
  unrecorded?: true;
  /** Files in the checkpointed state, and their total size. */
  files: number;
  bytes: number;
  /** Entries and file bytes written into this archive. */
  stored: number;
  storedBytes: number;
  /** The archive's artifact id, in the artifact store. */
  artifactId?: number;
  /** (Set on a ReusedResult only.) */
  reused?: undefined;
  /** What became of each keyed path this save covers. */
  keyed?: KeyedOutcome[];
}

/** Nothing was saved: the restored checkpoint of `reuse` already is this state, and stays the job's last. */
export interface ReusedResult {
  reused: true;
  /** The restored checkpoint: its id and the fields a save compares (sameCheckpoint). */
  manifest: Pick<Manifest, 'id'> & Omit<RestoredCheckpoint, 'files' | 'bytes'>;
  files: number;
  bytes: number;
  stored: 0;
  storedBytes: 0;
}

/** What a save of a keyed path did with it, for the log and the result. */
export interface KeyedOutcome {
  path: string;
  key: string;
  /**
   * taken: from the entry, not packed; packed: the workspace differs from it; published: packed once, into
   * a new entry under the key, and taken from it; not-published: packed (the publication failed or was tried before).
   */
  outcome: 'taken' | 'packed' | 'published' | 'not-published';
}

export interface RootPlace {
  bases: RootBases;
  /** Directories a root must neither be inside nor hold: the workspace, RUNNER_TEMP. */
  keepOut: string[];
}

export interface SaveRootsOptions {
  store: CheckpointStore;
  /** The workspace checkpoint's id: each root's is `<id>-root<n>`. */
  id: string;
  meta: { job: string; runId: string; attempt: number };
  roots: (OutsideRoot & { stages: string[] })[];
  place: RootPlace;
  logger: Logger;
  level?: number;
  manifestCache?: string;
}

export interface WorkspacePort {
  /** Checkpoint paths (plain, globs, `!` exclusions) resolved against `workspace`. */
  resolvePaths(workspace: string, patterns: string[], opts?: { includeHidden?: boolean }): ResolvedPaths;
  /** The sequence number of this job's next checkpoint: one more than the manifests kept in `manifestCache`. */
  nextSeq(manifestCache: string | undefined): Promise<number>;
  save(opts: SaveOptions): Promise<SaveResult | ReusedResult>;
  /** Saves paths outside the workspace, each as its own checkpoint (absent: none are saved). */
  saveRoots?(opts: SaveRootsOptions): Promise<RootRecord[]>;
  restore(opts: RestoreOptions): Promise<RestoreResult>;
  /** The job's checkpoints in `store`, newest first, each with its manifest or why it cannot be read. */
  checkpointsOfJob(store: CheckpointStore, filter: JobCheckpointFilter): AsyncIterable<StoredCheckpoint>;
  /** Whether a checkpoint can be restored, from the store's listing and manifests alone. */
  lookup(store: CheckpointStore, manifest: Manifest): Promise<Lookup>;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Files as a map from workspace-relative path to content. Saves are always full (one archive: the files
 * as JSON); paths match exactly (no globs). `calls` records `save <id>`, `restore <id>` and so on.
 */
export class MemoryWorkspace implements WorkspacePort {
  readonly calls: string[] = [];
  readonly files: Map<string, string>;
  private seq = 0;

  constructor(files: Record<string, string> = {}) {
    this.files = new Map(Object.entries(files));
  }

  private under(root: string): string[] {
    return [...this.files.keys()].filter((p) => isUnder(p, root)).sort();
  }

  resolvePaths(_workspace: string, patterns: string[]): ResolvedPaths {
    const include = patterns.filter((p) => !p.startsWith('!'));
    return {
      roots: include.filter((p) => this.under(p).length > 0),
      exclude: patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)),
      unmatched: include.filter((p) => this.under(p).length === 0),
    };
  }

  nextSeq(): Promise<number> {
    return Promise.resolve(++this.seq);
  }

  async save(opts: SaveOptions): Promise<SaveResult> {
    const parent = typeof opts.parent === 'string' ? opts.parent : opts.parent?.id;
    this.calls.push(`save ${opts.id}${parent ? ` on ${parent}` : ''}`);
    const paths = [...new Set(opts.paths.flatMap((root) => this.under(root)))];
    const content = Object.fromEntries(paths.map((p) => [p, this.files.get(p)!]));
    opts.onPacked?.(); // every file is read
    const entries: ManifestEntry[] = paths.map((p) => ({
      path: p,
      type: 'file',
      mode: 0o644,
      size: content[p]!.length,
      sha256: sha256(content[p]!),
      from: opts.id,
    }));
    // The name a gzip archive has (the manifest checks it); the content is the files as JSON.
    const file = `${opts.id}.tar.gz`;
    const archive = await opts.store.putArchive(file, Readable.from([JSON.stringify(content)]));
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      id: opts.id,
      kind: 'full',
      paths: opts.paths,
      exclude: opts.exclude ?? [],
      ...opts.meta,
      completedStages: opts.meta.completedStages ?? [],
      createdAt: new Date(0).toISOString(),
      scanStartedMs: 0,
      timings: { scanMs: 0, archiveMs: 0, totalMs: 0 },
      entries,
      changed: paths,
      deleted: [],
      archive: { file, compression: 'gzip', ...archive, entries: paths.length },
    };
    const stored = encodeManifest(manifest).stored;
    await opts.store.putManifest(opts.id, stored);
    const bytes = entries.reduce((n, e) => n + (e.size ?? 0), 0);
    const manifestSha256 = createHash('sha256').update(stored).digest('hex');
    return { manifest, manifestSha256, files: paths.length, bytes, stored: paths.length, storedBytes: bytes };
  }

  async restore(opts: RestoreOptions): Promise<RestoreResult> {
    const manifest =
      typeof opts.checkpoint === 'string' ? await opts.store.getManifest(opts.checkpoint) : opts.checkpoint;
    this.calls.push(`restore ${manifest.id}${opts.dryRun ? ' (dry run)' : ''}`);
    const chunks: Buffer[] = [];
    for await (const chunk of await opts.store.getArchive(manifest.archive.file))
      chunks.push(Buffer.from(chunk as Uint8Array));
    const content = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>;
    const now = [...new Set(manifest.paths.flatMap((root) => this.under(root)))];
    const changes = {
      added: Object.keys(content).filter((p) => !this.files.has(p)),
      modified: Object.keys(content).filter((p) => this.files.has(p) && this.files.get(p) !== content[p]),
      deleted: now.filter((p) => !(p in content)),
      unchanged: Object.keys(content).filter((p) => this.files.get(p) === content[p]).length,
    };
    if (!opts.dryRun) {
      for (const p of changes.deleted) this.files.delete(p);
      for (const [p, text] of Object.entries(content)) this.files.set(p, text);
    }
    const bytes = Object.values(content).reduce((n, t) => n + t.length, 0);
    return { manifest, changes, restored: !opts.dryRun, files: Object.keys(content).length, bytes };
  }

  /** Every readable or unreadable manifest in the store that is not another job's, newest first. */
  async *checkpointsOfJob(
    store: CheckpointStore,
    filter: JobCheckpointFilter,
  ): AsyncGenerator<StoredCheckpoint> {
    this.calls.push(`checkpointsOfJob ${filter.job} ${filter.runId}`);
    const objects = (await store.objects())
      .filter((o) => o.name.endsWith(MANIFEST_SUFFIX))
      .sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
    for (const o of objects) {
      const id = o.name.slice(0, -MANIFEST_SUFFIX.length);
      let manifest: Manifest;
      try {
        manifest = await store.getManifest(id);
      } catch (error) {
        yield { id, error: (error as Error).message };
        continue;
      }
      if (manifest.job !== filter.job || manifest.runId !== filter.runId) continue;
      const digest = createHash('sha256').update(encodeManifest(manifest).stored).digest('hex');
      const untrusted = filter.trusted && untrustedBecause(filter.trusted, id, digest);
      yield untrusted ? { id, error: untrusted } : { id, manifest };
    }
  }

  async lookup(store: CheckpointStore, manifest: Manifest): Promise<Lookup> {
    this.calls.push(`lookup ${manifest.id}`);
    const present = new Set((await store.objects()).map((o) => o.name));
    for (const id of archivesNeeded(manifest)) {
      // an unreadable checkpoint is named in the next line as the problem
      const of = id === manifest.id ? manifest : await store.getManifest(id).catch(() => undefined);
      if (!of) return { usable: false, problem: `checkpoint '${id}' that it needs is unreadable` };
      if (!present.has(of.archive.file))
        return {
          usable: false,
          problem: `archive ${of.archive.file} that it needs is missing from the store`,
        };
    }
    return { usable: true };
  }
}
