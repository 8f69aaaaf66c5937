/**
 * Whether a checkpoint can be restored, answered from the store's listing and manifests alone, without
 * downloading an archive: what a lookup-only restore (like actions/cache's `lookup-only`) reports.
 */
import { storedArchivesNeeded, type Manifest } from '../../core/checkpoint/index.js';
import { errorMessage } from '../../core/errors.js';
import type { CheckpointStore } from './store.js';

export interface Lookup {
  usable: boolean;
  /** Why not, when it is not. */
  problem?: string;
}

/** Every archive the checkpoint's chain needs has a readable manifest and is present in the store. */
export async function lookupCheckpoint(store: CheckpointStore, manifest: Manifest): Promise<Lookup> {
  const present = new Set((await store.objects()).map((o) => o.name));
  // Keyed entries live in the cache service: only a restore can tell whether one is still there.
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
  return { usable: true };
}
