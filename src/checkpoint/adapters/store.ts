/**
 * Where checkpoints live. A checkpoint is two objects: the archive `<id>.tar.zst` (or `.tar.gz`) and the
 * manifest `<id>.manifest.json`, written last. Keeping the manifest apart lets `list`, `cleanup` and the
 * incremental parent lookup read a few kilobytes instead of whole archives, lets the manifest carry the
 * archive's own digest and size, and makes it the commit marker: an archive without a manifest is an
 * unfinished save and is never restored.
 *
 * A checkpoint is never replaced: others may be incremental on it, and a reader may be reading it. A save
 * refuses a name that already has a manifest, a directory store lets one process at a time save a name
 * (a claim file), and the manifest is linked into place only where no manifest is, so once a manifest is
 * visible its objects never change: readers need no lock, and a crash at any instant leaves either no
 * checkpoint of that name or the whole new one. What a killed save leaves (partial files, its claim, an
 * archive without manifest) carries its owner in its name or content, so cleanup can tell it from a save
 * in progress (owner.ts).
 */
import { createHash } from 'node:crypto';
import { open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { parseManifest, type Manifest } from '../core/index.js';
import type { RecyclingSource } from './compress.js';
import { crashPoint } from './crash-points.js';
import { isDebris, ownerTag } from './owner.js';
import { makeDirs } from '../../runner/adapters/make-dirs.js';
import { linkExclusive } from '../../runner/adapters/platform.js';
import { NotRegularFileError, openRegularFile, readRegularFile } from '../../runner/adapters/regular-file.js';
import { UserError } from '../../core/errors.js';

import {
  CheckpointExistsError,
  MANIFEST_SUFFIX,
  NotFoundError,
  type CheckpointStore,
  type StoredArchive,
  type StoredObject,
} from '../ports/store.js';

// The interface and its errors are the store port's (src/checkpoint/ports/store.ts); kept here for the callers.
export * from '../ports/store.js';

/**
 * A store object that is not a regular file: ci-recovery never writes one, so someone who can write the
 * store put it there. Nothing is read through it.
 */
export function plantedObject(spec: string, name: string, what: string): UserError {
  return new UserError(
    `'${name}' in the checkpoint store ${spec} is ${what}, which ci-recovery never writes: something else put it there. Remove it (and check who can write the store).`,
  );
}

/** openRegularFile refused the object: not a regular file, or a link in a file's place. */
function isPlanted(error: unknown): boolean {
  return error instanceof NotRegularFileError || (error as NodeJS.ErrnoException).code === 'ELOOP';
}

/** The message for a name that is taken: checkpoints are never replaced. */
export function nameTaken(id: string, spec: string, why = 'already exists'): string {
  return `checkpoint '${id}' ${why} in ${spec}; a checkpoint is never replaced (others may be incremental on it, or reading it): save under another name`;
}

const PARTIAL = '.partial-';
const CLAIM = '.saving';
/** The store-wide lock (DirStore.lock): a dot name, so no listing or cleanup takes it for an object. */
const LOCK = '.ci-recovery-store.lock';
/** How long a save's commit waits for a cleanup's deletions, and the pause between looks. */
const LOCK_WAIT_MS = 120_000;
const LOCK_POLL_MS = 50;

/** What to do about a file-system error of the store's own directory. */
function storeFix(code: string | undefined): string {
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return "the store's disk is full: free space there, or choose a store on another disk";
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return 'choose a directory this user can write';
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EEXIST')
    return 'choose a directory that can hold files (not a file, nor under /proc or /sys)';
  return 'check the directory, or choose another store';
}

/**
 * A failure of the store's own directory, said as such (which store, what it was doing, the fix), rather
 * than as a bare `ENOENT … .saving`: the user must tell a full or unwritable store from the workspace.
 */
export function storeFailure(spec: string, doing: string, error: unknown): unknown {
  const e = error as NodeJS.ErrnoException;
  if (typeof e?.code !== 'string' || !e.syscall) return error;
  const detail = e.message.startsWith(e.code) ? e.message : `${e.code}: ${e.message}`;
  return new UserError(`cannot ${doing} in the checkpoint store ${spec} (${detail}): ${storeFix(e.code)}.`);
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

  /**
   * Write to a temp name (owned: see owner.ts) and move it into place, so a crash never leaves a half
   * object under a real name. `commit` moves it: a rename, or a link that refuses an existing name.
   */
  private async atomicWrite(
    name: string,
    write: (tmp: string) => Promise<void>,
    commit: (tmp: string, to: string) => Promise<void> = rename,
  ): Promise<void> {
    const tmp = path.join(this.dir, `.${name}${PARTIAL}${ownerTag()}-${Date.now()}`);
    try {
      await makeDirs(this.dir);
      await write(tmp);
      crashPoint();
      await commit(tmp, this.file(name));
      crashPoint();
    } catch (error) {
      // Only the store's own files: a failing compressor upstream is not the store's fault.
      const at = (error as NodeJS.ErrnoException).path;
      throw at === undefined || at.startsWith(this.dir)
        ? storeFailure(this.spec, `write '${name}'`, error)
        : error;
    } finally {
      await rm(tmp, { force: true });
    }
  }

  /**
   * Writes each chunk as it comes, hashing it on the way, and hands it back to a source that takes its
   * chunks back (the compressor's BlockOutput fills it again, instead of a fresh block each time).
   */
  async putArchive(file: string, data: RecyclingSource): Promise<StoredArchive> {
    const hash = createHash('sha256');
    let size = 0;
    await this.atomicWrite(file, async (tmp) => {
      const out = await open(tmp, 'w');
      try {
        for await (const chunk of data as AsyncIterable<Buffer>) {
          hash.update(chunk);
          size += chunk.length;
          for (let at = 0; at < chunk.length;) at += (await out.write(chunk, at)).bytesWritten;
          data.recycle?.(chunk);
        }
      } finally {
        await out.close();
      }
    });
    return { sha256: hash.digest('hex'), size };
  }

  /**
   * The manifest is linked into place: unlike a rename, a link never replaces a manifest that is there
   * (copied exclusively where the file system has no hard links: platform.ts).
   */
  async putManifest(id: string, bytes: Buffer): Promise<void> {
    await this.atomicWrite(
      `${id}${MANIFEST_SUFFIX}`,
      (tmp) => writeFile(tmp, bytes),
      async (tmp, to) => {
        try {
          await linkExclusive(tmp, to);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST')
            throw new CheckpointExistsError(nameTaken(id, this.spec));
          throw error;
        }
      },
    );
  }

  /** A claim is the file `.<id>.saving`, made exclusively, holding its owner's tag. */
  async claim(id: string): Promise<() => Promise<void>> {
    await makeDirs(this.dir).catch((error: unknown) => {
      throw storeFailure(this.spec, 'make the directory', error);
    });
    const file = path.join(this.dir, `.${id}${CLAIM}`);
    for (let tries = 0; tries < 3; tries++) {
      try {
        await writeFile(file, ownerTag(), { flag: 'wx' });
        crashPoint();
        return () => rm(file, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
          throw storeFailure(this.spec, `claim the name '${id}'`, error);
      }
      if (!(await this.claimIsDebris(file))) break;
      // The claim of a save that was killed: taken over, moved aside first so two takers cannot both win.
      const aside = `${file}${PARTIAL}${ownerTag()}-stale`;
      await rename(file, aside).then(
        () => rm(aside, { force: true }),
        () => undefined,
      );
    }
    // the lock's holder is named when it can be read, else "another process"
    const holder = await readRegularFile(file).catch(() => '');
    throw new CheckpointExistsError(
      nameTaken(id, this.spec, `is being saved by ${holder || 'another process'}`),
    );
  }

  /**
   * The store-wide lock: the file LOCK made exclusively with its owner's tag; one left by a killed
   * process is taken over (as a claim is), one held by a live process is waited for.
   */
  async lock(): Promise<() => Promise<void>> {
    await makeDirs(this.dir).catch((error: unknown) => {
      throw storeFailure(this.spec, 'make the directory', error);
    });
    const file = path.join(this.dir, LOCK);
    const until = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        await writeFile(file, ownerTag(), { flag: 'wx' });
        return () => rm(file, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw storeFailure(this.spec, 'lock', error);
      }
      if (await this.claimIsDebris(file)) {
        const aside = `${file}${PARTIAL}${ownerTag()}-stale`;
        await rename(file, aside).then(
          () => rm(aside, { force: true }),
          () => undefined,
        );
        continue;
      }
      if (Date.now() > until) {
        // the lock's holder is named when it can be read, else "another process"
        const holder = await readRegularFile(file).catch(() => '');
        throw new UserError(
          `the checkpoint store ${this.spec} has been locked by ${holder || 'another process'} (a cleanup) for over ${LOCK_WAIT_MS / 1000} s; try again once it is done, or remove ${file} if no ci-recovery runs`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
    }
  }

  private async claimIsDebris(file: string): Promise<boolean> {
    let holder = '';
    try {
      holder = await readRegularFile(file);
    } catch (error) {
      // A claim or lock is only ever a regular file: anything else (a planted FIFO, a link) is no one's.
      if (isPlanted(error)) return true;
    }
    // the lock file is gone: not debris
    const st = await stat(file).catch(() => undefined);
    return st !== undefined && isDebris(holder, st.mtimeMs);
  }

  async unfinished(): Promise<{ debris: string[]; saving: Set<string> }> {
    const debris: string[] = [];
    const saving = new Set<string>();
    // no store directory: no debris
    const names = await readdir(this.dir).catch(() => [] as string[]);
    for (const name of names) {
      if (!name.startsWith('.')) continue;
      // removed meanwhile: not debris
      const st = await stat(path.join(this.dir, name)).catch(() => undefined);
      if (!st?.isFile()) continue;
      if (name.includes(PARTIAL)) {
        if (isDebris(name, st.mtimeMs)) debris.push(name);
      } else if (name.endsWith(CLAIM)) {
        if (await this.claimIsDebris(path.join(this.dir, name))) debris.push(name);
        else saving.add(name.slice(1, -CLAIM.length));
      }
    }
    return { debris: debris.sort(), saving };
  }

  async removeUnfinished(name: string): Promise<void> {
    if (!name.startsWith('.') || name.includes('/') || !(name.includes(PARTIAL) || name.endsWith(CLAIM)))
      throw new Error(`'${name}' is not an unfinished object`);
    // A claim is read again just before: its name may have been claimed again meanwhile.
    if (name.endsWith(CLAIM) && !(await this.claimIsDebris(path.join(this.dir, name)))) return;
    await rm(path.join(this.dir, name), { force: true });
  }

  archivePath(file: string): string {
    return this.file(file);
  }

  /** The error for an object that open refused as not ours (not a regular file, a link); else undefined. */
  private planted(error: unknown, name: string): UserError | undefined {
    if (!isPlanted(error)) return undefined;
    const link = (error as NodeJS.ErrnoException).code === 'ELOOP';
    return plantedObject(this.spec, name, link ? 'a symbolic link' : 'not a regular file');
  }

  async getArchive(file: string): Promise<Readable> {
    const p = this.file(file);
    const handle = await openRegularFile(p).catch((error: unknown) => {
      throw (
        this.planted(error, file) ??
        new NotFoundError(`checkpoint archive '${file}' is missing from ${this.spec}`)
      );
    });
    return handle.createReadStream({ highWaterMark: 1 << 20 });
  }

  async getManifest(id: string): Promise<Manifest> {
    const name = `${id}${MANIFEST_SUFFIX}`;
    const p = this.file(name);
    const text = await readRegularFile(p).catch((error: unknown) => {
      throw (
        this.planted(error, name) ??
        new NotFoundError(
          `no checkpoint named '${id}' in ${this.spec} (run 'ci-recovery list --store ${this.spec}' to see the names)`,
        )
      );
    });
    return parseManifest(text, p);
  }

  async objects(): Promise<StoredObject[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      // no store directory: no objects
      return [];
    }
    const out: StoredObject[] = [];
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue;
      // removed meanwhile: not listed
      const st = await stat(path.join(this.dir, name)).catch(() => undefined);
      if (st?.isFile()) out.push({ name, createdAt: st.mtime, size: st.size });
    }
    return out;
  }

  async removeObject(name: string): Promise<void> {
    await rm(this.file(name), { force: true });
  }
}
