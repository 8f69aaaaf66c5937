/**
 * For tests whose subject is not trust: every checkpoint now in `store`, named with its manifest's digest,
 * as the run's records name the checkpoints its own attempts saved (checkpoint/core/trust.ts).
 */
import { manifestDigest } from '../src/checkpoint/adapters/digest.js';
import type { CheckpointStore } from '../src/checkpoint/index.js';
import type { TrustedCheckpoints } from '../src/checkpoint/index.js';
import { MANIFEST_SUFFIX } from '../src/checkpoint/index.js';

export async function trustedIn(store: CheckpointStore): Promise<TrustedCheckpoints> {
  const trusted = new Map<string, string>();
  for (const o of await store.objects()) {
    if (!o.name.endsWith(MANIFEST_SUFFIX)) continue;
    const id = o.name.slice(0, -MANIFEST_SUFFIX.length);
    const m = await store.getManifest(id).catch(() => undefined);
    if (m) trusted.set(id, manifestDigest(m));
  }
  return trusted;
}
