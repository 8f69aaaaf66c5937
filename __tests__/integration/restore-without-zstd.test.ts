/**
 * A restore on a runner without the `zstd` binary decompresses in node: a gzip checkpoint (what a save makes
 * there) through zlib, a zstd one through Node's own zstd where this Node has it (≥ 22.15). Either
 * decompressor, started early and stopped (nothing to write, a download that failed to open), settles: on
 * the old code the restore waited for good. This file's PATH lacks zstd from the start (its lookup is kept
 * for the process); the zstd checkpoint is saved with it back, as on a hosted runner.
 */
import {
  createReadStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  DirStore,
  restoreCheckpoint,
  saveCheckpoint,
  treeDigest,
} from '../../src/checkpoint/adapters/index.js';
import type { CheckpointMeta, CheckpointStore } from '../../src/checkpoint/index.js';
import type { Compression } from '../../src/checkpoint/core/index.js';

const meta: CheckpointMeta = { stage: 'build', job: 'test', runId: '42', attempt: 1, completedStages: [] };
const fullPath = process.env.PATH ?? '';
const nodeHasZstd =
  typeof (process.getBuiltinModule('node:zlib') as { createZstdDecompress?: unknown })
    .createZstdDecompress === 'function';
let tmp: string;
let ws: string;
let storeDir: string;
let noZstdPath: string;

/** PATH's programs, each linked into one directory, all but zstd. */
function pathWithoutZstd(bin: string): string {
  mkdirSync(bin);
  for (const dir of fullPath.split(path.delimiter).filter(Boolean).reverse()) {
    // a PATH entry that is missing or unreadable has nothing to link
    const names = (() => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    })();
    for (const name of names) {
      if (name === 'zstd') continue;
      rmSync(path.join(bin, name), { force: true });
      symlinkSync(path.join(dir, name), path.join(bin, name));
    }
  }
  return bin;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'restore-nozstd-'));
  noZstdPath = pathWithoutZstd(path.join(tmp, 'bin'));
  process.env.PATH = noZstdPath;
});
afterAll(() => {
  process.env.PATH = fullPath;
  rmSync(tmp, { recursive: true, force: true });
});

beforeEach(() => {
  const run = mkdtempSync(path.join(tmp, 'run-'));
  ws = path.join(run, 'ws');
  storeDir = path.join(run, 'store');
  for (let d = 0; d < 3; d++) {
    mkdirSync(path.join(ws, `pkg${d}`), { recursive: true });
    for (let i = 0; i < 10; i++)
      writeFileSync(path.join(ws, `pkg${d}/f${i}.js`), `module.exports = ${d * 10 + i};\n`);
  }
});

/** Saves checkpoint `id` of `ws`: gzip as this PATH makes it, zstd through the binary (PATH given back for it). */
async function save(id: string, compression: Compression): Promise<void> {
  const store = new DirStore(storeDir);
  if (compression === 'gzip') {
    await saveCheckpoint({ store, workspace: ws, paths: ['.'], id, meta });
    return;
  }
  process.env.PATH = fullPath;
  try {
    await saveCheckpoint({ store, workspace: ws, paths: ['.'], id, meta, compression });
  } finally {
    process.env.PATH = noZstdPath;
  }
}

/** The directory store read as a remote one: each archive downloaded, none read in place. */
function remote(getArchive?: (file: string) => Promise<Readable>): CheckpointStore {
  return Object.assign(Object.create(new DirStore(storeDir)) as CheckpointStore, {
    archivePath: undefined,
    getArchive:
      getArchive ?? ((file: string) => Promise.resolve(createReadStream(path.join(storeDir, file)))),
  });
}

const restore = (store: CheckpointStore, id: string, dest: string) =>
  restoreCheckpoint({ store, checkpoint: id, dest, journalDir: path.join(tmp, 'journals') });

test('without zstd on PATH a save makes a gzip checkpoint', async () => {
  await save('g1', 'gzip');
  const r = await restore(remote(), 'g1', path.join(tmp, 'first'));
  expect(r.manifest.archive.compression).toBe('gzip');
  expect(await treeDigest(path.join(tmp, 'first'))).toBe(await treeDigest(ws));
}, 10_000);

// 10 s each: a restore that never settles fails fast.
describe.each<Compression>(['gzip', 'zstd'])(
  'a %s checkpoint restored without the zstd binary',
  (compression) => {
    // Which decompressor runs: zlib for gzip; Node's own zstd where it has one, else none (the restore says
    // to install zstd). Asserted, never skipped.
    const inNode = compression === 'gzip' || nodeHasZstd;

    test('onto a destination that already matches: nothing is written, and it succeeds', async () => {
      await save('c1', compression);
      const asked: string[] = [];
      const result = await restore(
        remote((file) => (asked.push(file), Promise.reject(new Error('not to be read')))),
        'c1',
        ws,
      );
      expect(result.manifest.archive.compression).toBe(compression);
      expect(result.restored).toBe(true);
      expect(result.changes.unchanged).toBe(33); // 30 files, 3 directories
      expect(asked).toEqual([]);
    }, 10_000);

    test("whose download fails to open: the store's error, not the stopped decompressor's", async () => {
      await save('c1', compression);
      const dest = path.join(tmp, `dest-${compression}`);
      const failing = restore(
        remote(() => Promise.reject(new Error('read ECONNRESET'))),
        'c1',
        dest,
      );
      if (inNode)
        await expect(failing).rejects.toThrow(
          /could not be restored: read ECONNRESET; the workspace was not changed/,
        );
      else await expect(failing).rejects.toThrow(/no 'zstd' on PATH and a Node without zstd .*install zstd/);
      // Where it decompresses, a restore that can download restores the same tree.
      if (inNode) {
        await restore(remote(), 'c1', dest);
        expect(await treeDigest(dest)).toBe(await treeDigest(ws));
      }
    }, 10_000);
  },
);
