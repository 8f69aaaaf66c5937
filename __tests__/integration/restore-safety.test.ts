/**
 * Hostile and damaged checkpoints: tar-slip, symlink escapes, hard links, devices, truncated and tampered
 * archives, forged manifests. Each must be refused with a clear error, and the destination tree must hash
 * exactly as before (compared over the whole tree, nothing excluded).
 */
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tar from 'tar-stream';
import { compressor } from '../../src/checkpoint/adapters/compress.js';
import {
  openStore,
  restoreCheckpoint,
  saveCheckpoint,
  treeDigest,
  validateCheckpoint,
  RestoreError,
  type CheckpointStore,
} from '../../src/checkpoint/adapters/index.js';
import { encodeManifest, type Manifest } from '../../src/checkpoint/index.js';

const meta = { stage: 'build', job: 'test', runId: '7', attempt: 1 };
let tmp: string;
let ws: string;
let storeDir: string;
let store: CheckpointStore;
let good: Manifest;

beforeEach(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-safety-'));
  ws = path.join(tmp, 'ws');
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/a.txt'), 'original a\n');
  writeFileSync(path.join(ws, 'b.txt'), 'original b\n');
  storeDir = path.join(tmp, 'store');
  store = await openStore(`dir:${storeDir}`);
  good = (await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'good', meta })).manifest;
  // The workspace moves on after the checkpoint; a refused restore must leave this state.
  writeFileSync(path.join(ws, 'src/a.txt'), 'edited a\n');
  writeFileSync(path.join(ws, 'c.txt'), 'new c\n');
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

type Item = { header: Parameters<tar.Pack['entry']>[0]; body?: string };

/** Writes a zstd tar with exactly these entries as checkpoint `id`, and a manifest that vouches for it. */
async function forge(
  id: string,
  items: Item[],
  edit: (m: Manifest) => void = () => undefined,
): Promise<void> {
  const pack = tar.pack();
  const codec = await compressor('zstd');
  const chunks: Buffer[] = [];
  codec.output.on('data', (c: Buffer) => chunks.push(c));
  pack.pipe(codec.input);
  for (const it of items) {
    await new Promise<void>((resolve, reject) => {
      const cb = (e?: Error | null): void => (e ? reject(e) : resolve());
      if (it.body !== undefined) pack.entry({ ...it.header, size: Buffer.byteLength(it.body) }, it.body, cb);
      else pack.entry(it.header, cb);
    });
  }
  pack.finalize();
  await codec.done;
  const archive = Buffer.concat(chunks);
  writeFileSync(path.join(storeDir, `${id}.tar.zst`), archive);
  const m: Manifest = JSON.parse(JSON.stringify(good)) as Manifest;
  m.id = id;
  m.archive = {
    ...m.archive,
    file: `${id}.tar.zst`,
    sha256: createHash('sha256').update(archive).digest('hex'),
    size: archive.length,
  };
  for (const e of m.entries) if (e.from) e.from = id;
  edit(m);
  writeFileSync(path.join(storeDir, `${id}.manifest.json`), encodeManifest(m).stored);
}

const legit: Item[] = [
  { header: { name: 'src', type: 'directory', mode: 0o755 } },
  { header: { name: 'src/a.txt', type: 'file', mode: 0o644 }, body: 'original a\n' },
  { header: { name: 'b.txt', type: 'file', mode: 0o644 }, body: 'original b\n' },
];

async function expectRefused(id: string, message: RegExp, verify?: 'full'): Promise<void> {
  const before = await treeDigest(tmp);
  const err = await restoreCheckpoint({
    store,
    checkpoint: id,
    dest: ws,
    ...(verify ? { verify } : {}),
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  expect((err as Error).message).toMatch(message);
  expect(await treeDigest(tmp)).toBe(before);
}

test('the forge helper itself makes restorable checkpoints (so refusals below are about the attack)', async () => {
  await forge('forged-ok', legit);
  await restoreCheckpoint({ store, checkpoint: 'forged-ok', dest: ws });
  expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('original a\n');
  expect(existsSync(path.join(ws, 'c.txt'))).toBe(false);
});

test('tar-slip: an entry with .. is refused, nothing written outside or inside', async () => {
  await forge('slip', [
    { header: { name: '../escaped.txt', type: 'file', mode: 0o644 }, body: 'pwned' },
    ...legit,
  ]);
  await expectRefused('slip', /contains '\.\.'.*workspace was not changed/);
  expect(existsSync(path.join(tmp, 'escaped.txt'))).toBe(false);
});

test('an absolute entry path is refused', async () => {
  await forge('abs', [
    ...legit,
    { header: { name: '/tmp/abs-pwned.txt', type: 'file', mode: 0o644 }, body: 'pwned' },
  ]);
  await expectRefused('abs', /absolute path/);
});

test('a symlink pointing outside is placed as a link (a venv), never followed: nothing lands outside', async () => {
  await forge(
    'esc',
    [
      { header: { name: 'src/up', type: 'symlink', linkname: '../../outside', mode: 0o777 } },
      { header: { name: 'etc', type: 'symlink', linkname: '/etc', mode: 0o777 } },
      ...legit,
    ],
    (m) => {
      m.entries.push({ path: 'src/up', type: 'symlink', mode: 0o777, target: '../../outside' });
      m.entries.push({ path: 'etc', type: 'symlink', mode: 0o777, target: '/etc' });
    },
  );
  await restoreCheckpoint({ store, checkpoint: 'esc', dest: ws });
  expect(readlinkSync(path.join(ws, 'src/up'))).toBe('../../outside');
  expect(readlinkSync(path.join(ws, 'etc'))).toBe('/etc');
  expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('original a\n');
  expect(existsSync(path.join(tmp, 'outside'))).toBe(false);
});

test('a file placed below a symlink is refused (no writing through links)', async () => {
  await forge('through', legit, (m) => {
    m.entries.push({ path: 'lnk', type: 'symlink', mode: 0o777, target: 'src' });
    m.entries.push({
      path: 'lnk/x',
      type: 'file',
      mode: 0o644,
      size: 0,
      sha256: createHash('sha256').digest('hex'),
      from: 'through',
    });
  });
  await expectRefused('through', /lies below the symlink 'lnk'/);
});

test('an existing symlink in the workspace is replaced, never written through', async () => {
  const outside = path.join(tmp, 'outside');
  mkdirSync(outside);
  rmSync(path.join(ws, 'src'), { recursive: true });
  symlinkSync(outside, path.join(ws, 'src'));
  await restoreCheckpoint({ store, checkpoint: 'good', dest: ws });
  expect(existsSync(path.join(outside, 'a.txt'))).toBe(false);
  expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('original a\n');
});

test("an archive's hard link is never the restore's word: one the manifest lacks makes nothing, one out of the tree or over a wanted file is refused; devices are refused", async () => {
  await forge('hard', [...legit, { header: { name: 'h', type: 'link', linkname: 'b.txt', mode: 0o644 } }]);
  await restoreCheckpoint({ store, checkpoint: 'hard', dest: ws });
  expect(existsSync(path.join(ws, 'h'))).toBe(false);
  // Edited again, so that the restores below have a file to take from their archives.
  writeFileSync(path.join(ws, 'src/a.txt'), 'edited a\n');
  await forge('hard-out', [
    ...legit,
    { header: { name: 'h', type: 'link', linkname: '../../etc/passwd', mode: 0o644 } },
  ]);
  await expectRefused('hard-out', /contains '\.\.'/);
  await forge('hard-over', [
    legit[0]!,
    { header: { name: 'b.txt', type: 'file', mode: 0o644 }, body: 'original b\n' },
    { header: { name: 'src/a.txt', type: 'link', linkname: 'b.txt', mode: 0o644 } },
  ]);
  await expectRefused('hard-over', /is a hard link, but its manifest wants its bytes/);
  await forge('dev', [...legit, { header: { name: 'null', type: 'character-device', mode: 0o644 } }]);
  await expectRefused('dev', /unexpected type 'character-device'/);
});

test('a truncated archive is refused', async () => {
  const file = path.join(storeDir, 'good.tar.zst');
  truncateSync(file, Math.floor(readFileSync(file).length / 2));
  // The decompressor stops at the cut; the message still says what happened, from the digest.
  await expectRefused('good', /but its manifest says .* it is corrupt, truncated or was tampered with/);
  expect((await validateCheckpoint(store, 'good')).ok).toBe(false);
});

test('a tampered archive (digest mismatch) is refused', async () => {
  const file = path.join(storeDir, 'good.tar.zst');
  const bytes = readFileSync(file);
  // Re-compress a different payload of the same shape: valid zstd, wrong digest.
  await forge('other', [
    { header: { name: 'src', type: 'directory', mode: 0o755 } },
    { header: { name: 'src/a.txt', type: 'file', mode: 0o644 }, body: 'EVIL!!!!!!\n' },
    legit[2]!,
  ]);
  writeFileSync(file, readFileSync(path.join(storeDir, 'other.tar.zst')));
  expect(readFileSync(file).equals(bytes)).toBe(false);
  await expectRefused('good', /does not match its manifest|corrupt|tampered/);
});

test.each(['read in place', 'downloaded'])(
  'an archive of the right size holding the right files in other bytes is refused by its digest (%s)',
  async (how) => {
    // The manifest vouches for the archive plus a zstd skippable frame of zeros; the store holds it with
    // ones instead: it decompresses to the same files and has the same size, only its sha256 differs.
    const file = path.join(storeDir, 'good.tar.zst');
    const padded = (fill: number): Buffer => {
      const skippable = Buffer.alloc(16, fill);
      skippable.writeUInt32LE(0x184d2a50, 0);
      skippable.writeUInt32LE(8, 4);
      return Buffer.concat([readFileSync(file), skippable]);
    };
    await forge('padded', legit, (m) => {
      const vouched = padded(0);
      m.archive = {
        ...m.archive,
        sha256: createHash('sha256').update(vouched).digest('hex'),
        size: vouched.length,
      };
    });
    writeFileSync(path.join(storeDir, 'padded.tar.zst'), padded(1));
    if (how === 'downloaded')
      store = Object.assign(Object.create(store) as CheckpointStore, {
        archivePath: undefined,
        getArchive: (name: string) => Promise.resolve(createReadStream(path.join(storeDir, name))),
      });
    await expectRefused('padded', /archive padded\.tar\.zst has sha256 .* but its manifest says/);
  },
);

test('a file whose bytes differ from the manifest is refused by verify: full even when the archive digest was forged to match', async () => {
  // By default the digest is what proves the bytes (restore-verify.test.ts says why that is enough).
  await forge('swap', [
    legit[0]!,
    { header: { name: 'src/a.txt', type: 'file', mode: 0o644 }, body: 'EVIL!!!!!!\n' },
    legit[2]!,
  ]);
  await expectRefused('swap', /file 'src\/a\.txt' .* does not match its manifest/, 'full');
  const v = await validateCheckpoint(store, 'swap');
  expect(v.ok).toBe(false);
  expect(v.problems[0]).toMatch(/src\/a\.txt/);
});

test('an archive missing a file its manifest lists is refused', async () => {
  await forge('short', [legit[0]!, legit[1]!]);
  writeFileSync(path.join(ws, 'b.txt'), 'edited b\n'); // so the restore needs b.txt
  await expectRefused('short', /lacks 1 file\(s\).*'b\.txt'/);
  expect((await validateCheckpoint(store, 'short')).problems.join()).toMatch(/lacks 1 file/);
});

test('a forged manifest with a .. path is refused before anything is read', async () => {
  await forge('bad-manifest', legit, (m) => m.entries.push({ path: '../x', type: 'dir', mode: 0o755 }));
  const before = await treeDigest(tmp);
  await expect(restoreCheckpoint({ store, checkpoint: 'bad-manifest', dest: ws })).rejects.toThrow(
    /entries\[\d+\]: entry '\.\.\/x' contains '\.\.'/,
  );
  expect(await treeDigest(tmp)).toBe(before);
});

test("a '..' that Windows reads (through a backslash, or with trailing dots or spaces) is refused by restore and validate", async () => {
  // On a Windows runner path.join('D:\\ws', 'a\\..\\..\\x') is 'D:\\x', and '.. ' or '...' are '..'.
  for (const [i, bad] of [
    'a\\..\\..\\evil',
    'src/.. /evil',
    'src/.../evil',
    '..\\evil',
    'src/.. ./x',
  ].entries()) {
    await forge(`win-dotdot-${i}`, legit, (m) => m.entries.push({ path: bad, type: 'dir', mode: 0o755 }));
    const before = await treeDigest(tmp);
    await expect(restoreCheckpoint({ store, checkpoint: `win-dotdot-${i}`, dest: ws })).rejects.toThrow(
      /entries\[\d+\]: entry '.*' contains '\.\.'/,
    );
    expect((await validateCheckpoint(store, `win-dotdot-${i}`)).ok).toBe(false);
    expect(await treeDigest(tmp)).toBe(before);
  }
});

test('a missing checkpoint is a clear error', async () => {
  const err = await restoreCheckpoint({ store, checkpoint: 'nope', dest: ws }).catch((e: unknown) => e);
  expect((err as Error).message).toMatch(/no checkpoint named 'nope'.*ci-recovery list --store dir:/);
  expect(err).not.toBeInstanceOf(RestoreError);
});

/** Tree hashes of the destination, its parent and a sibling canary, to compare before and after. */
async function trees(): Promise<string[]> {
  return [await treeDigest(ws), await treeDigest(tmp), await treeDigest(path.join(tmp, 'victim'))];
}

function plantVictim(): void {
  mkdirSync(path.join(tmp, 'victim/sub'), { recursive: true });
  writeFileSync(path.join(tmp, 'victim/sub/precious.txt'), 'keep me\n');
}

test.each([
  [['src', 'b.txt', '../victim'], /'paths': entry '\.\.\/victim' contains '\.\.'/],
  [['src', 'b.txt', '../../x'], /contains '\.\.'/],
  [['.', '/etc'], /absolute path/],
  [['src', './b.txt'], /not in normal form/],
  [['src'], /entry 'b\.txt' lies outside the checkpoint's paths/],
])(
  'a manifest whose paths are %j is refused by restore and validate, nothing changed in or beside the destination',
  async (paths, message) => {
    plantVictim();
    await forge('roots', legit, (m) => (m.paths = paths));
    const before = await trees();
    await expect(restoreCheckpoint({ store, checkpoint: 'roots', dest: ws })).rejects.toThrow(message);
    const v = await validateCheckpoint(store, 'roots');
    expect(v.ok).toBe(false);
    expect(v.problems.join()).toMatch(message);
    expect(await trees()).toEqual(before);
    expect(readFileSync(path.join(tmp, 'victim/sub/precious.txt'), 'utf8')).toBe('keep me\n');
  },
);

test('a root reached through a symlink in the destination is not followed out of it', async () => {
  plantVictim();
  symlinkSync('../victim', path.join(ws, 'ln'));
  // A checkpoint of 'ln/sub' as a real directory, holding only b.txt-like content.
  await forge(
    'through-link',
    [
      { header: { name: 'ln', type: 'directory', mode: 0o755 } },
      { header: { name: 'ln/sub', type: 'directory', mode: 0o755 } },
      { header: { name: 'ln/sub/new.txt', type: 'file', mode: 0o644 }, body: 'new\n' },
    ],
    (m) => {
      m.paths = ['ln/sub'];
      m.entries = [
        { path: 'ln', type: 'dir', mode: 0o755 },
        { path: 'ln/sub', type: 'dir', mode: 0o755 },
        {
          path: 'ln/sub/new.txt',
          type: 'file',
          mode: 0o644,
          size: 4,
          sha256: createHash('sha256').update('new\n').digest('hex'),
          from: 'through-link',
        },
      ];
    },
  );
  const victim = await treeDigest(path.join(tmp, 'victim'));
  await restoreCheckpoint({ store, checkpoint: 'through-link', dest: ws });
  // The link itself was replaced by the checkpoint's directory; what it pointed to is untouched.
  expect(await treeDigest(path.join(tmp, 'victim'))).toBe(victim);
  expect(readFileSync(path.join(ws, 'ln/sub/new.txt'), 'utf8')).toBe('new\n');
});

test('a parent chain that loops, or a file from outside the chain, is refused', async () => {
  await forge('loop-a', legit, (m) => {
    m.kind = 'incremental';
    m.parent = 'loop-b';
  });
  await forge('loop-b', legit, (m) => {
    m.kind = 'incremental';
    m.parent = 'loop-a';
  });
  await forge('stranger', legit, (m) => {
    m.kind = 'incremental';
    m.parent = 'good';
    for (const e of m.entries) if (e.from) e.from = 'loop-b';
  });
  const before = await trees();
  await expect(restoreCheckpoint({ store, checkpoint: 'loop-a', dest: ws })).rejects.toThrow(
    /chain of parents loops back to 'loop-a'/,
  );
  await expect(restoreCheckpoint({ store, checkpoint: 'stranger', dest: ws })).rejects.toThrow(
    /takes files from 'loop-b', which is not in its chain of parents/,
  );
  expect((await validateCheckpoint(store, 'stranger')).ok).toBe(false);
  expect(await trees()).toEqual(before);
});

/** Bytes this process has written so far (every write call, to any file). */
function bytesWritten(): number {
  return Number(/wchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))![1]);
}

test('an entry larger than its manifest promises is refused before more than the promise is written', async () => {
  plantVictim();
  const promised = 1024;
  const bomb = 256 * 1024 * 1024; // zeros: the archive stays small
  const pack = tar.pack();
  const codec = await compressor('zstd');
  const chunks: Buffer[] = [];
  codec.output.on('data', (c: Buffer) => chunks.push(c));
  pack.pipe(codec.input);
  pack.entry({ name: 'src', type: 'directory', mode: 0o755 });
  const entry = pack.entry({ name: 'b.txt', type: 'file', mode: 0o644, size: bomb });
  const zeros = Buffer.alloc(1 << 20);
  for (let i = 0; i < bomb / zeros.length; i++)
    if (!entry.write(zeros)) await new Promise<void>((r) => entry.once('drain', () => r()));
  entry.end(() => undefined);
  pack.finalize();
  await codec.done;
  const archive = Buffer.concat(chunks);
  expect(archive.length).toBeLessThan(bomb / 100);
  writeFileSync(path.join(storeDir, 'bomb.tar.zst'), archive);
  const m = JSON.parse(JSON.stringify(good)) as Manifest;
  m.id = 'bomb';
  m.archive = {
    ...m.archive,
    file: 'bomb.tar.zst',
    sha256: createHash('sha256').update(archive).digest('hex'),
    size: archive.length,
  };
  for (const e of m.entries) {
    if (e.from) e.from = 'bomb';
    if (e.path === 'b.txt') e.size = promised;
  }
  writeFileSync(path.join(storeDir, 'bomb.manifest.json'), encodeManifest(m).stored);

  const before = await trees();
  const written = bytesWritten();
  await expect(restoreCheckpoint({ store, checkpoint: 'bomb', dest: ws })).rejects.toThrow(
    /'b\.txt' .*(holds|longer than).*1024/,
  );
  // Before the fix all 256 MiB reached the staging directory before the sizes were compared.
  expect(bytesWritten() - written).toBeLessThan(4 * 1024 * 1024);
  expect(await trees()).toEqual(before);
  expect(readdirSync(ws).filter((n) => n.startsWith('.ci-recovery-staging'))).toEqual([]);
});

test("an entry named like ci-recovery's own staging directory is refused by restore and validate", async () => {
  await forge('own-name', legit, (m) =>
    m.entries.push({ path: '.ci-recovery-staging-0123/journal', type: 'dir', mode: 0o755 }),
  );
  await expect(restoreCheckpoint({ store, checkpoint: 'own-name', dest: ws })).rejects.toThrow(
    /entry '\.ci-recovery-staging-0123\/journal' carries the name of ci-recovery's own staging directories/,
  );
  expect((await validateCheckpoint(store, 'own-name')).ok).toBe(false);
});

test('links are placed as links wherever they point, through other links too, and nothing is written through one', async () => {
  // 'src/l' climbs above the workspace through 'src/d' (a/b/d -> ../.., a/b/l -> d/../..): placed as it is,
  // like a venv's bin/python3 -> /usr/bin/python3. The danger of a link is a write through it, and there is none.
  await forge('via-link', legit, (m) => {
    m.entries.push({ path: 'src/d', type: 'symlink', mode: 0o777, target: '..' });
    m.entries.push({ path: 'src/l', type: 'symlink', mode: 0o777, target: 'd/../x' });
  });
  plantVictim();
  const victim = (await trees())[2];
  await restoreCheckpoint({ store, checkpoint: 'via-link', dest: ws });
  expect(readlinkSync(path.join(ws, 'src/d'))).toBe('..');
  expect(readlinkSync(path.join(ws, 'src/l'))).toBe('d/../x');
  // A file below a link would be written through it: refused in the manifest, nothing placed.
  await forge('below-link', legit, (m) => {
    m.entries.push({ path: 'src/up', type: 'symlink', mode: 0o777, target: '../..' });
    m.entries.push({ path: 'src/up/planted', type: 'dir', mode: 0o755 });
  });
  await expect(restoreCheckpoint({ store, checkpoint: 'below-link', dest: ws })).rejects.toThrow(/below/);
  expect(existsSync(path.join(tmp, 'planted'))).toBe(false);
  expect((await trees())[2]).toBe(victim);
});

test('a second restore into a destination being restored waits, then fails clearly naming the holder', async () => {
  const journalDir = path.join(tmp, 'journals');
  const { lockDestination } = await import('../../src/checkpoint/adapters/destination-lock.js');
  const { journalDirectory } = await import('../../src/checkpoint/adapters/journal-dir.js');
  const release = await lockDestination(realpathSync(ws), journalDirectory(journalDir), 0);
  const before = await trees();
  const started = Date.now();
  await expect(
    restoreCheckpoint({ store, checkpoint: 'good', dest: ws, journalDir, lockWaitMs: 300 }),
  ).rejects.toThrow(/another restore \(.*pid \d+, since .*\) is writing into .*: run this one after it ends/);
  expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  expect(await trees()).toEqual(before);
  release();
  await restoreCheckpoint({ store, checkpoint: 'good', dest: ws, journalDir, lockWaitMs: 0 });
  expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('original a\n');
  expect(readdirSync(journalDir)).toEqual([]);
});

test('setuid, setgid, sticky and world-writable bits are dropped unless asked for', async () => {
  await forge('modes', legit, (m) => {
    for (const e of m.entries) if (e.path === 'b.txt') e.mode = 0o6777;
    for (const e of m.entries) if (e.path === 'src') e.mode = 0o1777;
  });
  const out = path.join(tmp, 'modes');
  await restoreCheckpoint({ store, checkpoint: 'modes', dest: out });
  expect(statSync(path.join(out, 'b.txt')).mode & 0o7777).toBe(0o775);
  expect(statSync(path.join(out, 'src')).mode & 0o7777).toBe(0o775);
  // A second restore finds nothing to change: the plan compares with the modes it sets.
  const again = await restoreCheckpoint({ store, checkpoint: 'modes', dest: out });
  expect(again.changes).toMatchObject({ added: [], modified: [], deleted: [] });
  const kept = path.join(tmp, 'kept');
  await restoreCheckpoint({ store, checkpoint: 'modes', dest: kept, keepSpecialModes: true });
  expect(statSync(path.join(kept, 'b.txt')).mode & 0o7777).toBe(0o6777);
});

test("git's own directory spelled as macOS or Windows also reads it (.GIT, .git., git~1, .g\\u200cit) is left out like .git", async () => {
  // On a case-insensitive, NTFS or HFS+ file system each of these names opens .git: a hook written there
  // runs on the next git command. Git refuses them in a tree on every system; so does a restore.
  const aliases = ['.GIT', 'sub/.Git', '.git.', '.git ', 'git~1', 'GIT~1', '.g\u200cit', '.git\ufeff'];
  const hook = '#!/bin/sh\necho pwned\n';
  const items: Item[] = [...legit, { header: { name: 'sub', type: 'directory', mode: 0o755 } }];
  for (const a of aliases)
    items.push({ header: { name: `${a}/hooks-pre-commit`, type: 'file', mode: 0o755 }, body: hook });
  items.push({ header: { name: '.CI-Recovery/planted', type: 'file', mode: 0o644 }, body: hook });
  const digest = createHash('sha256').update(hook).digest('hex');
  await forge('git-alias', items, (m) => {
    m.entries.push({ path: 'sub', type: 'dir', mode: 0o755 });
    for (const a of [...aliases, '.CI-Recovery']) {
      m.entries.push({ path: a, type: 'dir', mode: 0o755 });
      const file = a === '.CI-Recovery' ? `${a}/planted` : `${a}/hooks-pre-commit`;
      m.entries.push({
        path: file,
        type: 'file',
        mode: 0o755,
        size: hook.length,
        sha256: digest,
        from: 'git-alias',
      });
    }
  });
  const warnings: string[] = [];
  const logger = {
    info: () => undefined,
    debug: () => undefined,
    warning: (s: string) => warnings.push(s),
    error: () => undefined,
  };
  await restoreCheckpoint({ store, checkpoint: 'git-alias', dest: ws, logger } as never);
  expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('original a\n');
  for (const a of [...aliases, '.CI-Recovery']) expect([a, existsSync(path.join(ws, a))]).toEqual([a, false]);
  expect(warnings.join('\n')).toMatch(/18 entries .* were left out: a restore never writes into \.git/);
});

describe('a checkpoint whose files come from several archives of its chain', () => {
  /** `p1` holds lib/ (full), `p2` adds out/ on top of it (incremental): a restore of p2 reads both archives. */
  async function chain(): Promise<void> {
    const files = (dir: string, n: number, text: string): void => {
      mkdirSync(path.join(ws, dir), { recursive: true });
      for (let i = 0; i < n; i++) writeFileSync(path.join(ws, dir, `f${i}.txt`), `${text} ${i}\n`.repeat(50));
    };
    files('lib', 300, 'library');
    await saveCheckpoint({ store, workspace: ws, paths: ['lib', 'out'], id: 'p1', meta });
    files('out', 120, 'built');
    const p2 = await saveCheckpoint({
      store,
      workspace: ws,
      paths: ['lib', 'out'],
      id: 'p2',
      meta,
      parent: 'p1',
    });
    expect(p2.manifest.kind).toBe('incremental');
    expect(new Set(p2.manifest.entries.map((e) => e.from).filter(Boolean))).toEqual(new Set(['p1', 'p2']));
  }
  const fresh = (): string => {
    const dest = path.join(tmp, 'dest');
    mkdirSync(dest);
    writeFileSync(path.join(dest, 'kept.txt'), 'mine\n');
    return dest;
  };

  test('restores every file of every archive, verified', async () => {
    await chain();
    const dest = fresh();
    await restoreCheckpoint({ store, checkpoint: 'p2', dest });
    for (const dir of ['lib', 'out'])
      expect(await treeDigest(path.join(dest, dir))).toBe(await treeDigest(path.join(ws, dir)));
    expect(readFileSync(path.join(dest, 'kept.txt'), 'utf8')).toBe('mine\n');
    expect(readdirSync(dest).sort()).toEqual(['kept.txt', 'lib', 'out']);
  });

  test.each(['p1', 'p2'])(
    'refuses the whole restore when the archive of %s is damaged, and leaves the destination as it was',
    async (damaged) => {
      await chain();
      const dest = fresh();
      const file = path.join(storeDir, `${damaged}.tar.zst`);
      truncateSync(file, Math.floor(readFileSync(file).length / 2));
      const before = await treeDigest(tmp);
      const err = await restoreCheckpoint({ store, checkpoint: 'p2', dest }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(RestoreError);
      expect((err as Error).message).toContain(`${damaged}.tar.zst`);
      expect(await treeDigest(tmp)).toBe(before);
      // No staging left behind by the archive that was still being extracted when the other failed.
      expect(readdirSync(dest)).toEqual(['kept.txt']);
    },
  );
});
