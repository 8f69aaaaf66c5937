/**
 * An incremental save reads its parent while the store answers whether the save's name is taken: against
 * a remote store that answer is a round trip, and the parent's read and parse (tens of ms for 20,000
 * entries) used to wait for it. A store that holds its answer until the parent is asked for tells whether
 * the two overlap; on the old code it waited out its limit with the parent not yet asked for. And what an
 * incremental does not do: read or hash a file whose stat its parent's local copy vouches for.
 */
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DirStore, saveCheckpoint } from '../../src/checkpoint/adapters/index.js';
import { CheckpointExistsError, type CheckpointMeta } from '../../src/checkpoint/index.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import type { Manifest } from '../../src/checkpoint/core/index.js';

const meta: CheckpointMeta = { stage: 'build', job: 'test', runId: '42', attempt: 1, completedStages: [] };
let tmp: string;
let ws: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-parent-read-'));
  ws = path.join(tmp, 'ws');
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  for (let i = 0; i < 20; i++) writeFileSync(path.join(ws, `src/f${i}.ts`), `export const v${i} = ${i};\n`);
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** A store that answers for `held` only once the parent's manifest was asked for, or after `limitMs`. */
class HoldingStore extends DirStore {
  parentAsked = false;
  /** Whether the parent had been asked for when the answer for `held` went out. */
  overlapped: boolean | undefined;
  private wake: (() => void) | undefined;

  constructor(
    dir: string,
    private readonly held: string,
    private readonly parent: string,
    private readonly limitMs = 3000,
  ) {
    super(dir);
  }

  override async getManifest(id: string): Promise<Manifest> {
    if (id === this.parent) {
      this.parentAsked = true;
      this.wake?.();
    } else if (id === this.held) {
      if (!this.parentAsked)
        await Promise.race([new Promise<void>((resolve) => (this.wake = resolve)), sleep(this.limitMs)]);
      this.overlapped = this.parentAsked;
    }
    return super.getManifest(id);
  }
}

test("an incremental save asks for its parent while the store answers whether the save's name is taken", async () => {
  const storeDir = path.join(tmp, 'store');
  await saveCheckpoint({ store: new DirStore(storeDir), workspace: ws, paths: ['.'], id: 'p1', meta });
  appendFileSync(path.join(ws, 'src/f3.ts'), '// changed\n');
  // No local copy (no manifestCache): the parent's manifest is the store's, so its read is seen there.
  const store = new HoldingStore(storeDir, 'p2', 'p1');
  const saved = await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'p2', parent: 'p1', meta });
  expect(store.overlapped).toBe(true);
  expect(saved.manifest.kind).toBe('incremental');
  expect(saved.manifest.parent).toBe('p1');
  expect(saved.manifest.changed).toEqual(['src/f3.ts']);
});

test('a taken name is still refused as taken, and an unreadable parent read meanwhile warns of nothing', async () => {
  const store = new DirStore(path.join(tmp, 'store'));
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'p1', meta });
  const logger = new RecordingLogger();
  await expect(
    saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'p1', parent: 'gone', meta, logger }),
  ).rejects.toBeInstanceOf(CheckpointExistsError);
  expect(logger.messages('warning')).toEqual([]);
});

test('an unchanged file is neither read nor hashed by an incremental: the digest its local copy records is taken as it is', async () => {
  const store = new DirStore(path.join(tmp, 'store'));
  const cache = path.join(tmp, 'local');
  // Every file older than the parent's scan by more than the racy window.
  const old = new Date(Date.now() - 3600_000);
  for (let i = 0; i < 20; i++) utimesSync(path.join(ws, `src/f${i}.ts`), old, old);
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'p1', meta, manifestCache: cache });
  // The local copy (this job's own, with its stat facts) now records a digest no read of src/f5.ts gives.
  const local = path.join(
    cache,
    readdirSync(cache).find((n) => n.startsWith('p1.'))!,
  );
  const text = JSON.parse(readFileSync(local, 'utf8')) as { entries: { path: string[]; sha256: string[] } };
  const at = text.entries.path.indexOf('src/f5.ts');
  const planted = 'a'.repeat(64);
  text.entries.sha256[at] = planted;
  writeFileSync(local, JSON.stringify(text));
  appendFileSync(path.join(ws, 'src/f3.ts'), '// changed\n');
  const inc = await saveCheckpoint({
    store,
    workspace: ws,
    paths: ['.'],
    id: 'p2',
    parent: 'p1',
    meta,
    manifestCache: cache,
  });
  expect(inc.manifest.changed).toEqual(['src/f3.ts']);
  const entry = (p: string) => inc.manifest.entries.find((e) => e.path === p)!;
  // Read or hashed, src/f5.ts would carry its own digest, and be stored again.
  expect(entry('src/f5.ts')).toMatchObject({ sha256: planted, from: 'p1' });
  expect(entry('src/f3.ts').from).toBe('p2');
});
