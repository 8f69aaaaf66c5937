/**
 * A keyed entry's archive holding more than its entry's manifest lists: whoever can write the cache (or the
 * directory beside a `dir:` store) plants an entry whose manifest matches the workspace's node_modules and
 * whose archive adds an entry of zeros. A later save takes the entry (its files match) and records that
 * archive's digest; the restore then decompressed every byte of the junk, since a keyed archive had no
 * bound but the end marker's. Real gzip and tar, a real save and restore.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  DirStore,
  restoreCheckpoint,
  saveCheckpoint,
  treeDigest,
  validateCheckpoint,
} from '../../src/checkpoint/adapters/index.js';
import { KEYED_DIR } from '../../src/checkpoint/adapters/keyed-store.js';
import { encodeManifest, keyedId, type SaveOptions } from '../../src/checkpoint/index.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';

let work: string;
let ws: string;
let store: DirStore;
const keyed = [{ path: 'node_modules', hashFiles: ['package-lock.json'] }];

function install(dir: string): void {
  writeFileSync(path.join(dir, 'package-lock.json'), '{"lockfileVersion":3}');
  for (let p = 0; p < 6; p++) {
    mkdirSync(path.join(dir, 'node_modules', `pkg${p}`), { recursive: true });
    for (let f = 0; f < 4; f++)
      writeFileSync(path.join(dir, 'node_modules', `pkg${p}`, `f${f}.js`), `// ${p} ${f}\n`.repeat(300));
  }
}

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'ckpt-keyed-bomb-'));
  ws = path.join(work, 'ws');
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/app.js'), 'console.log(1)\n');
  install(ws);
  store = new DirStore(path.join(work, 'store'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const save = (id: string, extra: Partial<SaveOptions> & { reuse?: undefined } = {}) =>
  saveCheckpoint({
    store,
    workspace: ws,
    paths: ['src', 'node_modules'],
    id,
    meta: { stage: 'build', job: 'build', runId: '7', attempt: 1 },
    compression: 'gzip',
    keyed,
    logger: new RecordingLogger(),
    ...extra,
  });

/** Rewrites the published entry's archive with `junk` zero bytes in an entry before its end marker, and its manifest to vouch for it. */
async function plantJunk(key: string, junk: number): Promise<void> {
  const id = keyedId(key);
  const dir = path.join(store.dir, KEYED_DIR, id);
  const entry = new DirStore(dir);
  const m = await entry.getManifest(id);
  const tarred = gunzipSync(readFileSync(path.join(dir, m.archive.file)));
  writeFileSync(path.join(work, 'junk'), Buffer.alloc(junk));
  const junkTar = execFileSync('tar', ['-c', '-f', '-', '-C', work, 'junk'], { maxBuffer: 256 << 20 });
  const archive = gzipSync(Buffer.concat([tarred.subarray(0, tarred.length - 1024), junkTar]), { level: 9 });
  writeFileSync(path.join(dir, m.archive.file), archive);
  m.archive = {
    ...m.archive,
    sha256: createHash('sha256').update(archive).digest('hex'),
    size: archive.length,
  };
  rmSync(path.join(dir, `${id}.manifest.json`));
  writeFileSync(path.join(dir, `${id}.manifest.json`), encodeManifest(m).stored);
}

it("refuses a keyed archive holding an entry its entry's manifest does not list, before reading it through", async () => {
  const first = await save('run1-build');
  const key = first.keyed![0]!.key;
  await plantJunk(key, 64 << 20);
  // Run 2: the entry is taken (its files match the workspace's), its planted archive recorded.
  const second = await save('run2-build');
  expect(second.keyed).toEqual([expect.objectContaining({ path: 'node_modules', outcome: 'taken' })]);
  rmSync(path.join(ws, 'node_modules'), { recursive: true });
  const before = await treeDigest(ws);
  await expect(restoreCheckpoint({ store, checkpoint: 'run2-build', dest: ws })).rejects.toThrow(
    /is damaged: the archive holds more than the \d+ bytes its manifest accounts for/,
  );
  expect(await treeDigest(ws)).toBe(before);
  // validate reads it as a restore does
  expect((await validateCheckpoint(store, 'run2-build')).problems.join()).toMatch(
    /its manifest accounts for/,
  );
});

/** The checkpoint's manifest as the previous version wrote it: its keyed refs without their archives' bound. */
async function asOlderCheckpoint(id: string): Promise<void> {
  const m = await store.getManifest(id);
  const file = path.join(store.dir, `${id}.manifest.json`);
  rmSync(file);
  writeFileSync(file, encodeManifest({ ...m, keyed: m.keyed!.map(({ tarBytes: _, ...ref }) => ref) }).stored);
}

it("the save records the keyed archive's bound: a restore needs no entry manifest, and one evicted costs nothing", async () => {
  const first = await save('run1-build');
  await save('run2-build');
  expect((await store.getManifest('run2-build')).keyed![0]!.tarBytes).toBeGreaterThan(0);
  const id = keyedId(first.keyed![0]!.key);
  rmSync(path.join(store.dir, KEYED_DIR, id, `${id}.manifest.json`));
  const digest = await treeDigest(ws);
  rmSync(path.join(ws, 'node_modules'), { recursive: true });
  await restoreCheckpoint({ store, checkpoint: 'run2-build', dest: ws });
  expect(await treeDigest(ws)).toBe(digest);
});

it('an older checkpoint whose entry manifest is not the one it recorded is refused (its archive has no bound then)', async () => {
  const first = await save('run1-build');
  const key = first.keyed![0]!.key;
  await save('run2-build');
  await asOlderCheckpoint('run2-build');
  // The archive stays the recorded one; the manifest beside it is rewritten.
  const id = keyedId(key);
  const file = path.join(store.dir, KEYED_DIR, id, `${id}.manifest.json`);
  const m = await new DirStore(path.dirname(file)).getManifest(id);
  rmSync(file);
  writeFileSync(file, encodeManifest({ ...m, createdAt: '2020-01-01T00:00:00.000Z' }).stored);
  rmSync(path.join(ws, 'node_modules'), { recursive: true });
  const before = await treeDigest(ws);
  await expect(restoreCheckpoint({ store, checkpoint: 'run2-build', dest: ws })).rejects.toThrow(
    /keyed entry \S+ in dir:\S+ holds another manifest than the one checkpoint 'run2-build' recorded/,
  );
  expect(await treeDigest(ws)).toBe(before);
});

it('an incremental that changed and removed files of a taken keyed path still restores (the bound is the entry manifest)', async () => {
  await save('run1-build');
  await save('run2-build');
  // Bigger before than after, and one gone: the entry's archive holds bytes the new manifest no longer lists.
  writeFileSync(path.join(ws, 'node_modules/pkg1/f1.js'), 'small\n');
  rmSync(path.join(ws, 'node_modules/pkg2'), { recursive: true });
  const incr = await save('run2-incr', { parent: 'run2-build' });
  expect(incr.manifest.entries.some((e) => e.from?.startsWith('ci-recovery-keyed-'))).toBe(true);
  const digest = await treeDigest(ws);
  rmSync(path.join(ws, 'node_modules'), { recursive: true });
  await restoreCheckpoint({ store, checkpoint: 'run2-incr', dest: ws });
  expect(await treeDigest(ws)).toBe(digest);
});
