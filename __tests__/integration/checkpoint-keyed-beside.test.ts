/**
 * A keyed path walked beside the stage's command (adapters/keyed-beside.ts): the stage starts once the rest
 * of the checkpoint is packed, and the keyed path is walked after. A command that writes, deletes, renames
 * or creates anything in it right after its start fails the checkpoint (nothing is saved, the job's log
 * says why in one line, and the job's next checkpoint walks the path before its stage), at both stages: the
 * comparison with the keyed entry before the build, and the incremental on its parent before the tests. A
 * command that leaves it alone gets the very manifest and archive the serial walk makes. Real files, real
 * `sh` commands, tar and gzip, in a tmp directory.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirStore, saveCheckpoint } from '../../src/checkpoint/adapters/index.js';
import { BesideStage, CTIME_MARGIN_MS, sameClock } from '../../src/checkpoint/adapters/keyed-beside.js';
import { keyedStoreFor } from '../../src/checkpoint/adapters/keyed-store.js';
import type { Manifest, SaveOptions, SaveResult } from '../../src/checkpoint/index.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';

let work: string;
let ws: string;
const keyed = [{ path: 'node_modules', hashFiles: ['package-lock.json'] }];

/** 20 packages of 5 files, a `.bin` link, and a build output beside them. */
function install(dir: string): void {
  writeFileSync(path.join(dir, 'package-lock.json'), '{"lockfileVersion":3}');
  for (let p = 0; p < 20; p++) {
    const lib = path.join(dir, 'node_modules', `pkg${String(p).padStart(2, '0')}`);
    mkdirSync(lib, { recursive: true });
    for (let f = 0; f < 5; f++) writeFileSync(path.join(lib, `f${f}.js`), `// ${p} ${f}\n`.repeat(20 + f));
  }
  mkdirSync(path.join(dir, 'node_modules/.bin'));
  symlinkSync('../pkg01/f0.js', path.join(dir, 'node_modules/.bin/tool'));
  mkdirSync(path.join(dir, 'build'));
  writeFileSync(path.join(dir, 'build/out.js'), 'built\n');
}

/** Past the ctime margin: what was written before this is older than any stage started after it. */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, CTIME_MARGIN_MS + 30));

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'ckpt-keyed-beside-'));
  ws = path.join(work, 'ws');
  mkdirSync(ws);
  install(ws);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Saves into `storeDir` for the job whose directory is `jobDir`; keyed entries in the first store's. */
function saver(storeDir: string, jobDir: string) {
  const store = new DirStore(path.join(work, storeDir));
  const keyedStore = keyedStoreFor(new DirStore(path.join(work, 'store')))!;
  const save = (id: string, extra: Partial<SaveOptions> & { reuse?: undefined } = {}): Promise<SaveResult> =>
    saveCheckpoint({
      store,
      workspace: ws,
      paths: ['node_modules', 'build'],
      id,
      meta: { stage: id, job: 'build', runId: '8', attempt: 1 },
      compression: 'gzip',
      keyed,
      keyedStore,
      manifestCache: path.join(work, jobDir),
      logger: new RecordingLogger(),
      ...extra,
    });
  return { store, save };
}

/** The stage's command, run by the save's word (real `sh`, done before the walk goes on). */
const command = (script: string) => (): void => void execFileSync('sh', ['-c', script], { cwd: ws });

/** What the stage's commands do to the keyed path right after their start. */
const CHANGES: [string, string][] = [
  ['appends to a file', 'echo x >> node_modules/pkg03/f1.js'],
  [
    'rewrites a file in place, its size and mtime put back',
    'touch -r node_modules/pkg03/f1.js ../ref && printf Z | dd of=node_modules/pkg03/f1.js bs=1 count=1 conv=notrunc 2>/dev/null && touch -r ../ref node_modules/pkg03/f1.js',
  ],
  ['deletes a file', 'rm node_modules/pkg03/f1.js'],
  ['renames a file', 'mv node_modules/pkg03/f1.js node_modules/pkg03/f9.js'],
  ['renames a file over another', 'mv -f node_modules/pkg04/f1.js node_modules/pkg03/f1.js'],
  ['creates a file', 'echo new > node_modules/pkg19/new.js'],
  ['makes a directory', 'mkdir node_modules/pkg99'],
  ['points a link elsewhere', 'ln -sfn ../pkg02/f0.js node_modules/.bin/tool'],
  ['changes a mode', 'chmod 600 node_modules/pkg03/f1.js'],
];

/** What a manifest says is in the keyed path. */
const keyedView = (m: Manifest): unknown[] =>
  m.entries
    .filter((e) => e.path.startsWith('node_modules'))
    .map((e) => [e.path, e.type, e.mode, e.sha256, e.target]);

const NOT_SAVED = 'changed once the stage had started, while its keyed path was walked beside';

describe.each([
  ['the build, compared with the keyed entry', false],
  ['the tests, incremental on the build', true],
])('a stage that changes the keyed path right after its start: %s', (_, incremental) => {
  it.each(CHANGES)('%s: the checkpoint is not saved, and says why in one line', async (_what, script) => {
    const pub = await saver('store', 'pub-job').save('pub-build');
    const { store, save } = saver('store', 'job');
    let before = pub.manifest;
    let parent: string | undefined;
    if (incremental) {
      await settle();
      const build = await save('job-build', { onPacked: () => undefined });
      expect(build.keyed).toEqual([expect.objectContaining({ outcome: 'taken' })]);
      parent = build.manifest.id;
      before = build.manifest;
    }
    await settle();
    const logger = new RecordingLogger();
    let told = 0;
    const saving = save('job-test', {
      logger,
      ...(parent ? { parent } : {}),
      onPacked: () => {
        told++;
        command(script)();
      },
    });
    const error = await saving.then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(told).toBe(1);
    expect(error?.message).toContain(NOT_SAVED);
    expect(error?.message).not.toContain('\n');
    await expect(store.getManifest('job-test')).rejects.toThrow();
    // The job's next checkpoint walks the path before its stage starts: what the stage did is in it.
    let toldAt = -1;
    const next = await save('job-next', {
      ...(parent ? { parent } : {}),
      onPacked: () => (toldAt = Date.now()),
    });
    expect(toldAt).toBeGreaterThan(0);
    expect(keyedView(next.manifest)).not.toEqual(keyedView(before));
    expect(existsSync(path.join(work, 'job', `${pub.manifest.keyed![0]!.id}.differed`))).toBe(true);
  });
});

/** 2,000 files in one directory: the walk turns the event loop (every 512 entries) while inside it. */
function bigPackage(): void {
  const dir = path.join(ws, 'node_modules/big');
  mkdirSync(dir);
  for (let i = 0; i < 2000; i++) writeFileSync(path.join(dir, `f${String(i).padStart(4, '0')}.js`), `${i}\n`);
}

describe.each([
  ['the build, compared with the keyed entry', false],
  ['the tests, incremental on the build', true],
])(
  'a command that changes a directory the walk has listed, before the walk meets the name: %s',
  (_, incremental) => {
    it.each([
      ['deletes a listed file', 'rm node_modules/big/f1999.js'],
      ['creates a name', 'echo new > node_modules/big/zzz.js'],
    ])('%s: caught once the directory is left, not saved', async (_what, script) => {
      bigPackage();
      await saver('store', 'pub-job').save('pub-build');
      const { store, save } = saver('store', 'job');
      let parent: string | undefined;
      if (incremental) {
        await settle();
        parent = (await save('job-build', { onPacked: () => undefined })).manifest.id;
      }
      await settle();
      // The command runs at the walk's first turn of the event loop: inside node_modules/big, listed by then.
      const saving = save('job-test', {
        ...(parent ? { parent } : {}),
        onPacked: () => void setImmediate(command(script)),
      });
      await expect(saving).rejects.toThrow(`'node_modules/big' ${NOT_SAVED}`);
      await expect(store.getManifest('job-test')).rejects.toThrow();
    });
  },
);

it('a keyed path packed beside the stage (it differs from its entry): a file the command writes meanwhile fails it', async () => {
  await saver('store', 'pub-job').save('pub-build');
  const { store, save } = saver('store', 'job');
  // Planted before the stage: same size, other bytes, so the path is packed once the hashes are in.
  const file = path.join(ws, 'node_modules/pkg07/f2.js');
  const text = readFileSync(file);
  text[0] = 0x41;
  writeFileSync(file, text);
  await settle();
  // The command writes a file the walk has met, while the comparison's hashes are awaited.
  const saving = save('job-build', {
    onPacked: () => void setImmediate(command('echo x >> node_modules/pkg12/f1.js')),
  });
  await expect(saving).rejects.toThrow(`'node_modules/pkg12/f1.js' ${NOT_SAVED}`);
  await expect(store.getManifest('job-build')).rejects.toThrow();
});

/** A manifest's fields that say what it holds (not when or how fast it was made). */
const held = (m: Manifest): unknown => ({
  kind: m.kind,
  paths: m.paths,
  entries: m.entries,
  changed: m.changed,
  keyed: m.keyed,
  parent: m.parent,
  exclude: m.exclude,
});
const tarOf = (storeDir: string, m: Manifest): Buffer =>
  execFileSync('gzip', ['-dc', path.join(work, storeDir, m.archive.file)], { maxBuffer: 1 << 28 });

it.each([['node_modules', 'build'], ['.']])(
  'a command that leaves the keyed path alone gets the serial walk’s manifest and archive, byte for byte (paths %p)',
  async (...paths: string[]) => {
    const serial = saver('serial', 'serial-job');
    const beside = saver('beside', 'beside-job');
    await saver('store', 'pub-job').save('pub-build', { paths });
    await settle();
    // The stage's command writes outside the checkpoint's paths only.
    mkdirSync(path.join(work, 'elsewhere'));
    let told = 0;
    const outside = (): void => {
      told++;
      command('echo x >> ../elsewhere/log')();
    };
    const a = await serial.save('job-build', { paths });
    const b = await beside.save('job-build', { paths, onPacked: outside });
    expect(told).toBe(1);
    expect(b.keyed).toEqual([expect.objectContaining({ outcome: 'taken' })]);
    expect(held(b.manifest)).toEqual(held(a.manifest));
    expect(tarOf('beside', b.manifest).equals(tarOf('serial', a.manifest))).toBe(true);
    // Between the stages the build writes its outputs; the tests' checkpoint is incremental on the build's.
    writeFileSync(path.join(ws, 'build/out.js'), 'built again\n');
    writeFileSync(path.join(ws, 'build/more.js'), 'more\n');
    await settle();
    const c = await serial.save('job-test', { paths, parent: 'job-build' });
    const d = await beside.save('job-test', { paths, parent: 'job-build', onPacked: outside });
    expect(told).toBe(2);
    expect(d.manifest.kind).toBe('incremental');
    expect(d.manifest.changed).toEqual(expect.arrayContaining(['build/out.js', 'build/more.js']));
    expect(held(d.manifest)).toEqual(held(c.manifest));
    expect(tarOf('beside', d.manifest).equals(tarOf('serial', c.manifest))).toBe(true);
    expect(existsSync(path.join(work, 'elsewhere/log'))).toBe(true);
  },
);

it('a file the build changed in the keyed path before the tests is packed beside their command', async () => {
  const { save } = saver('store', 'job');
  await save('pub-build');
  await settle();
  await save('job-build', { onPacked: () => undefined });
  writeFileSync(path.join(ws, 'node_modules/pkg05/f2.js'), 'rebuilt by the build\n');
  await settle();
  const test = await save('job-test', { parent: 'job-build', onPacked: command('echo x >> build/out.js') });
  expect(test.manifest.changed).toContain('node_modules/pkg05/f2.js');
  expect(test.manifest.entries.find((e) => e.path === 'node_modules/pkg05/f2.js')?.from).toBe('job-test');
});

describe('the ctime margin', () => {
  it(`an entry changed up to ${CTIME_MARGIN_MS} ms before the stage's start counts as the stage's`, () => {
    const file = path.join(work, 'f');
    writeFileSync(file, 'x');
    const ctimeMs = Number(execFileSync('stat', ['-c', '%.9Z', file], { encoding: 'utf8' })) * 1000;
    const entry = (rel: string) => ({
      path: rel,
      type: 'file' as const,
      mode: 0o644,
      size: 1,
      mtimeMs: ctimeMs,
      stat: { mtimeMs: ctimeMs, ino: 1, dev: 1, ctimeMs },
    });
    // The kernel's ctime clock may run a tick (≤ 10 ms) behind Date.now(): a write just after a start
    // taken here would carry a ctime up to then before it.
    const started = new BesideStage(`${work}/`, path.join(work, 'job'), ['id'], ctimeMs + 10);
    expect(() => started.met(entry('f'))).toThrow(NOT_SAVED);
    expect(readFileSync(path.join(work, 'job/id.differed'), 'utf8')).toBe('');
    const later = new BesideStage(`${work}/`, path.join(work, 'job2'), ['id'], ctimeMs + CTIME_MARGIN_MS + 1);
    expect(() => later.met(entry('f'))).not.toThrow();
  });
});

describe("the filesystem's clock", () => {
  it("a filesystem whose ctime is not this machine's clock is walked before the stage", () => {
    const jobDir = path.join(work, 'job');
    expect(sameClock(jobDir, path.join(ws, 'node_modules'))).toBe(true);
    // As a filesystem stamping with a clock a second behind ours (a network filesystem's server) looks.
    expect(sameClock(jobDir, path.join(ws, 'node_modules'), () => Date.now() + 1000)).toBe(false);
    expect(sameClock(jobDir, path.join(ws, 'node_modules'), () => Date.now() - 1000)).toBe(false);
    // A keyed path the probe cannot reach: no proof either.
    expect(sameClock(jobDir, path.join(ws, 'gone'))).toBe(false);
  });

  it("one probe met by the kernel's clock lagging a stalled tick is taken again", () => {
    const jobDir = path.join(work, 'job');
    // The first `lags` probes read a clock 50 ms ahead of the file's ctime, as when the coarse clock lagged.
    const lagFirst = (lags: number): (() => number) => {
      let calls = 0;
      return () => Date.now() + (calls++ < lags * 2 ? 50 : 0);
    };
    expect(sameClock(jobDir, path.join(ws, 'node_modules'), lagFirst(1))).toBe(true);
    expect(sameClock(jobDir, path.join(ws, 'node_modules'), lagFirst(2))).toBe(true);
    // Behind in every probe: the filesystem's own clock, walked before the stage.
    expect(sameClock(jobDir, path.join(ws, 'node_modules'), lagFirst(3))).toBe(false);
    expect(readdirSync(jobDir).filter((f) => f.startsWith('.ctime-probe'))).toEqual([]);
  });
});
