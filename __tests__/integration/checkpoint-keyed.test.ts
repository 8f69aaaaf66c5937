/**
 * Keyed paths through the real save and restore with a directory store (its keyed entries beside it):
 * the first save packs node_modules and publishes it under the lockfile's key; the next save with the same
 * lockfile does not pack it and records the entry; a restore brings it back byte for byte; a changed
 * lockfile packs again; a swapped entry is refused with the workspace untouched; a publisher that fails
 * never fails the checkpoint.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  cleanupCheckpoints,
  DirStore,
  lookupCheckpoint,
  restoreCheckpoint,
  saveCheckpoint,
  treeDigest,
} from '../../src/checkpoint/adapters/index.js';
import { KEYED_DIR, keyedStoreFor } from '../../src/checkpoint/adapters/keyed-store.js';
import type { SaveOptions, SaveResult } from '../../src/checkpoint/index.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import type { KeyedEntryStore } from '../../src/checkpoint/index.js';
import { MemoryStore } from '../../src/checkpoint/index.js';
import { keyedId } from '../../src/checkpoint/index.js';

let work: string;
let ws: string;
let store: DirStore;
const keyed = [{ path: 'node_modules', hashFiles: ['package-lock.json'] }];
const meta = (stage: string, attempt = 1) => ({ stage, job: 'build', runId: '7', attempt });

/** A small node_modules: packages with files of a few sizes, an executable, a link, a dotfile. */
function install(dir: string, version = '1'): void {
  writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, version }));
  for (let p = 0; p < 12; p++) {
    const pkg = path.join(dir, 'node_modules', `pkg${p}`, 'lib');
    mkdirSync(pkg, { recursive: true });
    for (let f = 0; f < 8; f++)
      writeFileSync(path.join(pkg, `f${f}.js`), `// ${version} ${p} ${f}\n`.repeat(200 * (f + 1)));
  }
  mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync('../pkg0/lib/f0.js', path.join(dir, 'node_modules/.bin/tool'));
  chmodSync(path.join(dir, 'node_modules/pkg0/lib/f0.js'), 0o755);
  writeFileSync(path.join(dir, 'node_modules/.package-lock.json'), `{"v":"${version}"}`);
}

/** The names inside a (gzip) archive of the store. */
function archiveNames(m: { archive: { file: string } }): string[] {
  return execFileSync('tar', ['-tzf', path.join(store.dir, m.archive.file)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
}

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'ckpt-keyed-'));
  ws = path.join(work, 'ws');
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/app.js'), 'console.log(1)\n');
  store = new DirStore(path.join(work, 'store'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const save = (id: string, extra: Partial<SaveOptions> & { reuse?: undefined } = {}): Promise<SaveResult> =>
  saveCheckpoint({
    store,
    workspace: ws,
    paths: ['src', 'node_modules'],
    id,
    meta: meta('build'),
    compression: 'gzip',
    keyed,
    logger: new RecordingLogger(),
    ...extra,
  });

describe('keyed paths', () => {
  it('packs the path once, into its entry, then takes it from there; a restore brings it back exactly', async () => {
    install(ws);
    const plain = await save('run1-plain', { keyed: [] });
    expect(archiveNames(plain.manifest).some((n) => n.startsWith('node_modules/pkg'))).toBe(true);
    const first = await save('run1-build');
    expect(first.keyed).toEqual([expect.objectContaining({ path: 'node_modules', outcome: 'published' })]);
    const key = first.keyed![0]!.key;
    expect(readdirSync(path.join(store.dir, KEYED_DIR))).toEqual([keyedId(key)]);
    // Published first, then taken from the new entry: the checkpoint itself does not hold it.
    expect(archiveNames(first.manifest).filter((n) => n.startsWith('node_modules'))).toEqual([]);
    expect(first.manifest.keyed?.map((r) => r.key)).toEqual([key]);

    // Run 2: a fresh workspace, the same lockfile, the same install.
    rmSync(ws, { recursive: true });
    mkdirSync(path.join(ws, 'src'), { recursive: true });
    writeFileSync(path.join(ws, 'src/app.js'), 'console.log(1)\n');
    install(ws);
    const second = await save('run2-build', { meta: meta('build', 1) });
    expect(second.keyed).toEqual([{ path: 'node_modules', key, outcome: 'taken' }]);
    expect(archiveNames(second.manifest).filter((n) => n.startsWith('node_modules'))).toEqual([]);
    expect(second.storedBytes).toBeLessThan(plain.storedBytes / 10);
    expect(second.manifest.archive.size).toBeLessThan(plain.manifest.archive.size / 5);
    expect(second.manifest.keyed).toEqual([
      expect.objectContaining({ path: 'node_modules', key, id: keyedId(key) }),
    ]);
    const digest = await treeDigest(ws);

    // A resume on a new machine: nothing there but the checkout.
    rmSync(path.join(ws, 'node_modules'), { recursive: true });
    const r = await restoreCheckpoint({ store, checkpoint: 'run2-build', dest: ws });
    expect(r.restored).toBe(true);
    expect(await treeDigest(ws)).toEqual(digest);
    expect(readFileSync(path.join(ws, 'node_modules/pkg3/lib/f2.js'), 'utf8')).toContain('// 1 3 2');
  });

  it('packs again, into a new entry, when the lockfile changes', async () => {
    install(ws);
    const first = await save('a');
    rmSync(path.join(ws, 'node_modules'), { recursive: true });
    install(ws, '2');
    const second = await save('b');
    expect(second.keyed).toEqual([expect.objectContaining({ outcome: 'published' })]);
    expect(second.keyed![0]!.key).not.toBe(first.keyed![0]!.key);
    expect(readdirSync(path.join(store.dir, KEYED_DIR)).sort()).toEqual(
      [keyedId(first.keyed![0]!.key), keyedId(second.keyed![0]!.key)].sort(),
    );
    rmSync(path.join(ws, 'node_modules'), { recursive: true });
    await restoreCheckpoint({ store, checkpoint: 'b', dest: ws });
    expect(readFileSync(path.join(ws, 'node_modules/pkg3/lib/f2.js'), 'utf8')).toContain('// 2 3 2');
  });

  it('packs a path that differs from its entry (an install changed a file) and takes nothing from it', async () => {
    install(ws);
    await save('a');
    writeFileSync(path.join(ws, 'node_modules/pkg1/lib/f1.js'), 'patched');
    const second = await save('b');
    expect(second.keyed).toEqual([expect.objectContaining({ outcome: 'packed' })]);
    expect(second.manifest.keyed).toBeUndefined();
    expect(archiveNames(second.manifest)).toContain('node_modules/pkg1/lib/f1.js');
  });

  it('an entry this save did not publish, nor its parent record, is taken only when every file matches by content', async () => {
    install(ws);
    const first = await save('a');
    expect(first.keyed).toEqual([expect.objectContaining({ outcome: 'published' })]);
    // What a planted entry of the same sizes is to the workspace: files that differ only in content.
    // A stat comparison passed it, and the checkpoint recorded the entry's files as the workspace's.
    const file = path.join(ws, 'node_modules/pkg1/lib/f1.js');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('// 1 1 1', '// X 1 1'));
    const next = await save('b');
    expect(next.keyed).toEqual([expect.objectContaining({ outcome: 'packed' })]);
    expect(archiveNames(next.manifest)).toContain('node_modules/pkg1/lib/f1.js');
    expect(next.manifest.entries.find((e) => e.path === 'node_modules/pkg1/lib/f1.js')?.from).toBe('b');
    // The same content: taken from the entry, by content.
    writeFileSync(file, text);
    const same = await save('c');
    expect(same.keyed).toEqual([expect.objectContaining({ outcome: 'taken' })]);
    expect(archiveNames(same.manifest).filter((n) => n.startsWith('node_modules'))).toEqual([]);
  });

  it('cleanup deletes the entries no remaining checkpoint takes from and no save used within the retention', async () => {
    install(ws);
    const a = await save('a');
    rmSync(path.join(ws, 'node_modules'), { recursive: true });
    install(ws, '2');
    const b = await save('b');
    const [entryA, entryB] = [a, b].map((r) => keyedId(r.keyed![0]!.key));
    const entries = path.join(store.dir, KEYED_DIR);
    // Ten days on: checkpoint 'a' expires; no save looked either entry up since; a stray directory and
    // a link named like an entry (pointing out of the store) lie beside them.
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
    const manifestA = path.join(store.dir, 'a.manifest.json');
    const m = JSON.parse(readFileSync(manifestA, 'utf8')) as { createdAt: string };
    writeFileSync(manifestA, JSON.stringify({ ...m, createdAt: tenDaysAgo.toISOString() }));
    const outside = path.join(work, 'outside');
    mkdirSync(outside);
    symlinkSync(outside, path.join(entries, keyedId('planted')));
    mkdirSync(path.join(entries, 'not-an-entry'));
    for (const name of [entryA!, entryB!, 'not-an-entry'])
      utimesSync(path.join(entries, name), tenDaysAgo, tenDaysAgo);

    const dry = await cleanupCheckpoints(store, { retentionDays: 7, dryRun: true });
    expect(dry).toMatchObject({ deleted: ['a'], keyedEntries: [entryA] });
    expect(readdirSync(entries)).toContain(entryA);
    const done = await cleanupCheckpoints(store, { retentionDays: 7 });
    expect(done.keyedEntries).toEqual([entryA]);
    expect(readdirSync(entries).sort()).toEqual([entryB, keyedId('planted'), 'not-an-entry'].sort());
    expect(readdirSync(outside)).toEqual([]);
    // 'b' still restores from its entry.
    rmSync(path.join(ws, 'node_modules'), { recursive: true });
    await restoreCheckpoint({ store, checkpoint: 'b', dest: ws });
    expect(readFileSync(path.join(ws, 'node_modules/pkg3/lib/f2.js'), 'utf8')).toContain('// 2 3 2');
  });

  it('cleanup keeps an entry a save looked up within the retention, though no checkpoint names it', async () => {
    install(ws);
    const a = await save('a');
    const entry = keyedId(a.keyed![0]!.key);
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
    const manifestA = path.join(store.dir, 'a.manifest.json');
    const m = JSON.parse(readFileSync(manifestA, 'utf8')) as { createdAt: string };
    writeFileSync(manifestA, JSON.stringify({ ...m, createdAt: tenDaysAgo.toISOString() }));
    utimesSync(path.join(store.dir, KEYED_DIR, entry), tenDaysAgo, tenDaysAgo);
    // A save (of any job using this store) looks the entry up: that is its use.
    expect(await keyedStoreFor(store)!.findManifest(a.keyed![0]!.key, entry)).toBeDefined();

    const done = await cleanupCheckpoints(store, { retentionDays: 7 });
    expect(done).toMatchObject({ deleted: ['a'], keyedEntries: [] });
    expect(readdirSync(path.join(store.dir, KEYED_DIR))).toEqual([entry]);
  });

  it('a lookup-only restore says a checkpoint is not usable once its keyed entry is gone or replaced', async () => {
    install(ws);
    const { manifest } = await save('a');
    expect(await lookupCheckpoint(store, manifest)).toEqual({ usable: true });
    const entry = path.join(store.dir, KEYED_DIR, manifest.keyed![0]!.id);
    const manifestFile = path.join(entry, `${manifest.keyed![0]!.id}.manifest.json`);
    const text = readFileSync(manifestFile, 'utf8');
    // Published again since (another save after an eviction): not the entry this checkpoint read.
    writeFileSync(
      manifestFile,
      text.replace(/"createdAt":"[^"]+"/, '"createdAt":"2020-01-01T00:00:00.000Z"'),
    );
    expect(await lookupCheckpoint(store, manifest)).toEqual({
      usable: false,
      problem: expect.stringMatching(
        /keyed entry ci-recovery-keyed-.* is not the one the checkpoint took files from/,
      ),
    });
    rmSync(entry, { recursive: true });
    expect(await lookupCheckpoint(store, manifest)).toEqual({
      usable: false,
      problem: expect.stringMatching(/keyed entry ci-recovery-keyed-.* is no longer in dir:/),
    });
  });

  it('refuses a swapped entry: the restore fails and leaves the workspace as it was', async () => {
    install(ws);
    const first = await save('a');
    await save('b');
    // Swap the entry's archive for another one (another lockfile's node_modules).
    const other = path.join(work, 'other');
    mkdirSync(other);
    install(other, '9');
    const otherStore = new DirStore(path.join(work, 'other-store'));
    const o = await saveCheckpoint({
      store: otherStore,
      workspace: other,
      paths: ['node_modules'],
      id: keyedId(first.keyed![0]!.key),
      meta: meta('x'),
      compression: 'gzip',
      full: true,
    });
    cpSync(
      path.join(otherStore.dir, o.manifest.archive.file),
      path.join(store.dir, KEYED_DIR, o.manifest.id, o.manifest.archive.file),
    );
    rmSync(path.join(ws, 'node_modules'), { recursive: true });
    writeFileSync(path.join(ws, 'src/app.js'), 'changed since');
    const before = await treeDigest(ws);
    await expect(restoreCheckpoint({ store, checkpoint: 'b', dest: ws })).rejects.toThrow(
      // The entry's archive digest, recorded in 'b', refuses it (verify: full would hash its files too).
      /ci-recovery-keyed-.*has sha256 .* but its manifest says .*tampered with.*the workspace was not changed/s,
    );
    expect(await treeDigest(ws)).toEqual(before);
  });

  it('saves the checkpoint when publishing fails, and says so', async () => {
    install(ws);
    const failing: KeyedEntryStore = {
      spec: 'broken',
      findManifest: () => Promise.resolve(undefined),
      publisher: () => {
        const broken = new MemoryStore();
        // As a real store does: what it cannot take, it stops reading.
        broken.putArchive = (_file, data) => {
          data.destroy();
          return Promise.reject(new Error('cache service answered 500'));
        };
        return broken;
      },
      fetchArchive: () => Promise.reject(new Error('unreachable')),
    };
    const log = new RecordingLogger();
    const saved = await save('a', { keyedStore: failing, logger: log });
    expect(saved.keyed).toEqual([expect.objectContaining({ outcome: 'not-published' })]);
    expect(log.messages('warning').join('\n')).toMatch(
      /could not publish 'node_modules'.*cache service answered 500.*saved all the same/,
    );
    const r = await restoreCheckpoint({
      store,
      checkpoint: 'a',
      dest: path.join(ws, 'restored'),
      workspace: ws,
      destOutsideWorkspace: true,
    });
    expect(r.files).toBeGreaterThan(90);
  });

  it('tries a publication once per job: a refusing cache service never costs every checkpoint a second packing', async () => {
    install(ws);
    let tries = 0;
    const refusing: KeyedEntryStore = {
      spec: 'refusing',
      findManifest: () => Promise.resolve(undefined),
      publisher: () => {
        tries++;
        const broken = new MemoryStore();
        broken.putArchive = (_file, data) => {
          data.destroy();
          return Promise.reject(new Error('403 read-only token'));
        };
        return broken;
      },
      fetchArchive: () => Promise.reject(new Error('unreachable')),
    };
    const manifestCache = path.join(work, 'job-manifests');
    const first = await save('a', { keyedStore: refusing, manifestCache });
    writeFileSync(path.join(ws, 'src/app.js'), 'console.log(2)\n');
    const second = await save('b', { keyedStore: refusing, manifestCache, parent: 'a' });
    expect([first.keyed![0]!.outcome, second.keyed![0]!.outcome]).toEqual(['not-published', 'not-published']);
    expect(tries).toBe(1);
  });

  it('packs the path when the lookup fails, with a warning', async () => {
    install(ws);
    const failing: KeyedEntryStore = {
      spec: 'broken',
      findManifest: () => Promise.reject(new Error('lookup timed out')),
      publisher: () => new MemoryStore(),
      fetchArchive: () => Promise.reject(new Error('unreachable')),
    };
    const log = new RecordingLogger();
    const saved = await save('a', { keyedStore: failing, logger: log });
    expect(saved.keyed).toEqual([]);
    expect(log.messages('warning').join('\n')).toMatch(/'node_modules' is packed in full.*lookup timed out/);
    expect(archiveNames(saved.manifest)).toContain('node_modules/pkg1/lib/f1.js');
  });

  it('warns, naming the key and the fix, when hash-files match nothing', async () => {
    install(ws);
    const log = new RecordingLogger();
    await save('a', { keyed: [{ path: 'node_modules', hashFiles: ['yarn.lock'] }], logger: log });
    expect(log.messages('warning').join('\n')).toMatch(
      /checkpoint.keyed 'node_modules': hash-files 'yarn.lock' match no file.*packed into every checkpoint/,
    );
  });
});
