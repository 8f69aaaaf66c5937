/**
 * An incremental save plans against its parent's columns, as parsed, without an object per parent entry;
 * its decisions are those planning against the parent's entry objects makes.
 */
import {
  archivesNeeded,
  encodeManifest,
  entryTable,
  IncrementalPlanner,
  parseManifest,
  RACY_SLACK_MS,
  type Manifest,
  type ManifestEntry,
  type ScannedEntry,
} from '../../src/checkpoint/index.js';
import { walksBefore } from '../../src/checkpoint/core/manifest-parse.js';
import { walkTree } from '../../src/checkpoint/adapters/scan.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { manifestFixture } from '../manifest-fixture.js';

const SHA = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const SCAN_STARTED = 1_000_000;
const old = SCAN_STARTED - RACY_SLACK_MS - 1;
const stat = { mtimeMs: old, ino: 5, dev: 1, ctimeMs: old };

function manifest(entries: ManifestEntry[]): Manifest {
  return manifestFixture({
    id: 'child',
    kind: 'incremental',
    parent: 'root',
    scanStartedMs: SCAN_STARTED,
    entries,
    archive: { file: 'child.tar.zst', compression: 'zstd', sha256: SHA, size: 1, entries: 0 },
  });
}

const file = (p: string, over: Partial<ManifestEntry> = {}): ManifestEntry => ({
  path: p,
  type: 'file',
  mode: 0o644,
  size: 3,
  sha256: SHA,
  from: 'root',
  mtimeMs: old,
  stat: { ...stat, ino: p.length },
  ...over,
});

/** The parent as a save's local copy holds it: every kind of entry a plan decides on. */
const parentEntries: ManifestEntry[] = [
  { path: 'd', type: 'dir', mode: 0o755, mtimeMs: old },
  { path: 'd2', type: 'dir', mode: 0o755, mtimeMs: old },
  file('same'),
  file('from-child', { from: 'child', sha256: OTHER }),
  file('racy', { mtimeMs: SCAN_STARTED - 10, stat: { ...stat, ino: 4, mtimeMs: SCAN_STARTED - 10 } }),
  file('moded'),
  file('resized'),
  file('moved'),
  file('ctimed'),
  file('no-ctime', { stat: { mtimeMs: old, ino: 8, dev: 1 } }),
  file('linked-to'),
  file('hard', { link: 'linked-to', stat: { ...stat, ino: 9 } }),
  file('became-dir'),
  { path: 'l', type: 'symlink', mode: 0o777, target: 'same', mtimeMs: old },
  { path: 'l2', type: 'symlink', mode: 0o777, target: 'same', mtimeMs: old },
  file('gone'),
];

/** What the walk finds now. */
const scanned = (): ScannedEntry[] => [
  { path: 'd', type: 'dir', mode: 0o755, stat: { ...stat, ino: 100 } },
  { path: 'd2', type: 'dir', mode: 0o700, stat: { ...stat, ino: 101 } },
  { path: 'same', type: 'file', mode: 0o644, size: 3, stat: { ...stat, ino: 4 } },
  { path: 'from-child', type: 'file', mode: 0o644, size: 3, stat: { ...stat, ino: 10 } },
  { path: 'racy', type: 'file', mode: 0o644, size: 3, stat: { ...stat, ino: 4, mtimeMs: SCAN_STARTED - 10 } },
  { path: 'moded', type: 'file', mode: 0o600, size: 3, stat: { ...stat, ino: 5 } },
  { path: 'resized', type: 'file', mode: 0o644, size: 4, stat: { ...stat, ino: 7 } },
  { path: 'moved', type: 'file', mode: 0o644, size: 3, stat: { ...stat, ino: 99 } },
  { path: 'ctimed', type: 'file', mode: 0o644, size: 3, stat: { ...stat, ino: 6, ctimeMs: old + 1 } },
  { path: 'no-ctime', type: 'file', mode: 0o644, size: 3, stat: { ...stat, ino: 8, ctimeMs: 12345 } },
  { path: 'linked-to', type: 'file', mode: 0o644, size: 3, stat: { ...stat, ino: 9 } },
  { path: 'hard', type: 'file', mode: 0o644, size: 3, link: 'linked-to', stat: { ...stat, ino: 9 } },
  { path: 'became-dir', type: 'dir', mode: 0o755, stat: { ...stat, ino: 102 } },
  { path: 'l', type: 'symlink', mode: 0o777, target: 'same' },
  { path: 'l2', type: 'symlink', mode: 0o777, target: 'moved' },
  { path: 'new', type: 'file', mode: 0o644, size: 1, stat: { ...stat, ino: 103 } },
];

/** The parent's local copy as a save reads it back. */
const parsedParent = (): Manifest =>
  parseManifest(Buffer.concat(encodeManifest(manifest(parentEntries)).local()).toString(), 'parent.json');

function planAll(
  parent: Manifest,
  walked: ScannedEntry[] = scanned(),
): {
  planned: { path: string; store: boolean; old: ManifestEntry | undefined }[];
  entries: ManifestEntry[];
  deleted: string[];
} {
  const planner = new IncrementalPlanner(parent);
  const planned = walked.map((s) => {
    const p = planner.plan(s);
    return { path: p.entry.path, store: p.store, old: p.old };
  });
  return { planned, entries: planner.entries, deleted: planner.deleted() };
}

test('a parsed parent is planned against without an object for each of its entries', () => {
  const parent = parsedParent();
  expect(entryTable(parent)).toBeDefined();
  const { planned } = planAll(parent);
  expect(archivesNeeded(parent)).toEqual(['root', 'child']);
  // Its entries were never made: `entries` is still the accessor that would make them.
  expect(typeof Object.getOwnPropertyDescriptor(parent, 'entries')?.get).toBe('function');
  expect(entryTable(parent)).toBeDefined();
  // An entry taken over as it is carries no parent entry; one stored (or a hard link) has its own.
  const by = new Map(planned.map((p) => [p.path, p]));
  expect(by.get('same')).toEqual({ path: 'same', store: false, old: undefined });
  expect(by.get('moved')?.old).toMatchObject({ path: 'moved', sha256: SHA, from: 'root' });
  expect(by.get('hard')?.old).toMatchObject({ path: 'hard', link: 'linked-to' });
});

test('planning against the columns decides what planning against the entry objects does', () => {
  const byTable = planAll(parsedParent());
  const objects = parsedParent();
  expect(objects.entries).toHaveLength(parentEntries.length);
  // Once its entries are read, a manifest is planned against them (a reader may have changed them).
  expect(entryTable(objects)).toBeUndefined();
  const byObjects = planAll(objects);
  expect(byTable.planned.map((p) => [p.path, p.store])).toEqual(
    byObjects.planned.map((p) => [p.path, p.store]),
  );
  expect(byTable.entries).toEqual(byObjects.entries);
  expect(byTable.deleted).toEqual(['gone']);
  expect(byObjects.deleted).toEqual(['gone']);
  for (const [i, p] of byTable.planned.entries()) if (p.old) expect(p.old).toEqual(byObjects.planned[i]!.old);
  const stored = byTable.planned.filter((p) => p.store).map((p) => p.path);
  expect(stored).toEqual([
    'd2',
    'racy',
    'moded',
    'resized',
    'moved',
    'ctimed',
    'hard',
    'became-dir',
    'l2',
    'new',
  ]);
  expect(byTable.entries.find((e) => e.path === 'from-child')).toMatchObject({
    sha256: OTHER,
    from: 'child',
  });
  expect(byTable.entries.find((e) => e.path === 'no-ctime')).toMatchObject({ sha256: SHA, from: 'root' });
});

test('a walk in another order than its parent, with entries added and gone between, is matched path by path', () => {
  // The planner tries the parent's entry after the last one matched first: every way off that order.
  const all = scanned();
  const fresh = (p: string): ScannedEntry => ({
    path: p,
    type: 'file',
    mode: 0o644,
    size: 3,
    stat: { ...stat, ino: 104 },
  });
  const walks: ScannedEntry[][] = [
    [...all].reverse(),
    [fresh('a-first'), ...all.filter((e) => e.path !== 'same' && e.path !== 'moded'), fresh('z-last')],
    [all[5]!, all[2]!, all[3]!, fresh('between'), all[4]!, all[0]!],
    all.filter((_, i) => i % 2 === 1),
  ];
  for (const walk of walks) {
    const byTable = planAll(parsedParent(), structuredClone(walk));
    const objects = parsedParent();
    expect(objects.entries).toHaveLength(parentEntries.length);
    const byObjects = planAll(objects, structuredClone(walk));
    expect(byTable.planned.map((p) => [p.path, p.store])).toEqual(
      byObjects.planned.map((p) => [p.path, p.store]),
    );
    for (const [i, p] of byTable.planned.entries())
      if (p.old) expect(p.old).toEqual(byObjects.planned[i]!.old);
    expect(byTable.entries).toEqual(byObjects.entries);
    expect(byTable.deleted.sort()).toEqual(byObjects.deleted.sort());
  }
  // Taken over without reading: the unchanged files, wherever the walk meets them.
  const reversed = planAll(
    parsedParent(),
    [...all].reverse().map((e) => structuredClone(e)),
  );
  expect(reversed.planned.find((p) => p.path === 'same')).toMatchObject({ store: false });
  expect(reversed.planned.find((p) => p.path === 'no-ctime')).toMatchObject({ store: false });
  expect(reversed.deleted).toEqual(['gone']);
});

test('entries read from a parsed manifest are its entries, once made, and may be replaced', () => {
  const m = parsedParent();
  const first = m.entries;
  expect(m.entries).toBe(first);
  expect(first.map((e) => e.path)).toEqual(parentEntries.map((e) => e.path));
  expect(first.find((e) => e.path === 'hard')).toMatchObject({ link: 'linked-to', from: 'root' });
  expect(first.find((e) => e.path === 'l')).toEqual({
    path: 'l',
    type: 'symlink',
    mode: 0o777,
    mtimeMs: old,
    target: 'same',
  });
  const other = parsedParent();
  other.entries = [];
  expect(other.entries).toEqual([]);
  expect(entryTable(other)).toBeUndefined();
  expect(archivesNeeded(other)).toEqual([]);
  // A copy made by spreading, or the JSON of one, holds the entries too.
  expect({ ...parsedParent() }.entries).toHaveLength(parentEntries.length);
  expect((JSON.parse(JSON.stringify(parsedParent())) as Manifest).entries).toHaveLength(parentEntries.length);
});

test('each column of a local copy refuses a value out of its range, naming the entry and the column', () => {
  const text = Buffer.concat(encodeManifest(manifest(parentEntries)).local()).toString();
  const forged = (column: string, at: number, value: unknown): string => {
    const raw = JSON.parse(text) as { entries: Record<string, unknown[]> };
    raw.entries[column]![at] = value;
    return JSON.stringify(raw);
  };
  const cases: [string, number, unknown][] = [
    ['mode', 2, 0o10000],
    ['mode', 2, 1.5],
    ['size', 3, -1],
    ['size', 3, 2 ** 53],
    ['size', 3, '3'],
    ['mtime', 4, 8.64e15 + 1],
    ['from', 5, -2],
    ['from', 5, 2],
    ['from', 5, 0.5],
    ['sha256', 6, 7],
    ['ino', 7, -1],
    ['dev', 7, null],
    ['ctime', 8, -8.64e15 - 1],
  ];
  for (const [column, at, value] of cases)
    expect(() => parseManifest(forged(column, at, value), 'copy.json')).toThrow(
      `copy.json: entries[${at}]: '${column}' has an invalid value`,
    );
  // The edges themselves are values a manifest may hold.
  expect(parseManifest(forged('mtime', 4, -8.64e15), 'copy.json').entries[4]?.mtimeMs).toBe(-8.64e15);
  expect(parseManifest(forged('mode', 2, 0o7777), 'copy.json').entries[2]?.mode).toBe(0o7777);
});

test("walksBefore is the order a save's walk meets a tree in, so a parent in it needs no index", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'walk-order-'));
  try {
    // Names that sort around '/' (' ', '-', '.', '0', 'A', '_', 'é', an astral one), nested.
    const names = ['a', 'a b', 'a-c', 'a.d', 'a0', 'aA', 'a_', 'aé', 'a\u{1F600}', 'b'];
    for (const top of names) {
      mkdirSync(path.join(dir, top, 'x', 'y'), { recursive: true });
      for (const leaf of names) writeFileSync(path.join(dir, top, 'x', leaf), '');
      writeFileSync(path.join(dir, `${top}.f`), '');
    }
    const walked = [...walkTree(dir, ['.'], [], { missingRoots: [], skipped: [] })].map((e) => e.path);
    expect(walked).toHaveLength(140);
    for (let i = 1; i < walked.length; i++) {
      expect([walked[i - 1], walksBefore(walked[i - 1]!, walked[i]!)]).toEqual([walked[i - 1], true]);
      expect(walksBefore(walked[i]!, walked[i - 1]!)).toBe(false);
    }
    for (const p of walked) expect(walksBefore(p, p)).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a parent out of walk order is indexed, and a path listed twice is refused in order or not', () => {
  const entries = [file('b'), file('a'), file('c')];
  const text = Buffer.concat(encodeManifest(manifest(entries)).local()).toString();
  const parsed = parseManifest(text, 'copy.json');
  expect([...entryTable(parsed)!.index]).toEqual([
    ['b', 0],
    ['a', 1],
    ['c', 2],
  ]);
  const withPaths = (paths: string[]): string => {
    const raw = JSON.parse(text) as { entries: { path: string[] } };
    raw.entries.path = paths;
    return JSON.stringify(raw);
  };
  for (const paths of [
    ['a', 'b', 'a'],
    ['a', 'a', 'c'],
    ['b', 'a', 'b'],
    ['a', 'c', 'c'],
  ])
    expect(() => parseManifest(withPaths(paths), 'copy.json')).toThrow(/duplicate entry '[abc]'/);
  // In walk order: no index is made until something reads it, and then it is the same.
  const ordered = parseManifest(withPaths(['a', 'b', 'c']), 'copy.json');
  expect([...entryTable(ordered)!.index]).toEqual([
    ['a', 0],
    ['b', 1],
    ['c', 2],
  ]);
});
