/**
 * Where checkpoints live. A checkpoint is two objects: the archive `<id>.tar.zst` (or `.tar.gz`) and the
 * manifest `<id>.manifest.json`, written last. Keeping the manifest apart lets `list`, `cleanup` and the
 * incremental parent lookup read a few kilobytes instead of whole archives, lets the manifest carry the
 * archive's own digest and size, and makes it the commit marker: an archive without a manifest is an
 * unfinished save and is never restored.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseManifest, type Manifest } from '../../core/checkpoint/index.js';
import { UserError } from '../../core/errors.js';
import { DigestTap } from './digest.js';

export const MANIFEST_SUFFIX = '.manifest.json';

/** A stored object that is not a complete checkpoint (an archive without manifest, an unreadable file). */
export interface StoredObject {
  name: string;
  createdAt?: Date;
  size?: number;
}

/** What `putArchive` stored. */
export interface StoredArchive {
  sha256: string;
  size: number;
}

export interface CheckpointStore {
  /** 'dir:/path' or 'artifact'. */
  readonly spec: string;
  /**
   * Stores the archive `file` from `data`; resolves with the hex sha256 and byte count of exactly what
   * was stored (hashed as it passes, so the caller need not hash again).
   */
  putArchive(file: string, data: Readable): Promise<StoredArchive>;
  /** Stores the manifest of checkpoint `id` in its stored form (encodeManifest), written last. */
  putManifest(id: string, bytes: Buffer): Promise<void>;
  getArchive(file: string): Promise<Readable>;
  /** Where an archive already is a local file, its path, so that it can be read in place. */
  archivePath?(file: string): string | undefined;
  getManifest(id: string): Promise<Manifest>;
  /** Every object name in the store, for cleanup of leftovers. */
  objects(): Promise<StoredObject[]>;
  removeObject(name: string): Promise<void>;
}

/** A checkpoint or archive the store does not have. */
export class NotFoundError extends UserError {
  override name = 'NotFoundError';
}

export class DirStore implements CheckpointStore {
  readonly spec: string;
  constructor(readonly dir: string) {
    this.spec = `dir:${dir}`;
  }

  private file(name: string): string {
    if (name.includes('/') || name.includes('\\') || name.startsWith('.'))
      throw new Error(`invalid object name '${name}'`);
    return path.join(this.dir, name);
  }

  /** Write to a temp name and rename, so a crash never leaves a half object under a real name. */
  private async atomicWrite(name: string, write: (tmp: string) => Promise<void>): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const tmp = path.join(this.dir, `.${name}.partial-${process.pid}-${Date.now()}`);
    try {
      await write(tmp);
      await rename(tmp, this.file(name));
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  async putArchive(file: string, data: Readable): Promise<StoredArchive> {
    const tap = new DigestTap();
    await this.atomicWrite(file, (tmp) =>
      pipeline(data, tap, createWriteStream(tmp, { highWaterMark: 1 << 20 })),
    );
    return { sha256: tap.sha256(), size: tap.bytes };
  }

  async putManifest(id: string, bytes: Buffer): Promise<void> {
    await this.atomicWrite(`${id}${MANIFEST_SUFFIX}`, (tmp) => writeFile(tmp, bytes));
  }

  archivePath(file: string): string {
    return this.file(file);
  }

  async getArchive(file: string): Promise<Readable> {
    const p = this.file(file);
    try {
      await stat(p);
    } catch {
      throw new NotFoundError(`checkpoint archive '${file}' is missing from ${this.spec}`);
    }
    return createReadStream(p, { highWaterMark: 1 << 20 });
  }

  async getManifest(id: string): Promise<Manifest> {
    const p = this.file(`${id}${MANIFEST_SUFFIX}`);
    let text: string;
    try {
      text = await readFile(p, 'utf8');
    } catch {
      throw new NotFoundError(
        `no checkpoint named '${id}' in ${this.spec} (run 'ci-recovery list --store ${this.spec}' to see the names)`,
      );
    }
    return parseManifest(text, p);
  }

  async objects(): Promise<StoredObject[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const out: StoredObject[] = [];
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue;
      const st = await stat(path.join(this.dir, name)).catch(() => undefined);
      if (st?.isFile()) out.push({ name, createdAt: st.mtime, size: st.size });
    }
    return out;
  }

  async removeObject(name: string): Promise<void> {
    await rm(this.file(name), { force: true });
  }
}
