/**
 * The workspace as the checkpoint phases see it: resolve paths, save a checkpoint of them, restore one,
 * and find a job's checkpoints in a store. checkpoint/adapters/workspace.ts is the real one (the scan,
 * save and restore of checkpoint/adapters/); `MemoryWorkspace` keeps files in a map and records calls.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Lookup } from '../adapters/lookup.js';
import type { JobCheckpointFilter, StoredCheckpoint } from '../adapters/manage.js';
import type { ResolvedPaths } from '../adapters/path-globs.js';
import type { RestoreOptions, RestoreResult } from '../adapters/restore.js';
import type { ReusedResult, SaveOptions, SaveResult } from '../adapters/save.js';
import type { SaveRootsOptions } from '../adapters/outside.js';
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
