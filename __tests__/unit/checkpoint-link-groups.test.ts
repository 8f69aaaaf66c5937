/**
 * Which names a restore writes again so that its hard links come back as saved (withWholeLinkGroups):
 * names on disk share an inode only on one device, and only names with more than one link can.
 */
import { planRestore, type ManifestEntry, type ScannedEntry } from '../../src/checkpoint/index.js';
import { withWholeLinkGroups } from '../../src/checkpoint/core/diff.js';

const SHA = 'a'.repeat(64);
const saved = (path: string, link?: string): ManifestEntry => ({
  path,
  type: 'file',
  mode: 0o644,
  size: 5,
  sha256: SHA,
  ...(link === undefined ? {} : { link }),
});
const onDisk = (path: string, dev: number, ino: number): ScannedEntry => ({
  path,
  type: 'file',
  mode: 0o644,
  size: 5,
  sha256: SHA,
  stat: { mtimeMs: 0, ctimeMs: 0, dev, ino },
});

function plan(target: ManifestEntry[], current: ScannedEntry[], linkedOnDisk: ScannedEntry[]) {
  const changes = planRestore(target, current);
  withWholeLinkGroups(new Map(target.map((e) => [e.path, e])), current, linkedOnDisk, changes);
  return changes;
}

test('names on two filesystems whose inode numbers collide are not one inode: nothing is written', () => {
  // Two mounts (m1, m2), each f1..f3 with the same bytes, numbered alike by their filesystems.
  const target = ['m1', 'm2'].flatMap((m) => ['f1', 'f2', 'f3'].map((f) => saved(`${m}/${f}`)));
  const current = ['m1', 'm2'].flatMap((m, dev) =>
    ['f1', 'f2', 'f3'].map((f, i) => onDisk(`${m}/${f}`, dev + 1, i + 10)),
  );
  expect(plan(target, current, [])).toEqual({ added: [], modified: [], deleted: [], unchanged: 6 });
});

test('names the checkpoint holds apart but the disk has on one inode are written again, those alone', () => {
  const target = [
    saved('a'),
    saved('b'),
    saved('c'),
    saved('g'),
    saved('g-link', 'g'),
    saved('x'),
    saved('y'),
  ];
  // a, b one inode; g and its link one inode (as saved); x, y one inode number on two devices.
  const current = [
    onDisk('a', 1, 7),
    onDisk('b', 1, 7),
    onDisk('c', 1, 8),
    onDisk('g', 1, 9),
    onDisk('g-link', 1, 9),
    onDisk('x', 1, 20),
    onDisk('y', 2, 20),
  ];
  // (The scan's names with several links include names not restored: first here, on a's inode.)
  const linked = [
    onDisk('not-restored', 1, 7),
    ...current.filter((c) => ['a', 'b', 'g', 'g-link'].includes(c.path)),
  ];
  expect(plan(target, current, linked)).toEqual({
    added: [],
    modified: ['a', 'b'],
    deleted: [],
    unchanged: 5,
  });
});

test('a group whose names share one inode with another group is written again, both groups', () => {
  const target = [saved('g1'), saved('g1-link', 'g1'), saved('g2'), saved('g2-link', 'g2')];
  const current = target.map((e) => onDisk(e.path, 1, 5));
  const changes = plan(target, current, current);
  expect(changes.modified.sort()).toEqual(['g1', 'g1-link', 'g2', 'g2-link']);
  expect(changes.unchanged).toBe(0);
});
