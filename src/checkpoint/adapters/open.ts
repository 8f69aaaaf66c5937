import path from 'node:path';
import { UserError } from '../../core/errors.js';
import type { ArtifactStoreContext } from './artifact-store.js';
import { DirStore, type CheckpointStore } from './store.js';

/**
 * `dir:PATH` (a local directory, relative paths against `cwd`) or `artifact` (the run's artifacts; the
 * artifact client is loaded only then, so the CLI with a dir store never loads it).
 */
export async function openStore(
  spec: string,
  ctx: ArtifactStoreContext & { cwd?: string } = {},
): Promise<CheckpointStore> {
  const s = spec.trim();
  if (s.startsWith('dir:') && s.length > 4)
    return new DirStore(path.resolve(ctx.cwd ?? process.cwd(), s.slice(4)));
  if (s === 'artifact') {
    const { ArtifactStore } = await import('./artifact-store.js');
    return new ArtifactStore(ctx);
  }
  throw new UserError(
    `Unknown checkpoint store '${spec}': use 'dir:PATH' (a local directory) or 'artifact' (the run's artifacts).`,
  );
}
