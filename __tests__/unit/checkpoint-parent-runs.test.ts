/**
 * A parent in a few runs of walk order is told distinct without a map of its paths, and its paths found
 * by a search in the runs: whatever the runs (touching at one path, overlapping, more than a parse keeps
 * apart), the parse refuses and finds exactly as a map of every path would, and says the same problem.
 */
import { entryTable, parseManifest } from '../../src/checkpoint/index.js';
import { localText, random, reordered, tree } from '../parent-fixture.js';

const NAMES = [
  'a',
  'a b',
  'a!',
  'a-c',
  'a.d',
  'a0',
  'A',
  'aé',
  'ae\u0301',
  'a\u{1F600}',
  'a\uFF01',
  'b',
  'a\u007f',
];

/** Random runs: slices of the walk order, shuffled, some sharing an endpoint, some overlapping. */
function runsOrder(pick: (n: number) => number, n: number): number[] {
  const cuts = [0];
  const k = 1 + pick(20);
  for (let c = 0; c < k; c++) cuts.push(pick(n + 1));
  cuts.push(n);
  cuts.sort((a, b) => a - b);
  const slices: number[][] = [];
  for (let c = 1; c < cuts.length; c++) {
    const from = cuts[c - 1]!;
    const to = cuts[c]!;
    // Touching: repeat the previous slice's last index at this one's start.
    const touch = from > 0 && pick(6) === 0 ? 1 : 0;
    if (to > from) slices.push([...Array(to - from + touch).keys()].map((x) => x + from - touch));
  }
  // Overlap without a duplicate: interleave two slices now and then.
  for (let s = slices.length - 1; s > 0; s--) {
    const j = pick(s + 1);
    [slices[s], slices[j]] = [slices[j]!, slices[s]!];
  }
  if (slices.length > 1 && pick(5) === 0) {
    const [a, b] = [slices[0]!, slices[1]!];
    const both = [...a, ...b].sort((x, y) => x - y);
    slices[0] = both.filter((_, i) => i % 2 === 0);
    slices[1] = both.filter((_, i) => i % 2 === 1);
  }
  return slices.flat();
}

test('runs: refused iff a path is listed twice (at its second place), else every path found at its index', () => {
  const pick = random(2025);
  for (let round = 0; round < 1500; round++) {
    const entries = tree(pick, 2 + pick(40), NAMES);
    const order = runsOrder(pick, entries.length);
    const paths = order.map((i) => entries[i]!.path);
    const raw = JSON.parse(reordered(localText(entries), order)) as { entries: { path: string[] } };
    // Now and then a path not in normal form somewhere: whichever problem comes first is the one said.
    const bent = round % 4 === 0 ? pick(paths.length) : -1;
    if (bent >= 0) paths[bent] = raw.entries.path[bent] = 'a/./b';
    const text = JSON.stringify(raw);
    const second = paths.findIndex((p, i) => i !== bent && paths.indexOf(p) !== i);
    if (bent >= 0 && (second < 0 || bent < second)) {
      expect(() => parseManifest(text, 'copy.json')).toThrow(`copy.json: entries[${bent}]: entry 'a/./b'`);
      continue;
    }
    if (second >= 0) {
      expect(() => parseManifest(text, 'copy.json')).toThrow(
        `copy.json: entries[${second}]: duplicate entry '${paths[second]}'`,
      );
      continue;
    }
    const table = entryTable(parseManifest(text, 'copy.json'))!;
    const absent = ['', ' ', 'a/', 'a b/', 'a/a', 'a\u00e9', 'ae', 'z', 'a b/zz', 'A/a!/b', '\uFFFF'];
    for (const p of absent) if (!paths.includes(p)) expect(table.find(p)).toBeUndefined();
    expect(paths.map((p) => table.find(p))).toEqual(paths.map((_, i) => i));
  }
});

test('runs: past 1,024 searches the map answers as the search did, for paths listed and not', () => {
  const entries = tree(random(7), 300, NAMES);
  const n = entries.length;
  // Three runs: the middle third, the last, the first.
  const a = Math.floor(n / 3);
  const b = Math.floor((2 * n) / 3);
  const order = [...Array(n).keys()];
  const o = [...order.slice(a, b), ...order.slice(b), ...order.slice(0, a)];
  const paths = o.map((i) => entries[i]!.path);
  const table = entryTable(parseManifest(reordered(localText(entries), o), 'copy.json'))!;
  const asks = [
    ...paths,
    ...paths.map((p) => `${p}/x`),
    ...paths.map((p) => `${p} `),
    ...paths.map((p) => p.slice(0, -1)),
  ];
  const before = asks.map((p) => table.find(p));
  expect(asks.length).toBeGreaterThan(1024);
  const after = asks.map((p) => table.find(p));
  const expected = asks.map((p) => (paths.includes(p) ? paths.indexOf(p) : undefined));
  expect(before).toEqual(expected);
  expect(after).toEqual(expected);
});

test('a path listed twice across runs is the problem said, as a map would find it, before a later one', () => {
  const entries = tree(random(11), 30, NAMES);
  const n = entries.length;
  const half = Math.floor(n / 2);
  // Two runs (the second half first), the first path listed again inside the second run.
  const order = [...[...Array(n).keys()].slice(half), ...[...Array(half).keys()]];
  order.splice(n - 3, 0, order[0]!);
  const paths = order.map((i) => entries[i]!.path);
  const raw = JSON.parse(reordered(localText(entries), order)) as { entries: { path: string[] } };
  // A later entry with a problem of its own.
  raw.entries.path[order.length - 1] = 'a/./b';
  expect(() => parseManifest(JSON.stringify(raw), 'copy.json')).toThrow(
    `copy.json: entries[${n - 3}]: duplicate entry '${paths[0]}'`,
  );
});
