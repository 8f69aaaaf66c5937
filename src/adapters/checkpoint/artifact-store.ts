/**
 * Checkpoints as workflow-run artifacts: each object (archive, manifest) is one raw artifact uploaded with
 * `skipArchive` (no zip: modes and bytes kept, no second compression), named after the object. With a token
 * and run id, listing and downloads go through the REST `findBy` path, which sees the artifacts of every
 * attempt of the run (the only way to reach attempt 1's checkpoints from attempt 2).
 */
import { DefaultArtifactClient, type Artifact, type FindOptions } from '@actions/artifact';
import { execFile } from 'node:child_process';
import { constants, createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isRollbackRecord, parseManifest, type Manifest } from '../../core/checkpoint/index.js';
import { errorMessage, UserError } from '../../core/errors.js';
import {
  MANIFEST_SUFFIX,
  NotFoundError,
  type CheckpointStore,
  type StoredCheckpoint,
  type StoredObject,
} from './store.js';

export interface ArtifactStoreContext {
  /** Token with `actions: read` (and `actions: write` for cleanup); enables cross-attempt lookups. */
  token?: string;
  runId?: string;
  owner?: string;
  repo?: string;
  /** Scratch space for one object at a time (default: RUNNER_TEMP or the OS temp dir). */
  tmpDir?: string;
  retentionDays?: number;
}

export class ArtifactStore implements CheckpointStore {
  readonly spec = 'artifact';
  private readonly client = new DefaultArtifactClient();
  private cache?: Map<string, Artifact>;

  constructor(private readonly ctx: ArtifactStoreContext = {}) {}

  private findBy(): FindOptions {
    const { token, runId, owner, repo } = this.ctx;
    if (!token || !runId || !owner || !repo) return {};
    return { findBy: { token, workflowRunId: Number(runId), repositoryOwner: owner, repositoryName: repo } };
  }

  private async scratch(): Promise<string> {
    const base = this.ctx.tmpDir ?? process.env.RUNNER_TEMP ?? os.tmpdir();
    await mkdir(base, { recursive: true });
    return mkdtemp(path.join(base, 'ci-recovery-artifact-'));
  }

  private async upload(name: string, write: (file: string) => Promise<void>): Promise<void> {
    const dir = await this.scratch();
    try {
      const file = path.join(dir, name);
      await write(file);
      await this.uploadFile(name, file, dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /**
   * The upload client takes a file, not a stream: the compressed archive is spooled to one scratch file
   * (bounded by the archive size) and removed right after the upload. (Handing the client a named pipe
   * instead would overlap compression and upload, but it reads with 8 MiB buffers that a pipe fills 64 KiB
   * at a time: measured 2.5x slower, all in allocation and GC.)
   */
  async putArchive(file: string, data: Readable): Promise<void> {
    await this.upload(file, (p) => pipeline(data, createWriteStream(p, { highWaterMark: 1 << 20 })));
  }

  private async uploadFile(name: string, file: string, dir: string): Promise<void> {
    await this.client.uploadArtifact(name, [file], dir, {
      skipArchive: true,
      ...(this.ctx.retentionDays ? { retentionDays: this.ctx.retentionDays } : {}),
    });
    this.cache = undefined;
  }

  async putManifest(manifest: Manifest): Promise<void> {
    await this.upload(`${manifest.id}${MANIFEST_SUFFIX}`, (p) => writeFile(p, JSON.stringify(manifest)));
  }

  /** Artifacts by name; on duplicates (the same name in two attempts) the newest wins. */
  private async artifacts(): Promise<Map<string, Artifact>> {
    if (this.cache) return this.cache;
    let list: Artifact[];
    try {
      list = (await this.client.listArtifacts(this.findBy())).artifacts;
    } catch (error) {
      throw new UserError(
        `Cannot list the run's artifacts (${errorMessage(error)}). The job needs 'permissions: actions: read' and the 'github-token' input.`,
      );
    }
    const byName = new Map<string, Artifact>();
    for (const a of list) {
      const old = byName.get(a.name);
      const at = (x: Artifact): number => x.createdAt?.getTime() ?? 0;
      if (!old || at(a) > at(old) || (at(a) === at(old) && a.id > old.id)) {
        byName.set(a.name, a);
      }
    }
    this.cache = byName;
    return byName;
  }

  /** Downloads one artifact into `dir`, checking the digest recorded at upload. */
  private async fetch(artifact: Artifact, dir: string, name: string): Promise<void> {
    const res = await this.client.downloadArtifact(artifact.id, {
      path: dir,
      skipDecompress: true,
      ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
      ...this.findBy(),
    });
    if (res.digestMismatch)
      throw new UserError(
        `artifact '${name}' does not match the digest recorded at upload: it is corrupt or was tampered with`,
      );
  }

  /** Downloads one artifact into a fresh scratch dir and returns the file's path. */
  private async download(name: string): Promise<{ file: string; dir: string }> {
    const artifact = (await this.artifacts()).get(name);
    if (!artifact)
      throw new NotFoundError(`no artifact named '${name}' in this run (run 'list' to see the checkpoints)`);
    const dir = await this.scratch();
    try {
      await this.fetch(artifact, dir, name);
      const [only] = await readdir(dir);
      if (!only) throw new Error(`artifact '${name}' downloaded empty`);
      return { file: path.join(dir, only), dir };
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /**
   * Streams the archive as it downloads: the client writes into a named pipe that the caller reads (and
   * decompresses, verifies, extracts) at the same time. The client verifies the artifact's digest at the
   * end; the returned stream only ends once that check passed, and errors otherwise. Without named pipes
   * (or when the client picks a file name we did not expect) the download is spooled to a file first.
   */
  async getArchive(file: string): Promise<Readable> {
    const artifact = (await this.artifacts()).get(file);
    if (!artifact)
      throw new NotFoundError(`no artifact named '${file}' in this run (run 'list' to see the checkpoints)`);
    const dir = await this.scratch();
    // The client names the file after the response's Content-Disposition, or 'artifact' without one.
    const names = [...new Set([file, 'artifact'])];
    const made = await Promise.all(names.map((n) => makeFifo(path.join(dir, n))));
    if (made.some((ok) => !ok)) {
      await rm(dir, { recursive: true, force: true });
      const { file: local, dir: spool } = await this.download(file);
      const stream = createReadStream(local, { highWaterMark: 1 << 20 });
      stream.on('close', () => void rm(spool, { recursive: true, force: true }));
      return stream;
    }
    const out = new PassThrough({ highWaterMark: 1 << 20 });
    const cleanup = (): void => void rm(dir, { recursive: true, force: true });
    // Readers still waiting in open() for a writer that never comes get one, then EOF (a pending open
    // would otherwise hold a pool thread and keep the process alive).
    const releaseAll = (): Promise<unknown> =>
      Promise.all(names.map((n) => releaseFifoReader(path.join(dir, n))));
    // A pipe holds 64 KiB: bigger read buffers would only be allocated to be copied and dropped.
    const readers = names.map((n) => createReadStream(path.join(dir, n), { highWaterMark: 64 * 1024 }));
    // The reader whose open() returns first is the one the client writes to.
    let chosen: Readable | undefined;
    let piped: Promise<void> | undefined;
    let markOpened = (): void => undefined;
    const opened = new Promise<void>((resolve) => (markOpened = resolve));
    readers.forEach((r, i) => {
      r.once('open', () => {
        if (chosen) return;
        chosen = r;
        piped = pipeline(r, out, { end: false });
        piped.catch(() => undefined); // awaited below, unless the download failed first
        markOpened();
        // Once read to its end the pipe is removed: a retry by the client then writes a plain file
        // instead of waiting forever for a reader (and what we passed on fails verification).
        r.once('close', () => void rm(path.join(dir, names[i]!), { force: true }));
      });
      r.on('error', () => undefined);
    });
    const downloading = this.fetch(artifact, dir, file);
    void (async () => {
      try {
        await downloading;
        if (!chosen) {
          const other = (await readdir(dir)).find((n) => !names.includes(n));
          if (other) {
            // Written somewhere else: take that file instead.
            chosen = createReadStream(path.join(dir, other), { highWaterMark: 1 << 20 });
            piped = pipeline(chosen, out, { end: false });
          } else {
            // Written into a pipe whose reader has not been told yet (a small archive can be written
            // and closed before our open() returns; its bytes wait in the pipe).
            let timer: NodeJS.Timeout | undefined;
            await Promise.race([
              opened,
              new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error(`artifact '${file}' downloaded empty`)), 30_000);
              }),
            ]).finally(() => clearTimeout(timer));
          }
        }
        await piped;
        out.end();
      } catch (error) {
        out.destroy(error as Error);
      } finally {
        await releaseAll();
        for (const r of readers) if (r !== chosen) r.destroy();
        cleanup();
      }
    })();
    out.on('close', () => {
      if (out.writableFinished) return;
      // The caller gave up early: stop reading so the client's writes fail instead of blocking, and remove
      // the pipes so its retries fail at once instead of waiting for a reader.
      for (const r of readers) r.destroy();
      void releaseAll().then(cleanup);
    });
    return out;
  }

  async getManifest(id: string): Promise<Manifest> {
    const name = `${id}${MANIFEST_SUFFIX}`;
    const { file, dir } = await this.download(name);
    try {
      return parseManifest(await readFile(file, 'utf8'), `artifact ${name}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async list(): Promise<StoredCheckpoint[]> {
    const out: StoredCheckpoint[] = [];
    for (const [name, a] of await this.artifacts()) {
      if (!name.endsWith(MANIFEST_SUFFIX) || isRollbackRecord(name)) continue;
      const id = name.slice(0, -MANIFEST_SUFFIX.length);
      try {
        const manifest = await this.getManifest(id);
        out.push({ id, manifest, createdAt: new Date(manifest.createdAt) });
      } catch (error) {
        out.push({ id, error: errorMessage(error), ...(a.createdAt ? { createdAt: a.createdAt } : {}) });
      }
    }
    return out;
  }

  async objects(): Promise<StoredObject[]> {
    return [...(await this.artifacts()).values()].map((a) => ({
      name: a.name,
      size: a.size,
      ...(a.createdAt ? { createdAt: a.createdAt } : {}),
    }));
  }

  async removeObject(name: string): Promise<void> {
    await this.client.deleteArtifact(name, this.findBy());
    this.cache = undefined;
  }
}

/** Creates a named pipe (mode 600); false where there are none (Windows) or mkfifo is missing. */
function makeFifo(p: string): Promise<boolean> {
  if (process.platform === 'win32') return Promise.resolve(false);
  return new Promise((resolve) => execFile('mkfifo', ['-m', '600', p], (error) => resolve(!error)));
}

/** Opens and closes the write end without blocking, so a reader waiting in open() sees EOF instead. */
async function releaseFifoReader(p: string): Promise<void> {
  const fh = await open(p, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => undefined);
  await fh?.close();
}
