import { createHash } from 'node:crypto';
import {
  attemptInId,
  outermost,
  checkLinkTarget,
  checkpointId,
  isRollbackRecord,
  parseManifest,
  encodeManifest,
  writeLocalManifest,
  IncrementalPlanner,
  planRestore,
  safeEntryPath,
  selectPaths,
  isUnder,
  underAny,
  RACY_SLACK_MS,
  type Manifest,
  type ScannedEntry,
  destinationProblem,
  leftAloneBy,
} from '../../src/checkpoint/index.js';
import { manifestFixture } from '../manifest-fixture.js';

const SHA = 'a'.repeat(64);

function manifest(over: Partial<Manifest> = {}): Manifest {
  return manifestFixture({
    id: 'p',
    exclude: ['.git'],
    scanStartedMs: 1_000_000,
    archive: { file: 'p.tar.zst', compression: 'zstd', sha256: SHA, size: 1, entries: 0 },
    ...over,
  });
}

describe('path safety', () => {
  test.each([
    ['a/./b//c/', 'a/b/c'],
    ['./x', 'x'],
  ])('normalizes %s', (raw, want) => expect(safeEntryPath(raw)).toBe(want));

  test.each(['../x', 'a/../../x', 'a/..', '/etc/passwd', 'C:\\x', '', '.', 'a\0b'])('refuses %j', (raw) => {
    expect(() => safeEntryPath(raw)).toThrow();
  });

  test('links may point anywhere (a venv points outside), but never hold an empty, NUL or huge target', () => {
    expect(() => checkLinkTarget('a/b/l', '../c')).not.toThrow();
    expect(() => checkLinkTarget('a/l', '../../x')).not.toThrow();
    expect(() => checkLinkTarget('venv/bin/python3', '/usr/bin/python3')).not.toThrow();
    expect(() => checkLinkTarget('l', '')).toThrow(/empty or invalid target/);
    expect(() => checkLinkTarget('l', 'a\0b')).toThrow(/empty or invalid target/);
    expect(() => checkLinkTarget('l', 'x'.repeat(4097))).toThrow(/empty or invalid target/);
  });
});

test('outermost: the tops of whole subtrees, each once, in their order', () => {
  expect(
    outermost(['node_modules', 'node_modules/a', 'node_modules/a/b.js', 'src/x.ts', 'src', 'c']),
  ).toEqual(['node_modules', 'src', 'c']);
  expect(outermost(['a/b', 'a/b', 'ab', 'a/bc'])).toEqual(['a/b', 'ab', 'a/bc']);
  expect(outermost(['dist', '.', 'src'])).toEqual(['.']);
  expect(outermost([])).toEqual([]);
  // A descendant listed before its ancestor, a sibling that sorts between them, a deep path whose
  // nearest listed ancestor is two levels up.
  expect(outermost(['a/b/c', 'a-b', 'a', 'a-b/c', 'a/b', 'x/y/z/w', 'x/y', 'a'])).toEqual([
    'a-b',
    'a',
    'x/y',
  ]);
});

test('underAny: a path at or below any of the roots, as isUnder says for each', () => {
  const roots = ['build', 'node_modules/.bin', 'a'];
  const paths = ['build', 'build/x', 'builder', 'node_modules', 'node_modules/.bin/tsc', 'a', 'ab/c', 'b/a'];
  const under = underAny(roots);
  expect(paths.filter(under)).toEqual(['build', 'build/x', 'node_modules/.bin/tsc', 'a']);
  expect(paths.filter(under)).toEqual(paths.filter((p) => roots.some((r) => isUnder(p, r))));
  expect(paths.every(underAny(['src', '.']))).toBe(true);
  expect(paths.some(underAny([]))).toBe(false);
});

describe('ids', () => {
  const linux = { runId: '100', job: 'build (linux)' };
  test('carry run, job, attempt, stage and a sequence, in a safe alphabet', () => {
    expect(checkpointId(linux, 'unit tests', 2, 7)).toBe(
      'ci-recovery-ckpt-r100-build-linux-a2-unit-tests-007',
    );
    expect(checkpointId({ runId: '100', job: 'test.leg1' }, 'build', 1, 1)).toBe(
      'ci-recovery-ckpt-r100-test.leg1-a1-build-001',
    );
    expect(isRollbackRecord('ci-recovery-rollback-1.yml')).toBe(true);
    expect(isRollbackRecord(checkpointId(linux, 's', 1, 1))).toBe(false);
  });

  test('two runs sharing a store, and two legs of one matrix, never get the same id', () => {
    const ids = [
      checkpointId({ runId: '100', job: 'test' }, 'install', 1, 1),
      checkpointId({ runId: '200', job: 'test' }, 'install', 1, 1),
      checkpointId({ runId: '100', job: 'test.leg0' }, 'install', 1, 1),
      checkpointId({ runId: '100', job: 'test.leg1' }, 'install', 1, 1),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("a generated id tells its attempt, and whether it can be a job's, without its manifest", () => {
    expect(attemptInId(checkpointId(linux, 'unit tests', 12, 3), linux)).toBe(12);
    expect(attemptInId(checkpointId({ ...linux, job: 'lint' }, 'build', 1, 1), linux)).toBe('other-job');
    // Another run, or another leg of the same matrix, is never a candidate.
    expect(attemptInId(checkpointId({ ...linux, runId: '200' }, 'build', 1, 1), linux)).toBe('other-job');
    const leg0 = { runId: '100', job: 'test.leg0' };
    expect(attemptInId(checkpointId({ ...leg0, job: 'test.leg1' }, 'x', 1, 1), leg0)).toBe('other-job');
    expect(attemptInId(checkpointId(leg0, 'x', 1, 1), { ...leg0, job: 'test' })).toBe('other-job');
    // Job names can share an id part's prefix: such ids stay candidates, and their manifests decide.
    expect(
      attemptInId(checkpointId({ runId: '1', job: 'build-a2-x' }, 's', 1, 1), { runId: '1', job: 'build' }),
    ).toBe(2);
    // Names a user chose say nothing.
    for (const id of ['before-tests', 'ci-recovery-ckpt-mine', 'nightly-a1-001'])
      expect(attemptInId(id, linux)).toBeUndefined();
  });
});

describe('IncrementalPlanner', () => {
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

  /** Plans every scanned entry in walk order, as the saver does. */
  const planAll = (p: Manifest | undefined): { planner: IncrementalPlanner; stored: string[] } => {
    const planner = new IncrementalPlanner(p);
    const stored = scanned.map((s) => planner.plan(s)).filter((x) => x.store);
    return { planner, stored: stored.map((x) => x.entry.path) };
  };

  test('reuses only files whose stat is unchanged and not racy', () => {
    const { planner, stored } = planAll(parent);
    expect(stored.sort()).toEqual(['l', 'moded', 'moved', 'new', 'racy']);
    expect(planner.deleted()).toEqual(['gone']);
    expect(planner.entries.find((e) => e.path === 'same')).toMatchObject({ sha256: SHA, from: 'p' });
  });

  test('without a parent everything is stored', () => {
    const { planner, stored } = planAll(undefined);
    expect(stored).toHaveLength(scanned.length);
    expect(planner.deleted()).toEqual([]);
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

describe('manifest format', () => {
  const entries: Manifest['entries'] = [
    { path: 'd', type: 'dir', mode: 0o755, mtimeMs: 1_000 },
    { path: 'd/a', type: 'file', mode: 0o644, size: 1, sha256: SHA, from: 'p', mtimeMs: 2_500.5 },
    {
      path: 'd/b',
      type: 'file',
      mode: 0o755,
      size: 2,
      sha256: 'b'.repeat(64),
      from: 'older',
      stat: { mtimeMs: 3_000, ino: 42, dev: 7 },
    },
    { path: 'l', type: 'symlink', mode: 0o777, target: 'd/a' },
  ];
  /** The parts of the stored JSON the cases below edit. */
  interface Stored {
    format: string;
    id: string;
    archive: { file: string };
    entries: {
      path: string[];
      type: string;
      mode: number[];
      mtime: number[];
      sha256: string[];
      from: number[];
      target: Record<string, string>;
    };
  }
  /** The stored text and the local one, as a store and a local copy hold them. */
  const storedText = (m: Manifest): string => encodeManifest(m).stored.toString();
  const localText = (m: Manifest): string => Buffer.concat(encodeManifest(m).local()).toString();
  /** The stored JSON, edited: how a damaged or forged manifest reaches parseManifest. */
  const forged = (
    edit: (raw: Stored) => unknown,
    m = manifest({ entries, kind: 'incremental', parent: 'older' }),
  ): string => {
    const raw = JSON.parse(storedText(m)) as Stored;
    edit(raw);
    return JSON.stringify(raw);
  };

  /** The stored JSON with `sha` as the digest of entry 2 (a file), and the error that must name it. */
  const digestAt2 = (sha: string): string => forged((r) => (r.entries.sha256[2] = sha));
  const BAD_DIGEST_AT_2 = /^m\.json: entries\[2\]: 'sha256' must be a sha256 hex digest/;

  test("keeps the completed stages' durations, and refuses malformed ones", () => {
    const m = manifest({ completedStages: ['deps'], stageDurations: { deps: 90_000 } });
    expect(parseManifest(storedText(m), 'm.json').stageDurations).toEqual({ deps: 90_000 });
    expect(parseManifest(storedText(manifest()), 'm.json').stageDurations).toBeUndefined();
    for (const bad of [{ deps: -1 }, { deps: 'long' }, [90_000], { deps: 1.5 }])
      expect(() =>
        parseManifest(
          storedText(manifest({ stageDurations: bad as unknown as Record<string, number> })),
          'm',
        ),
      ).toThrow(/stageDurations/);
  });

  test('round-trips every entry; stat facts only in the local form', () => {
    const m = manifest({ entries, changed: ['d/a', 'l'], kind: 'incremental', parent: 'older' });
    const back = parseManifest(storedText(m), 'm.json');
    expect(back.entries).toEqual(
      [entries[0], entries[1], { ...entries[2], stat: undefined, mtimeMs: 3_000 }, entries[3]].map(
        (e) => JSON.parse(JSON.stringify(e)) as object,
      ),
    );
    expect(back.changed).toEqual(['d/a', 'l']);
    expect(back.parent).toBe('older');
    const local = parseManifest(localText(m), 'm.json');
    expect(local.entries[2]?.stat).toEqual({ mtimeMs: 3_000, ino: 42, dev: 7 });
    // Archive ids are stored once, not once per file.
    expect(storedText(m).match(/older/g)).toHaveLength(2);
  });

  test('the local form is the stored form plus the inode, device and ctime columns, from one encoding', () => {
    const m = manifest({ entries, changed: ['d/a'], kind: 'incremental', parent: 'older' });
    const encoded = encodeManifest(m);
    const stored = JSON.parse(encoded.stored.toString()) as Stored;
    const local = Buffer.concat(encoded.local()).toString();
    expect(JSON.parse(local)).toEqual({
      ...stored,
      entries: { ...stored.entries, ino: [0, 0, 42, 0], dev: [0, 0, 7, 0], ctime: [-1, -1, -1, -1] },
    });
    // The local form shares the stored bytes instead of copying them.
    expect(encoded.local()[0]!.buffer).toBe(encoded.stored.buffer);
    expect(parseManifest(local, 'm.json').entries[2]?.stat).toEqual({
      mtimeMs: 3_000,
      ino: 42,
      dev: 7,
      ctimeMs: undefined,
    });
  });

  test('written in pieces, the text is the JSON of the stored object, whatever the paths hold', () => {
    // More entries than one piece, paths that escape in JSON and take 3 bytes a letter in UTF-8 (so the
    // first guess at the size falls short), and changed paths both in and out of walk order.
    const many: Manifest['entries'] = Array.from({ length: 1300 }, (_, i) =>
      i % 9 === 0
        ? { path: `ディレクトリ-${i}`, type: 'symlink', mode: 0o777, target: `"t"\\${i}` }
        : {
            path: `ディレクトリ-${i}/ファイル\t"${i}"`,
            type: 'file',
            mode: 0o644 + (i % 3),
            size: i * 1000,
            sha256: createHash('sha256').update(String(i)).digest('hex'),
            from: i % 2 ? 'p' : 'older',
            mtimeMs: 1_700_000_000_000 + i / 8,
            stat: { mtimeMs: 1_700_000_000_000 + i / 8, ino: 2 ** 40 + i, dev: 66 },
          },
    );
    const reference = (m: Manifest): unknown => {
      const archives = [...new Set(m.entries.flatMap((e) => (e.from ? [e.from] : [])))];
      const { entries: es, changed, ...rest } = m;
      return {
        ...rest,
        archives,
        changed: changed.map((p) => es.findIndex((e) => e.path === p)).filter((i) => i >= 0),
        entries: {
          path: es.map((e) => e.path),
          type: es.map((e) => e.type[0]!.replace('s', 'l')).join(''),
          mode: es.map((e) => e.mode),
          mtime: es.map((e) => e.mtimeMs ?? 0),
          size: es.map((e) => e.size ?? 0),
          sha256: es.map((e) => e.sha256 ?? ''),
          from: es.map((e) => (e.from ? archives.indexOf(e.from) : -1)),
          target: Object.fromEntries(es.flatMap((e, i) => (e.target ? [[i, e.target]] : []))),
        },
      };
    };
    for (const changed of [
      many.filter((_, i) => i % 4 === 1).map((e) => e.path),
      [many[700]!.path, many[3]!.path, 'not an entry'],
    ]) {
      const m = manifest({ entries: many, changed, kind: 'incremental', parent: 'older' });
      const encoded = encodeManifest(m);
      expect(encoded.stored.toString()).toBe(JSON.stringify(reference(m)));
      const local = parseManifest(Buffer.concat(encoded.local()).toString(), 'm.json');
      expect(local.entries).toEqual(many.map((e) => JSON.parse(JSON.stringify(e)) as object));
      expect(local.changed).toEqual(changed.filter((p) => p !== 'not an entry'));
    }
  });

  test('streamed into a sink, the local form is the same bytes, in chunks of at most a quarter MiB', () => {
    // Long paths make one piece of a column bigger than the writer's buffer: it goes to the sink whole.
    const long = 'd'.repeat(600);
    const many: Manifest['entries'] = Array.from({ length: 3000 }, (_, i) => ({
      path: i < 1000 ? `${long}/${i}` : `ファイル/${i}`,
      type: 'file',
      mode: 0o644,
      size: i,
      sha256: createHash('sha256').update(String(i)).digest('hex'),
      from: 'older',
      mtimeMs: 1_700_000_000_000 + i,
      stat: { mtimeMs: 1_700_000_000_000 + i, ino: i + 1, dev: 3 },
    }));
    const m = manifest({ entries: many, changed: [many[5]!.path], kind: 'incremental', parent: 'older' });
    const chunks: Buffer[] = [];
    // Each chunk is copied: the writer reuses its buffer once the sink returns.
    writeLocalManifest(m, (chunk) => chunks.push(Buffer.from(chunk)));
    expect(Buffer.concat(chunks).equals(Buffer.concat(encodeManifest(m).local()))).toBe(true);
    expect(chunks.length).toBeGreaterThan(4);
    expect(Math.max(...chunks.map((c) => c.length))).toBeGreaterThan(256 * 1024); // the whole piece
    expect(chunks.filter((c) => c.length > 256 * 1024)).toHaveLength(2); // 1000 long paths: two pieces
  });

  test.each([
    ['bad json', '{', /not valid JSON/],
    ['wrong format', forged((r) => (r.format = 'x')), /unknown format/],
    ['the old format', forged((r) => (r.format = 'ci-recovery-checkpoint/1')), /older ci-recovery/],
    ['bad sha', forged((r) => (r.entries.sha256[1] = 'zz')), /sha256/],
    ['dup', forged((r) => (r.entries.path[1] = 'd')), /duplicate entry 'd'/],
    ['not normal', forged((r) => (r.entries.path[1] = './a')), /normal form/],
    ['tar-slip', forged((r) => (r.entries.path[1] = 'd/../../x')), /contains '\.\.'/],
    ['unknown type', forged((r) => (r.entries.type = 'dffp')), /unexpected type 'p'/],
    ['short column', forged((r) => r.entries.mode.pop()), /'entries.mode' must be a list of 4 values/],
    ['file without archive', forged((r) => (r.entries.from[1] = -1)), /needs the checkpoint/],
    ['archive index out of range', forged((r) => (r.entries.from[1] = 9)), /'from' has an invalid value/],
    ['a time no Date can hold', forged((r) => (r.entries.mtime[1] = 1e300)), /'mtime' has an invalid value/],
    ['a time before any Date', forged((r) => (r.entries.mtime[0] = -1e300)), /'mtime' has an invalid value/],
    ['empty link target', forged((r) => (r.entries.target['3'] = '')), /empty or invalid target/],
    ['entry below a link', forged((r) => (r.entries.path[0] = 'l/x')), /lies below the symlink 'l'/],
    // The directories between are not listed: every ancestor is still looked at.
    ['entry deep below a link', forged((r) => (r.entries.path[0] = 'l/x/y/z')), /below the symlink 'l'/],
    [
      'entry below a nested link, listed before it',
      forged((r) => {
        r.entries.path[0] = 'd2/l2/w/v';
        r.entries.path[3] = 'd2/l2';
      }),
      /entry 'd2\/l2\/w\/v' lies below the symlink 'd2\/l2'/,
    ],
    ['the entry it names', forged((r) => (r.entries.sha256[1] = 'zz')), /^m\.json: entries\[1\]: 'sha256'/],
    // The digests' characters are checked all at once: each wrong one still refused, at its own entry.
    ['an uppercase digest', digestAt2('A'.repeat(64)), BAD_DIGEST_AT_2],
    ['a digest with a letter past f', digestAt2(`${'a'.repeat(63)}g`), BAD_DIGEST_AT_2],
    ['a digest with a letter past f at an odd place', digestAt2(`g${'a'.repeat(63)}`), BAD_DIGEST_AT_2],
    ['a digest with a character not in ASCII', digestAt2(`${'a'.repeat(62)}é0`), BAD_DIGEST_AT_2],
    ['a digest with a character beyond Latin-1', digestAt2(`€${'a'.repeat(63)}`), BAD_DIGEST_AT_2],
    [
      'a deleted path it names',
      forged((r) => ((r as unknown as { deleted: string[] }).deleted = ['d/gone', 'd/../../x'])),
      /^m\.json: deleted\[1\]: .*contains '\.\.'/,
    ],
    ['bad id', forged((r) => (r.id = '../x')), /invalid id/],
    ['archive name', forged((r) => (r.archive.file = 'other.tar.zst')), /archive.file/],
  ])('refuses %s', (_name, text, err) => {
    expect(() => parseManifest(text, 'm.json')).toThrow(err);
  });
});

describe('a restore decides for itself', () => {
  const facts = {
    given: '',
    state: 'dir' as const,
    workspace: '/w/ws',
    home: '/h/me',
    storeDir: '/w/store',
  };
  const rule = { input: '--dest', optIn: '--dest-outside-workspace', allowOutside: false };
  test.each([
    ['/', 'dir', /is the root of the filesystem/],
    ['/w', 'dir', /contains the workspace \/w\/ws/],
    ['/h/me', 'dir', /is the home directory/],
    ['/h', 'dir', /is the home directory or above it/],
    ['/w/store/x', 'missing', /lies inside the checkpoint store/],
    ['/w/other', 'dir', /outside the workspace .* and not empty.*set --dest-outside-workspace/],
    ['/w/ws/file', 'not-dir', /is a file, not a directory/],
  ] as const)('dest %s (%s) is refused', (dest, state, message) => {
    expect(destinationProblem({ ...facts, given: dest, dest, state }, rule)).toMatch(message);
  });

  test('a destination below a file names that file, not the destination, as the file in the way', () => {
    const problem = destinationProblem(
      { ...facts, given: '/w/ws/f/out', dest: '/w/ws/f/out', state: 'not-dir', blocker: '/w/ws/f' },
      rule,
    );
    expect(problem).toBe(
      "--dest '/w/ws/f/out' cannot be made: /w/ws/f is a file, where a directory above the destination is needed. Move that file away, or name another directory to restore into.",
    );
  });

  test.each([
    ['/w/ws', 'dir', false],
    ['/w/ws/sub', 'dir', false],
    ['/w/new', 'missing', false],
    ['/w/empty', 'empty-dir', false],
    ['/w/other', 'dir', true],
  ] as const)('dest %s (%s, opt-in %s) is allowed', (dest, state, allowOutside) => {
    expect(
      destinationProblem({ ...facts, given: dest, dest, state }, { ...rule, allowOutside }),
    ).toBeUndefined();
  });

  test('what a restore leaves alone, whatever the manifest says', () => {
    const leftAlone = leftAloneBy(['ckpts/store']);
    for (const p of [
      '.git',
      '.git/hooks/x',
      'vendor/x/.git',
      'vendor/x/.git/config',
      '.ci-recovery/c',
      'ckpts/store/m.json',
      'a/.ci-recovery-staging-x',
    ])
      expect([p, leftAlone(p)]).toEqual([p, true]);
    for (const p of [
      '.github/workflows/x.yml',
      '.gitignore',
      'src/.git-keep',
      'ckpts/other',
      '.ci-recoveryx',
    ])
      expect([p, leftAlone(p)]).toEqual([p, false]);
  });
});
