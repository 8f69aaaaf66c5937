/**
 * The checkpoint/ and restore/ entry points at the runner's boundary: INPUT_* env, GITHUB_OUTPUT and
 * GITHUB_ENV files, step records for post, exit codes. Saving only warns on failure; a refused restore
 * fails the step and leaves the workspace as it was.
 */
import {
  appendFileSync,
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, saveCheckpoint, treeDigest } from '../../src/checkpoint/adapters/index.js';
import { encodeManifest } from '../../src/checkpoint/index.js';
import { run as checkpointAction } from '../../src/actions/checkpoint.js';
import { run as restoreAction } from '../../src/actions/restore.js';

let tmp: string;
let ws: string;
let saved: NodeJS.ProcessEnv;
let savedExitCode: typeof process.exitCode;

/** Runs an entry with stdout captured (no `::` commands leak), returning what it printed. */
async function quietly(fn: () => Promise<void>): Promise<string> {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = (chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return true;
  };
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  return out;
}

/** Key/values of a file-command file (GITHUB_OUTPUT / GITHUB_ENV heredoc format), last one wins. */
function fileCommands(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of readFileSync(file, 'utf8').matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

function inputs(values: Record<string, string>): void {
  for (const [k, v] of Object.entries(values)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

beforeEach(() => {
  saved = { ...process.env };
  savedExitCode = process.exitCode;
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-action-'));
  ws = path.join(tmp, 'ws');
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/a.txt'), 'a');
  writeFileSync(path.join(ws, 'b.txt'), 'b');
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k.startsWith('CI_RECOVERY_')) delete process.env[k];
  Object.assign(process.env, {
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: path.join(tmp, 'runner-temp'),
    GITHUB_JOB: 'test',
    GITHUB_RUN_ID: '55',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    GITHUB_ENV: path.join(tmp, 'env'),
  });
  writeFileSync(process.env.GITHUB_OUTPUT!, '');
  writeFileSync(process.env.GITHUB_ENV!, '');
  inputs({
    paths: '',
    stage: 'build',
    name: '',
    store: `dir:${path.join(tmp, 'store')}`,
    full: 'false',
    exclude: '',
    'dry-run': 'false',
    dest: '',
    'github-token': '',
    // As action.yml declares them (the runner passes every default).
    'if-no-files-found': 'warn',
    'fail-on-error': 'false',
    'compression-level': '',
    'retention-days': '',
    'fail-on-miss': 'true',
    'lookup-only': 'false',
    'keep-special-modes': 'false',
    verify: 'archive',
  });
});

afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  process.exitCode = savedExitCode;
  rmSync(tmp, { recursive: true, force: true });
});

test('checkpoint saves, chains the next one incrementally, and restore brings the newest back', async () => {
  await quietly(checkpointAction);
  const first = fileCommands(process.env.GITHUB_OUTPUT!);
  expect(first).toMatchObject({
    'checkpoint-id': 'ci-recovery-ckpt-r55-test-a1-build-001',
    kind: 'full',
    files: '2',
    bytes: '2',
  });
  expect(fileCommands(process.env.GITHUB_ENV!).CI_RECOVERY_LAST_CHECKPOINT).toBe(
    'ci-recovery-ckpt-r55-test-a1-build-001',
  );
  const records = readdirSync(path.join(tmp, 'runner-temp/ci-recovery/records'));
  expect(records).toHaveLength(1);
  expect(
    JSON.parse(readFileSync(path.join(tmp, 'runner-temp/ci-recovery/records', records[0]!), 'utf8')),
  ).toMatchObject({
    kind: 'checkpoint',
    stage: 'build',
    outcome: 'success',
    checkpointId: 'ci-recovery-ckpt-r55-test-a1-build-001',
  });

  appendFileSync(path.join(ws, 'src/a.txt'), ' changed');
  inputs({ stage: 'test' });
  process.env.CI_RECOVERY_COMPLETED_STAGES = 'build';
  await quietly(checkpointAction);
  const second = fileCommands(process.env.GITHUB_OUTPUT!);
  expect(second).toMatchObject({
    'checkpoint-id': 'ci-recovery-ckpt-r55-test-a1-test-002',
    kind: 'incremental',
  });
  const wanted = await treeDigest(ws);

  writeFileSync(path.join(ws, 'b.txt'), 'broken');
  writeFileSync(path.join(ws, 'junk.txt'), 'junk');
  await quietly(restoreAction);
  expect(process.exitCode).toBeFalsy();
  expect(fileCommands(process.env.GITHUB_OUTPUT!)).toMatchObject({
    'checkpoint-id': 'ci-recovery-ckpt-r55-test-a1-test-002',
    restored: 'true',
    changed: '2',
    modified: 'b.txt',
    deleted: 'junk.txt',
    'completed-stages': 'build',
  });
  expect(await treeDigest(ws)).toBe(wanted);
});

test('restore outputs name a directory added or deleted whole once, not everything in it', async () => {
  mkdirSync(path.join(ws, 'node_modules/pkg/lib'), { recursive: true });
  for (let i = 0; i < 50; i++) writeFileSync(path.join(ws, `node_modules/pkg/lib/m${i}.js`), `${i}`);
  await quietly(checkpointAction);
  rmSync(path.join(ws, 'node_modules'), { recursive: true }); // a fresh checkout has no node_modules
  rmSync(path.join(ws, 'src/a.txt'));
  mkdirSync(path.join(ws, 'cache/deep'), { recursive: true });
  writeFileSync(path.join(ws, 'cache/deep/x'), 'x');

  inputs({ 'dry-run': 'true' });
  const dry = await quietly(restoreAction);
  expect(dry.split('\n').filter((l) => /^[+~-] /.test(l))).toEqual([
    '+ node_modules',
    '+ src/a.txt',
    '- cache',
  ]);
  inputs({ 'dry-run': 'false' });
  await quietly(restoreAction);
  expect(process.exitCode).toBeFalsy();
  expect(fileCommands(process.env.GITHUB_OUTPUT!)).toMatchObject({
    changed: String(3 + 50 + 1 + 3),
    added: 'node_modules,src/a.txt',
    modified: '',
    deleted: 'cache',
  });
  expect(readdirSync(path.join(ws, 'node_modules/pkg/lib'))).toHaveLength(50);
});

test('a storage failure while saving only warns; the step does not fail', async () => {
  writeFileSync(path.join(tmp, 'not-a-dir'), '');
  inputs({ store: `dir:${path.join(tmp, 'not-a-dir', 'store')}` });
  const out = await quietly(checkpointAction);
  expect(process.exitCode).toBeFalsy();
  expect(out).toMatch(/::warning::ci-recovery: no checkpoint saved for stage 'build'/);
  expect(fileCommands(process.env.GITHUB_OUTPUT!)['checkpoint-id']).toBe('');
});

test("with 'fail-on-error: true' a storage failure fails the step, naming the input", async () => {
  writeFileSync(path.join(tmp, 'not-a-dir'), '');
  inputs({ store: `dir:${path.join(tmp, 'not-a-dir', 'store')}`, 'fail-on-error': 'true' });
  const out = await quietly(checkpointAction);
  expect(process.exitCode).toBe(1);
  expect(out).toMatch(
    /::error::ci-recovery: no checkpoint saved for stage 'build': .*\('fail-on-error: true'\)\./,
  );
  expect(fileCommands(process.env.GITHUB_OUTPUT!)['checkpoint-id']).toBe('');
});

test('dry run changes nothing; a refused restore fails the step and leaves the workspace as it was', async () => {
  inputs({ name: 'snap' });
  await quietly(checkpointAction);
  writeFileSync(path.join(ws, 'b.txt'), 'edited');
  const before = await treeDigest(ws);

  inputs({ 'dry-run': 'true' });
  await quietly(restoreAction);
  expect(fileCommands(process.env.GITHUB_OUTPUT!)).toMatchObject({
    restored: 'false',
    changed: '1',
    modified: 'b.txt',
  });
  expect(await treeDigest(ws)).toBe(before);

  // Tamper with the archive: a flipped byte.
  const archive = path.join(tmp, 'store', 'snap.tar.zst');
  const bytes = readFileSync(archive);
  bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 0xff, bytes.length - 5);
  writeFileSync(archive, bytes);
  inputs({ 'dry-run': 'false' });
  const out = await quietly(restoreAction);
  expect(process.exitCode).toBe(1);
  expect(out).toMatch(
    /::error title=ci-recovery%3A restore refused::ci-recovery: restore of snap failed: .*(corrupt|tampered).*the workspace was not changed/i,
  );
  expect(await treeDigest(ws)).toBe(before);
});

test("restore/ drops setuid and world-writable bits by default, and keeps them with 'keep-special-modes: true'", async () => {
  const tool = path.join(ws, 'src/tool');
  writeFileSync(tool, '#!/bin/sh\n');
  chmodSync(tool, 0o4755);
  chmodSync(path.join(ws, 'b.txt'), 0o666);
  inputs({ name: 'modes' });
  await quietly(checkpointAction);
  const modeOf = (p: string): number => statSync(p).mode & 0o7777;

  rmSync(tool);
  const dropped = await quietly(restoreAction);
  expect(process.exitCode).toBeUndefined();
  expect(modeOf(tool)).toBe(0o755);
  expect(modeOf(path.join(ws, 'b.txt'))).toBe(0o664); // others may no longer write
  expect(dropped).toMatch(
    /::warning::.*had setuid, setgid, sticky or world-writable bits.*'keep-special-modes: true'/,
  );

  rmSync(tool);
  inputs({ 'keep-special-modes': 'true' });
  await quietly(restoreAction);
  expect(process.exitCode).toBeUndefined();
  expect(modeOf(tool)).toBe(0o4755);
  expect(modeOf(path.join(ws, 'b.txt'))).toBe(0o666);
});

test('restore with no checkpoint names the fix', async () => {
  const out = await quietly(restoreAction);
  expect(process.exitCode).toBe(1);
  expect(out).toContain("No checkpoint of job 'test' in run 55");
});

test("restore/'s 'verify: full' hashes every file; a value it does not know fails the step naming the input", async () => {
  inputs({ name: 'snap' });
  await quietly(checkpointAction);
  // A tamperer swaps in an archive with other bytes in a file of the same size, and its digest in the
  // manifest (not the file's hash): only a per-file hash sees it.
  const other = path.join(tmp, 'other');
  mkdirSync(path.join(other, 'ws/src'), { recursive: true });
  writeFileSync(path.join(other, 'ws/src/a.txt'), 'X');
  writeFileSync(path.join(other, 'ws/b.txt'), 'b');
  const otherStore = await openStore(`dir:${path.join(other, 'store')}`);
  const forged = await saveCheckpoint({
    store: otherStore,
    workspace: path.join(other, 'ws'),
    paths: ['.'],
    id: 'snap',
    meta: { stage: 'build', job: 'test', runId: '55', attempt: 1 },
  });
  const storeDir = path.join(tmp, 'store');
  const m = await (await openStore(`dir:${storeDir}`)).getManifest('snap');
  m.archive = { ...m.archive, sha256: forged.manifest.archive.sha256, size: forged.manifest.archive.size };
  writeFileSync(path.join(storeDir, 'snap.manifest.json'), encodeManifest(m).stored);
  writeFileSync(path.join(storeDir, 'snap.tar.zst'), readFileSync(path.join(other, 'store/snap.tar.zst')));
  writeFileSync(path.join(ws, 'src/a.txt'), 'edited');
  const before = await treeDigest(ws);

  inputs({ verify: 'everything' });
  expect(await quietly(restoreAction)).toMatch(
    /Input 'verify' must be one of archive, full, got 'everything'/,
  );
  expect(process.exitCode).toBe(1);
  process.exitCode = undefined;

  inputs({ verify: 'full' });
  expect(await quietly(restoreAction)).toMatch(
    /file 'src\/a\.txt' in snap\.tar\.zst does not match its manifest/,
  );
  expect(process.exitCode).toBe(1);
  expect(await treeDigest(ws)).toBe(before);
  process.exitCode = undefined;

  inputs({ verify: 'archive' });
  await quietly(restoreAction);
  expect(process.exitCode).toBeUndefined();
  expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('X');
});
