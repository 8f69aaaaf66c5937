import {
  checkLinkTarget,
  checkpointId,
  isRollbackRecord,
  MANIFEST_FORMAT,
  parseManifest,
  planIncremental,
  planRestore,
  safeEntryPath,
  selectPaths,
  RACY_SLACK_MS,
  type Manifest,
  type ScannedEntry,
} from '../../src/core/checkpoint/index.js';

const SHA = 'a'.repeat(64);

function manifest(over: Partial<Manifest> = {}): Manifest {
  return {
    format: MANIFEST_FORMAT,
    id: 'p',
    kind: 'full',
    paths: ['.'],
    exclude: ['.git'],
    stage: 's',
    job: 'j',
    runId: '1',
    attempt: 1,
    completedStages: [],
    createdAt: new Date(0).toISOString(),
    scanStartedMs: 1_000_000,
    timings: { scanMs: 0, archiveMs: 0, totalMs: 0 },
    entries: [],
    changed: [],
    deleted: [],
    archive: { file: 'p.tar.zst', compression: 'zstd', sha256: SHA, size: 1, entries: 0 },
    ...over,
  };
}

describe('path safety', () => {
  test.each([
    ['a/./b//c/', 'a/b/c'],
    ['./x', 'x'],
  ])('normalizes %s', (raw, want) => expect(safeEntryPath(raw)).toBe(want));

  test.each(['../x', 'a/../../x', 'a/..', '/etc/passwd', 'C:\\x', '', '.', 'a\0b'])('refuses %j', (raw) => {
    expect(() => safeEntryPath(raw)).toThrow();
  });

  test('links may point anywhere inside, not outside', () => {
    expect(() => checkLinkTarget('a/b/l', '../c')).not.toThrow();
    expect(() => checkLinkTarget('a/l', '../x/../y')).not.toThrow();
    expect(() => checkLinkTarget('a/l', '../../x')).toThrow(/escapes/);
    expect(() => checkLinkTarget('l', '/etc')).toThrow(/absolute/);
  });
});

describe('ids', () => {
  test('carry job, stage, attempt and a sequence, in a safe alphabet', () => {
    expect(checkpointId('build (linux)', 'unit tests', 2, 7)).toBe(
      'ci-recovery-ckpt-build-linux-unit-tests-a2-007',
    );
    expect(isRollbackRecord('ci-recovery-rollback-1.yml')).toBe(true);
    expect(isRollbackRecord(checkpointId('j', 's', 1, 1))).toBe(false);
  });
});

describe('planIncremental', () => {
  const stat = { mtimeMs: 1_000_000 - RACY_SLACK_MS - 1, ino: 5, dev: 1 };
  const parent = manifest({
    entries: [
      { path: 'same', type: 'file', mode: 0o644, size: 3, sha256: SHA, from: 'p', stat },
      {
        path: 'racy',
        type: 'file',
        mode: 0o644,
        size: 3,
        sha256: SHA,
        from: 'p',
        stat: { ...stat, mtimeMs: 1_000_000 - 10 },
      },
      { path: 'moded', type: 'file', mode: 0o644, size: 3, sha256: SHA, from: 'p', stat },
      { path: 'moved', type: 'file', mode: 0o644, size: 3, sha256: SHA, from: 'p', stat },
      { path: 'gone', type: 'file', mode: 0o644, size: 3, sha256: SHA, from: 'p', stat },
      { path: 'l', type: 'symlink', mode: 0o777, target: 'same' },
      { path: 'd', type: 'dir', mode: 0o755 },
    ],
  });
  const scanned: ScannedEntry[] = [
    { path: 'same', type: 'file', mode: 0o644, size: 3, stat },
    { path: 'racy', type: 'file', mode: 0o644, size: 3, stat: { ...stat, mtimeMs: 1_000_000 - 10 } },
    { path: 'moded', type: 'file', mode: 0o755, size: 3, stat },
    { path: 'moved', type: 'file', mode: 0o644, size: 3, stat: { ...stat, ino: 6 } },
    { path: 'l', type: 'symlink', mode: 0o777, target: 'moved' },
    { path: 'd', type: 'dir', mode: 0o755 },
    { path: 'new', type: 'file', mode: 0o644, size: 1, stat },
  ];

  test('reuses only files whose stat is unchanged and not racy', () => {
    const plan = planIncremental(scanned, parent);
    expect([...plan.store].sort()).toEqual(['l', 'moded', 'moved', 'new', 'racy']);
    expect(plan.deleted).toEqual(['gone']);
    expect(plan.entries.find((e) => e.path === 'same')).toMatchObject({ sha256: SHA, from: 'p' });
  });

  test('without a parent everything is stored', () => {
    expect(planIncremental(scanned, undefined).store.size).toBe(scanned.length);
  });
});

test('planRestore and selectPaths', () => {
  const target = [
    { path: 'a', type: 'file' as const, mode: 0o644, size: 1, sha256: SHA },
    { path: 'b', type: 'file' as const, mode: 0o644, size: 1, sha256: SHA },
    { path: 'd', type: 'dir' as const, mode: 0o755 },
    { path: 'd/x', type: 'symlink' as const, mode: 0o777, target: 'a' },
  ];
  const current: ScannedEntry[] = [
    { path: 'a', type: 'file', mode: 0o644, size: 1, sha256: SHA },
    { path: 'b', type: 'file', mode: 0o600, size: 1, sha256: SHA },
    { path: 'd', type: 'dir', mode: 0o755 },
    { path: 'extra', type: 'file', mode: 0o644, size: 1 },
  ];
  expect(planRestore(target, current)).toEqual({
    added: ['d/x'],
    modified: ['b'],
    deleted: ['extra'],
    unchanged: 2,
  });
  expect(selectPaths(target, ['d']).map((e) => e.path)).toEqual(['d', 'd/x']);
  expect(selectPaths(target, undefined)).toHaveLength(4);
});

describe('parseManifest', () => {
  test('accepts a well-formed manifest', () => {
    const m = manifest({
      entries: [{ path: 'a', type: 'file', mode: 0o644, size: 1, sha256: SHA, from: 'p' }],
    });
    expect(parseManifest(JSON.stringify(m), 'm.json').id).toBe('p');
  });
  test.each([
    ['bad json', '{', /not valid JSON/],
    ['wrong format', JSON.stringify({ ...manifest(), format: 'x' }), /unknown format/],
    [
      'bad sha',
      JSON.stringify(
        manifest({ entries: [{ path: 'a', type: 'file', mode: 0o644, size: 1, sha256: 'zz', from: 'p' }] }),
      ),
      /sha256/,
    ],
    [
      'dup',
      JSON.stringify(
        manifest({
          entries: [
            { path: 'a', type: 'dir', mode: 0o755 },
            { path: 'a', type: 'dir', mode: 0o755 },
          ],
        }),
      ),
      /duplicate/,
    ],
    [
      'not normal',
      JSON.stringify(manifest({ entries: [{ path: './a', type: 'dir', mode: 0o755 }] })),
      /normal form/,
    ],
    [
      'fifo',
      JSON.stringify(manifest({ entries: [{ path: 'a', type: 'fifo' as never, mode: 0o755 }] })),
      /unexpected type/,
    ],
    ['bad id', JSON.stringify(manifest({ id: '../x' })), /invalid id/],
    [
      'archive name',
      JSON.stringify(
        manifest({
          archive: { file: 'other.tar.zst', compression: 'zstd', sha256: SHA, size: 1, entries: 0 },
        }),
      ),
      /archive.file/,
    ],
  ])('refuses %s', (_name, text, err) => {
    expect(() => parseManifest(text, 'm.json')).toThrow(err);
  });
});
