/** Keyed checkpoint paths, the pure part: the key, the match against an entry, the manifest's record, the config. */
import { describe, expect, it } from '@jest/globals';
import {
  archivesNeeded,
  checkKeyedManifest,
  encodeManifest,
  isKeyedId,
  isValidId,
  keyedCacheKey,
  keyedId,
  KeyedMatch,
  keyedPathsIn,
  keyedRefsUsed,
  parseManifest,
  type KeyedRef,
  type Manifest,
  type ManifestEntry,
} from '../../src/checkpoint/index.js';
import { manifestFixture } from '../manifest-fixture.js';
import { parseConfig } from '../../src/core/config.js';
import { UserError } from '../../src/core/errors.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const base = { path: 'node_modules', platform: 'linux', arch: 'x64' };

function manifest(over: Partial<Manifest> = {}): Manifest {
  return manifestFixture({
    archive: { file: 'ckpt.tar.zst', compression: 'zstd', sha256: A, size: 10, entries: 0 },
    ...over,
  });
}

const key = keyedCacheKey({ ...base, files: [{ path: 'package-lock.json', sha256: A }] });
const id = keyedId(key);
const ref: KeyedRef = {
  path: 'node_modules',
  key,
  id,
  manifestSha256: B,
  archive: { file: `${id}.tar.zst`, compression: 'zstd', sha256: B, size: 99, entries: 3 },
};

/** The keyed entry: node_modules with one package. */
const entryManifest = manifest({
  id,
  paths: ['node_modules'],
  archive: ref.archive,
  entries: [
    { path: 'node_modules', type: 'dir', mode: 0o755 },
    { path: 'node_modules/a', type: 'dir', mode: 0o755 },
    { path: 'node_modules/a/index.js', type: 'file', mode: 0o644, size: 5, sha256: B, from: id },
    { path: 'node_modules/.bin', type: 'dir', mode: 0o755 },
    { path: 'node_modules/.bin/a', type: 'symlink', mode: 0o777, target: '../a/index.js' },
  ],
});

/** The workspace's entries as the walk finds them (fresh objects: the match writes into them). */
const scanned = (): ManifestEntry[] =>
  entryManifest.entries.map(({ sha256: _s, from: _f, ...e }) => ({ ...e }));

describe('the key', () => {
  it('changes with the content, the name and the machine of the files that determine the path, not their order', () => {
    const two = [
      { path: 'package-lock.json', sha256: A },
      { path: '.npmrc', sha256: B },
    ];
    expect(keyedCacheKey({ ...base, files: two })).toBe(
      keyedCacheKey({ ...base, files: [...two].reverse() }),
    );
    expect(keyedCacheKey({ ...base, files: [{ path: 'package-lock.json', sha256: B }] })).not.toBe(key);
    expect(keyedCacheKey({ ...base, files: [{ path: 'other-lock.json', sha256: A }] })).not.toBe(key);
    expect(
      keyedCacheKey({ ...base, arch: 'arm64', files: [{ path: 'package-lock.json', sha256: A }] }),
    ).not.toBe(key);
    expect(
      keyedCacheKey({ ...base, path: 'web/node_modules', files: [{ path: 'package-lock.json', sha256: A }] }),
    ).not.toBe(key);
    expect(key).toMatch(/^ci-recovery-keyed-linux-x64-node_modules-[0-9a-f]{64}$/);
  });

  it('gives an id that is a valid checkpoint id, told apart from the store ones', () => {
    expect(isValidId(id)).toBe(true);
    expect(isKeyedId(id)).toBe(true);
    expect(isKeyedId('ci-recovery-ckpt-r1-build-a1-install-001')).toBe(false);
  });

  it('covers the keyed paths at or below a checkpoint root only', () => {
    const keyed = [{ path: 'node_modules', hashFiles: ['package-lock.json'] }];
    expect(keyedPathsIn(keyed, ['.'])).toEqual(keyed);
    expect(keyedPathsIn(keyed, ['node_modules', 'dist'])).toEqual(keyed);
    expect(keyedPathsIn(keyed, ['dist'])).toEqual([]);
  });
});

/** The walk's two steps for one entry, as a save takes them: its stat (`meet`), then its content if asked. */
function offer(m: KeyedMatch, e: ManifestEntry, sha256?: string): void {
  const at = m.meet(e);
  if (at !== undefined) m.content(e, at, sha256);
}

describe('matching the workspace against the entry', () => {
  it('takes every file from the entry when the path matches it entry for entry', () => {
    const m = new KeyedMatch(ref, entryManifest);
    const found = scanned();
    expect(found.every((e) => m.covers(e.path))).toBe(true);
    expect(m.covers('dist/x.js')).toBe(false);
    for (const e of found) offer(m, e);
    expect(m.verdict()).toBeUndefined();
    const file = found[2]!;
    expect(m.take(file)).toBe(true);
    expect(file).toMatchObject({ sha256: B, from: id });
    expect(m.take(found[0]!)).toBe(false);
  });

  it.each<[string, (es: ManifestEntry[]) => ManifestEntry[], RegExp]>([
    [
      'a file of another size',
      (es) => ((es[2]!.size = 6), es),
      /'node_modules\/a\/index.js' differs.*5 bytes/,
    ],
    ['a file of another mode', (es) => ((es[2]!.mode = 0o755), es), /differs/],
    ['a link elsewhere', (es) => ((es[4]!.target = '../b'), es), /differs.*link to \.\.\/b/],
    [
      'a file more',
      (es) => [...es, { path: 'node_modules/a/extra.js', type: 'file', mode: 0o644, size: 1 }],
      /'node_modules\/a\/extra.js' is not in the keyed entry/,
    ],
    [
      'a file less',
      (es) => es.filter((e) => e.type !== 'file'),
      /1 entry of the keyed entry is not in the workspace/,
    ],
  ])('packs the path when the workspace has %s', (_what, change, why) => {
    const m = new KeyedMatch(ref, entryManifest);
    for (const e of change(scanned())) offer(m, e);
    expect(m.verdict()).toMatch(why);
  });

  it('compares contents too when asked (verify: content): a same-size edit is then told apart', () => {
    const byStat = new KeyedMatch(ref, entryManifest);
    const byContent = new KeyedMatch(ref, entryManifest, true);
    for (const e of scanned()) {
      offer(byStat, e, A);
      offer(byContent, e, e.type === 'file' ? A : undefined);
    }
    expect(byStat.verdict()).toBeUndefined();
    expect(byContent.verdict()).toMatch(/the content of 'node_modules\/a\/index.js' differs/);
    const same = new KeyedMatch(ref, entryManifest, true);
    for (const e of scanned()) offer(same, e, e.type === 'file' ? B : undefined);
    expect(same.verdict()).toBeUndefined();
  });
});

describe('an entry read only when its walk needs it', () => {
  it('is read once, by read(), and then matched as one read at once', () => {
    let reads = 0;
    const lazyRef = { ...ref, archive: { ...ref.archive, sha256: '0'.repeat(64) } };
    const m = new KeyedMatch(lazyRef, () => (reads++, entryManifest));
    expect(reads).toBe(0);
    m.read();
    m.read();
    expect(reads).toBe(1);
    expect(lazyRef.archive).toEqual(entryManifest.archive);
    for (const e of scanned()) offer(m, e);
    expect(m.verdict()).toBeUndefined();
    expect(m.unreadable).toBeUndefined();
  });

  it('one that cannot be read differs, first in walk order, and says why', () => {
    const m = new KeyedMatch({ ...ref }, () => {
      throw new Error('not a manifest');
    });
    m.read();
    for (const e of scanned()) offer(m, e);
    expect(m.unreadable).toBe('not a manifest');
    expect(m.verdict()).toBe('its keyed entry could not be read: not a manifest');
    expect(m.take(scanned()[2]!)).toBe(false);
  });
});

describe('the manifest records the entries its files come from', () => {
  const taking = (over: Partial<Manifest> = {}): Manifest =>
    manifest({
      paths: ['node_modules', 'src'],
      keyed: [ref],
      entries: [
        { path: 'node_modules', type: 'dir', mode: 0o755 },
        { path: 'node_modules/a.js', type: 'file', mode: 0o644, size: 5, sha256: B, from: id },
        { path: 'src', type: 'dir', mode: 0o755 },
        { path: 'src/app.js', type: 'file', mode: 0o644, size: 5, sha256: A, from: 'ckpt' },
      ],
      ...over,
    });

  it('keeps only the entries some file is taken from', () => {
    const entries = taking().entries;
    const other = { ...ref, id: keyedId('x'), key: 'x' };
    expect(keyedRefsUsed(entries, [other], [ref, ref])).toEqual([ref]);
    expect(keyedRefsUsed(entries.slice(2), [ref])).toEqual([]);
  });

  it('reads back what it wrote: a full checkpoint may take files from keyed entries', () => {
    const parsed = parseManifest(encodeManifest(taking()).stored.toString('utf8'), 'm');
    expect(parsed.keyed).toEqual([ref]);
    expect(parsed.entries[1]).toMatchObject({ from: id, sha256: B });
  });

  it.each<[string, Partial<Manifest>, RegExp]>([
    [
      'a file from a keyed entry it does not record',
      { keyed: [] },
      /takes its content from keyed entry .* which 'keyed' does not record/,
    ],
    [
      'an entry that serves files outside its path',
      { keyed: [{ ...ref, path: 'src' }] },
      /'node_modules\/a.js' lies outside the keyed path 'src'/,
    ],
    ['an id the key does not give', { keyed: [{ ...ref, key: 'another' }] }, /'keyed\[0\].id' must be/],
    [
      'an archive of another name',
      { keyed: [{ ...ref, archive: { ...ref.archive, file: 'x.tar.zst' } }] },
      /'keyed\[0\].archive.file' must be/,
    ],
    ['a path that leaves the workspace', { keyed: [{ ...ref, path: '../x' }] }, /keyed|unsafe|'\.\.'/],
  ])('refuses %s', (_what, over, why) => {
    expect(() => parseManifest(encodeManifest(taking(over)).stored.toString('utf8'), 'm')).toThrow(why);
  });

  it("checks each file taken from a keyed entry against the entry's path, naming the first outside it", () => {
    const nested = { ...ref, path: 'node_modules/a' };
    const entries: ManifestEntry[] = [
      { path: 'node_modules', type: 'dir', mode: 0o755 },
      { path: 'node_modules/.bin', type: 'dir', mode: 0o755 },
      // a link and a directory take nothing from the entry: outside its path, they are the manifest's own
      { path: 'node_modules/.bin/a', type: 'symlink', mode: 0o777, target: '../a/x.js' },
      { path: 'node_modules/a', type: 'dir', mode: 0o755 },
      { path: 'node_modules/a/x.js', type: 'file', mode: 0o644, size: 5, sha256: B, from: id },
      { path: 'node_modules/b.js', type: 'file', mode: 0o644, size: 5, sha256: A, from: 'ckpt' },
    ];
    const text = (es: ManifestEntry[]): string =>
      encodeManifest(manifest({ paths: ['node_modules'], keyed: [nested], entries: es })).stored.toString(
        'utf8',
      );
    const parsed = parseManifest(text(entries), 'm');
    expect(parsed.keyed).toEqual([nested]);
    expect(parsed.entries.map((e) => e.from)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      id,
      'ckpt',
    ]);
    const outside = (p: string): ManifestEntry => ({ ...entries[4]!, path: p });
    expect(() =>
      parseManifest(text([...entries, outside('node_modules/c.js'), outside('node_modules/d.js')]), 'm'),
    ).toThrow(/'node_modules\/c.js' lies outside the keyed path 'node_modules\/a'/);
  });

  // The parse checks only files' keyed sources (takenFromKeyed): a forged `from` on a directory or a link must
  // stay inert, never an entry's `from` or an archive the restore fetches.
  it('ignores a `from` a forged manifest gives a directory or a link, as it did when it checked every entry', () => {
    const other = keyedId(keyedCacheKey({ ...base, files: [{ path: 'other-lock.json', sha256: A }] }));
    const stored = JSON.parse(
      encodeManifest(
        manifest({
          paths: ['node_modules'],
          keyed: [ref],
          entries: [
            { path: 'node_modules', type: 'dir', mode: 0o755 },
            { path: 'node_modules/a.js', type: 'file', mode: 0o644, size: 5, sha256: B, from: id },
            { path: 'node_modules/l', type: 'symlink', mode: 0o777, target: 'a.js' },
            { path: 'node_modules/q.js', type: 'file', mode: 0o644, size: 5, sha256: B, from: other },
          ],
        }),
      ).stored.toString('utf8'),
    ) as { archives: string[]; entries: { from: number[]; type: string; path: string[] } };
    const unrecorded = stored.archives.indexOf(other);
    // the file that took from the unrecorded entry is refused; made a directory or a link, it takes nothing
    expect(() => parseManifest(JSON.stringify(stored), 'm')).toThrow(/which 'keyed' does not record/);
    for (const letter of ['d', 'l']) {
      stored.entries.type = `dfl${letter}`;
      if (letter === 'l')
        (stored.entries as unknown as { target: Record<string, string> }).target['3'] = 'a.js';
      expect(stored.entries.from[3]).toBe(unrecorded);
      const parsed = parseManifest(JSON.stringify(stored), 'm');
      expect(parsed.entries[3]).not.toHaveProperty('from');
      expect(archivesNeeded(parsed)).toEqual([id]);
    }
  });

  it('refuses an entry whose manifest is not the full checkpoint of the path its key names', () => {
    expect(() => checkKeyedManifest(entryManifest, key, 'node_modules')).not.toThrow();
    expect(() => checkKeyedManifest({ ...entryManifest, id: 'other' }, key, 'node_modules')).toThrow(
      /holds checkpoint 'other'/,
    );
    expect(() => checkKeyedManifest(entryManifest, key, 'web/node_modules')).toThrow(
      /holds node_modules, not 'web\/node_modules'/,
    );
    expect(() =>
      checkKeyedManifest({ ...entryManifest, kind: 'incremental', parent: 'p' }, key, 'node_modules'),
    ).toThrow(/not a full checkpoint/);
  });
});

describe('config: checkpoint.keyed', () => {
  const FILE = '.github/ci-recovery.yml';
  const errorOf = async (text: string): Promise<string> => {
    try {
      await parseConfig(text, FILE);
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      return (error as Error).message;
    }
    throw new Error('expected parseConfig to throw');
  };

  it('reads keyed paths in normal form', async () => {
    const config = await parseConfig(
      'checkpoint:\n  paths: [node_modules, dist]\n  keyed:\n    - path: ./node_modules/\n      hash-files: [package-lock.json]\n',
      FILE,
    );
    expect(config.checkpoint.keyed).toEqual([{ path: 'node_modules', hashFiles: ['package-lock.json'] }]);
  });

  it('names the keyed path, its line and the fix when no checkpoint holds it', async () => {
    expect(
      await errorOf(
        'checkpoint:\n  paths: [dist]\n  keyed:\n    - path: node_modules\n      hash-files: [package-lock.json]\n',
      ),
    ).toBe(
      `${FILE}:4:13: checkpoint.keyed[0] ('node_modules'): it is not among checkpoint.paths (dist), so no checkpoint holds it; add 'node_modules' to checkpoint.paths`,
    );
  });

  it.each([
    ['a glob', '"packages/*/node_modules"', /one directory .* without '\.\.' or globs/],
    ['a path out of the workspace', '../node_modules', /one directory relative to the workspace/],
  ])('refuses %s as a keyed path', async (_what, p, why) => {
    expect(
      await errorOf(`checkpoint:\n  keyed:\n    - path: ${p}\n      hash-files: [package-lock.json]\n`),
    ).toMatch(why);
  });

  it('refuses a path named twice, and a keyed path without hash-files', async () => {
    expect(
      await errorOf(
        'checkpoint:\n  keyed:\n    - path: node_modules\n      hash-files: [a]\n    - path: node_modules/x\n      hash-files: [b]\n',
      ),
    ).toMatch(
      /:5:13: checkpoint.keyed\[1\] \('node_modules\/x'\): it overlaps the keyed path 'node_modules'/,
    );
    expect(await errorOf('checkpoint:\n  keyed:\n    - path: node_modules\n')).toMatch(
      /has no 'hash-files'; add 'hash-files:'/,
    );
    expect(await errorOf('checkpoint:\n  keyed:\n    - path: node_modules\n      hash-files: []\n')).toMatch(
      /hash-files/,
    );
  });

  it('refuses .git, the local store and credentials as a keyed path, naming it and the fix', async () => {
    // The attack: `keyed: - path: .git` published .git/config, with checkout's token, into a cache entry.
    const keyed = (p: string, paths = "['.']"): Promise<string> =>
      errorOf(
        `checkpoint:\n  paths: ${paths}\n  keyed:\n    - path: ${p}\n      hash-files: [package-lock.json]\n`,
      );
    expect(await keyed('.git')).toBe(
      `${FILE}:4:13: checkpoint.keyed[0] ('.git'): a keyed entry is a cache entry every job of the repository can read, and .git holds checkout's token in .git/config: .git is never keyed; key the directory that holds what you need instead (e.g. node_modules)`,
    );
    expect(await keyed('.git', '[.git, src]')).toMatch(/\.git is never keyed/);
    expect(await keyed('vendor/lib/.git/modules')).toMatch(
      /\('vendor\/lib\/\.git\/modules'\): .* \.git is never keyed/,
    );
    expect(await keyed('.GIT', '[.GIT]')).toMatch(/\.git is never keyed/);
    expect(await keyed('git~1', '[git~1]')).toMatch(/\.git is never keyed/);
    expect(await keyed('.ci-recovery')).toMatch(
      /'\.ci-recovery' is ci-recovery's own store; key the directory/,
    );
    expect(await keyed('.env', '[.env]')).toMatch(
      /'\.env' holds credentials, which no checkpoint saves and no keyed entry publishes/,
    );
    expect(await keyed('node_modules/.npmrc')).toMatch(/'\.npmrc' holds credentials/);
  });

  it('refuses a hidden keyed path the checkpoint paths do not name; one they name, and node_modules dotfiles, are keyed', async () => {
    const text = (p: string, paths: string): string =>
      `checkpoint:\n  paths: ${paths}\n  keyed:\n    - path: ${p}\n      hash-files: [requirements.txt]\n`;
    expect(await errorOf(text('.venv', "['.']"))).toBe(
      `${FILE}:4:13: checkpoint.keyed[0] ('.venv'): hidden names such as '.venv' are left out of checkpoints, so a keyed entry would publish what the checkpoint keeps out; name '.venv' in checkpoint.paths to save it as named, or key the directory that holds what you need instead (e.g. node_modules)`,
    );
    expect(await errorOf(text('tools/.cache/pip', '[tools]'))).toMatch(
      /name 'tools\/\.cache' in checkpoint\.paths/,
    );
    expect((await parseConfig(text('.venv', '[.venv, src]'), FILE)).checkpoint.keyed).toEqual([
      { path: '.venv', hashFiles: ['requirements.txt'] },
    ]);
    expect((await parseConfig(text('node_modules/.pnpm', "['.']"), FILE)).checkpoint.keyed?.[0]?.path).toBe(
      'node_modules/.pnpm',
    );
  });
});
