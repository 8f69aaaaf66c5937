/**
 * A save encodes its manifest's entries as soon as the walk is over, while the archive is still being
 * stored: only the few fields before them (the archive's digest among them) are left for after. Real scan,
 * tar, zstd and a directory store whose archive upload waits on a gate.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { restoreCheckpoint, saveCheckpoint } from '../../src/checkpoint/adapters/index.js';
import type { RecyclingSource } from '../../src/checkpoint/adapters/compress.js';
import { DirStore } from '../../src/checkpoint/adapters/store.js';
import { encodeManifest, parseManifest } from '../../src/checkpoint/index.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';
import { GatedStore } from '../gated-store.js';

const META = { stage: 'build', job: 'build', runId: '9', attempt: 1 };

let tmp: string;
let ws: string;
let dir: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'manifest-early-'));
  ws = path.join(tmp, 'ws');
  dir = path.join(tmp, 'store');
  mkdirSync(path.join(ws, 'out/sub'), { recursive: true });
  for (let i = 0; i < 40; i++) writeFileSync(path.join(ws, `out/sub/f${i}.txt`), `file ${i}\n`);
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Saves `id` on `parent` through a gated store; returns whether the entries were encoded before the gate opened. */
async function gatedSave(id: string, parent?: string): Promise<{ early: boolean; logger: RecordingLogger }> {
  const store = new GatedStore(dir);
  const logger = new RecordingLogger();
  let early = false;
  const saving = saveCheckpoint({
    store,
    workspace: ws,
    paths: ['out'],
    id,
    meta: META,
    logger,
    manifestCache: path.join(tmp, 'cache'),
    ...(parent ? { parent } : {}),
    // Every file is read; the archive's upload has not started (the gate holds it).
    onPacked: () =>
      setImmediate(() => {
        early = logger.messages('debug').some((m) => m.includes(`${id}: manifest entries encoded`));
        store.open();
      }),
  });
  await saving;
  return { early, logger };
}

test("a save's manifest entries are encoded while its archive is still being stored, and the stored manifest is what one encoding makes", async () => {
  const full = await gatedSave('full');
  expect(full.early).toBe(true);
  writeFileSync(path.join(ws, 'out/sub/f3.txt'), 'changed\n');
  writeFileSync(path.join(ws, 'out/new.txt'), 'new\n');
  const inc = await gatedSave('inc', 'full');
  expect(inc.early).toBe(true);
  const debug = inc.logger.messages('debug');
  const encodedAt = debug.findIndex((m) => m.includes('manifest entries encoded'));
  const storedAt = debug.findIndex((m) => m.includes('archive stored at'));
  expect(encodedAt).toBeGreaterThanOrEqual(0);
  expect(encodedAt).toBeLessThan(storedAt);

  // The bytes stored are those of the manifest encoded whole, at once.
  const text = await readFile(path.join(dir, 'inc.manifest.json'), 'utf8');
  const m = parseManifest(text, 'inc');
  expect(encodeManifest(m).stored.toString()).toBe(text);
  expect(m.changed.sort()).toEqual(['out/new.txt', 'out/sub/f3.txt']);
  const dest = path.join(tmp, 'dest');
  mkdirSync(dest);
  await restoreCheckpoint({ store: new DirStore(dir), checkpoint: 'inc', dest, workspace: dest });
  expect(await readFile(path.join(dest, 'out/sub/f3.txt'), 'utf8')).toBe('changed\n');
  expect(await readFile(path.join(dest, 'out/sub/f7.txt'), 'utf8')).toBe('file 7\n');
});

test("a save's manifest entries wait for its stage's command to start (what onPacked returned), and it stores the same archive and entries", async () => {
  const logger = new RecordingLogger();
  const encoded = (): boolean =>
    logger.messages('debug').some((m) => m.includes('held: manifest entries encoded'));
  let encodedBeforeStart: boolean | undefined;
  let told!: () => void;
  const packed = new Promise<void>((resolve) => (told = resolve));
  // What run/ does once told: a few file operations (its script, its file-command files), then the spawn.
  const commandStarted = packed.then(async () => {
    await mkdir(path.join(tmp, 'attempt-1'));
    await writeFile(path.join(tmp, 'attempt-1/script.sh'), 'true\n');
    encodedBeforeStart = encoded();
  });
  let settled = false;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const saving = saveCheckpoint({
    store: new DirStore(dir),
    workspace: ws,
    paths: ['out'],
    id: 'held',
    meta: META,
    logger,
    onPacked: () => (told(), commandStarted.then(() => held)),
  }).finally(() => (settled = true));
  await commandStarted;
  expect(encodedBeforeStart).toBe(false);
  // Not committed while its encoding waits: the archive may be stored, the manifest is not.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(settled).toBe(false);
  expect(existsSync(path.join(dir, 'held.manifest.json'))).toBe(false);
  release();
  const held1 = await saving;
  expect(encoded()).toBe(true);

  const plain = await saveCheckpoint({
    store: new DirStore(dir),
    workspace: ws,
    paths: ['out'],
    id: 'plain',
    meta: META,
  });
  const bytes = (f: string): Promise<Buffer> => readFile(path.join(dir, f));
  expect(await bytes(held1.manifest.archive.file)).toEqual(await bytes(plain.manifest.archive.file));
  const entries = (id: string) =>
    readFile(path.join(dir, `${id}.manifest.json`), 'utf8').then((t) =>
      parseManifest(t, id).entries.map((e) => ({ ...e, from: e.from === id ? 'self' : e.from })),
    );
  expect(await entries('held')).toEqual(await entries('plain'));
});

test('a save whose stage could not start (onPacked rejected) still completes', async () => {
  const saved = await saveCheckpoint({
    store: new DirStore(dir),
    workspace: ws,
    paths: ['out'],
    id: 'nostart',
    meta: META,
    onPacked: () => Promise.reject(new Error('no such working directory')),
  });
  expect(saved.manifest.entries.filter((e) => e.type === 'file')).toHaveLength(40);
  expect(existsSync(path.join(dir, 'nostart.manifest.json'))).toBe(true);
});

test('a save whose archive failed while its stage was starting encodes no entries for it', async () => {
  // The archive's bytes all go out, then its finalize is refused: the walk is over by then.
  class FailingStore extends DirStore {
    override async putArchive(file: string, data: RecyclingSource): Promise<never> {
      await super.putArchive(file, data);
      throw new Error('upload refused');
    }
  }
  const logger = new RecordingLogger();
  let release!: () => void;
  const started = new Promise<void>((resolve) => (release = resolve));
  const saving = saveCheckpoint({
    store: new FailingStore(dir),
    workspace: ws,
    paths: ['out'],
    id: 'failed',
    meta: META,
    logger,
    onPacked: () => started,
  });
  await expect(saving).rejects.toThrow('upload refused');
  // The stage's command starts after the save gave up: the entries' encoding is work nothing reads.
  release();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(logger.messages('debug').some((m) => m.includes('failed: manifest entries encoded'))).toBe(false);
});
