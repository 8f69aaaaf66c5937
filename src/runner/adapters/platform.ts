/**
 * What the action does differently on a Windows or macOS runner, in one place, so that no entry fails a
 * job because of the OS it runs on. Each helper either works the same everywhere or degrades to something
 * that still gives the same result (a copy instead of a link, node's own zstd instead of the binary), and
 * says so in its error when there is truly nothing left to fall back on.
 *
 * Manifest paths stay POSIX on every OS (scan.ts builds them with '/'); only the paths users type are
 * normalized here.
 */
import { constants, symlinkSync } from 'node:fs';
import { copyFile, link } from 'node:fs/promises';
import type { ZstdDecompress } from 'node:zlib';
import { UserError } from '../../core/errors.js';

export const isWindows = (platform: NodeJS.Platform = process.platform): boolean => platform === 'win32';

/** Error codes of a file system or OS that does not make hard links (FAT, exFAT, some SMB shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Makes `to` hold the file `from`, never replacing an existing `to` (EEXIST, as `link` throws): a hard
 * link where the file system has them, else an exclusive copy (COPYFILE_EXCL refuses an existing name the
 * same way). The copy is not atomic: a crash in its middle leaves a partial file, which readers refuse as
 * unreadable rather than take for a good one.
 */
export async function linkExclusive(from: string, to: string): Promise<'link' | 'copy'> {
  try {
    await link(from, to);
    return 'link';
  } catch (error) {
    if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
  await copyFile(from, to, constants.COPYFILE_EXCL);
  return 'copy';
}

/**
 * A symbolic link, with the reason spelled out where Windows refuses it: creating symlinks there needs
 * Developer Mode or an elevated runner (GitHub-hosted Windows runners have it; self-hosted ones may not).
 */
export function makeSymlink(target: string, at: string, platform: NodeJS.Platform = process.platform): void {
  try {
    symlinkSync(target, at);
  } catch (error) {
    if (isWindows(platform) && (error as NodeJS.ErrnoException).code === 'EPERM')
      throw new UserError(
        `this Windows runner may not create symbolic links (the checkpoint holds one at '${at}'): run the runner elevated or enable Developer Mode, as GitHub-hosted runners are`,
      );
    throw error;
  }
}

type ZstdDecompressFactory = (options?: { chunkSize?: number }) => ZstdDecompress;

/**
 * zstd decompression inside node (zlib's zstd, Node 22.15+ and the node24 the action runs on), for a
 * runner without the `zstd` binary (self-hosted Windows, a bare macOS): a `.tar.zst` checkpoint saved
 * elsewhere still restores, only on one core.
 */
export function zstdInProcess(what: string): ZstdDecompress {
  // Loaded here, not at import: only a runner without the zstd binary needs it (compress.ts).
  const zlib = process.getBuiltinModule('node:zlib');
  const create = (zlib as { createZstdDecompress?: ZstdDecompressFactory }).createZstdDecompress;
  if (!create)
    throw new UserError(
      `${what}: the checkpoint is zstd-compressed, and this runner has no 'zstd' on PATH and a Node without zstd (${process.version}): install zstd`,
    );
  return create({ chunkSize: 256 * 1024 });
}

/**
 * A path or glob as a user typed it, with Windows separators made POSIX ('dist\out' -> 'dist/out') on
 * Windows, where the backslash is a separator (picomatch reads it so there too), not a glob escape.
 */
export function posixPattern(p: string, platform: NodeJS.Platform = process.platform): string {
  return isWindows(platform) ? p.replace(/\\/g, '/') : p;
}
