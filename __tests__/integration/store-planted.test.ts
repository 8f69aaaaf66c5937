/**
 * A directory store is a directory others may write (a shared `dir:` store): what they put there under the
 * name of an object never hangs a job, and never reads what it points at. A FIFO opened the plain way waits
 * for a writer for ever, in a thread no budget can interrupt; a link reads any file of the machine.
 */
import { execFileSync } from 'node:child_process';
import {
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  cleanupCheckpoints,
  openStore,
  restoreCheckpoint,
  saveCheckpoint,
  type CheckpointStore,
} from '../../src/checkpoint/adapters/index.js';
import { timedLessCpuWait } from '../cpu-time.js';

let tmp: string;
let storeDir: string;
let store: CheckpointStore;
const fifos: string[] = [];

/** Replaces a store object by a FIFO. */
function plantFifo(file: string): void {
  rmSync(file, { force: true });
  execFileSync('mkfifo', [file]);
  fifos.push(file);
}

beforeEach(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'store-planted-'));
  const ws = path.join(tmp, 'ws');
  mkdirSync(ws);
  writeFileSync(path.join(ws, 'a.txt'), 'a\n');
  storeDir = path.join(tmp, 'store');
  store = await openStore(`dir:${storeDir}`);
  const meta = { stage: 'build', job: 'test', runId: '1', attempt: 1, completedStages: [] };
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'c1', meta });
});

afterEach(() => {
  // A reader the old code left blocked in open() is let go, or the test process could not exit.
  for (const fifo of fifos.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: no reader waiting
    }
  }
  rmSync(tmp, { recursive: true, force: true });
});

const archiveOf = (id: string): string =>
  path.join(
    storeDir,
    readdirSync(storeDir).find((n) => n.startsWith(`${id}.tar`))!,
  );

test('a FIFO in place of an archive fails the restore at once, naming it, and the destination stays untouched', async () => {
  plantFifo(archiveOf('c1'));
  const dest = path.join(tmp, 'dest');
  const { ms } = await timedLessCpuWait(() =>
    expect(restoreCheckpoint({ store, checkpoint: 'c1', dest })).rejects.toThrow(
      /'c1\.tar\.(zst|gz)' in the checkpoint store dir:.* is not a regular file.*Remove it/,
    ),
  );
  // A blocked open of the FIFO never returns: any bound well under the test's timeout tells the two apart.
  // 6.7 s in wall time was seen on a machine running two suites at once: the time this process waited for a
  // CPU is taken off.
  expect(ms).toBeLessThan(10_000);
  expect(existsSync(path.join(dest, 'a.txt'))).toBe(false);
}, 30_000);

test('a link in place of a manifest is refused without reading what it points at', async () => {
  const secret = path.join(tmp, 'secret.txt');
  writeFileSync(secret, 'ghs_planted0123456789 not a manifest\n');
  const manifest = path.join(storeDir, 'c1.manifest.json');
  rmSync(manifest);
  symlinkSync(secret, manifest);
  const error = await restoreCheckpoint({ store, checkpoint: 'c1', dest: path.join(tmp, 'dest') }).then(
    () => undefined,
    (e: Error) => e,
  );
  expect(error?.message).toMatch(/'c1\.manifest\.json' in the checkpoint store .* is a symbolic link/);
  expect(error?.message).not.toContain('ghs_');
}, 10_000);

test('a FIFO in place of a manifest or of the store lock does not hang a cleanup', async () => {
  plantFifo(path.join(storeDir, '.ci-recovery-store.lock'));
  const { ms } = await timedLessCpuWait(() => cleanupCheckpoints(store, { retentionDays: 7 }));
  expect(ms).toBeLessThan(10_000);
  plantFifo(path.join(storeDir, 'c1.manifest.json'));
  await expect(restoreCheckpoint({ store, checkpoint: 'c1', dest: path.join(tmp, 'dest') })).rejects.toThrow(
    /'c1\.manifest\.json' in the checkpoint store .* is not a regular file/,
  );
}, 30_000);
