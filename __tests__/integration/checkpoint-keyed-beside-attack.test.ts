/**
 * Attacks on the keyed path walked beside the stage's command (adapters/keyed-beside.ts): what a stage can
 * do to the keyed path, or to the directories above it, right after its start. Real files, real `sh`.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirStore, saveCheckpoint } from '../../src/checkpoint/adapters/index.js';
import { CTIME_MARGIN_MS } from '../../src/checkpoint/adapters/keyed-beside.js';
import { keyedStoreFor } from '../../src/checkpoint/adapters/keyed-store.js';
import type { Manifest, SaveOptions, SaveResult } from '../../src/checkpoint/index.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';

let work: string;
let ws: string;

/** A package tree of 10 packages of 3 files at `nm` (relative to `dir`). */
function install(dir: string, nm: string, tag = ''): void {
  for (let p = 0; p < 10; p++) {
    const lib = path.join(dir, nm, `pkg${p}`);
    mkdirSync(lib, { recursive: true });
    for (let f = 0; f < 3; f++) writeFileSync(path.join(lib, `f${f}.js`), `// ${tag}${p} ${f}\n`.repeat(10));
  }
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, CTIME_MARGIN_MS + 30));

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'ckpt-beside-attack-'));
  ws = path.join(work, 'ws');
  mkdirSync(ws);
  writeFileSync(path.join(ws, 'package-lock.json'), '{"lockfileVersion":3}');
  mkdirSync(path.join(ws, 'build'));
  writeFileSync(path.join(ws, 'build/out.js'), 'built\n');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function saver(keyedPath: string, jobDir: string) {
  const store = new DirStore(path.join(work, 'store'));
  const keyedStore = keyedStoreFor(store)!;
  const save = (id: string, extra: Partial<SaveOptions> & { reuse?: undefined } = {}): Promise<SaveResult> =>
    saveCheckpoint({
      store,
      workspace: ws,
      paths: [keyedPath, 'build'],
      id,
      meta: { stage: id, job: 'build', runId: '8', attempt: 1 },
      compression: 'gzip',
      keyed: [{ path: keyedPath, hashFiles: ['package-lock.json'] }],
      keyedStore,
      manifestCache: path.join(work, jobDir),
      logger: new RecordingLogger(),
      ...extra,
    });
  return { store, save };
}

const sh = (script: string) => (): void => void execFileSync('sh', ['-c', script], { cwd: ws });
const under = (m: Manifest, p: string): string[] =>
  m.entries.filter((e) => e.path.startsWith(`${p}/`)).map((e) => e.path);
const NOT_SAVED = 'changed once the stage had started, while its keyed path was walked beside';

/** Publishes the keyed entry, then saves the build's checkpoint with `script` as its stage's command. */
async function stageDoes(keyedPath: string, script: string): Promise<SaveResult | Error> {
  await saver(keyedPath, 'pub-job').save('pub');
  await settle();
  return saver(keyedPath, 'job')
    .save('job-build', { onPacked: sh(script) })
    .catch((e: unknown) => e as Error);
}

describe('the keyed path itself', () => {
  it('moved away by the stage at its start: never saved as if the workspace had none before', async () => {
    install(ws, 'node_modules');
    const got = await stageDoes('node_modules', 'mv node_modules ../nm-away');
    // Before the stage node_modules held 30 files: a checkpoint without them is not the pre-stage state.
    if (!(got instanceof Error)) expect(under(got.manifest, 'node_modules')).toHaveLength(40);
    expect(got).toBeInstanceOf(Error);
  });

  it.each([
    ['moved out and back', 'mv node_modules ../x && mv ../x node_modules'],
    ['swapped for an older tree (inner ctimes old)', 'mv node_modules ../x && mv ../older node_modules'],
    ['a package swapped for an older one', 'rm -rf node_modules/pkg3 && mv ../older/pkg3 node_modules/pkg3'],
    ['a package replaced by a file', 'rm -rf node_modules/pkg3 && echo f > node_modules/pkg3'],
    ['a file touched back to 2000 (utimes)', 'touch -d 2000-01-01 node_modules/pkg3/f1.js'],
    ['a file written through its other name outside the workspace', 'echo x >> ../outside-link'],
    [
      'a file written through mmap',
      `python3 -c "import mmap;f=open('node_modules/pkg3/f2.js','r+b');m=mmap.mmap(f.fileno(),0);m[0:1]=b'Z';m.close()"`,
    ],
  ])('%s: not saved', async (_what, script) => {
    install(ws, 'node_modules');
    install(work, 'older', 'old ');
    execFileSync('ln', [path.join(ws, 'node_modules/pkg5/f0.js'), path.join(work, 'outside-link')]);
    const got = await stageDoes('node_modules', script);
    expect(got).toBeInstanceOf(Error);
    expect((got as Error).message).toContain(NOT_SAVED);
    expect((got as Error).message).not.toContain('\n');
  });
});

describe('a keyed path below another directory (app/node_modules)', () => {
  it('its parent swapped by the stage for one with an older tree (inner ctimes old): not saved', async () => {
    install(ws, 'app/node_modules');
    install(work, 'other-app/node_modules', 'foreign ');
    const got = await stageDoes('app/node_modules', 'mv app ../app-away && mv ../other-app app');
    // The pre-stage app/node_modules held `// 3 1`; a saved checkpoint claims the foreign tree instead.
    if (!(got instanceof Error)) {
      const back = path.join(work, 'back');
      mkdirSync(back);
      const store = path.join(work, 'store');
      const archive = path.join(store, got.manifest.archive.file);
      execFileSync('sh', ['-c', `gzip -dc '${archive}' | tar -x -C '${back}' app/node_modules/pkg3/f1.js`]);
      expect(
        execFileSync('head', ['-c', 8, path.join(back, 'app/node_modules/pkg3/f1.js')].map(String), {
          encoding: 'utf8',
        }),
      ).toBe('// 3 1\n/');
    }
    expect(got).toBeInstanceOf(Error);
  });

  it('its parent moved away by the stage at its start: never saved as if it held none', async () => {
    install(ws, 'app/node_modules');
    const got = await stageDoes('app/node_modules', 'mv app ../app-away');
    if (!(got instanceof Error)) expect(under(got.manifest, 'app/node_modules')).toHaveLength(40);
    expect(got).toBeInstanceOf(Error);
  });
});

describe('a failed checkpoint', () => {
  it('leaves no archive, no local manifest copy and no note in the workspace; the next one saves', async () => {
    install(ws, 'node_modules');
    const got = await stageDoes('node_modules', 'echo x >> node_modules/pkg3/f1.js');
    expect(got).toBeInstanceOf(Error);
    const store = path.join(work, 'store');
    const left = readdirSync(store, { recursive: true }).map(String);
    expect(left.filter((f) => f.includes('job-build'))).toEqual([]);
    const job = readdirSync(path.join(work, 'job'));
    expect(job.filter((f) => !f.endsWith('.differed'))).toEqual([]);
    expect(readdirSync(ws).sort()).toEqual(['build', 'node_modules', 'package-lock.json']);
    expect(existsSync(path.join(ws, 'node_modules/pkg3/f1.js'))).toBe(true);
    const next = await saver('node_modules', 'job').save('job-build-2', { onPacked: () => undefined });
    expect(next.manifest.entries.find((e) => e.path === 'node_modules/pkg3/f1.js')?.from).toBe('job-build-2');
  });
});

describe('a stage that swaps a directory while the walk is inside the keyed path (at its first turn)', () => {
  /** A package of 2,000 files at `nm`: the walk turns the event loop (every 512 entries) inside it. */
  function big(dir: string, nm: string, tag: string): void {
    const lib = path.join(dir, nm, 'big');
    mkdirSync(lib, { recursive: true });
    for (let i = 0; i < 2000; i++)
      writeFileSync(path.join(lib, `f${String(i).padStart(4, '0')}.js`), `${tag}${i}\n`);
  }
  async function midWalk(keyedPath: string, script: string): Promise<SaveResult | Error> {
    await saver(keyedPath, 'pub-job').save('pub');
    await settle();
    return saver(keyedPath, 'job')
      .save('job-build', { onPacked: () => void setImmediate(sh(script)) })
      .catch((e: unknown) => e as Error);
  }

  it('the keyed path itself swapped for an older tree: not saved', async () => {
    big(ws, 'node_modules', '');
    big(work, 'older', 'old ');
    const got = await midWalk('node_modules', 'mv node_modules ../x && mv ../older node_modules');
    expect(got).toBeInstanceOf(Error);
  });

  it("the keyed path's parent (app) swapped for one with an older tree: not saved", async () => {
    big(ws, 'app/node_modules', '');
    big(work, 'other-app/node_modules', 'foreign ');
    const got = await midWalk('app/node_modules', 'mv app ../app-away && mv ../other-app app');
    if (!(got instanceof Error)) {
      const archive = path.join(work, 'store', got.manifest.archive.file);
      const listing = execFileSync(
        'sh',
        ['-c', `gzip -dc '${archive}' | tar -xO app/node_modules/big/f1999.js`],
        {
          encoding: 'utf8',
        },
      );
      // The pre-stage file held '1999'; the foreign one 'foreign 1999'.
      expect(listing).toBe('1999\n');
    }
    expect(got).toBeInstanceOf(Error);
  });
  it('a package removed while the walk is inside it: one line, not saved', async () => {
    big(ws, 'node_modules', '');
    const got = await midWalk('node_modules', 'rm -rf node_modules/big');
    expect(got).toBeInstanceOf(Error);
    expect((got as Error).message).toContain(NOT_SAVED);
    expect((got as Error).message).not.toContain('\n');
  });

  it('a real command spawned beside the walk writes a file: not saved, or saved with the pre-stage file', async () => {
    big(ws, 'node_modules', '');
    const before = createHash('sha256').update('1999\n').digest('hex');
    for (let round = 0; round < 3; round++) {
      await saver('node_modules', `pub-job-${round}`).save(`pub-${round}`);
      await settle();
      let child: ChildProcess | undefined;
      const got = await saver('node_modules', `job-${round}`)
        .save(`job-build-${round}`, {
          onPacked: () => {
            child = spawn('sh', ['-c', 'echo x >> node_modules/big/f1999.js'], { cwd: ws, stdio: 'ignore' });
          },
        })
        .catch((e: unknown) => e as Error);
      await new Promise((r) => (child!.exitCode !== null ? r(undefined) : child!.on('exit', r)));
      if (got instanceof Error) expect(got.message).toContain(NOT_SAVED);
      else
        expect(got.manifest.entries.find((e) => e.path === 'node_modules/big/f1999.js')?.sha256).toBe(before);
      writeFileSync(path.join(ws, 'node_modules/big/f1999.js'), '1999\n');
    }
  });
  it("the tests' checkpoint (incremental): the keyed path's parent (app) swapped for an older tree: not saved", async () => {
    big(ws, 'app/node_modules', '');
    big(work, 'other-app/node_modules', 'foreign ');
    const { save } = saver('app/node_modules', 'job');
    await save('pub');
    await settle();
    await save('job-build', { onPacked: () => undefined });
    await settle();
    const got = await save('job-test', {
      parent: 'job-build',
      onPacked: () => void setImmediate(sh('mv app ../app-away && mv ../other-app app')),
    }).catch((e: unknown) => e as Error);
    if (!(got instanceof Error)) {
      const from = got.manifest.entries.find((e) => e.path === 'app/node_modules/big/f1999.js')?.from;
      const archive = path.join(work, 'store', got.manifest.archive.file);
      const text =
        from === 'job-test'
          ? execFileSync('sh', ['-c', `gzip -dc '${archive}' | tar -xO app/node_modules/big/f1999.js`], {
              encoding: 'utf8',
            })
          : 'from the parent';
      // Before the stage the file held '1999'; the tree the stage moved in holds 'foreign 1999'.
      expect(text).toBe('1999\n');
    }
    expect(got).toBeInstanceOf(Error);
  });
});
