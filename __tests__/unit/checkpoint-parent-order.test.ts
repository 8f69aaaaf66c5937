/**
 * A parent manifest is untrusted input, and its parse tells its paths apart by their walk order
 * (walksBefore) where it can, with a map only off that order. Whatever the order, a path listed twice is
 * refused and paths listed once are accepted, and a save plans against the parsed columns as it would
 * against the entry objects; a local copy's bytes are read as a string read of the file would read them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  entryTable,
  IncrementalPlanner,
  parseManifest,
  type Manifest,
  type ManifestEntry,
  type ScannedEntry,
} from '../../src/checkpoint/index.js';
import { cacheLocalManifest, readCachedManifest } from '../../src/checkpoint/adapters/local-manifest.js';
import { localText, old, random, reordered, SHA, tree } from '../parent-fixture.js';

/** Names around '/' (' ', '!', '-', '.', '0'), case, a combining accent, an astral character. */
const NAMES = ['a', 'a b', 'a!', 'a-c', 'a.d', 'a0', 'A', 'aé', 'ae\u0301', 'a\u{1F600}', 'a\uFF01', 'b'];

test('a parent lists each path once or is refused, in walk order or not, with a path repeated anywhere', () => {
  const pick = random(67);
  for (let round = 0; round < 300; round++) {
    const entries = tree(pick, 2 + pick(10), NAMES);
    const n = entries.length;
    const order = [...Array(n).keys()];
    const how = round % 4;
    // 0: in walk order; 1: two entries swapped; 2: one listed again later; 3: one listed again earlier.
    if (how === 1) {
      const i = pick(n);
      const j = pick(n);
      [order[i], order[j]] = [order[j]!, order[i]!];
    } else if (how >= 2) {
      const from = pick(n);
      const at = how === 2 ? from + 1 + pick(n - from) : pick(from + 1);
      order.splice(at, 0, from);
    }
    const text = reordered(localText(entries), order);
    const paths = order.map((i) => entries[i]!.path);
    const twice = paths.find((p, i) => paths.indexOf(p) !== i);
    if (twice !== undefined) {
      expect(() => parseManifest(text, 'copy.json')).toThrow(`duplicate entry '${twice}'`);
      continue;
    }
    const table = entryTable(parseManifest(text, 'copy.json'))!;
    // Each path found at its place (by a search in the runs, where the parse kept them), none not listed.
    const found = [...paths, 'a/zz', 'zz', ' ', ''].map((p) => table.find(p));
    expect(found).toEqual([...paths.map((_, i) => i), undefined, undefined, undefined, undefined]);
    expect([paths, [...table.index]]).toEqual([paths, paths.map((p, i) => [p, i])]);
  }
});

test('a parent in more runs of walk order than a parse keeps apart: distinct paths read, one repeated refused', () => {
  const entries = tree(random(41), 40, NAMES);
  // Every entry a run of its own (reversed): past the runs a parse keeps apart, a map is made on the way.
  const order = [...entries.keys()].reverse();
  const paths = order.map((i) => entries[i]!.path);
  const table = entryTable(parseManifest(reordered(localText(entries), order), 'copy.json'))!;
  expect(paths.map((p) => table.find(p))).toEqual(paths.map((_, i) => i));
  expect(table.find('zz')).toBeUndefined();
  // Repeated among the first runs (before the map is made), and after it.
  for (const [from, at] of [
    [0, 3],
    [30, 35],
  ] as const) {
    const twice = [...order];
    twice.splice(at, 0, order[from]!);
    expect(() => parseManifest(reordered(localText(entries), twice), 'copy.json')).toThrow(
      `entries[${at}]: duplicate entry '${paths[from]}'`,
    );
  }
});

test('a parent of two runs whose ranges overlap is refused where a path is in both, and read where none is', () => {
  const entries = tree(random(43), 30, NAMES);
  const n = entries.length;
  const ids = [...entries.keys()];
  // Evens then odds: two runs in walk order whose ranges overlap, each path listed once.
  const order = [...ids.filter((i) => i % 2 === 0), ...ids.filter((i) => i % 2 === 1)];
  const table = entryTable(parseManifest(reordered(localText(entries), order), 'copy.json'))!;
  expect(order.map((i) => table.find(entries[i]!.path))).toEqual(order.map((_, k) => k));
  // The last of the first run again, at the end of the second.
  const twice = [...order, order[n / 2 - 1]!];
  expect(() => parseManifest(reordered(localText(entries), twice), 'copy.json')).toThrow(
    `entries[${n}]: duplicate entry '${entries[order[n / 2 - 1]!]!.path}'`,
  );
});

test('a walk planned against the columns decides as against the objects, in whichever order each comes', () => {
  const pick = random(5);
  for (let round = 0; round < 200; round++) {
    const entries = tree(pick, 3 + pick(10), NAMES);
    const n = entries.length;
    const order = [...Array(n).keys()];
    // In walk order; reversed (a run each); or two runs, as a save of roots given out of order writes them.
    if (round % 3 === 1) order.reverse();
    if (round % 3 === 2) order.push(...order.splice(0, 1 + pick(n - 1)));
    const text = reordered(localText(entries), order);
    // The walk: in walk order, some entries gone, one new, one file touched (another inode).
    const walk: ScannedEntry[] = entries
      .filter(() => pick(5) > 0)
      .map((e) => ({
        path: e.path,
        type: e.type,
        mode: e.mode,
        size: e.size,
        stat: { mtimeMs: old, ino: (e.stat?.ino ?? 0) + (pick(6) === 0 ? 1000 : 0), dev: 1, ctimeMs: old },
      }));
    walk.splice(pick(walk.length + 1), 0, { path: 'new', type: 'file', mode: 0o644, size: 1 });
    const plan = (m: Manifest): unknown => {
      const planner = new IncrementalPlanner(m);
      const planned = walk.map((s) => {
        const p = planner.plan(structuredClone(s));
        // (Against the columns, the parent's entry is made only for an entry stored.)
        return [p.entry.path, p.store, p.store ? p.old : null];
      });
      return [planned, planner.entries, planner.deleted().sort()];
    };
    const objects = parseManifest(text, 'copy.json');
    expect(objects.entries).toHaveLength(n);
    expect(plan(parseManifest(text, 'copy.json'))).toEqual(plan(objects));
  }
});

describe("a local copy's bytes", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'local-copy-bytes-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A local copy for workspace /ws, with `edit` applied to its bytes. */
  async function copyWith(edit: (bytes: Buffer) => Buffer): Promise<string> {
    const files = ['a', 'aé', 'b'].map((p, i): ManifestEntry => ({
      path: p,
      type: 'file',
      mode: 0o644,
      size: 3,
      sha256: SHA,
      from: 'root',
      mtimeMs: old,
      stat: { mtimeMs: old, ino: i + 1, dev: 1 },
    }));
    const m = parseManifest(localText(files), 'copy.json');
    await cacheLocalManifest(dir, '/ws', m);
    const file = path.join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, edit(readFileSync(file)));
    return file;
  }

  test('are read as a string read of the file reads them: invalid UTF-8 and a sequence cut short', async () => {
    // A path's 'é' (c3 a9) made a lone lead byte, a lone continuation, an overlong '/', a surrogate.
    for (const bad of [[0xc3], [0xa9], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98]]) {
      const file = await copyWith((b) => {
        const at = b.indexOf(Buffer.from('aé'));
        return Buffer.concat([b.subarray(0, at + 1), Buffer.from(bad), b.subarray(at + 3)]);
      });
      const read = await readCachedManifest(dir, 'child', '/ws');
      const asString = parseManifest(readFileSync(file, 'utf8'), file);
      expect(read!.entries.map((e) => e.path)).toEqual(asString.entries.map((e) => e.path));
      expect(read!.entries.some((e) => e.path.includes('\uFFFD'))).toBe(true);
    }
  });

  test('with a byte order mark, or cut short, are refused as a manifest, naming the copy', async () => {
    const file = await copyWith((b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]));
    await expect(readCachedManifest(dir, 'child', '/ws')).rejects.toThrow(`${file}: not valid JSON`);
    await copyWith((b) => b.subarray(0, b.length - 40));
    await expect(readCachedManifest(dir, 'child', '/ws')).rejects.toThrow(`${file}: not valid JSON`);
  });
});
