/**
 * A save's requests to the store go beside its walk rather than after it. The walk's syscalls are
 * synchronous, so it gives the event loop a turn now and then: the archive's artifact is created while
 * it runs. An incremental checks, before it commits its manifest, that the checkpoints
 * it takes files from are still listed (save-commit.ts checkChain): that listing is taken only once the
 * archive is stored, on any store, and is the service's own at that moment, never one the store kept from
 * earlier in the save. A listing asked for as soon as the walk was over (tried: one round trip less) missed a
 * parent removed while the archive's tail uploaded.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { quietly, setEnv } from './stand-helpers.js';
import {
  openStore,
  restoreCheckpoint,
  saveCheckpoint,
  treeDigest,
} from '../../src/checkpoint/adapters/index.js';
import { DirStore } from '../../src/checkpoint/adapters/store.js';
import type { CheckpointStore } from '../../src/checkpoint/adapters/store.js';

const RUN_ID = 779;
const meta = { job: 'build', runId: String(RUN_ID), attempt: 1, stage: 's' };
let stand: Stand;
let restoreEnv: () => void;
let tmp: string;

beforeAll(async () => {
  stand = await startStand({ runId: RUN_ID, jobId: 7, runAttempt: 1 });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'chain-listing-'));
  restoreEnv = setEnv({ ...stand.env, RUNNER_TEMP: path.join(tmp, 'runner-temp') });
});

afterAll(async () => {
  restoreEnv();
  await stand.stop();
  rmSync(tmp, { recursive: true, force: true });
});

function workspace(name: string): string {
  const ws = path.join(tmp, name);
  mkdirSync(path.join(ws, 'dist'), { recursive: true });
  for (let i = 0; i < 20; i++)
    writeFileSync(path.join(ws, 'dist', `f${i}.js`), `console.log(${i});\n`.repeat(500));
  return ws;
}

/**
 * A directory store that records when the archive is handed over, when it is stored and when it is listed;
 * `beforeStored` runs as the archive's last bytes land, before the store says it is stored.
 */
function recordingStore(
  dir: string,
  withLock: boolean,
  beforeStored?: (inner: DirStore) => Promise<void>,
): { store: CheckpointStore; events: string[] } {
  const inner = new DirStore(dir);
  const events: string[] = [];
  const store: CheckpointStore = {
    spec: inner.spec,
    putArchive: async (file: string, data: Readable) => {
      events.push('archive handed over');
      const stored = await inner.putArchive(file, data);
      await beforeStored?.(inner);
      events.push('archive stored');
      return stored;
    },
    putManifest: (id, bytes) => inner.putManifest(id, bytes),
    getArchive: (file) => inner.getArchive(file),
    archivePath: (file) => inner.archivePath(file),
    getManifest: (id) => inner.getManifest(id),
    objects: () => (events.push('listed'), inner.objects()),
    removeObject: (name) => inner.removeObject(name),
    ...(withLock ? { lock: () => inner.lock() } : {}),
  };
  return { store, events };
}

test.each([
  [false, ['archive handed over', 'archive stored', 'listed']],
  [true, ['archive handed over', 'archive stored', 'listed']],
])(
  'an incremental on a store with a lock %s lists its chain once the archive is stored: %j',
  async (withLock, order) => {
    const ws = workspace(`ws-order-${withLock}`);
    const { store, events } = recordingStore(path.join(tmp, `store-${withLock}`), withLock);
    await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'parent', meta });
    writeFileSync(path.join(ws, 'dist', 'f3.js'), 'changed\n');
    events.length = 0;
    const saved = await saveCheckpoint({
      store,
      workspace: ws,
      paths: ['.'],
      id: 'child',
      parent: 'parent',
      meta,
    });
    expect(saved.manifest.kind).toBe('incremental');
    expect(events.filter((e) => order.includes(e))).toEqual(order);

    const dest = path.join(tmp, `restored-${withLock}`);
    const restored = await restoreCheckpoint({ store, checkpoint: 'child', dest });
    expect(restored.restored).toBe(true);
    expect(await treeDigest(dest)).toBe(await treeDigest(ws));
  },
);

test('a parent removed while the archive uploads fails the incremental (a store without a lock)', async () => {
  const ws = workspace('ws-tail');
  let removing = false;
  const { store } = recordingStore(path.join(tmp, 'store-tail'), false, async (inner) => {
    if (removing) await inner.removeObject('parent.manifest.json');
  });
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'parent', meta });
  writeFileSync(path.join(ws, 'dist', 'f5.js'), 'changed\n');
  removing = true; // a cleanup removes the parent as the child's archive's last bytes land
  await expect(
    quietly(() =>
      saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'child', parent: 'parent', meta }),
    ),
  ).rejects.toThrow(/Checkpoint 'parent', which child takes files from, was removed/);
  expect((await store.objects()).map((o) => o.name)).not.toContain('child.manifest.json');
});

test('a parent removed from the run after the store last listed it fails the incremental: the chain is listed anew', async () => {
  const ws = workspace('ws-gone');
  const jobDir = path.join(tmp, 'job-dir');
  const store = await openStore('artifact');
  await quietly(() =>
    saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'p', meta, manifestCache: jobDir }),
  );
  // The store lists the run once more (and keeps that listing); then a cleanup elsewhere removes the parent.
  expect((await store.objects()).map((o) => o.name)).toContain('p.manifest.json');
  for (const a of stand.results.artifacts.filter((x) => x.name.startsWith('p.')))
    await stand.results.deleteArtifact(a.id);
  writeFileSync(path.join(ws, 'dist', 'f4.js'), 'changed\n');
  // The parent is read from the job's local copy, so only the chain's check can see it gone.
  await expect(
    quietly(() =>
      saveCheckpoint({
        store,
        workspace: ws,
        paths: ['.'],
        id: 'c',
        parent: 'p',
        meta,
        manifestCache: jobDir,
      }),
    ),
  ).rejects.toThrow(/Checkpoint 'p', which c takes files from, was removed from artifact/);
  expect(stand.results.artifacts.filter((a) => a.name === 'c.manifest.json' && a.finalized)).toEqual([]);
});

test("the archive's artifact is created while the walk runs, not once it is over; the checkpoint restores", async () => {
  const ws = path.join(tmp, 'ws-wide');
  for (let d = 0; d < 100; d++) {
    mkdirSync(path.join(ws, `d${d}`), { recursive: true });
    for (let f = 0; f < 20; f++) writeFileSync(path.join(ws, `d${d}`, `f${f}.txt`), `${d}/${f}\n`);
  }
  const store = await openStore('artifact');
  const created = (): number => stand.results.calls.filter((c) => c.method === 'CreateArtifact').length;
  const before = created();
  // The stand answers in this process: it sees a request only when the save gives the event loop a turn.
  let atPacked: number | undefined;
  const { value: saved } = await quietly(() =>
    saveCheckpoint({
      store,
      workspace: ws,
      paths: ['.'],
      id: 'wide',
      meta,
      onPacked: () => void (atPacked = created() - before),
    }),
  );
  // The archive's at least; the manifest's is claimed once the archive's name is won (artifact-store.ts
  // putArchive), which a short walk may outlast: it is still sent before the archive is finalized
  // (artifact-early-manifest.test.ts).
  expect(atPacked).toBeGreaterThanOrEqual(1);
  const dest = path.join(tmp, 'restored-wide');
  const { value: restored } = await quietly(() => restoreCheckpoint({ store, checkpoint: 'wide', dest }));
  expect(restored.restored).toBe(true);
  expect(restored.manifest.archive.sha256).toBe(saved.manifest.archive.sha256);
  expect(await treeDigest(dest)).toBe(await treeDigest(ws));
});
