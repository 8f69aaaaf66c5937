/**
 * How much a restore verifies (the team's decision, issue 46). An archive whose sha256 and size match
 * what the manifest records proves every byte in it: a tamperer able to rewrite the manifest to vouch for
 * other bytes can rewrite the per-file hashes beside that digest just as well, so hashing each file again
 * adds no protection against them, only time. `archive` (the default) therefore checks each archive's
 * digest and every file's size; `full` hashes every file as well (what `validate` always does).
 *
 * Files are hashed whatever `verify` says when the digest that vouches for their archive is not one this
 * manifest records: a file an incremental checkpoint takes from a parent sits in the parent's archive,
 * checked against the parent's manifest, so only its hash ties it to this manifest's word.
 */
import { isKeyedId } from './keyed.js';
import type { Manifest } from './manifest.js';

export const RESTORE_VERIFY = ['archive', 'full'] as const;
export type RestoreVerify = (typeof RESTORE_VERIFY)[number];
export const DEFAULT_RESTORE_VERIFY: RestoreVerify = 'archive';

/** A `verify` value as given (case-insensitive; empty is the default), or undefined when it is none of them. */
export function parseRestoreVerify(value: string): RestoreVerify | undefined {
  const v = value.trim().toLowerCase();
  if (v === '') return DEFAULT_RESTORE_VERIFY;
  return RESTORE_VERIFY.find((c) => c === v);
}

/**
 * Whether the files restored from archive `archiveId` of `manifest`'s chain are each hashed: always with
 * `full`; otherwise only for an archive whose digest `manifest` itself does not record (a parent's).
 * Its own archive and its keyed entries' (their digests are copied into it at save) are proven by digest.
 */
export function hashesFilesOf(manifest: Manifest, archiveId: string, verify: RestoreVerify): boolean {
  if (verify === 'full') return true;
  if (archiveId === manifest.id) return false;
  return !(isKeyedId(archiveId) && (manifest.keyed ?? []).some((k) => k.id === archiveId));
}
