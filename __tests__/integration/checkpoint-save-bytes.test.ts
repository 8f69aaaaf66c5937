/**
 * A save's output, byte for byte: the tar stream inside the archive and the manifest of a fixed tree
 * (sizes across the packer's small-file and streaming paths, long and non-ASCII names that need ustar's
 * prefix or a pax header, links with long targets, modes, fixed times) must stay exactly what it was
 * when the save was made faster. The digests below are of the save before that work; a change that
 * alters a byte, even one every reader would accept, fails here and must say why in its commit.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirStore, saveCheckpoint } from '../../src/checkpoint/adapters/index.js';
import { parseManifest } from '../../src/checkpoint/index.js';

/** mulberry32: the tree's contents are the same on every run and machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bytes(r: () => number, n: number): Buffer {
  const out = Buffer.allocUnsafe(n);
  // Half text-like (compressible), half noise.
  for (let i = 0; i < n; i++) out[i] = i % 2048 < 1024 ? 97 + (i % 23) : Math.floor(r() * 256);
  return out;
}

const FIXED_TIME = new Date('2024-05-06T07:08:09.500Z');

/** Writes the tree and gives every entry the same time, deepest first so directories keep theirs. */
function makeTree(ws: string): void {
  const r = rng(26);
  const sizes = [0, 1, 511, 512, 513, 4096, 100_000, 256 * 1024, 256 * 1024 + 1, 1_500_000];
  const dirs = [
    'src',
    'src/deep/er/still',
    `long/${'d'.repeat(90)}/${'e'.repeat(60)}`,
    'ünïcödé/名前',
    'node_modules/.bin',
  ];
  for (const d of dirs) mkdirSync(path.join(ws, d), { recursive: true });
  sizes.forEach((size, i) => writeFileSync(path.join(ws, 'src', `f${i}.bin`), bytes(r, size)));
  for (let i = 0; i < 40; i++)
    writeFileSync(path.join(ws, 'src/deep/er/still', `m${i}.js`), bytes(r, 37 * i));
  // Over 100 bytes: split into ustar prefix and name; over 255, or not ASCII: a pax header.
  writeFileSync(path.join(ws, `long/${'d'.repeat(90)}`, `${'n'.repeat(80)}.txt`), 'prefix');
  writeFileSync(path.join(ws, `long/${'d'.repeat(90)}/${'e'.repeat(60)}`, `${'p'.repeat(120)}.txt`), 'pax');
  writeFileSync(path.join(ws, 'ünïcödé/名前', 'ファイル.txt'), 'utf8 name');
  writeFileSync(path.join(ws, 'node_modules/.bin', 'tool'), '#!/bin/sh\n');
  writeFileSync(path.join(ws, '.env'), 'SECRET=left-out\n');
  chmodSync(path.join(ws, 'node_modules/.bin/tool'), 0o755);
  chmodSync(path.join(ws, 'src/f1.bin'), 0o600);
  symlinkSync('f0.bin', path.join(ws, 'src/link'));
  symlinkSync(`../${'t'.repeat(150)}/target`, path.join(ws, 'src/long-link'));
  const all = execFileSync('find', [ws, '-depth'], { encoding: 'utf8' }).trim().split('\n');
  for (const p of all) execFileSync('touch', ['-h', '-d', FIXED_TIME.toISOString(), p]);
  utimesSync(ws, FIXED_TIME, FIXED_TIME);
}

const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

/**
 * The stored manifest's text with what differs between two saves of the same tree blanked: when it was
 * made and how long it took, and the compressed archive's digest and size (zstd's, not ours).
 */
function stableManifest(text: string): string {
  return text
    .replace(/"createdAt":"[^"]*"/, '"createdAt":""')
    .replace(/"scanStartedMs":\d+/, '"scanStartedMs":0')
    .replace(/"timings":\{[^}]*\}/, '"timings":{}')
    .replace(
      /("archive":\{"file":"[^"]*","compression":"zstd","sha256":)"[0-9a-f]{64}","size":\d+/,
      '$1"","size":0',
    );
}

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'save-bytes-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

test('a full save writes the same tar stream and manifest as before for a fixed tree', async () => {
  const ws = path.join(tmp, 'ws');
  mkdirSync(ws);
  makeTree(ws);
  const store = new DirStore(path.join(tmp, 'store'));
  const meta = { stage: 'build', job: 'bytes', runId: '1', attempt: 1 };
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'cp', meta, compression: 'zstd' });

  const tar = execFileSync('zstd', ['-d', '-q', '-c', path.join(tmp, 'store', 'cp.tar.zst')], {
    maxBuffer: 64 << 20,
  });
  const manifestText = readFileSync(path.join(tmp, 'store', 'cp.manifest.json'), 'utf8');
  const manifest = parseManifest(manifestText, 'cp.manifest.json');
  const stable = stableManifest(manifestText);
  for (const blanked of ['"createdAt":""', '"scanStartedMs":0,', '"timings":{}', '"sha256":"","size":0'])
    expect(stable).toContain(blanked);
  // What makes the digests mean something: the tree went in whole, the hidden file stayed out.
  expect(manifest.archive.entries).toBe(manifest.entries.length);
  expect(manifest.entries.map((e) => e.path)).not.toContain('.env');
  expect(manifest.entries.map((e) => e.path)).toContain('node_modules/.bin/tool');
  // The manifest records the hidden-files globs; they changed on purpose (nested node_modules keep their
  // dotfiles, credentials in them stay out, and stay out with include-hidden-files too: the list is made
  // from SECRET_NAMES, `.env.*` last) and nothing else did: with the earlier glob put back, the digest is the earlier one.
  const earlierGlob = stable.replace(
    '"+(!(node_modules)/).*","**/.npmrc","**/.env","**/.netrc","**/.git-credentials","**/.pypirc","**/.env.*"',
    '"!(node_modules)/**/.*"',
  );
  expect({ tar: tar.length, tarSha256: sha256(tar), manifestSha256: sha256(earlierGlob) }).toEqual({
    tar: 2210816,
    tarSha256: 'ba407a82993ceb7fbd742ab94176ed58de033900331a1fa6973cf8261da37991',
    manifestSha256: '579a8b725c759317af6e3cb9904cc685dbfaf3ece667ed1c0f67363e2d83d6e7',
  });
  expect(sha256(stable)).toBe('47a7d636fdabbe8a0714d73f4582e04f44c51343a1eeb2c28359828fec41ce42');
});
