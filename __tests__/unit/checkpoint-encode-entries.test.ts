/** A manifest's entries encoded ahead (encodeEntries) make the bytes one encoding of the whole makes. */
import {
  encodeEntries,
  encodeManifest,
  parseManifest,
  type Manifest,
  type ManifestEntry,
} from '../../src/checkpoint/index.js';
import { manifestFixture } from '../manifest-fixture.js';

const SHA = 'a'.repeat(64);

function manifest(entries: ManifestEntry[], changed: string[]): Manifest {
  return manifestFixture({
    id: 'c',
    kind: 'incremental',
    parent: 'p',
    scanStartedMs: 5,
    timings: { scanMs: 1, archiveMs: 2, totalMs: 3 },
    entries,
    changed,
    deleted: ['gone'],
    archive: { file: 'c.tar.zst', compression: 'zstd', sha256: SHA, size: 10, entries: 2 },
  });
}

const entries = (): ManifestEntry[] => [
  { path: 'd', type: 'dir', mode: 0o755, mtimeMs: 1 },
  {
    path: 'd/"quoted"\\ é',
    type: 'file',
    mode: 0o644,
    size: 2,
    sha256: SHA,
    from: 'p',
    stat: { mtimeMs: 2, ino: 3, dev: 4 },
  },
  { path: 'd/new', type: 'file', mode: 0o600, size: 1, sha256: 'b'.repeat(64), from: 'c', mtimeMs: 3 },
  { path: 'd/hard', type: 'file', mode: 0o600, size: 1, sha256: 'b'.repeat(64), from: 'c', link: 'd/new' },
  { path: 'l', type: 'symlink', mode: 0o777, target: 'd/new' },
];

test('the stored and local forms are the same bytes with the entries encoded ahead', () => {
  const m = manifest(entries(), ['d/new', 'l']);
  const pre = encodeEntries(m.entries, m.changed);
  const whole = encodeManifest(m);
  const ahead = encodeManifest(m, pre);
  expect(ahead.stored.equals(whole.stored)).toBe(true);
  expect(Buffer.concat(ahead.local()).equals(Buffer.concat(whole.local()))).toBe(true);
  expect(JSON.parse(ahead.stored.toString())).toMatchObject({ archives: ['p', 'c'], changed: [2, 4] });
  expect(parseManifest(Buffer.concat(ahead.local()).toString(), 'm').entries[1]?.stat).toMatchObject({
    ino: 3,
  });
});

test('entries encoded ahead are not taken for other entries, or for entries changed since', () => {
  const m = manifest(entries(), ['d/new']);
  const pre = encodeEntries(m.entries, m.changed);
  m.entries.push({ path: 'late', type: 'dir', mode: 0o700 });
  expect(encodeManifest(m, pre).stored.equals(encodeManifest(m).stored)).toBe(true);
  expect(parseManifest(encodeManifest(m, pre).stored.toString(), 'm').entries.at(-1)?.path).toBe('late');
  const other = manifest(entries().slice(0, 2), []);
  expect(encodeManifest(other, pre).stored.equals(encodeManifest(other).stored)).toBe(true);
});

test('entries encoded ahead, taken twice, leave the first stored form as it was; a long head is written whole', () => {
  const m = manifest(entries(), ['d/new']);
  const pre = encodeEntries(m.entries, m.changed);
  const first = encodeManifest(m, pre).stored;
  const kept = Buffer.from(first);
  // The same entries under a longer head: written beside the first, not over it.
  const longer: Manifest = {
    ...m,
    deleted: ['gone', 'also/gone'],
    archive: { ...m.archive, size: 123_456_789 },
  };
  const second = encodeManifest(longer, pre).stored;
  expect(first.equals(kept)).toBe(true);
  expect(second.equals(encodeManifest(longer).stored)).toBe(true);
  expect(JSON.parse(second.toString())).toMatchObject({
    deleted: ['gone', 'also/gone'],
    archive: { size: 123_456_789 },
  });
  // A head past the room before the entries (thousands of deleted paths).
  const deleted = Array.from({ length: 3000 }, (_, i) => `gone/${'x'.repeat(40)}/${i}`);
  const wide: Manifest = { ...m, deleted };
  const stored = encodeManifest(wide, encodeEntries(wide.entries, wide.changed)).stored;
  expect(stored.length).toBeGreaterThan(64 * 1024);
  const read = parseManifest(stored.toString(), 'm');
  expect([read.deleted, read.entries.map((e) => e.path)]).toEqual([deleted, m.entries.map((e) => e.path)]);
});
