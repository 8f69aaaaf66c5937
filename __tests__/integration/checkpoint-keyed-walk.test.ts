/**
 * What a faster walk of a keyed path must keep: compared by content, a file that differs anywhere (early
 * in the walk or last, small or larger than the hasher's buffer) packs the path, and the same tree is
 * taken; a change under the path between two stages of a job, made in place with its size and mtime put
 * back, is still caught by the next stage's checkpoint, which compares the path with its parent's.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirStore, saveCheckpoint } from '../../src/checkpoint/adapters/index.js';
import type { SaveOptions, SaveResult } from '../../src/checkpoint/index.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';

let work: string;
let ws: string;
let store: DirStore;
const keyed = [{ path: 'node_modules', hashFiles: ['package-lock.json'] }];

/** 40 packages of 10 files, and one file larger than the hasher's 1 MiB buffer. */
function install(dir: string): void {
  writeFileSync(path.join(dir, 'package-lock.json'), '{"lockfileVersion":3}');
  for (let p = 0; p < 40; p++) {
    const lib = path.join(dir, 'node_modules', `pkg${String(p).padStart(2, '0')}`);
    mkdirSync(lib, { recursive: true });
    for (let f = 0; f < 10; f++) writeFileSync(path.join(lib, `f${f}.js`), `// ${p} ${f}\n`.repeat(50 + f));
  }
  writeFileSync(path.join(dir, 'node_modules/pkg00/big.bin'), Buffer.alloc(3 << 20, 7));
}

/** Rewrites `file` in place with other bytes of the same size, and puts its mtime back. */
function tamper(file: string): void {
  const before = statSync(file);
  const text = readFileSync(file);
  text[0] = text[0] === 0x41 ? 0x42 : 0x41;
  writeFileSync(file, text);
  utimesSync(file, before.atime, before.mtime);
}

const names = (r: SaveResult): string[] =>
  execFileSync('tar', ['-tzf', path.join(store.dir, r.manifest.archive.file)], { encoding: 'utf8' })
    .split('\n')
    .filter((n) => n.startsWith('node_modules/'));

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'ckpt-keyed-walk-'));
  ws = path.join(work, 'ws');
  mkdirSync(ws);
  store = new DirStore(path.join(work, 'store'));
  install(ws);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const save = (id: string, extra: Partial<SaveOptions> & { reuse?: undefined } = {}): Promise<SaveResult> =>
  saveCheckpoint({
    store,
    workspace: ws,
    paths: ['node_modules'],
    id,
    meta: { stage: id, job: 'build', runId: '8', attempt: 1 },
    compression: 'gzip',
    keyed,
    manifestCache: path.join(work, `cache-${id.split('-')[0]}`),
    logger: new RecordingLogger(),
    ...extra,
  });

it('compares by content: a file that differs last in the walk or larger than the buffer packs the path', async () => {
  expect((await save('pub-build')).keyed).toEqual([expect.objectContaining({ outcome: 'published' })]);
  // Another job's save: the entry is not its own, so every file is compared by content.
  expect((await save('job1-build')).keyed).toEqual([expect.objectContaining({ outcome: 'taken' })]);
  for (const file of ['node_modules/pkg39/f9.js', 'node_modules/pkg00/big.bin']) {
    const original = readFileSync(path.join(ws, file));
    tamper(path.join(ws, file));
    const id = `job-${file.replace(/\W/g, '')}`;
    const differs = await save(id);
    expect(differs.keyed).toEqual([expect.objectContaining({ outcome: 'packed' })]);
    expect(names(differs)).toContain(file);
    writeFileSync(path.join(ws, file), original);
  }
});

it("catches a change made in place between two stages, its size and mtime put back, in the next stage's checkpoint", async () => {
  await save('pub-build');
  const build = await save('job2-build');
  expect(build.keyed).toEqual([expect.objectContaining({ outcome: 'taken' })]);
  const file = 'node_modules/pkg17/f3.js';
  tamper(path.join(ws, file));
  const test = await save('job2-test', { parent: build.manifest.id });
  expect(test.manifest.kind).toBe('incremental');
  expect(test.manifest.changed).toContain(file);
  expect(names(test)).toEqual([file]);
  const entry = test.manifest.entries.find((e) => e.path === file);
  expect(entry?.from).toBe('job2-test');
});

it('names the first file in walk order that differs, however the hashing threads finish', async () => {
  await save('pub-build');
  // An early file, hashed after the 3 MiB one in the first batch, and a late one in a later batch.
  const early = 'node_modules/pkg02/f1.js';
  const late = 'node_modules/pkg36/f2.js';
  for (const file of [early, late]) tamper(path.join(ws, file));
  for (let round = 0; round < 3; round++) {
    const logger = new RecordingLogger();
    expect((await save(`job${round}-build`, { logger })).keyed).toEqual([
      expect.objectContaining({ outcome: 'packed' }),
    ]);
    const said = logger.records.map((r) => r.message).find((m) => m.includes('differs from its keyed entry'));
    expect(said).toContain(`the content of '${early}' differs`);
  }
});

describe('a stage that starts before the keyed files are hashed (onPacked)', () => {
  /** A 256 MiB file, sparse: hashing it takes long enough that the stage starts while it is read. */
  const big = 'node_modules/pkg01/big.data';
  const growBig = (): void => {
    writeFileSync(path.join(ws, big), '');
    truncateSync(path.join(ws, big), 256 << 20);
  };

  // Without a job directory to note a failure in, the keyed path is walked before the stage starts (no
  // walk beside it: checkpoint-keyed-beside), and only its files' contents are compared beside it.
  const noJobDir = { manifestCache: undefined } as unknown as { manifestCache: string };

  it('a keyed file the stage changes while it is compared fails the checkpoint; nothing is taken for it', async () => {
    growBig();
    await save('pub-build');
    let told = 0;
    const saving = save('job3-build', {
      ...noJobDir,
      // The stage's command, started on the save's word: it rewrites a keyed file in place, same size.
      onPacked: () => {
        told++;
        const fd = openSync(path.join(ws, big), 'r+');
        writeSync(fd, 'x', 0);
        closeSync(fd);
      },
    });
    await expect(saving).rejects.toThrow(
      `'${big}' changed while it was compared with the keyed entry), found once the stage had started`,
    );
    expect(told).toBe(1);
    await expect(store.getManifest('job3-build')).rejects.toThrow();
  });

  it('an entry of the same sizes and other content (planted) found once the stage started fails the checkpoint, never taken', async () => {
    growBig();
    await save('pub-build');
    const file = 'node_modules/pkg20/f4.js';
    tamper(path.join(ws, file));
    let told = 0;
    await expect(save('job4-build', { ...noJobDir, onPacked: () => told++ })).rejects.toThrow(
      `the content of '${file}' differs from the keyed entry's), found once the stage had started: nothing is taken`,
    );
    expect(told).toBe(1);
    await expect(store.getManifest('job4-build')).rejects.toThrow();
  });

  it('walked beside the stage, a planted entry is never taken: the path is packed as the walk met it', async () => {
    growBig();
    await save('pub-build');
    const file = 'node_modules/pkg20/f4.js';
    tamper(path.join(ws, file));
    // Older than the ctime margin by the stage's start (keyed-beside.ts): the stage did not write it.
    await new Promise((r) => setTimeout(r, 50));
    let told = 0;
    const r = await save('job4-build', { onPacked: () => told++ });
    expect(told).toBe(1);
    expect(r.keyed).toEqual([expect.objectContaining({ outcome: 'packed' })]);
    expect(names(r)).toContain(file);
    expect(r.manifest.entries.find((e) => e.path === file)?.from).toBe('job4-build');
  });

  it('a path that matches is taken, the stage told once', async () => {
    growBig();
    await save('pub-build');
    let told = 0;
    const r = await save('job5-build', { onPacked: () => told++ });
    expect(r.keyed).toEqual([expect.objectContaining({ outcome: 'taken' })]);
    expect(told).toBe(1);
  });
});
