/**
 * Checkpoints as workflow-run artifacts: each object (archive, manifest) is one raw artifact (no zip: modes
 * and bytes kept, no second compression), named after the object. Uploads and downloads are streamed
 * (artifact-upload.ts, artifact-download.ts): the archive is uploaded while it is being compressed and
 * restored while it downloads, with no scratch file. With a token and run id, listing and downloads go
 * through the REST `findBy` path, which sees the artifacts of every attempt of the run (the only way to
 * reach attempt 1's checkpoints from attempt 2). Deleting uses `@actions/artifact`, loaded only for that.
 */
import type { DefaultArtifactClient, FindOptions } from '@actions/artifact';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { parseManifest, type Manifest } from '../core/index.js';
import { errorMessage, UserError } from '../../core/errors.js';
import { expiryOf, type FindBy } from './artifact-protocol.js';
import type { CreatedArtifact, UploadStreamOptions } from './artifact-upload.js';
import { listArtifacts, type ListedArtifact } from './artifact-list.js';
import { downloadArtifactStream } from './artifact-download.js';
import { readJobEnv } from '../../runner/adapters/job-env.js';
import { artifactServiceGuard, StoreGuard, StoreStalledError } from './store-guard.js';
import {
  MANIFEST_SUFFIX,
  NotFoundError,
  type CheckpointStore,
  type StoredArchive,
  type StoredObject,
} from './store.js';

export interface ArtifactStoreContext {
  /** Token with `actions: read` (and `actions: write` for cleanup); enables cross-attempt lookups. */
  token?: string;
  runId?: string;
  owner?: string;
  repo?: string;
  retentionDays?: number;
  /** Gives the store up when it answers nothing for a while; default: CI_RECOVERY_STORE_STALL_SECONDS, else 60 s. */
  guard?: StoreGuard;
}

/**
 * The upload half (and its block blobs), loaded at the first upload: a restore only downloads, and never
 * compiles it (~31 KB of a one-file restore's ~660 KB before its first request).
 */
const uploadHalf = (): Promise<typeof import('./artifact-upload.js')> => import('./artifact-upload.js');

/** A checkpoint's archive file: its id, then the archive's extension (archiveExtension). */
const ARCHIVE_FILE = /^(.+)\.tar\.(?:zst|gz)$/;

export class ArtifactStore implements CheckpointStore {
  readonly spec = 'artifact';
  private clientPromise?: Promise<DefaultArtifactClient>;
  private cache?: Map<string, ListedArtifact>;

  private readonly guard: StoreGuard;

  constructor(private readonly ctx: ArtifactStoreContext = {}) {
    this.guard = ctx.guard ?? artifactServiceGuard(readJobEnv());
  }

  private client(): Promise<DefaultArtifactClient> {
    this.clientPromise ??= import('@actions/artifact').then((m) => new m.DefaultArtifactClient());
    return this.clientPromise;
  }

  private findByOptions(): FindBy | undefined {
    const { token, runId, owner, repo } = this.ctx;
    if (!token || !runId || !owner || !repo) return undefined;
    return { token, workflowRunId: Number(runId), repositoryOwner: owner, repositoryName: repo };
  }

  private findBy(): FindOptions {
    const findBy = this.findByOptions();
    return findBy ? { findBy } : {};
  }

  /** Objects stored from now on expire no later than this (an incremental's parent's expiry). */
  private notAfter: Date | undefined;

  expiry(): Date {
    const at = expiryOf(this.ctx.retentionDays);
    return this.notAfter && this.notAfter < at ? this.notAfter : at;
  }

  expireBy(at: Date): void {
    this.notAfter = at;
  }

  private uploadOptions(): UploadStreamOptions {
    return {
      ...(this.ctx.retentionDays ? { retentionDays: this.ctx.retentionDays } : {}),
      ...(this.notAfter ? { expiresAt: this.notAfter } : {}),
      guard: this.guard,
    };
  }

  private async upload(
    name: string,
    data: Readable | Buffer,
    created?: Promise<CreatedArtifact>,
  ): Promise<StoredArchive> {
    const { id, size, sha256 } = await this.guard.during(async () =>
      (await uploadHalf()).uploadArtifactStream(name, data, this.uploadOptions(), created),
    );
    this.cache = undefined;
    return { size, sha256, artifactId: id };
  }

  /** Manifests created in the service while their checkpoint's archive uploads, by artifact name. */
  private readonly created = new Map<string, Promise<CreatedArtifact>>();

  /**
   * Uploads the archive while it is still being produced; resolves with the digest of what was stored. The
   * checkpoint's manifest artifact is created meanwhile (its name is reserved along with the archive's, as
   * any failed upload leaves a name), so that committing the manifest later costs one round trip less.
   * Its signed URL is used moments after the archive's own commits the archive: no older than that one.
   *
   * The two names are claimed in order, the manifest's only once the archive's is ours: two matrix legs
   * saving one name at once, each claiming both at the same moment, could each win one and both lose.
   */
  async putArchive(file: string, data: Readable): Promise<StoredArchive> {
    const manifest = ARCHIVE_FILE.exec(file)?.[1];
    const create = (name: string): Promise<CreatedArtifact> =>
      this.guard.during(async () => (await uploadHalf()).createArtifact(name, this.uploadOptions()));
    const archive = create(file);
    // awaited by the upload below, which may start after a fast refusal has settled it
    archive.catch(() => undefined);
    if (manifest !== undefined && !this.created.has(`${manifest}${MANIFEST_SUFFIX}`)) {
      const name = `${manifest}${MANIFEST_SUFFIX}`;
      const creating = archive.then(() => create(name));
      // awaited by putManifest; a save that stops before then never needs it
      creating.catch(() => undefined);
      this.created.set(name, creating);
    }
    // The listing taken before (whether the name was free) is out of date from now on: a save's chain
    // check, which lists once the archive is stored (save-commit.ts checkChain), must see the service anew.
    this.cache = undefined;
    return this.upload(file, data, archive);
  }

  /** Resolves with the sha256 the upload computed of `bytes` (sent on finalize). */
  async putManifest(id: string, bytes: Buffer): Promise<string> {
    const name = `${id}${MANIFEST_SUFFIX}`;
    const created = this.created.get(name);
    this.created.delete(name);
    return (await this.upload(name, bytes, created)).sha256;
  }

  /** Artifacts by name; on duplicates (the same name in two attempts) the newest wins. */
  private async artifacts(): Promise<Map<string, ListedArtifact>> {
    if (this.cache) return this.cache;
    let list: ListedArtifact[];
    try {
      list = await this.guard.during(() => listArtifacts(this.findByOptions(), this.guard));
    } catch (error) {
      if (error instanceof StoreStalledError) throw error;
      throw new UserError(
        `Cannot list the run's artifacts (${errorMessage(error)}). The job needs 'permissions: actions: read' and the 'github-token' input.`,
      );
    }
    const byName = new Map<string, ListedArtifact>();
    for (const a of list) {
      const old = byName.get(a.name);
      const at = (x: ListedArtifact): number => x.createdAt?.getTime() ?? 0;
      if (!old || at(a) > at(old) || (at(a) === at(old) && a.id > old.id)) {
        byName.set(a.name, a);
      }
    }
    this.cache = byName;
    return byName;
  }

  private async find(name: string): Promise<ListedArtifact> {
    const artifact = (await this.artifacts()).get(name);
    if (!artifact)
      throw new NotFoundError(`no artifact named '${name}' in this run (run 'list' to see the checkpoints)`);
    return artifact;
  }

  /**
   * Streams the archive as it downloads. The bytes are not checked here: the restore checks them against
   * the archive digest in the manifest (which is what it trusts, not the artifact's own record).
   */
  async getArchive(file: string): Promise<Readable> {
    const artifact = await this.find(file);
    // Watched until the stream closes: the download goes on while the restore reads it.
    const release = this.guard.hold();
    try {
      const stream = await this.guard.during(() =>
        downloadArtifactStream(artifact, this.findByOptions(), this.guard),
      );
      stream.once('close', release);
      return stream;
    } catch (error) {
      release();
      throw error;
    }
  }

  /** Reads a manifest, checked against the digest the service recorded at upload. */
  async getManifest(id: string): Promise<Manifest> {
    const name = `${id}${MANIFEST_SUFFIX}`;
    const artifact = await this.find(name);
    const bytes = await this.guard.during(async () => {
      const stream = await downloadArtifactStream(artifact, this.findByOptions(), this.guard);
      const chunks: Buffer[] = [];
      for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
      return Buffer.concat(chunks);
    });
    if (artifact.digest && artifact.digest !== `sha256:${createHash('sha256').update(bytes).digest('hex')}`)
      throw new UserError(
        `artifact '${name}' does not match the digest recorded at upload: it is corrupt or was tampered with`,
      );
    return parseManifest(bytes.toString('utf8'), `artifact ${name}`);
  }

  async objects(): Promise<StoredObject[]> {
    return [...(await this.artifacts()).values()].map((a) => ({
      name: a.name,
      size: a.size,
      ...(a.createdAt ? { createdAt: a.createdAt } : {}),
    }));
  }

  async removeObject(name: string): Promise<void> {
    // The artifact client takes no signal: a hung delete is abandoned (the entry point ends the process).
    await this.guard.during(async () => (await this.client()).deleteArtifact(name, this.findBy()));
    this.cache = undefined;
  }
}
