/**
 * The job's local copies of checkpoint manifests (a save's `manifestCache`): kept per checkpoint and
 * directory with the stat facts a save's next incremental relies on, so it finds its parent without a
 * download; read before the store's copy.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeLocalManifest, parseManifest, type Manifest } from '../core/index.js';
import { ownerTag } from './owner.js';
import type { CheckpointStore } from './store.js';

/**
 * The mode a directory of local copies is made with: the CLI reads one in a `dir:` store only while it is
 * this user's own and no one else can write it (cli/support.ts), whatever the umask (002 on many desktops).
 */
export const PRIVATE_DIR = 0o700;

/**
 * The local copy of a manifest holds stat facts (inode, mtime) of one directory's files, so it is kept per
 * checkpoint and directory: a restore of the same checkpoint elsewhere must not replace the facts the
 * saving workspace's next incremental relies on.
 */
function localManifestFile(cacheDir: string, id: string, dir: string): string {
  const key = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12);
  return path.join(cacheDir, `${id}.${key}.manifest.json`);
}

/** Loads a parent manifest: the local copy for `dir` first, else the store's (without stat facts). */
export async function loadManifest(
  store: CheckpointStore,
  id: string,
  cacheDir: string | undefined,
  dir: string,
): Promise<Manifest> {
  return (cacheDir && (await readCachedManifest(cacheDir, id, dir))) || store.getManifest(id);
}

/** The local copy of manifest `id` for `dir` (see localManifestFile), if this job keeps one. */
export async function readCachedManifest(
  cacheDir: string,
  id: string,
  dir: string,
): Promise<Manifest | undefined> {
  const file = localManifestFile(cacheDir, id, dir);
  // Decoded in one pass: read with an encoding, node decodes it chunk by chunk through a StringDecoder
  // into a string JSON.parse must flatten again (~9 ms of CPU for a local copy of 11,755 entries).
  const text = await readFile(file)
    .then((bytes) => bytes.toString('utf8'))
    // no local copy, or one past V8's longest string: the caller reads the store's
    .catch(() => undefined);
  return text === undefined ? undefined : parseManifest(text, file);
}

/**
 * Writes `local`, the local form of the manifest `id` (encodeManifest), beside the copy for `dir` (see
 * localManifestFile); the returned function puts it in place. It goes in place only once the store has
 * the manifest: a copy of a save killed before that would describe a checkpoint the store never got,
 * and a later save of the same name would be planned against it.
 */
export async function stageLocalManifest(
  cacheDir: string,
  id: string,
  dir: string,
  local: Buffer[],
): Promise<{ keep: () => Promise<void>; drop: () => Promise<void> }> {
  await mkdir(cacheDir, { recursive: true, mode: PRIVATE_DIR });
  const file = localManifestFile(cacheDir, id, dir);
  const tmp = `${file}.partial-${ownerTag()}`;
  await writeFile(tmp, local);
  return { keep: () => rename(tmp, file), drop: () => rm(tmp, { force: true }) };
}

/** Writes the local form of `m` as the copy for `dir`, streamed into the file (writeLocalManifest). */
export async function cacheLocalManifest(cacheDir: string, dir: string, m: Manifest): Promise<void> {
  await mkdir(cacheDir, { recursive: true, mode: PRIVATE_DIR });
  const fd = openSync(localManifestFile(cacheDir, m.id, dir), 'w');
  try {
    writeLocalManifest(m, (chunk) => {
      for (let off = 0; off < chunk.length;) off += writeSync(fd, chunk, off);
    });
  } finally {
    closeSync(fd);
  }
}
