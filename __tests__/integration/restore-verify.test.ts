/**
 * How much a restore verifies (checkpoint/core/verify.ts). `verify: archive` (the default) checks each
 * archive's sha256 against the manifest and every file's size; `full` hashes every file too. Files taken
 * from an incremental parent's archive are hashed either way. A refused restore leaves the tree as it was.
 *
 * The tampered archives are real checkpoints of a tampered copy of the workspace, put in the store under
 * the original's name; the tamperer then rewrites what the manifest says as far as the test says.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  utimesSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';
import { Readable } from 'node:stream';
import path from 'node:path';
import {
  openStore,
  restoreCheckpoint,
  saveCheckpoint,
  treeDigest,
  validateCheckpoint,
  type CheckpointStore,
} from '../../src/checkpoint/adapters/index.js';
import { extractArchive } from '../../src/checkpoint/adapters/extract.js';
import restoreVerb from '../../src/cli/restore.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import {
  encodeManifest,
  hashesFilesOf,
  type Manifest,
  type RestoreVerify,
} from '../../src/checkpoint/index.js';

const meta = { stage: 'build', job: 'test', runId: '7', attempt: 1 };
let tmp: string;
let ws: string;
let storeDir: string;
let store: CheckpointStore;

beforeEach(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-verify-'));
  ws = path.join(tmp, 'ws');
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/a.txt'), 'original a\n');
  writeFileSync(path.join(ws, 'b.txt'), 'original b\n');
  storeDir = path.join(tmp, 'store');
  store = await openStore(`dir:${storeDir}`);
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'good', meta });
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const manifestFile = (id: string): string => path.join(storeDir, `${id}.manifest.json`);

/**
 * Replaces checkpoint `id`'s archive with one of the workspace where src/a.txt holds `evil`. `rewrite`
 * says what the tamperer also changes in the manifest: nothing, the archive's digest, or that and the
 * file's own hash too (whoever can do the one can do the other).
 */
async function tamper(
  id: string,
  evil: string,
  rewrite: 'nothing' | 'digest' | 'digest+file',
): Promise<void> {
  const other = path.join(tmp, `other-${id}`);
  const otherWs = path.join(other, 'ws');
  mkdirSync(path.join(otherWs, 'src'), { recursive: true });
  writeFileSync(path.join(otherWs, 'src/a.txt'), evil);
  writeFileSync(path.join(otherWs, 'b.txt'), 'original b\n');
  const otherStore = await openStore(`dir:${path.join(other, 'store')}`);
  const forged = (await saveCheckpoint({ store: otherStore, workspace: otherWs, paths: ['.'], id, meta }))
    .manifest;
  const m = await store.getManifest(id);
  copyFileSync(path.join(other, 'store', forged.archive.file), path.join(storeDir, m.archive.file));
  if (rewrite !== 'nothing')
    m.archive = { ...m.archive, sha256: forged.archive.sha256, size: forged.archive.size };
  if (rewrite === 'digest+file') m.entries.find((e) => e.path === 'src/a.txt')!.sha256 = sha256(evil);
  writeFileSync(manifestFile(id), encodeManifest(m).stored);
}

/** Restores `id` into the workspace (edited since): 'restored', or why not; a refusal must leave the whole tree as it was. */
async function outcome(id: string, verify?: RestoreVerify): Promise<string> {
  writeFileSync(path.join(ws, 'src/a.txt'), 'edited a\n');
  const before = await treeDigest(tmp);
  try {
    await restoreCheckpoint({ store, checkpoint: id, dest: ws, ...(verify ? { verify } : {}) });
    return 'restored';
  } catch (error) {
    expect(await treeDigest(tmp)).toBe(before);
    return (error as Error).message;
  }
}

test('an untampered checkpoint restores in both modes', async () => {
  for (const verify of [undefined, 'full'] as const) {
    expect(await outcome('good', verify)).toBe('restored');
    expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('original a\n');
  }
});

test.each([undefined, 'full'] as const)(
  "a file whose size differs from the manifest's is refused, even when the archive's digest was rewritten to match (verify: %s)",
  async (verify) => {
    await tamper('good', 'original a, longer\n', 'digest');
    expect(await outcome('good', verify)).toMatch(
      /file 'src\/a\.txt' in good\.tar\.zst holds 19 bytes but its manifest promises 11/,
    );
  },
);

test.each([
  [undefined, /archive good\.tar\.zst has sha256 \w+ and \d+ bytes, but its manifest says/],
  ['full', /file 'src\/a\.txt' in good\.tar\.zst does not match its manifest/],
] as const)(
  'an archive whose digest does not match its manifest is refused (verify: %s)',
  async (verify, message) => {
    await tamper('good', 'EVIL!!!!!!\n', 'nothing'); // same size as 'original a\n'
    expect(await outcome('good', verify)).toMatch(message);
  },
);

test('same-size content in an archive whose digest matches a rewritten manifest: only verify: full refuses it', async () => {
  // The accepted trade-off: whoever rewrites the archive's digest in the manifest can rewrite the file's
  // hash beside it ('digest+file'), which no mode can tell from the truth. Only a manifest rewritten by
  // half ('digest') shows, and only to a per-file hash: verify: full, or validate.
  await tamper('good', 'EVIL!!!!!!\n', 'digest');
  expect(await outcome('good', 'full')).toMatch(/file 'src\/a\.txt' .* does not match its manifest/);
  expect((await validateCheckpoint(store, 'good')).problems.join()).toMatch(/src\/a\.txt/);
  expect(await outcome('good')).toBe('restored');
  expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('EVIL!!!!!!\n');
});

test("files an incremental checkpoint takes from its parent's archive are hashed by default", async () => {
  writeFileSync(path.join(ws, 'b.txt'), 'changed b\n');
  const child = (
    await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'child', meta, parent: 'good' })
  ).manifest;
  expect(child.entries.find((e) => e.path === 'src/a.txt')?.from).toBe('good');
  // The parent's archive and its whole manifest are rewritten: the parent alone restores (its own word),
  // but the child's manifest still holds the hash of the file it was saved with.
  await tamper('good', 'EVIL!!!!!!\n', 'digest+file');
  expect(await outcome('child')).toMatch(/file 'src\/a\.txt' in good\.tar\.zst does not match its manifest/);
  expect(await outcome('good')).toBe('restored');
});

test('a local archive written to while it is extracted is refused (the digest read it apart from the decompressor)', async () => {
  const m: Manifest = await store.getManifest('good');
  const file = path.join(storeDir, m.archive.file);
  const wanted = new Map(m.entries.filter((e) => e.type === 'file').map((e) => [e.path, e]));
  const staging = path.join(tmp, 'staging');
  mkdirSync(path.join(staging, 'src'), { recursive: true });
  let touched = false;
  const run = extractArchive(store, m, wanted, staging, {
    hashFiles: false,
    onWritten: () => {
      if (touched) return;
      touched = true;
      // The same bytes written again: the content checks all pass, only the file's ctime moved.
      writeFileSync(file, readFileSync(file));
      utimesSync(file, new Date(0), new Date(0));
    },
  });
  await expect(run).rejects.toThrow(/was changed or replaced in the store while it was being restored/);
});

test('which archives have their files hashed', () => {
  const m = {
    id: 'c2',
    keyed: [{ id: 'ci-recovery-keyed-node_modules-abc' }],
  } as unknown as Manifest;
  expect(hashesFilesOf(m, 'c2', 'archive')).toBe(false);
  expect(hashesFilesOf(m, 'c2', 'full')).toBe(true);
  // A keyed entry's digest is recorded in this manifest; a parent's only in the parent's.
  expect(hashesFilesOf(m, 'ci-recovery-keyed-node_modules-abc', 'archive')).toBe(false);
  expect(hashesFilesOf(m, 'ci-recovery-keyed-other', 'archive')).toBe(true);
  expect(hashesFilesOf(m, 'c1', 'archive')).toBe(true);
});

test("the CLI's --verify: full refuses what archive restores; another value is refused naming the flag", async () => {
  await tamper('good', 'EVIL!!!!!!\n', 'digest');
  writeFileSync(path.join(ws, 'src/a.txt'), 'edited a\n');
  const env = parseJobEnv(
    { GITHUB_WORKSPACE: ws, RUNNER_TEMP: path.join(tmp, 'runner-temp') },
    { cwd: ws, tmpdir: tmp },
  );
  const restore = (...extra: string[]): Promise<number> =>
    restoreVerb.run(['--store', `dir:${storeDir}`, '--name', 'good', '--dest', ws, '--json', ...extra], {
      env,
    });
  await expect(restore('--verify', 'sha256')).rejects.toThrow(
    /--verify must be one of archive, full, got 'sha256'/,
  );
  await expect(restore('--verify', 'full')).rejects.toThrow(
    /file 'src\/a\.txt' .* does not match its manifest/,
  );
  const stdout = process.stdout.write.bind(process.stdout);
  process.stdout.write = () => true;
  try {
    expect(await restore()).toBe(0);
  } finally {
    process.stdout.write = stdout;
  }
  expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('EVIL!!!!!!\n');
});

/** The error extracting `bytes` as a downloaded x.tar.zst gives, the download delivering 64 KiB per `pause`. */
async function extractDownloaded(
  bytes: Buffer,
  pause: () => Promise<unknown>,
  failAt?: number,
): Promise<Error | undefined> {
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let at = 0; at < bytes.length; at += 65536) {
      await pause();
      if (failAt !== undefined && at >= failAt) throw new Error('socket hang up');
      yield bytes.subarray(at, at + 65536);
    }
  }
  const downloading = {
    spec: 'a store that streams',
    getArchive: () => Promise.resolve(Readable.from(chunks())),
  } as unknown as CheckpointStore;
  const m = {
    archive: { file: 'x.tar.zst', compression: 'zstd', size: bytes.length, sha256: sha256('x') },
  } as unknown as Manifest;
  const staging = path.join(tmp, 'staging');
  mkdirSync(staging, { recursive: true });
  return extractArchive(downloading, m, new Map(), staging).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
}

const garbage = (): Buffer => Buffer.concat([Buffer.from('garbage-not-zstd'), Buffer.alloc(1_000_000, 7)]);
const aTick = (): Promise<unknown> => new Promise((resolve) => setImmediate(resolve));

test("a damaged downloaded archive is reported by the decompressor's own words, not the EPIPE its exit left the download", async () => {
  // Under INPUT_FIFO_FROM (1 MiB) the download goes to zstd's stdin: zstd refuses the bytes and exits, and the
  // download's next write fails with EPIPE. The EPIPE only says zstd stopped reading; zstd says why.
  const error = await extractDownloaded(garbage(), aTick);
  expect(error?.message).not.toMatch(/EPIPE/);
  expect(error?.message).toMatch(/zstd/);
});

test("a damaged slow download is reported by the decompressor's words, not the premature close its exit left", async () => {
  // Chunks 50 ms apart: zstd has exited, and its stdin is closed, before the next write, so the feed fails
  // with ERR_STREAM_PREMATURE_CLOSE rather than EPIPE (the order CI met once a tick apart).
  const error = await extractDownloaded(garbage(), () => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(error?.message).not.toMatch(/PREMATURE_CLOSE|EPIPE/);
  expect(error?.message).toMatch(/zstd/);
});

test('a download that fails half-way is reported as the download, not as the truncation zstd then meets', async () => {
  const dir = path.join(tmp, 'big');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'noise.bin'), randomBytes(400_000));
  const archive = execFileSync('bash', ['-c', 'tar -C "$0" -cf - noise.bin | zstd -q -c', dir]);
  const error = await extractDownloaded(archive, aTick, 65536);
  expect(error?.message).toMatch(
    /reading archive x\.tar\.zst from a store that streams failed: .*socket hang up/,
  );
});
