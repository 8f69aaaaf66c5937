/**
 * Parents in walk order for the manifest parse's tests: a seeded tree of awkward names, its manifest, the local
 * copy's text and that text with its entries' columns reordered (runs, duplicates, swaps).
 */
import { encodeManifest, RACY_SLACK_MS, type Manifest, type ManifestEntry } from '../src/checkpoint/index.js';
import { walksBefore } from '../src/checkpoint/core/manifest-parse.js';
import { manifestFixture } from './manifest-fixture.js';

export const SHA = 'a'.repeat(64);
export const SCAN_STARTED = 1_000_000;
/** An mtime older than the scan's racy window: a file of that age is trusted by its lstat. */
export const old = SCAN_STARTED - RACY_SLACK_MS - 1;

/** A seeded generator (a linear congruential one): the same cases on every run. */
export function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
}

/** `n` paths (with their parent directories) made of `names`, in walk order, a file where no path lies below. */
export function tree(pick: (n: number) => number, n: number, names: readonly string[]): ManifestEntry[] {
  const paths = new Set<string>();
  while (paths.size < n) {
    const parts = Array.from({ length: 1 + pick(3) }, () => names[pick(names.length)]!);
    for (let k = 1; k <= parts.length; k++) paths.add(parts.slice(0, k).join('/'));
  }
  const list = [...paths].sort((x, y) => (x === y ? 0 : walksBefore(x, y) ? -1 : 1));
  return list.map((p, i): ManifestEntry =>
    list.some((q) => q.startsWith(`${p}/`))
      ? { path: p, type: 'dir', mode: 0o755, mtimeMs: old }
      : {
          path: p,
          type: 'file',
          mode: 0o644,
          size: 3,
          sha256: SHA,
          from: 'root',
          mtimeMs: old,
          stat: { mtimeMs: old, ino: i + 1, dev: 1, ctimeMs: old },
        },
  );
}

export function manifest(entries: ManifestEntry[]): Manifest {
  return manifestFixture({
    id: 'child',
    kind: 'incremental',
    parent: 'root',
    scanStartedMs: SCAN_STARTED,
    entries,
    archive: { file: 'child.tar.zst', compression: 'zstd', sha256: SHA, size: 1, entries: 0 },
  });
}

export const localText = (entries: ManifestEntry[]): string =>
  Buffer.concat(encodeManifest(manifest(entries)).local()).toString();

/** `text` with its entries' columns taken in `order` (indices into the columns as written). */
export function reordered(text: string, order: number[]): string {
  const raw = JSON.parse(text) as { entries: Record<string, unknown> };
  const cols = raw.entries;
  for (const [k, v] of Object.entries(cols)) {
    if (Array.isArray(v)) cols[k] = order.map((i) => v[i] as unknown);
    else if (typeof v === 'string') cols[k] = order.map((i) => v[i]).join('');
    else if (k === 'target' || k === 'link')
      cols[k] = Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([i, t]) => [String(order.indexOf(Number(i))), t]),
      );
  }
  return JSON.stringify(raw);
}
