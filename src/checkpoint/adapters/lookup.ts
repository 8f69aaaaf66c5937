/**
 * Whether a checkpoint can be restored, answered from the store's listing and manifests alone, without
 * downloading an archive: what a lookup-only restore (like actions/cache's `lookup-only`) reports.
 */
import { keyedManifestDigest, storedArchivesNeeded, type Manifest } from '../core/index.js';
import { errorMessage } from '../../core/errors.js';
import type { KeyedEntryStore } from '../ports/keyed-store.js';
import { KEYED_ENTRY_GONE, keyedStoreFor } from './keyed-store.js';
import type { CheckpointStore } from './store.js';
import type { Lookup } from '../ports/workspace.js';
export type { Lookup } from '../ports/workspace.js';

/**
 * Every archive the checkpoint's chain needs has a readable manifest and is present in the store, and
 * every keyed entry it takes files from is still kept, as it was when the checkpoint was saved.
 */
export async function lookupCheckpoint(
  store: CheckpointStore,
  manifest: Manifest,
  keyedStore: KeyedEntryStore | undefined = manifest.keyed?.length ? keyedStoreFor(store) : undefined,
): Promise<Lookup> {
  const present = new Set((await store.objects()).map((o) => o.name));
  for (const id of storedArchivesNeeded(manifest)) {
    let of: Manifest;
    try {
      of = id === manifest.id ? manifest : await store.getManifest(id);
    } catch (error) {
      return {
        usable: false,
        problem: `checkpoint '${id}' that it needs is unreadable: ${errorMessage(error)}`,
      };
    }
    if (!present.has(of.archive.file))
      return { usable: false, problem: `archive ${of.archive.file} that it needs is missing from the store` };
  }
  return lookupKeyedEntries(manifest, keyedStore);
}

/**
 * Each keyed entry still has the manifest this checkpoint read when it took files from it. (An entry the
 * cache evicted, or one published again since, would fail the restore: a lookup says so first, so that a
 * stage is not planned to skip on the word of files that cannot come back.)
 */
async function lookupKeyedEntries(
  manifest: Manifest,
  keyedStore: KeyedEntryStore | undefined,
): Promise<Lookup> {
  for (const ref of manifest.keyed ?? []) {
    if (!keyedStore)
      return {
        usable: false,
        problem: `keyed entry ${ref.key} is in the cache service, which this job cannot reach`,
      };
    let found: Buffer | undefined;
    try {
      found = await keyedStore.findManifest(ref.key, ref.id);
    } catch (error) {
      return {
        usable: false,
        problem: `keyed entry ${ref.key} could not be looked up: ${errorMessage(error)}`,
      };
    }
    if (!found)
      return {
        usable: false,
        problem: `keyed entry ${ref.key} is no longer in ${keyedStore.spec}${keyedStore.spec === 'cache' ? ` (${KEYED_ENTRY_GONE})` : ''}`,
      };
    if (keyedManifestDigest(found) !== ref.manifestSha256)
      return {
        usable: false,
        problem: `keyed entry ${ref.key} in ${keyedStore.spec} is not the one the checkpoint took files from`,
      };
  }
  return { usable: true };
}
