/** A checkpoint manifest for tests: the fields every manifest holds, a full checkpoint `ckpt`, with `over` on top. */
import { MANIFEST_FORMAT, type Manifest } from '../src/checkpoint/index.js';

export function manifestFixture(over: Partial<Manifest> = {}): Manifest {
  return {
    format: MANIFEST_FORMAT,
    id: 'ckpt',
    kind: 'full',
    paths: ['.'],
    exclude: [],
    stage: 's',
    job: 'j',
    runId: '1',
    attempt: 1,
    completedStages: [],
    createdAt: new Date(0).toISOString(),
    scanStartedMs: 0,
    timings: { scanMs: 0, archiveMs: 0, totalMs: 0 },
    entries: [],
    changed: [],
    deleted: [],
    archive: { file: 'ckpt.tar.zst', compression: 'zstd', sha256: 'a'.repeat(64), size: 10, entries: 0 },
    ...over,
  };
}
