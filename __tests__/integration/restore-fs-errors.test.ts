/**
 * A restore the file system refuses says so in a sentence that names the path and the fix, never as the
 * raw error object, and leaves the workspace as it was. Every case is set up for real in a temp dir; those
 * for root (who writes anywhere) are the ones permissions cannot stop: a file where a directory is needed,
 * a link that loops.
 */
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  openStore,
  restoreCheckpoint,
  RestoreError,
  saveCheckpoint,
  treeDigest,
  type CheckpointStore,
} from '../../src/checkpoint/adapters/index.js';
import { UserError } from '../../src/core/errors.js';

const meta = { stage: 'build', job: 'test', runId: '7', attempt: 1 };
let tmp: string;
let ws: string;
let store: CheckpointStore;

beforeEach(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-fs-errors-'));
  ws = path.join(tmp, 'ws');
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/a.txt'), 'a\n');
  store = await openStore(`dir:${path.join(tmp, 'store')}`);
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'c1', meta });
  // The workspace moves on: a refused restore must leave this state.
  writeFileSync(path.join(ws, 'src/a.txt'), 'edited\n');
});

afterEach(() => {
  chmodSync(ws, 0o755);
  rmSync(tmp, { recursive: true, force: true });
});

/** The message of a restore that must fail, the workspace checked unchanged. */
async function refused(opts: { dest?: string; journalDir?: string }): Promise<Error> {
  const before = await treeDigest(ws);
  const error = await restoreCheckpoint({
    store,
    checkpoint: 'c1',
    workspace: ws,
    dest: ws,
    journalDir: path.join(tmp, 'journals'),
    ...opts,
  }).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error).toBeInstanceOf(UserError);
  expect(error!.message).not.toMatch(/\{"errno"|"syscall"/);
  expect(await treeDigest(ws)).toBe(before);
  return error!;
}

test('ENOTDIR: a destination below a link to a path under a file names the path and says a file stands there', async () => {
  writeFileSync(path.join(ws, 'f'), 'a file\n');
  symlinkSync('f/x', path.join(ws, 'link'));
  const dest = path.join(ws, 'link/out');
  const error = await refused({ dest });
  expect(error).toBeInstanceOf(RestoreError);
  expect(error.message).toContain(
    `${dest} cannot be a directory: a file stands where it or a directory above it should be; move that file away or restore into another directory`,
  );
  expect(error.message).toContain('(ENOTDIR');
});

test('ENOTDIR: a destination below a file names that file as the one in the way, not the destination', async () => {
  writeFileSync(path.join(ws, 'f'), 'a file\n');
  const dest = path.join(ws, 'f/out');
  const error = await refused({ dest });
  expect(error.message).toContain(
    `cannot be made: ${path.join(realpathSync(ws), 'f')} is a file, where a directory above the destination is needed. Move that file away, or name another directory to restore into.`,
  );
});

test('ELOOP: a destination through a link that loops names the path and the link to fix', async () => {
  symlinkSync('loop', path.join(ws, 'loop'));
  const dest = path.join(ws, 'loop/out');
  const error = await refused({ dest });
  expect(error.message).toContain(`${dest} goes through a symbolic link that loops`);
  expect(error.message).toContain('remove or fix that link');
  expect(error.message).toContain('(ELOOP');
});

test("ENOTDIR: a file where the journals' directory should be names it and the setting that moves it", async () => {
  writeFileSync(path.join(tmp, 'file'), 'a file\n');
  const journalDir = path.join(tmp, 'file/journals');
  const error = await refused({ journalDir });
  expect(error.message).toContain(
    `restore journals ${journalDir}: ${journalDir} cannot be a directory: a file stands where`,
  );
  expect(error.message).toContain('set RUNNER_TEMP (a job) or HOME (the CLI) to a writable directory');
});

test('EACCES (a user) or ELOOP (root, who may write anywhere): a destination this restore cannot write into', async () => {
  if (process.getuid?.() === 0) {
    // Root passes every permission check; a loop in the journals' path still stops it.
    symlinkSync('j', path.join(tmp, 'j'));
    const journalDir = path.join(tmp, 'j/journals');
    const error = await refused({ journalDir });
    expect(error.message).toContain(`${journalDir} goes through a symbolic link that loops`);
    return;
  }
  chmodSync(ws, 0o555);
  const error = await refused({});
  expect(error.message).toMatch(
    new RegExp(
      `this user lacks the permission for ${ws}/\\.ci-recovery-staging-\\S+ \\(to read it, or to write in its directory\\); give it access there \\(chmod, chown\\)`,
    ),
  );
  expect(error.message).toContain('(EACCES');
});
